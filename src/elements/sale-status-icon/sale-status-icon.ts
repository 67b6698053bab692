import { LitElement, css, html, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { MessageKey } from '../../i18n/messages.js';
import { renderIcon } from '../../icons/icon.js';
import { statusIconShapes } from '../../icons/status-icons.js';
import { isSaleStatus } from '../../model/status.js';
import { SALE_STATUSES, type SaleStatus } from '../../model/types.js';

/**
 * A sale's status as an icon: a coin for open, a check for sold, an X for lost and a red warning
 * triangle for stalled. It is an image with a name ("Sold" / "Solgt") unless `decorative`.
 *
 * @tagname sale-status-icon
 * @summary The status of a sale (open, sold, lost, stalled) as an accessible icon.
 *
 * @csspart icon - The element with `role="img"` that wraps the SVG.
 *
 * @cssprop [--sale-status-open-color=currentColor] - Colour of the open icon.
 * @cssprop [--sale-status-sold-color=#1e7d32] - Colour of the sold icon.
 * @cssprop [--sale-status-lost-color=#6b6b6b] - Colour of the lost icon.
 * @cssprop [--sale-status-stalled-color=#c62828] - Colour of the stalled icon.
 * @cssprop [--sale-status-unknown-color=#6b6b6b] - Colour of the neutral icon for an unknown status.
 */
export class SaleStatusIcon extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      line-height: 0;
      vertical-align: -0.125em;
      color: var(--_color);
    }
    :host([hidden]) {
      display: none;
    }
    [part='icon'] {
      display: inline-block;
    }
    svg {
      inline-size: 1em;
      block-size: 1em;
    }
    .open {
      --_color: var(--sale-status-open-color, currentColor);
    }
    .sold {
      --_color: var(--sale-status-sold-color, light-dark(#1e7d32, #66bb6a));
    }
    .lost {
      --_color: var(--sale-status-lost-color, light-dark(#6b6b6b, #a8a8a8));
    }
    .stalled {
      --_color: var(--sale-status-stalled-color, light-dark(#c62828, #ef5350));
    }
    .unknown {
      --_color: var(--sale-status-unknown-color, light-dark(#6b6b6b, #a8a8a8));
    }
    [part='icon'] {
      color: var(--_color);
    }
    @media (forced-colors: active) {
      [part='icon'] {
        color: CanvasText;
      }
    }
  `;

  // Declared without decorators: the decorator runtime would cost each entry about 0.4 kB gzip.
  static override properties = {
    status: { reflect: true },
    label: {},
    decorative: { type: Boolean, reflect: true },
  };

  /** The sale's status: `open`, `sold`, `lost` or `stalled`. Anything else shows a neutral icon and warns. */
  status: SaleStatus = 'open';

  /** Overrides the accessible name, which is otherwise the status in the page's language. */
  label?: string;

  /** Hides the icon from assistive technology, for use beside text that already says the status. */
  decorative = false;

  private readonly locale = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') && !isSaleStatus(this.status)) {
      console.warn(
        `<sale-status-icon>: unknown status ${JSON.stringify(String(this.status))}; ` +
          `expected one of ${SALE_STATUSES.join(', ')}. Showing a neutral icon.`,
      );
    }
  }

  protected override render() {
    const known = isSaleStatus(this.status) ? this.status : undefined;
    const icon = renderIcon(statusIconShapes(known), 'svg');
    if (this.decorative) {
      return html`<span part="icon" class=${known ?? 'unknown'} aria-hidden="true">${icon}</span>`;
    }
    const key: MessageKey = known ? `status.${known}` : 'status.unknown';
    const label = this.label?.trim() || this.locale.t(key);
    return html`<span part="icon" class=${known ?? 'unknown'} role="img" aria-label=${label}>${icon}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-status-icon': SaleStatusIcon;
  }
}
