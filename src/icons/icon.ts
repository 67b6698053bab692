/** Wraps a Phosphor icon's shapes in an `<svg>` that scales with `font-size` and is hidden from AT. */
import { html, type SVGTemplateResult, type TemplateResult } from 'lit';

export function renderIcon(shapes: SVGTemplateResult, part = 'svg'): TemplateResult {
  return html`<svg
    part=${part}
    viewBox="0 0 256 256"
    width="1em"
    height="1em"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >
    ${shapes}
  </svg>`;
}
