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

/** `saleTypes` → `sale-types`. */
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The property behind a property-only attribute name, in either spelling a framework may use. */
function propertyOf(element: ElementClass, attribute: string): string | undefined {
  for (const [property, { attribute: reflected, state }] of element.elementProperties) {
    const name = String(property);
    if (reflected === false && !state && (name.toLowerCase() === attribute || kebab(name) === attribute)) {
      return name;
    }
  }
  return undefined;
}

/**
 * Makes `element` observe the attribute names of its property-only properties (`saletypes` and
 * `sale-types` for `saleTypes`) and warn once per element and attribute, naming the property to
 * set instead. Call it from the class body: `static { guardObjectAttributes(this); }`.
 */
export function guardObjectAttributes(element: ElementClass): void {
  const observed = Object.getOwnPropertyDescriptor(ReactiveElement, 'observedAttributes')!.get!;
  Object.defineProperty(element, 'observedAttributes', {
    get(this: ElementClass): string[] {
      // Lit's getter finalizes the class, which fills elementProperties (inherited ones too).
      const names: string[] = observed.call(this);
      for (const [property, { attribute, state }] of this.elementProperties) {
        if (attribute === false && !state)
          names.push(String(property).toLowerCase(), kebab(String(property)));
      }
      return names;
    },
  });
  const changed = element.prototype.attributeChangedCallback;
  element.prototype.attributeChangedCallback = function (name, old, value) {
    changed.call(this, name, old, value);
    const property = value === null ? undefined : propertyOf(this.constructor as ElementClass, name);
    const seen = warned.get(this) ?? new Set<string>();
    if (property === undefined || seen.has(name)) return;
    warned.set(this, seen.add(name));
    // The default tells a list from a record; describeValue never throws, whatever the host set.
    const current = (this as unknown as Record<string, unknown>)[property];
    const example = describeValue(current) === 'a list' ? '[...]' : '{...}';
    reportProblems(this.localName, [
      {
        field: property,
        message: `attribute ${name}=${describeValue(value)} was set, probably by a framework before the element was defined; set the property \`${property}\` instead (el.${property} = ${example})`,
      },
    ]);
  };
}
