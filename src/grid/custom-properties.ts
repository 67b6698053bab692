/**
 * `customProperties({ '--_x': value })`: sets private custom properties on the element it is bound
 * to, always through the CSSOM (`style.setProperty`). A strict `style-src 'self'` policy blocks any
 * `style` attribute, including one set by script, and Lit's `styleMap` writes the attribute on its
 * first render: so neither a `style="…"` binding nor `styleMap` works there.
 *
 * ```ts
 * html`<div class="grid" ${customProperties({ '--_grid-columns': tracks })}></div>`
 * ```
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<`--${string}`, string>>;

class CustomPropertiesDirective extends Directive {
  private previous: Properties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperties belongs on an element.');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of Object.keys(this.previous) as (keyof Properties)[]) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (this.previous[name as keyof Properties] !== value) style.setProperty(name, value);
    }
    this.previous = properties;
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
