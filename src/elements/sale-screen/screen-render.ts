/** The parts of `<sale-screen>` around its three elements: the bar with its buttons, and the notices. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScreenNotice } from './screen-state.js';

export interface ScreenBar {
  membersLabel: string;
  newSaleLabel: string;
  panelOpen: boolean;
  canCreate: boolean;
  togglePanel(): void;
  newSale(): void;
}

/** The panel's toggle (shown only while the screen is narrow) and "New sale". */
export function renderBar(bar: ScreenBar): TemplateResult {
  return html`<div class="bar" part="bar">
    <button
      type="button"
      class="toggle"
      part="panel-toggle"
      aria-controls="side"
      aria-expanded=${bar.panelOpen ? 'true' : 'false'}
      @click=${bar.togglePanel}
    >
      ${bar.membersLabel}
    </button>
    <button type="button" part="new-sale" ?disabled=${!bar.canCreate} @click=${bar.newSale}>
      ${bar.newSaleLabel}
    </button>
  </div>`;
}

/** Each notice as an alert (or a status for information), with Retry where the work can be retried. */
export function renderNotices(notices: readonly ScreenNotice[], retryLabel: string): TemplateResult {
  return html`<div class="notices">
    ${notices.map(
      (notice) =>
        html`<div class="notice ${notice.tone}" part="notice">
          <p role=${notice.tone === 'alert' ? 'alert' : 'status'}>${notice.message}</p>
          ${notice.retry ? html`<button type="button" part="retry" @click=${notice.retry}>${retryLabel}</button>` : nothing}
        </div>`,
    )}
  </div>`;
}
