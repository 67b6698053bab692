/**
 * The attribute converter of every reflected text property. Lit's default writes `String(value)`,
 * which throws for a null-prototype object or a Symbol and reflects nonsense for anything else that
 * is not text: such a value reflects as no attribute, and the element warns about the property.
 * A removed attribute reads as `undefined`, the property's default, rather than `null`.
 */
import type { ComplexAttributeConverter } from '@lit/reactive-element';

export const textAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value ?? undefined,
  toAttribute: (value) => (typeof value === 'string' ? value : null),
};
