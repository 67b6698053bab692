/**
 * The Quote card of `<sale-sections>`: "Create a new quote" for a sale without one; otherwise the
 * quote's number, version, status, total and valid-until date with Open. A sold or lost sale gets
 * no quote actions.
 */
import { html, type TemplateResult } from 'lit';
import { SaleQuoteCreateEvent } from '../../events/sale-quote-create.js';
import { SaleQuoteOpenEvent } from '../../events/sale-quote-open.js';
import { renderIcon } from '../../icons/icon.js';
import { arrowSquareOutIcon, fileTextIcon, plusIcon } from '../../icons/phosphor.js';
import { formatDate, formatMoney, formatNumber, PLACEHOLDER } from '../../model/format.js';
import type { SectionsSale } from '../../model/sections.js';
import { isCompleted } from '../../model/status.js';
import { renderEmptyState } from './empty-state.js';
import type { Translate } from './sale-sections.messages.js';

export function renderQuoteSection(
  host: HTMLElement,
  sale: SectionsSale,
  locale: string,
  t: Translate,
): TemplateResult {
  const closed = isCompleted(sale);
  const quote = sale.quote;
  if (!quote) {
    return renderEmptyState(
      fileTextIcon(),
      t('quote.none'),
      closed
        ? html`<p class="note">${t('quote.closed')}</p>`
        : html`<button
            type="button"
            class="action"
            part="create-quote-button"
            @click=${() => host.dispatchEvent(new SaleQuoteCreateEvent({ saleId: sale.id }))}
          >
            ${renderIcon(plusIcon())}${t('quote.create')}
          </button>`,
    );
  }
  const fields: [string, string][] = [
    [t('quote.number'), quote.number?.trim() ? quote.number : String(quote.id)],
    [t('quote.version'), formatNumber(quote.version, locale)],
    [t('quote.status'), quote.status?.trim() ? quote.status : PLACEHOLDER],
    [t('quote.total'), formatMoney(quote.amount, quote.currency, locale)],
    [t('quote.validUntil'), formatDate(quote.validUntil, locale)],
  ];
  return html`<div part="quote" class="quote">
    <p class="quote-title">
      ${renderIcon(fileTextIcon())}<span>${quote.title.trim() ? quote.title : PLACEHOLDER}</span>
    </p>
    <dl>
      ${fields.map(
        ([term, value]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${
      closed
        ? html`<p class="note">${t('quote.closed')}</p>`
        : html`<button
            type="button"
            class="action"
            part="open-quote-button"
            @click=${() => host.dispatchEvent(new SaleQuoteOpenEvent({ id: quote.id }))}
          >
            ${renderIcon(arrowSquareOutIcon())}${t('quote.open')}
          </button>`
    }
  </div>`;
}
