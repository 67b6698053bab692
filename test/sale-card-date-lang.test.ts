import { expect } from '@open-wc/testing';
import { SALE, qa, renderCard, selectTab } from './sale-card.helpers.js';

const dateFields = (card: Parameters<typeof qa>[0]) => qa<HTMLInputElement>(card, 'input[type="date"]');

describe('<sale-card> date fields speak the page language', () => {
  it('gives every date field the card locale as lang, so the picker shows the page date format', async () => {
    // A new sale opens in edit mode; stalled, it asks for a re-open date beside the sale date.
    const card = await renderCard({ ...SALE, id: undefined, status: 'stalled' }, { lang: 'nb' });
    const onSaleTab = dateFields(card);
    expect(onSaleTab.map((input) => input.id)).to.include.members(['f-sale-date', 'f-reopen-date']);
    expect(onSaleTab.map((input) => input.lang)).to.deep.equal(onSaleTab.map(() => 'nb-NO'));
    await selectTab(card, 'Mer');
    const onMoreTab = dateFields(card);
    expect(onMoreTab).to.have.length.greaterThan(0);
    expect(onMoreTab.map((input) => input.lang)).to.deep.equal(onMoreTab.map(() => 'nb-NO'));
  });

  it('follows an English page with a region', async () => {
    const card = await renderCard({ ...SALE, id: undefined }, { lang: 'en-GB' });
    expect(dateFields(card).map((input) => input.lang)).to.deep.equal(['en-GB']);
  });
});
