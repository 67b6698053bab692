import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-list.js';
import type { SaleList } from '../src/elements/sale-list/sale-list.js';
import type { GroupBy } from '../src/model/group.js';
import type { Sale } from '../src/model/types.js';
import { generateSales } from '../stories/fixtures/sale-list.js';
import { formatMoney } from '../src/model/format.js';
import { captureWarnings } from './helpers/console.js';

const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en');

const TODAY = '2025-06-15';
const sales: Sale[] = [
  {
    id: 1,
    title: 'Fleet tracking',
    status: 'open',
    amount: 1000,
    currency: 'NOK',
    probability: 50,
    saleDate: '2025-06-01',
    stage: { id: 3, name: 'Proposal', probability: 50 },
    owner: { id: 1, name: 'Kari' },
    company: { id: 7, name: 'Fjordline AS' },
    nextActivity: { id: 9, title: 'Call Kari', date: '2025-06-10' },
  },
  {
    id: 2,
    title: 'Annual support',
    status: 'sold',
    amount: 200,
    currency: 'EUR',
    probability: 100,
    saleDate: '2025-05-01',
    stage: { id: 1, name: 'Lead', probability: 10 },
    owner: { id: 2, name: 'Ola' },
  },
  {
    id: 3,
    title: 'Åsane office',
    status: 'stalled',
    amount: 500,
    currency: 'NOK',
    probability: 20,
    reopenDate: '2025-07-01',
    saleDate: '2025-08-01',
  },
];

const shadow = (el: SaleList) => el.shadowRoot!;
const bodyRows = (el: SaleList) => [...shadow(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
const titles = (el: SaleList) =>
  bodyRows(el).map((row) => row.querySelector('[role="rowheader"]')?.textContent?.trim());
const header = (el: SaleList, text: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].find(
    (h) => h.textContent!.trim() === text,
  )!;

async function list(
  template = html`<sale-list .sales=${sales} today=${TODAY}></sale-list>`,
): Promise<SaleList> {
  const el = await fixture<SaleList>(template);
  await el.updateComplete;
  return el;
}

describe('<sale-list>', () => {
  it('is a grid with sortable column headers, rows and a totals row, and is accessible', async () => {
    const el = await list();
    const grid = shadow(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Sales');
    expect(grid.getAttribute('aria-rowcount')).to.equal('5');
    expect(
      [...shadow(el).querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim()),
    ).to.deep.equal([
      'Status',
      'Sale date',
      'Amount',
      'Stage',
      'Next activity',
      'Title',
      'Contact',
      'Company',
      'Owner',
    ]);
    expect(titles(el)).to.deep.equal(['Fleet tracking', 'Annual support', 'Åsane office']);
    const totals = shadow(el).querySelector('.totals-row')!;
    expect(totals.textContent)
      .to.contain('Total: 3 sales')
      .and.contain(money(1500, 'NOK'))
      .and.contain(money(200, 'EUR'));
    await expect(el).to.be.accessible();
  });

  it('shows overdue next activities in red with the word Overdue, and a stalled sale its re-open date', async () => {
    const el = await list();
    const [first, , third] = bodyRows(el);
    expect(first!.classList.contains('overdue')).to.be.true;
    expect(first!.textContent).to.contain('Overdue').and.contain('Call Kari');
    expect(third!.textContent).to.contain('Re-open Jul 1, 2025');
  });

  it('sorts by a header click (aria-sort), flips on the second, and emits the state', async () => {
    const el = await list();
    const button = header(el, 'Title').querySelector('button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'sale-list-state-change');
    await el.updateComplete;
    expect(event.detail.sort).to.deep.equal({ column: 'title', direction: 'asc' });
    expect(header(el, 'Title').getAttribute('aria-sort')).to.equal('ascending');
    expect(titles(el)).to.deep.equal(['Annual support', 'Åsane office', 'Fleet tracking']);
    header(el, 'Title').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Title').getAttribute('aria-sort')).to.equal('descending');
    expect(titles(el)).to.deep.equal(['Fleet tracking', 'Åsane office', 'Annual support']);
    header(el, 'Amount').querySelector('button')!.click();
    await el.updateComplete;
    expect(el.sort).to.deep.equal({ column: 'amount', direction: 'desc' });
  });

  it('collates Norwegian titles in Norwegian and speaks Norwegian', async () => {
    const el = await list(
      html`<div lang="nb">
        <sale-list .sales=${sales} today=${TODAY} .sort=${{ column: 'title', direction: 'asc' }}></sale-list>
      </div>`,
    ).then((wrapper) => (wrapper as unknown as HTMLElement).querySelector('sale-list')!);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Annual support', 'Fleet tracking', 'Åsane office']);
    expect(header(el, 'Beløp')).to.exist;
    expect(header(el, 'Salgsdato')).to.exist;
    expect(shadow(el).textContent).to.contain('Forfalt');
  });

  it('groups by stage with counts and per-currency sums', async () => {
    const el = await list(html`<sale-list .sales=${sales} today=${TODAY} group-by="stage"></sale-list>`);
    const groups = [...shadow(el).querySelectorAll('.group-row')].map((row) => row.textContent!.trim());
    expect(groups).to.have.length(3);
    // The sold sale groups under Sold, as its Stage cell shows, after the open stages.
    expect(groups[0])
      .to.contain('Proposal')
      .and.contain(`Weighted ${money(500, 'NOK')}`);
    expect(groups[1]).to.contain('Sold').and.contain('1 sale').and.contain(money(200, 'EUR'));
    expect(groups[2]).to.contain('(none)');
    await expect(el).to.be.accessible();
  });

  it('filters by text, status and date range, and Clear resets', async () => {
    const el = await list();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'fleet' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fleet tracking']);
    expect(el.filter).to.deep.equal({ text: 'fleet' });
    const clear = shadow(el).querySelector<HTMLButtonElement>('.clear')!;
    clear.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    shadow(el).querySelector<HTMLInputElement>('input[value="sold"]')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Annual support']);
    el.filter = { from: '2025-06-01', to: '2025-07-01' };
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fleet tracking']);
    el.filter = { text: 'nothing like this' };
    await el.updateComplete;
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No sales match the filter');
    await expect(el).to.be.accessible();
  });

  it('moves with arrow keys between cells and rows and opens with Enter and double-click', async () => {
    const el = await list();
    const firstHeader = shadow(el).querySelector<HTMLElement>('[role="columnheader"] button')!;
    expect(firstHeader.tabIndex).to.equal(0);
    firstHeader.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    let active = shadow(el).activeElement!;
    expect(active.closest('[role="row"]')!.getAttribute('data-grid-row')).to.equal('sale:1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    active = shadow(el).activeElement!;
    expect(active.getAttribute('data-grid-col')).to.equal('1');
    expect(active.closest('[role="row"]')!.getAttribute('data-grid-row')).to.equal('sale:2');
    expect(active.getAttribute('tabindex')).to.equal('0');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const opened = await oneEvent(el, 'sale-open');
    expect(opened.detail).to.deep.equal({ id: 2 });
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement!.getAttribute('data-grid-col')).to.equal('8');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(firstHeader);
    const cell = bodyRows(el)[2]!.querySelector('[role="gridcell"]')!;
    setTimeout(() => cell.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'sale-open')).detail.id).to.equal(3);
  });

  it('settles and keeps focus in the grid when the host removes the focused row', async () => {
    const el = await list();
    const cell = bodyRows(el)[0]!.querySelector<HTMLElement>('[data-grid-col="5"]')!;
    cell.focus();
    await el.updateComplete;
    let updates = 0;
    const countUpdates = () => (updates += 1);
    const originalUpdated = (el as unknown as { updated: (changed: unknown) => void }).updated;
    (el as unknown as { updated: (changed: unknown) => void }).updated = function (changed: unknown) {
      countUpdates();
      return originalUpdated.call(this, changed);
    };
    el.sales = sales.filter((sale) => sale.id !== 1);
    await aTimeout(100);
    await el.updateComplete;
    expect(updates).to.be.below(10);
    const active = shadow(el).activeElement!;
    expect(active.closest('[role="grid"]')).to.exist;
    expect(active.closest('[role="row"]')?.getAttribute('data-grid-row')).to.not.equal('sale:1');
  });

  it('gives focus up instead of looping while a modal dialog holds it', async () => {
    const el = await list();
    bodyRows(el)[0]!.querySelector<HTMLElement>('[data-grid-col="5"]')!.focus();
    await el.updateComplete;
    const dialog = document.createElement('dialog');
    dialog.innerHTML = '<button>Keep focus here</button>';
    document.body.append(dialog);
    try {
      dialog.showModal();
      el.sales = sales.filter((sale) => sale.id !== 1);
      await aTimeout(100);
      await el.updateComplete;
      expect(el.isUpdatePending).to.be.false;
      expect(document.activeElement).to.equal(dialog.querySelector('button'));
    } finally {
      dialog.remove();
    }
  });

  it('keeps focus on the same sale after re-sorting', async () => {
    const el = await list();
    const cell = bodyRows(el)[0]!.querySelector<HTMLElement>('[data-grid-col="5"]')!;
    cell.focus();
    el.sort = { column: 'amount', direction: 'asc' };
    await el.updateComplete;
    await aTimeout(0);
    expect(shadow(el).activeElement!.closest('[role="row"]')!.getAttribute('data-grid-row')).to.equal(
      'sale:1',
    );
  });

  it('chooses columns from a menu of checkboxes and emits the state', async () => {
    const el = await list();
    const button = shadow(el).querySelector<HTMLButtonElement>('.columns-button')!;
    button.click();
    await el.updateComplete;
    const menu = shadow(el).querySelector('#column-menu')!;
    expect(menu.hasAttribute('hidden')).to.be.false;
    const weighted = menu.querySelector<HTMLElement>('[data-key="weightedAmount"]')!;
    expect(weighted.getAttribute('aria-checked')).to.equal('false');
    setTimeout(() => weighted.click());
    const event = await oneEvent(el, 'sale-list-state-change');
    expect(event.detail.columns).to.include('weightedAmount');
    await el.updateComplete;
    expect(header(el, 'Weighted amount')).to.exist;
    expect(shadow(el).querySelector('.totals-row')!.textContent).to.contain(money(600, 'NOK'));
  });

  it('filters by owners from a menu of checkboxes, by keyboard', async () => {
    const el = await list();
    const button = shadow(el).querySelector<HTMLButtonElement>('.owners-button')!;
    expect(button.textContent!.trim()).to.equal('Owners');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const menu = shadow(el).querySelector<HTMLElement>('#owners-menu')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['Kari', 'Ola']);
    expect(shadow(el).activeElement).to.equal(items[0]);
    await expect(el).to.be.accessible();

    setTimeout(() => sendKeys({ press: ' ' }));
    const event = await oneEvent(el, 'sale-list-state-change');
    expect(event.detail.filter).to.deep.equal({ owners: [1] });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fleet tracking']);
    expect(menu.querySelector('[role="menuitemcheckbox"]')!.getAttribute('aria-checked')).to.equal('true');
    expect(menu.hidden).to.be.false;

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.hidden).to.be.true;
    expect(shadow(el).activeElement).to.equal(button);
    expect(button.textContent!.trim()).to.equal('Owners (1)');
  });

  it('hides the column that repeats the host record in a context', async () => {
    const el = await list(
      html`<sale-list .sales=${sales} today=${TODAY} .context=${{ kind: 'company', id: 7 }}></sale-list>`,
    );
    expect(header(el, 'Company')).to.equal(undefined);
    expect(header(el, 'Owner')).to.exist;
  });

  it('changes grouping from the toolbar and emits the state', async () => {
    const el = await list();
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name="groupBy"]')!;
    select.value = 'status';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'sale-list-state-change');
    expect(event.detail.groupBy).to.equal('status');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.group-row')).to.have.length(3);
  });

  it('virtualizes 10,000 sales grouped by stage: fewer than 300 rows in the DOM', async () => {
    const el = await list(
      html`<sale-list
        .sales=${generateSales(10_000)}
        today=${TODAY}
        group-by="stage"
        style="--sale-list-max-height: 600px"
      ></sale-list>`,
    );
    for (let i = 0; i < 100 && shadow(el).querySelectorAll('.body [role="row"]').length === 0; i++)
      await aTimeout(20);
    const rows = shadow(el).querySelectorAll('[role="row"]').length;
    expect(rows).to.be.above(5).and.below(300);
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(
      // Five stage groups, Sold and Lost, the header and the totals row.
      String(10_000 + 7 + 2),
    );
  });

  it('skips bad rows, shows placeholders and warns once per assignment', async () => {
    const warnings = captureWarnings();
    try {
      const bad = [
        null,
        'x',
        { id: 1, title: 'Ok', status: 'won', amount: 'lots' },
        { id: 1, title: 'Dup', status: 'open' },
      ] as unknown as Sale[];
      const el = await list(
        html`<sale-list
          .sales=${bad}
          today=${TODAY}
          .columns=${['title', 'bogus', 'amount']}
          group-by="weird"
        ></sale-list>`,
      );
      expect(titles(el)).to.deep.equal(['Ok', 'Dup']);
      expect(bodyRows(el)[0]!.textContent).to.contain('—');
      const saleWarnings = warnings.messages.filter((m) => m.includes('some sales'));
      expect(saleWarnings).to.have.length(1);
      expect(saleWarnings[0]).to.contain('sales[0]').and.contain('repeats');
      expect(warnings.messages.some((m) => m.includes('bogus'))).to.be.true;
      expect(warnings.messages.some((m) => m.includes('weird'))).to.be.true;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('some sales'))).to.have.length(1);
      el.sales = 'nope' as unknown as Sale[];
      await el.updateComplete;
      expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No sales');
    } finally {
      warnings.restore();
    }
  });

  it('fires no events when the host sets properties', async () => {
    const el = await list();
    let fired = 0;
    el.addEventListener('sale-list-state-change', () => fired++);
    el.sort = { column: 'saleDate', direction: 'desc' };
    el.groupBy = 'owner';
    el.filter = { status: ['open'] };
    el.columns = ['title'];
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(header(el, 'Title')).to.exist;
  });
});

describe('<sale-list> optional columns and keyboard reach into virtual rows', () => {
  it('renders every optional column', async () => {
    const el = await list(
      html`<sale-list
        .sales=${generateSales(6)}
        today=${TODAY}
        .columns=${['number', 'title', 'weightedAmount', 'profit', 'profitPercent', 'probability', 'saleType', 'source', 'competitor', 'currency', 'reopenDate']}
      ></sale-list>`,
    );
    expect(shadow(el).querySelectorAll('[role="columnheader"]')).to.have.length(11);
    for (const id of ['number', 'profit', 'currency', 'reopenDate']) {
      el.sort = { column: id, direction: 'asc' };
      await el.updateComplete;
    }
    expect(bodyRows(el)).to.have.length(6);
  });

  it('moves with PageDown and Ctrl+End into rows the virtualizer had not rendered', async () => {
    const el = await list(
      html`<sale-list
        .sales=${generateSales(2_000)}
        today=${TODAY}
        style="--sale-list-max-height: 400px"
      ></sale-list>`,
    );
    for (let i = 0; i < 100 && bodyRows(el).length < 12; i++) await aTimeout(20);
    const first = bodyRows(el)[0]!.querySelector<HTMLElement>('[data-grid-col="0"]')!;
    first.focus();
    await sendKeys({ press: 'PageDown' });
    for (let i = 0; i < 50 && shadow(el).activeElement === first; i++) await aTimeout(20);
    expect(shadow(el).activeElement!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('12');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    for (let i = 0; i < 20 && !shadow(el).activeElement?.closest('.totals-row'); i++) await aTimeout(30);
    expect(shadow(el).activeElement!.closest('.totals-row')).to.exist;
  });
});

describe('<sale-list> virtual rows', () => {
  it('renders its first rows with the first update, and the rows further down after scrolling', async () => {
    const el = await list(
      html`<sale-list
        .sales=${generateSales(10_000)}
        today=${TODAY}
        group-by="stage"
        style="--sale-list-max-height: 400px"
      ></sale-list>`,
    );
    expect(bodyRows(el).length).to.be.above(5);
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    const scroller = shadow(el).querySelector<HTMLElement>('.grid-scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    for (let i = 0; i < 50 && bodyRows(el)[0]!.getAttribute('aria-rowindex') === '2'; i++) await aTimeout(20);
    const first = Number(bodyRows(el)[0]!.getAttribute('aria-rowindex'));
    expect(first).to.be.above(4000).and.below(6000);
    expect(shadow(el).querySelectorAll('[role="row"]').length).to.be.below(300);
    // The rendered rows sit where the scroller shows them.
    const visible = bodyRows(el).find(
      (row) => row.getBoundingClientRect().top >= scroller.getBoundingClientRect().top + 50,
    )!;
    expect(visible.getBoundingClientRect().bottom).to.be.below(scroller.getBoundingClientRect().bottom + 200);
  });

  it('shows the status as a named image in each row', async () => {
    const el = await list();
    const icons = [...shadow(el).querySelectorAll('.body [role="img"]')].map((icon) =>
      icon.getAttribute('aria-label'),
    );
    expect(icons).to.have.members(['Open', 'Sold', 'Stalled']);
  });
});

describe('<sale-list> says Overdue for every overdue reason, not by colour alone', () => {
  const overdueSales: Sale[] = [
    // Open, its sale date has passed, no activity at all.
    { id: 1, title: 'Past sale date', status: 'open', saleDate: '2025-06-01' },
    // Open, its next activity is late, its sale date still ahead.
    {
      id: 2,
      title: 'Late activity',
      status: 'open',
      saleDate: '2025-09-01',
      nextActivity: { id: 5, title: 'Call back', date: '2025-06-10' },
    },
    // Stalled, its re-open date has passed.
    { id: 3, title: 'Re-open passed', status: 'stalled', saleDate: '2025-09-01', reopenDate: '2025-06-01' },
    // Open and on time; sold with a past date is decided, never overdue.
    { id: 4, title: 'On time', status: 'open', saleDate: '2025-09-01' },
    { id: 5, title: 'Sold long ago', status: 'sold', saleDate: '2025-01-01' },
  ];
  const overdueWord = (row: HTMLElement) => row.querySelector<HTMLElement>('.overdue-word');
  const rowTitled = (el: SaleList, title: string) =>
    bodyRows(el).find((row) => row.querySelector('[role="rowheader"]')?.textContent?.includes(title))!;
  /** The cell holding the row's word, by column header. */
  const cellOfWord = (el: SaleList, row: HTMLElement) => {
    const cell = overdueWord(row)!.closest<HTMLElement>('[data-grid-col]')!;
    const headers = [...shadow(el).querySelectorAll('[role="columnheader"]')];
    return headers[Number(cell.dataset['gridCol'])]!.textContent!.trim();
  };
  /** Visible, and read out: not hidden from the accessibility tree by any ancestor. */
  const isSeenAndRead = (word: HTMLElement) =>
    word.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    !word.closest('[aria-hidden="true"]');

  it('in the cell of the reason: a passed sale date, a late activity, a passed re-open date', async () => {
    const el = await list(html`<sale-list .sales=${overdueSales} today=${TODAY}></sale-list>`);
    const expected: [string, string | undefined][] = [
      ['Past sale date', 'Sale date'],
      ['Late activity', 'Next activity'],
      ['Re-open passed', 'Next activity'],
      ['On time', undefined],
      ['Sold long ago', undefined],
    ];
    for (const [title, column] of expected) {
      const row = rowTitled(el, title);
      if (!column) {
        expect(overdueWord(row), title).to.equal(null);
        expect(row.classList.contains('overdue'), title).to.be.false;
        continue;
      }
      expect(row.classList.contains('overdue'), title).to.be.true;
      expect(overdueWord(row)!.textContent!.trim(), title).to.equal('Overdue');
      expect(isSeenAndRead(overdueWord(row)!), title).to.be.true;
      expect(cellOfWord(el, row), title).to.equal(column);
    }
    await expect(el).to.be.accessible();
  });

  it('in the row header when the columns that say why are hidden', async () => {
    const el = await list(
      html`<sale-list .sales=${overdueSales} today=${TODAY} .columns=${['title', 'amount']}></sale-list>`,
    );
    for (const title of ['Past sale date', 'Late activity', 'Re-open passed']) {
      const row = rowTitled(el, title);
      const header = row.querySelector<HTMLElement>('[role="rowheader"]')!;
      expect(header.textContent, title).to.contain('Overdue');
      expect(isSeenAndRead(overdueWord(row)!), title).to.be.true;
    }
    expect(rowTitled(el, 'On time').textContent).not.to.contain('Overdue');
    // Without a title column, the first cell says it.
    el.columns = ['amount', 'owner'];
    await el.updateComplete;
    const first = bodyRows(el)[0]!;
    expect(first.querySelector('[data-grid-col="0"]')!.textContent).to.contain('Overdue');
  });

  it('in Norwegian: Forfalt', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nb"><sale-list .sales=${overdueSales} today=${TODAY}></sale-list></div>`,
    );
    const el = wrapper.querySelector('sale-list')!;
    await el.updateComplete;
    for (const title of ['Past sale date', 'Late activity', 'Re-open passed']) {
      const word = overdueWord(rowTitled(el, title))!;
      expect(word.textContent!.trim(), title).to.equal('Forfalt');
      expect(isSeenAndRead(word), title).to.be.true;
    }
    expect(overdueWord(rowTitled(el, 'On time'))).to.equal(null);
  });
});

describe('<sale-list> property boundary: any JavaScript value', () => {
  const PROPERTIES = ['sales', 'columns', 'sort', 'groupBy', 'filter', 'context', 'today', 'label'] as const;
  type Property = (typeof PROPERTIES)[number];

  /** Values no property expects; made fresh each time (a revoked proxy stays revoked). */
  function hostileValues(): [string, unknown][] {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        has() {
          throw new Error('has trap');
        },
        ownKeys() {
          throw new Error('ownKeys trap');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf trap');
        },
      },
    );
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const getterThatThrows = Object.defineProperty({}, 'column', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    return [
      ['a null-prototype object', Object.create(null)],
      ['a boxed string', new String('stage')],
      ['a boxed number', new Number(7)],
      ['a boxed boolean', new Boolean(false)],
      ['a proxy whose traps throw', throwing],
      ['a revoked proxy', revoked.proxy],
      ['a frozen object', Object.freeze({ a: 1 })],
      ['an object whose getter throws', getterThatThrows],
      // eslint-disable-next-line no-sparse-arrays
      ['an array with holes', [, , 'title', ,]],
      ['a huge string', 'x'.repeat(1_000_000)],
      ['NaN', NaN],
      ['a symbol', Symbol('x')],
      ['a bigint', 10n],
      ['a function', () => 'stage'],
      ['a date', new Date(NaN)],
      ['-Infinity', -Infinity],
    ];
  }

  /** The list still shows itself: the toolbar, the grid's header and at least one body row. */
  function expectRendered(el: SaleList, what: string) {
    expect(shadow(el).querySelector('.toolbar'), what).to.exist;
    expect(shadow(el).querySelectorAll('[role="columnheader"]').length, what).to.be.above(0);
    expect(bodyRows(el).length, what).to.be.above(0);
  }

  it('treats undefined (and null) as the default for every property, silently', async () => {
    const warnings = captureWarnings();
    try {
      const el = await list(
        html`<sale-list
          .sales=${sales}
          today=${TODAY}
          group-by="stage"
          .sort=${{ column: 'title', direction: 'asc' }}
          .filter=${{ status: ['open'] }}
          .columns=${['title']}
          .context=${{ kind: 'company' }}
          label="Mine"
        ></sale-list>`,
      );
      for (const empty of [undefined, null]) {
        for (const property of PROPERTIES) {
          if (property !== 'sales') (el as unknown as Record<Property, unknown>)[property] = empty;
        }
        await el.updateComplete;
        expect(titles(el), String(empty)).to.deep.equal(['Fleet tracking', 'Annual support', 'Åsane office']);
        expect(shadow(el).querySelectorAll('[role="columnheader"]'), String(empty)).to.have.length(9);
        expect(shadow(el).querySelector('.group-row'), String(empty)).to.equal(null);
        expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-label')).to.equal('Sales');
        expect(el.hasAttribute('group-by')).to.be.false;
      }
      el.sales = [];
      await el.updateComplete;
      el.sales = undefined as unknown as Sale[];
      await el.updateComplete;
      expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No sales');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('survives any value in any property: never throws, never blank, one warning naming the field', async () => {
    const el = await list();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      for (const property of PROPERTIES) {
        for (const [name, value] of hostileValues()) {
          const what = `${property} = ${name}`;
          warnings.messages.length = 0;
          (el as unknown as Record<Property, unknown>)[property] = value;
          await el.updateComplete;
          expectRendered(el, what);
          // At most one warning per assignment, and it names the field; a value that happens to
          // be usable (a frozen filter, a null-prototype filter) may pass silently.
          expect(warnings.messages.length, what).to.be.at.most(1);
          if (warnings.messages.length === 1) expect(warnings.messages[0], what).to.contain(property);
          // Back to a good value before the next one.
          (el as unknown as Record<Property, unknown>)[property] = undefined;
          if (property === 'sales') el.sales = sales;
          await el.updateComplete;
        }
      }
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(titles(el)).to.deep.equal(['Fleet tracking', 'Annual support', 'Åsane office']);
  });

  it('warns for plainly wrong values of each property', async () => {
    const el = await list();
    const warnings = captureWarnings();
    const wrong: [Property, unknown][] = [
      ['sales', Object.create(null)],
      ['columns', 'title'],
      ['sort', { column: 'nope', direction: 'asc' }],
      ['sort', { column: 'title', direction: 'sideways' }],
      ['groupBy', Object.create(null)],
      ['filter', 'open'],
      ['context', 42],
      ['today', NaN],
      ['today', 'yesterday'],
      ['label', new String('Sales')],
    ];
    try {
      for (const [index, [property, value]] of wrong.entries()) {
        warnings.messages.length = 0;
        (el as unknown as Record<Property, unknown>)[property] = value;
        await el.updateComplete;
        expect(warnings.messages, `${property}, case ${index}`).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<sale-list>').and.contain(property);
        (el as unknown as Record<Property, unknown>)[property] = undefined;
        await el.updateComplete;
      }
    } finally {
      warnings.restore();
    }
  });

  it('shows sales whose fields throw when read, from what can be read, and warns once', async () => {
    const throwingTitle = {
      id: 10,
      status: 'open',
      amount: 100,
      currency: 'NOK',
      get title(): string {
        throw new Error('title');
      },
    };
    const throwingId = {
      title: 'No readable id',
      status: 'sold',
      get id(): number {
        throw new Error('id');
      },
    };
    const warnings = captureWarnings();
    try {
      const el = await list(
        html`<sale-list
          .sales=${[throwingTitle, throwingId, ...sales] as unknown as Sale[]}
          today=${TODAY}
          group-by="status"
          .filter=${{ text: 'e' }}
          .sort=${{ column: 'title', direction: 'asc' }}
        ></sale-list>`,
      );
      expectRendered(el, 'throwing getters');
      expect(titles(el)).to.include('No readable id').and.include('Fleet tracking');
      el.filter = {};
      await el.updateComplete;
      expect(titles(el)).to.include('—');
      const saleWarnings = warnings.messages.filter((message) => message.includes('sales'));
      expect(saleWarnings).to.have.length(1);
      expect(saleWarnings[0]).to.contain('threw');
    } finally {
      warnings.restore();
    }
  });

  it('never reflects a grouping it does not know into the group-by attribute', async () => {
    const el = await list();
    el.groupBy = 'stage';
    await el.updateComplete;
    expect(el.getAttribute('group-by')).to.equal('stage');
    el.groupBy = Object.create(null) as GroupBy;
    await el.updateComplete;
    expect(el.hasAttribute('group-by')).to.be.false;
    el.setAttribute('group-by', 'owner');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.group-row').length).to.be.above(0);
  });
});

describe('<sale-list> Stage of a closed sale', () => {
  const closedSales: Sale[] = [
    {
      ...sales[1]!,
      id: 21,
      title: 'Won deal',
      status: 'sold',
      stage: { id: 3, name: 'Proposal', probability: 50 },
    },
    {
      ...sales[1]!,
      id: 22,
      title: 'Lost deal',
      status: 'lost',
      stage: { id: 3, name: 'Proposal', probability: 50 },
    },
    { ...sales[0]!, id: 23, title: 'Open deal', stage: { id: 4, name: 'Negotiation', probability: 80 } },
  ];
  /** The text of each body row's cell under the column headed `column`. */
  const columnTexts = (el: SaleList, column: string) => {
    const headers = [...shadow(el).querySelectorAll('[role="columnheader"]')];
    const index = headers.findIndex((h) => h.textContent!.trim() === column);
    return bodyRows(el).map((row) =>
      row.querySelectorAll('[role="gridcell"], [role="rowheader"]')[index]?.textContent?.trim(),
    );
  };
  const inLanguage = async (lang: string, extra: Record<string, unknown> = {}) => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}><sale-list today=${TODAY}></sale-list></div>`,
    );
    const el = wrapper.querySelector('sale-list')!;
    Object.assign(el, { sales: closedSales, ...extra });
    await el.updateComplete;
    return el;
  };

  it('shows Sold or Lost in the Stage column, not the stage the sale was closed at', async () => {
    const el = await inLanguage('en');
    expect(columnTexts(el, 'Stage')).to.deep.equal(['Sold', 'Lost', 'Negotiation']);
    await expect(el).to.be.accessible();
  });

  it('says Solgt and Tapt in Norwegian', async () => {
    const el = await inLanguage('nb');
    expect(columnTexts(el, 'Fase')).to.deep.equal(['Solgt', 'Tapt', 'Negotiation']);
  });

  it('sorts by Stage as shown: open stages by probability, then Sold, then Lost', async () => {
    const el = await inLanguage('en');
    header(el, 'Stage').querySelector('button')!.click();
    await el.updateComplete;
    expect(columnTexts(el, 'Stage')).to.deep.equal(['Negotiation', 'Sold', 'Lost']);
    header(el, 'Stage').querySelector('button')!.click();
    await el.updateComplete;
    expect(columnTexts(el, 'Stage')).to.deep.equal(['Lost', 'Sold', 'Negotiation']);
  });

  it('groups by Stage as shown, the closed groups named in the user language', async () => {
    const groupNames = (el: SaleList) =>
      [...shadow(el).querySelectorAll('.group-row .group-name')].map((name) => name.textContent!.trim());
    expect(groupNames(await inLanguage('en', { groupBy: 'stage' }))).to.deep.equal([
      'Negotiation',
      'Sold',
      'Lost',
    ]);
    expect(groupNames(await inLanguage('nb', { groupBy: 'stage' }))).to.deep.equal([
      'Negotiation',
      'Solgt',
      'Tapt',
    ]);
  });
});
