import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-list.js';
import type { SaleList } from '../src/elements/sale-list/sale-list.js';
import type { Sale } from '../src/model/types.js';

const TODAY = '2025-06-15';
const sales: Sale[] = [
  { id: 1, title: 'Fleet tracking', status: 'open', amount: 1000, currency: 'NOK', saleDate: '2025-06-01' },
  { id: 2, title: 'Annual support', status: 'sold', amount: 200, currency: 'EUR', saleDate: '2025-05-01' },
  { id: 3, title: 'Åsane office', status: 'open', amount: 500, currency: 'NOK', saleDate: '2025-08-01' },
  { id: 4, title: 'Data centre', status: 'open', amount: 5000, currency: 'EUR', saleDate: '2025-07-01' },
];

const shadow = (el: SaleList) => el.shadowRoot!;
const titles = (el: SaleList) =>
  [...shadow(el).querySelectorAll('.body [role="row"] [role="rowheader"]')].map((cell) =>
    cell.textContent!.trim(),
  );
const status = (el: SaleList) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const search = (el: SaleList) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const dateField = (el: SaleList, name: 'from' | 'to') =>
  shadow(el).querySelector<HTMLInputElement>(`input[type="date"][name="${name}"]`)!;

async function list(lang = 'en'): Promise<SaleList> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><sale-list .sales=${sales} today=${TODAY}></sale-list></div>`,
  );
  const el = wrapper.querySelector('sale-list')!;
  await el.updateComplete;
  return el;
}

/** Picks a day in a date field as the user does: the value, then `change`. */
async function pickDay(el: SaleList, name: 'from' | 'to', day: string) {
  const field = dateField(el, name);
  field.value = day;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<sale-list> filter bar: Clear', () => {
  it('moves focus to the search field, not to <body>, and says that the filters were cleared', async () => {
    const el = await list();
    search(el).focus();
    await sendKeys({ type: 'fleet' });
    await el.updateComplete;
    expect(status(el)).to.equal('1 sale');
    const clear = shadow(el).querySelector<HTMLButtonElement>('.clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clear.disabled).to.equal(true);
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(search(el));
    expect(search(el).value).to.equal('');
    expect(titles(el)).to.have.length(4);
    expect(status(el)).to.equal('Filters cleared. 4 sales');
    // The next change says only the count again.
    await sendKeys({ type: 'data' });
    await el.updateComplete;
    expect(status(el)).to.equal('1 sale');
    await expect(el).to.be.accessible();
  });

  it('says it in Norwegian, and not once the host sets another filter', async () => {
    const el = await list('nb');
    await pickDay(el, 'from', '2025-06-01');
    shadow(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(search(el));
    expect(status(el)).to.equal('Filtrene er tømt. 4 salg');
    el.filter = { status: ['open'] };
    await el.updateComplete;
    expect(status(el)).to.equal('3 salg');
  });
});

describe('<sale-list> filter bar: a reversed date range', () => {
  it('says why nothing matches, in the empty row, beside the fields and in the live region', async () => {
    const el = await list();
    await pickDay(el, 'from', '2025-07-01');
    await pickDay(el, 'to', '2025-06-01');
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal(
      'No sales match: the start date is after the end date.',
    );
    expect(status(el)).to.equal('The start date is after the end date. 0 sales');
    for (const name of ['from', 'to'] as const) {
      const field = dateField(el, name);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const message = shadow(el).getElementById(field.getAttribute('aria-describedby')!);
      expect(message?.textContent).to.equal('The start date is after the end date.');
    }
    await expect(el).to.be.accessible();
    await pickDay(el, 'to', '2025-07-31');
    expect(titles(el)).to.deep.equal(['Data centre']);
    expect(dateField(el, 'from').getAttribute('aria-invalid')).to.equal('false');
    expect(dateField(el, 'to').hasAttribute('aria-describedby')).to.equal(false);
    expect(shadow(el).textContent).not.to.contain('start date');
  });

  it('says it in Norwegian when the host sets the range', async () => {
    const el = await list('nb');
    el.filter = { from: '2025-07-01', to: '2025-06-01' };
    await el.updateComplete;
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal(
      'Ingen salg passer: startdatoen er etter sluttdatoen.',
    );
    expect(shadow(el).querySelector('.range-problem')!.textContent).to.equal(
      'Startdatoen er etter sluttdatoen.',
    );
  });

  it('keeps the plain message for a filter that matches nothing otherwise', async () => {
    const el = await list();
    el.filter = { from: '2025-06-01', to: '2025-06-01', text: 'nothing like this' };
    await el.updateComplete;
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No sales match the filter');
    expect(shadow(el).querySelector('.range-problem')).to.equal(null);
  });
});

describe('<sale-list> sorting by money', () => {
  it('sorts by Amount within each currency, never across them', async () => {
    const el = await list();
    const amount = [...shadow(el).querySelectorAll('[role="columnheader"]')].find(
      (cell) => cell.textContent!.trim() === 'Amount',
    )!;
    // Money sorts largest first on the first click.
    amount.querySelector('button')!.click();
    await el.updateComplete;
    expect(amount.getAttribute('aria-sort')).to.equal('descending');
    expect(titles(el)).to.deep.equal(['Data centre', 'Annual support', 'Fleet tracking', 'Åsane office']);
    amount.querySelector('button')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Annual support', 'Data centre', 'Åsane office', 'Fleet tracking']);
  });
});

describe('<sale-list> date fields speak the page language', () => {
  it('sets lang on the From and To fields from the list locale', async () => {
    const nb = await list('nb');
    expect(dateField(nb, 'from').lang).to.equal('nb-NO');
    expect(dateField(nb, 'to').lang).to.equal('nb-NO');
    const en = await list('en-GB');
    expect(dateField(en, 'from').lang).to.equal('en-GB');
  });
});

describe('<sale-list> filter bar in a narrow container', () => {
  it('wraps the status checkboxes instead of cutting the last one off at the list edge', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 12rem; font: 16px system-ui, sans-serif">
        <sale-list .sales=${sales} today=${TODAY}></sale-list>
      </div>`,
    );
    const el = wrapper.querySelector('sale-list')!;
    await el.updateComplete;
    const edge = el.getBoundingClientRect().right;
    const checks = [...shadow(el).querySelectorAll<HTMLElement>('.statuses .check')];
    expect(checks.map((check) => check.textContent!.trim())).to.deep.equal([
      'Open',
      'Sold',
      'Lost',
      'Stalled',
    ]);
    for (const check of checks) expect(check.getBoundingClientRect().right).to.be.at.most(edge + 0.5);
  });
});
