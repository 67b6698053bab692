/**
 * The card's edit mode: the fields as labelled controls, with the Sale and More tabs' controls.
 * A chunk of its own, loaded on demand (edit-loader.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { CardContext } from './card-context.js';
import { renderEditField } from './field-controls.js';
import type { Field } from './fields.js';
import { moreTabControls } from './more-tab.edit.js';
import { saleTabControls } from './sale-tab.edit.js';

/** A tab's controls and their errors, by field id. */
export type FieldControls = Record<string, Pick<Field, 'control' | 'error'>>;

/** The tabs whose fields get their controls here. */
export const EDIT_FORMS = { sale: saleTabControls, more: moreTabControls } as const;

/** `fields` as labelled controls: their own, or `form`'s by field id; a field with neither shows its value. */
export function renderEditFields(
  context: CardContext,
  fields: readonly Field[],
  form?: keyof typeof EDIT_FORMS,
): TemplateResult {
  const controls: FieldControls = form ? EDIT_FORMS[form](context) : {};
  return html`<div class="fields">
    ${fields.map((field) => renderEditField(Object.hasOwn(controls, field.id) ? { ...field, ...controls[field.id] } : field))}
  </div>`;
}
