/** Issue 14, bug 3: the card and the sales list say the same Stage for a sale saved as Sold or Lost. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/sale-list.js';
import type { SaleList } from '../src/elements/sale-list/sale-list.js';
import type { Sale } from '../src/model/types.js';
import {
  button,
  field,
  record,
  renderCard,
  SALE,
  setValue,
  startEditing,
  viewValue,
} from './sale-card.helpers.js';

/** The list's Stage cell of its only row. */
function listStage(list: SaleList, header: string): string | undefined {
  const root = list.shadowRoot!;
  const headers = [...root.querySelectorAll('[role="columnheader"]')];
  const index = headers.findIndex((h) => h.textContent!.trim() === header);
  const row = root.querySelector('.body [role="row"]')!;
  return row.querySelectorAll('[role="gridcell"], [role="rowheader"]')[index]?.textContent?.trim();
}

async function renderList(sale: Sale, lang: string): Promise<SaleList> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><sale-list today="2025-05-15" .sales=${[sale]}></sale-list></div>`,
  );
  const list = wrapper.querySelector('sale-list')!;
  await list.updateComplete;
  return list;
}

/** Edits the card's sale to `choice` (sold or lost), saves, and answers as a host does. */
async function saveAs(
  choice: 'sold' | 'lost',
  lang: string,
  labels: { edit: string; stage: string; save: string },
) {
  const card = await renderCard(SALE, { lang });
  const saves = record(card, 'sale-save');
  button(card, labels.edit).click();
  await card.updateComplete;
  await setValue(card, field<HTMLSelectElement>(card, labels.stage), choice);
  button(card, labels.save).click();
  const saved = saves[0]!.detail.sale as Sale;
  card.sale = saved;
  await card.updateComplete;
  return { card, saved };
}

describe('Stage of a closed sale, card and list alike', () => {
  it('a sale saved as Sold shows Stage "Sold" in the card and in the list', async () => {
    const { card, saved } = await saveAs('sold', 'en', { edit: 'Edit', stage: 'Stage', save: 'Save' });
    expect(saved.stage?.name, 'the stage at closing is kept in the data').to.equal('Proposal');
    const list = await renderList(saved, 'en');
    expect(viewValue(card, 'Stage')).to.equal('Sold');
    expect(listStage(list, 'Stage')).to.equal('Sold');
  });

  it('a sale saved as Lost shows "Tapt" in both in Norwegian', async () => {
    const { card, saved } = await saveAs('lost', 'nb', { edit: 'Rediger', stage: 'Fase', save: 'Lagre' });
    const list = await renderList(saved, 'nb');
    expect(viewValue(card, 'Fase')).to.equal('Tapt');
    expect(listStage(list, 'Fase')).to.equal('Tapt');
  });

  it('reopening shows the stage name again in both', async () => {
    const card = await renderCard({ ...SALE, status: 'sold' });
    expect(viewValue(card, 'Stage')).to.equal('Sold');
    await startEditing(card);
    const saves = record(card, 'sale-save');
    await setValue(card, field<HTMLSelectElement>(card, 'Stage'), 'stage:3');
    button(card, 'Save').click();
    card.sale = saves[0]!.detail.sale;
    await card.updateComplete;
    const list = await renderList(saves[0]!.detail.sale as Sale, 'en');
    expect(viewValue(card, 'Stage')).to.equal('Negotiation');
    expect(listStage(list, 'Stage')).to.equal('Negotiation');
  });
});
