import { expect } from '@open-wc/testing';
import type { SaleCard } from '../../src/sale-card.js';
import { SALE, SALE_TYPES, field, q, qa, setValue, startEditing } from '../sale-card.helpers.js';
import { mountCard, rectOf, wideViewport } from './sale-card-layout.helpers.js';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

/** The summary's facts as label → value. */
function facts(card: SaleCard): Record<string, string | undefined> {
  const summary = q(card, '[part="summary"]')!;
  return Object.fromEntries(
    [...summary.querySelectorAll('.facts li')].map((item) => [
      text(item.querySelector('.fact-label')),
      text(item.querySelector('.fact')),
    ]),
  );
}

const stagesOf = (card: SaleCard) => [
  ...(q(card, '[part="stages"]')?.querySelectorAll('[part~="stage"]') ?? []),
];

describe('<sale-card> summary strip', () => {
  before(wideViewport);

  it('shows the key facts under the header, before the tabs', async () => {
    const card = await mountCard(768);
    const summary = q(card, '[part="summary"]')!;
    expect(summary.getAttribute('role')).to.equal('group');
    expect(summary.getAttribute('aria-label')).to.equal('Summary');
    expect(facts(card)).to.deep.equal({
      Amount: 'NOK 480,000',
      Stage: 'Proposal',
      Probability: '50%',
      'Sale date': 'Jun 30, 2025',
    });
    expect(rectOf(summary).top).to.be.at.least(rectOf(q(card, '[part="header"]')!).bottom);
    expect(rectOf(summary).bottom).to.be.at.most(rectOf(q(card, 'sale-tabs')!).top);
    await expect(card).to.be.accessible();
  });

  it('draws the stage as a path with the current stage marked for screen readers', async () => {
    const card = await mountCard(768);
    const path = q(card, '[part="stages"]')!;
    expect(path.localName).to.equal('ol');
    expect(path.getAttribute('aria-label')).to.equal('Stages');
    const stages = stagesOf(card);
    expect(stages.map((stage) => stage.getAttribute('part'))).to.deep.equal([
      'stage stage-done',
      'stage stage-current',
      'stage stage-upcoming',
    ]);
    const current = path.querySelector('[aria-current="step"]')!;
    expect(current).to.equal(stages[1]);
    expect(text(current)).to.equal('Stage 2 of 3: Proposal');
    expect(path.querySelectorAll('[aria-current]')).to.have.length(1);
  });

  it("draws the path the sales guide draws: the guide's stage styles", async () => {
    const card = await mountCard(768);
    const current = getComputedStyle(stagesOf(card)[1]!);
    const upcoming = getComputedStyle(stagesOf(card)[2]!);
    expect(current.fontWeight).to.equal('600');
    expect(current.borderTopLeftRadius).to.not.equal('0px');
    expect(current.borderTopColor).to.not.equal(upcoming.borderTopColor);
  });

  it("follows the sale type's guide stages", async () => {
    const card = await mountCard(768, {
      ...SALE,
      saleType: SALE_TYPES[1],
      stage: { id: 8, name: 'Close', probability: 90 },
    });
    expect(stagesOf(card).map(text)).to.deep.equal(['Qualify', 'Stage 2 of 2: Close']);
  });

  it('shows Sold as the stage of a sold sale, without a path', async () => {
    const card = await mountCard(768, { ...SALE, status: 'sold', probability: 100 });
    expect(facts(card)['Stage']).to.equal('Sold');
    expect(q(card, '[part="stages"]')).to.equal(null);
  });

  it('shows placeholders for a sale without the facts', async () => {
    const card = await mountCard(768, { id: 1, title: 'Bare', status: 'open' });
    expect(facts(card)).to.deep.equal({ Amount: '—', Stage: '—', Probability: '—', 'Sale date': '—' });
    expect(stagesOf(card).map((stage) => stage.getAttribute('part'))).to.deep.equal([
      'stage stage-upcoming',
      'stage stage-upcoming',
      'stage stage-upcoming',
    ]);
  });

  it('flags an overdue sale date in red on the date only', async () => {
    const card = await mountCard(768, SALE, { today: '2025-07-15' });
    expect(facts(card)['Sale date']).to.equal('Jun 30, 2025 Overdue');
    const late = q(card, '[part="summary"] .late')!;
    expect(getComputedStyle(late).color).to.equal('rgb(198, 40, 40)');
    const amount = q(card, '[part="summary"] .fact')!;
    expect(getComputedStyle(amount).color).to.not.equal('rgb(198, 40, 40)');
    card.today = '2025-05-15';
    await card.updateComplete;
    expect(q(card, '[part="summary"] .late')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('flags only the date and the word Overdue of a late Next activity, not its title', async () => {
    const card = await mountCard(768);
    const red = 'rgb(198, 40, 40)';
    const flagged = qa(card, '.panel .overdue');
    expect(flagged.map(text)).to.deep.equal(['May 1, 2025', 'Overdue']);
    for (const element of flagged) expect(getComputedStyle(element).color).to.equal(red);
    const value = flagged[0]!.parentElement!;
    expect(getComputedStyle(value).color).to.not.equal(red);
    expect(text(value)).to.equal('May 1, 2025 Call Kari Overdue');
  });

  it('never flags the date of a sold sale', async () => {
    const card = await mountCard(768, { ...SALE, status: 'sold' }, { today: '2025-07-15' });
    expect(q(card, '[part="summary"] .late')).to.equal(null);
  });

  it('follows the draft while editing', async () => {
    const card = await mountCard(768);
    await startEditing(card);
    await setValue(card, field(card, 'Amount'), '500000');
    await setValue(card, field<HTMLSelectElement>(card, 'Stage'), 'stage:3');
    expect(facts(card)['Amount']).to.equal('NOK 500,000');
    expect(facts(card)['Probability']).to.equal('80%');
    expect(text(q(card, '[aria-current="step"]'))).to.equal('Stage 3 of 3: Negotiation');
  });

  it('speaks Norwegian', async () => {
    const card = await mountCard(768, SALE, { lang: 'nb' });
    const summary = q(card, '[part="summary"]')!;
    expect(summary.getAttribute('aria-label')).to.equal('Sammendrag');
    expect(Object.keys(facts(card))).to.deep.equal(['Beløp', 'Fase', 'Sannsynlighet', 'Salgsdato']);
    expect(q(card, '[part="stages"]')!.getAttribute('aria-label')).to.equal('Faser');
    expect(text(q(card, '[aria-current="step"]'))).to.equal('Fase 2 av 3: Proposal');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is accessible at 390 px, overdue, in ${scheme}`, async () => {
      const card = await mountCard(390, SALE, { today: '2025-07-15', scheme });
      await expect(card).to.be.accessible();
    });
  }
});
