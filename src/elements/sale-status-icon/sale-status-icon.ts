import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { MessageKey } from '../../i18n/messages.js';
import { drawStatusIcon, newStatusBadge } from '../../icons/status-icon-dom.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';
import { isSaleStatus } from '../../model/status.js';
import { SALE_STATUSES, type DataWarning, type SaleStatus } from '../../model/types.js';
import { isUnset } from '../../properties/is-unset.js';
import { textAttribute } from '../../properties/text-attribute.js';
import { saleStatusIconStyles } from './sale-status-icon.styles.js';

/**
 * A sale's status as an icon: a coin for open, a check for sold, an X for lost and a red warning
 * triangle for stalled, each in a round badge tinted with its colour (so the X reads as a status,
 * not a close button). It is an image with a name ("Sold" / "Solgt") unless `decorative`.
 *
 * @tagname sale-status-icon
 * @summary The status of a sale (open, sold, lost, stalled) as an accessible icon.
 *
 * @csspart icon - The element with `role="img"` that wraps the SVG.
 *
 * @cssprop [--sale-status-open-color=currentColor] - Colour of the open icon.
 * @cssprop [--sale-status-sold-color=var(--sale-color-success)] - Colour of the sold icon.
 * @cssprop [--sale-status-lost-color=var(--sale-color-text-muted)] - Colour of the lost icon. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-status-stalled-color=var(--sale-color-warning)] - Colour of the stalled icon.
 * @cssprop [--sale-status-unknown-color=var(--sale-color-text-muted)] - Colour of the neutral icon for an unknown status. Until the token is set, a shade of its own (see Theming in the README).
 */
export class SaleStatusIcon extends ReactiveElement {
  static override styles = saleStatusIconStyles;

  // Declared without decorators, as in sale-tabs: the decorator runtime would cost bytes.
  static override properties = {
    status: { reflect: true, converter: textAttribute },
    label: {},
    decorative: { type: Boolean, reflect: true },
  };

  /** The sale's status: `open`, `sold`, `lost` or `stalled` (unset: `open`). Anything else shows a neutral icon and warns. */
  status: SaleStatus = 'open';

  /** Overrides the accessible name, which is otherwise the status in the page's language. */
  label?: string;

  /** Hides the icon from assistive technology, for use beside text that already says the status. */
  decorative = false;

  private readonly locale = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warnings: DataWarning[] = [];
    if (changed.has('status') && !isUnset(this.status) && !isSaleStatus(this.status)) {
      warnings.push({
        field: 'status',
        message: `unknown status ${describeValue(this.status)}; expected one of ${SALE_STATUSES.join(', ')}. Showing a neutral icon`,
      });
    }
    if (changed.has('label') && !isUnset(this.label) && typeof this.label !== 'string') {
      warnings.push({
        field: 'label',
        message: `expected text, got ${describeValue(this.label)}; using the status name`,
      });
    }
    reportProblems('sale-status-icon', warnings);
  }

  // A ReactiveElement that renders by hand, like sale-tabs: without lit-html the entry is about a
  // third smaller. The badge is built once; an update changes only its attributes.
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const status: unknown = isUnset(this.status) ? 'open' : this.status;
    const known = isSaleStatus(status) ? status : undefined;
    const root = this.renderRoot;
    const badge = root.firstElementChild ?? root.appendChild(newStatusBadge());
    badge.setAttribute('class', known ?? 'unknown');
    drawStatusIcon(badge, known);
    if (this.decorative) {
      badge.removeAttribute('role');
      badge.removeAttribute('aria-label');
      badge.setAttribute('aria-hidden', 'true');
      return;
    }
    const key: MessageKey = known ? `status.${known}` : 'status.unknown';
    const label = (typeof this.label === 'string' && this.label.trim()) || this.locale.t(key);
    badge.removeAttribute('aria-hidden');
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', label);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-status-icon': SaleStatusIcon;
  }
}
