/**
 * Warns when a property that has no attribute (a record, a list, a function) arrives as one. A
 * framework that renders a tag before it is defined sets `sale="[object Object]"` (React 19), and
 * Vue sets kebab-case bindings such as `:sale-types` as attributes: the property stays unset and
 * the element would show nothing, silently.
 */
import { ReactiveElement } from '@lit/reactive-element';
import { reportProblems } from '../diagnostics/report-problems.js';
import { describeValue } from '../model/describe.js';

type ElementClass = typeof ReactiveElement;

/** Elements that already warned, with the attributes they warned about (once each). */
const warned = new WeakMap<Element, Set<string>>();

/** Per class, once: every attribute change of every guarded element looks its name up here. */
const attributesByClass = new WeakMap<ElementClass, Map<string, string>>();

/** The properties without an attribute, by each name a framework may set: `saletypes` and `sale-types`. */
function propertyOnlyAttributes(element: ElementClass): Map<string, string> {
  const known = attributesByClass.get(element);
  if (known) return known;
  const names = new Map<string, string>();
  attributesByClass.set(element, names);
  for (const [key, { attribute, state }] of element.elementProperties) {
    const property = key as string; // our properties are named by strings, never symbols
    if (attribute === false && !state) {
      names
        .set(property.toLowerCase(), property)
        .set(property.replace(/[A-Z]/g, '-$&').toLowerCase(), property);
    }
  }
  return names;
}

/**
 * Makes `element` observe the attribute names of its property-only properties and warn once per
 * element and attribute, naming the property to set instead. Call it from the class body:
 * `static { guardObjectAttributes(this); }`.
 */
export function guardObjectAttributes(element: ElementClass): void {
  // Lit's getter finalizes the class, which fills elementProperties (inherited ones too).
  const observed = Object.getOwnPropertyDescriptor(ReactiveElement, 'observedAttributes')!.get!;
  Object.defineProperty(element, 'observedAttributes', {
    get(this: ElementClass): string[] {
      return [...observed.call(this), ...propertyOnlyAttributes(this).keys()];
    },
  });
  const changed = element.prototype.attributeChangedCallback;
  element.prototype.attributeChangedCallback = function (name, old, value) {
    changed.call(this, name, old, value);
    const property = propertyOnlyAttributes(this.constructor as ElementClass).get(name);
    const seen = warned.get(this) ?? new Set<string>();
    if (value === null || property === undefined || seen.has(name)) return;
    warned.set(this, seen.add(name));
    const message = `attribute ${name}=${describeValue(value)} was set, probably by a framework before the element was defined; set the property instead (el.${property} = …)`;
    reportProblems(this.localName, [{ field: property, message }]);
  };
}
