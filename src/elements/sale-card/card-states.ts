/** What the card shows besides a sale: no sale at all, and the host loading one. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CardContext } from './card-context.js';

/** No sale (`null` or unset): a heading that says so, or that one is loading; no form controls. */
export function renderNoSale(t: CardContext['t'], loading: boolean): TemplateResult {
  return html`<article
    part="card"
    class="no-sale"
    aria-labelledby="heading"
    aria-busy=${loading ? 'true' : 'false'}
  >
    <h2 id="heading" part="title">${t(loading ? 'card.loading' : 'card.empty')}</h2>
  </article>`;
}

/** "Loading…" over a card whose controls are inert while the host loads a sale. */
export function renderLoadingNotice(t: CardContext['t'], loading: boolean): TemplateResult | typeof nothing {
  return loading ? html`<p part="loading" class="loading" role="status">${t('card.loading')}</p>` : nothing;
}
