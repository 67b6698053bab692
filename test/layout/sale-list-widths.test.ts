/**
 * <sale-list> in containers from 320 to 1440 px: nothing sticks out sideways, amounts and dates are
 * never cut, headers are whole from 768 px, only the late date is red, and below 600 px each row
 * stacks on two lines of one fixed height while staying the same APG grid.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/sale-list.js';
import type { SaleList } from '../../src/elements/sale-list/sale-list.js';
import type { Sale } from '../../src/model/types.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';
import { withForcedColors } from '../helpers/forced-colors.js';

const WIDTHS = [320, 390, 768, 1024, 1440] as const;
const TODAY = '2025-06-15';

/** Large amounts in two currencies, a long title, and overdue sale dates and activities. */
const SALES: Sale[] = [
  {
    id: 9001,
    title: 'Fleet tracking for the whole northern region, forty trucks and two ferries',
    status: 'open',
    amount: 480_000,
    currency: 'NOK',
    saleDate: '2025-06-01',
    stage: { id: 3, name: 'Proposal', probability: 50 },
    owner: { id: 1, name: 'Kari Nordmann' },
    company: { id: 7, name: 'Fjordline Logistikk og Frakt AS' },
    nextActivity: { id: 9, title: 'Call Kari about the ferries', date: '2025-12-04' },
  },
  ...generateSales(40, { currencies: ['NOK', 'EUR'] }),
];

async function mount(width: number, options: { sales?: Sale[]; scheme?: string; lang?: string } = {}) {
  const { sales = SALES, scheme = 'light', lang = 'en' } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sale-list .sales=${sales} today=${TODAY}></sale-list>
    </div>`,
  );
  const el = wrapper.querySelector('sale-list')!;
  await el.updateComplete;
  await frames(3);
  return el;
}

async function frames(count: number) {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const all = (el: SaleList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const one = (el: SaleList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const isWhole = (element: HTMLElement) => element.scrollWidth <= element.clientWidth;
const rowOf = (el: SaleList, title: string) =>
  all(el, '.body [role="row"]').find((row) => row.querySelector('.col-title')?.textContent?.includes(title))!;

describe('<sale-list> at container widths from 320 to 1440 px', () => {
  before(() => setViewport({ width: 1600, height: 1000 }));

  for (const width of WIDTHS) {
    it(`${width} px: no sideways overflow; amounts, dates and headers whole`, async () => {
      const el = await mount(width);
      expect(el.scrollWidth, 'the host').to.be.at.most(el.clientWidth + 1);
      const scroller = one(el, '.grid-scroller');
      if (width < 600) expect(scroller.scrollWidth, 'the grid').to.be.at.most(scroller.clientWidth + 1);
      const cells = all(el, ':is(.body, .foot) :is(.col-amount, .col-saleDate)');
      expect(cells.length).to.be.above(10);
      for (const cell of cells) expect(isWhole(cell), `"${cell.textContent!.trim()}"`).to.be.true;
      // The next activity's date (and its Overdue) shows whole; its title may give way.
      for (const date of all(el, '.col-nextActivity .date')) {
        const cell = date.closest<HTMLElement>('.cell')!.getBoundingClientRect();
        const word = date.parentElement!.querySelector('.overdue-word') ?? date;
        expect(word.getBoundingClientRect().right, date.textContent!).to.be.at.most(cell.right + 0.5);
      }
      // Narrow, only the headers of the two lines show (the others are off them until focused).
      const shown =
        width >= 768
          ? ''
          : ':is(.col-status, .col-title, .col-amount, .col-saleDate, .col-stage, .col-nextActivity)';
      {
        for (const header of all(el, `[role="columnheader"]${shown}`)) {
          const name = header.textContent!.trim();
          expect(isWhole(header.querySelector<HTMLElement>('.sort-button span')!), `header ${name}`).to.be
            .true;
          expect(isWhole(header), `header cell ${name}`).to.be.true;
        }
      }
    });
  }

  for (const width of WIDTHS) {
    it(`${width} px: the filter bar wraps in groups, Group by and Columns together at the end`, async () => {
      const el = await mount(width);
      const toolbar = one(el, '[part="toolbar"]');
      expect(toolbar.scrollWidth, 'the toolbar').to.be.at.most(toolbar.clientWidth + 1);
      const bar = toolbar.getBoundingClientRect();
      for (const control of all(el, '[part="toolbar"] :is(input, select, button)')) {
        const box = control.getBoundingClientRect();
        expect(box.right, control.outerHTML.slice(0, 60)).to.be.at.most(bar.right + 0.5);
        expect(box.left).to.be.at.least(bar.left - 0.5);
      }
      const view = one(el, '.view-options').getBoundingClientRect();
      expect(Math.abs(view.right - bar.right), 'view options at the end').to.be.below(1);
      const groupBy = one(el, 'select[name="groupBy"]').getBoundingClientRect();
      const columns = one(el, '[part="columns-button"]').getBoundingClientRect();
      expect(Math.abs(groupBy.bottom - columns.bottom), 'Group by and Columns on one line').to.be.below(2);
    });
  }

  it('puts no error on the page while the container crosses the narrow layout and back', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('error', onError, true);
    const onerror = window.onerror;
    window.onerror = () => true;
    try {
      const el = await mount(1024, { sales: generateSales(2000) });
      const container = el.parentElement!;
      for (const width of [390, 1024, 320, 768, 390, 1440]) {
        container.style.inlineSize = `${width}px`;
        await frames(3);
      }
      expect(all(el, '.body [role="row"]').length).to.be.above(5);
    } finally {
      window.removeEventListener('error', onError, true);
      window.onerror = onerror;
    }
    expect(errors).to.deep.equal([]);
  });

  it('1280 px: every default column in view, no sideways scroll to reach Company and Owner', async () => {
    const el = await mount(1280);
    const scroller = one(el, '.grid-scroller');
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    const right = scroller.getBoundingClientRect().right;
    for (const id of ['company', 'owner']) {
      expect(one(el, `.header-row .col-${id}`).getBoundingClientRect().right).to.be.at.most(right + 1);
    }
  });

  it('1024 px: a cut title shows whole under the pointer, and its full text is the cell text', async () => {
    const el = await mount(1024);
    const cell = rowOf(el, 'Fleet tracking for').querySelector<HTMLElement>('.col-title')!;
    expect(cell.textContent!.trim()).to.equal(SALES[0]!.title);
    expect(isWhole(cell), 'cut before').to.be.false;
    const box = cell.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)],
    });
    expect(isWhole(cell), 'whole under the pointer').to.be.true;
    // The next activity too: its date stays whole, and under the pointer its title shows whole.
    const next = rowOf(el, 'Fleet tracking for').querySelector<HTMLElement>('.col-nextActivity')!;
    const title = next.querySelector<HTMLElement>('.activity-title')!;
    expect(isWhole(title), 'the activity title cut before').to.be.false;
    const nextBox = next.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(nextBox.left + 10), Math.round(nextBox.top + 5)] });
    expect(isWhole(next) && isWhole(title), 'the activity title whole under the pointer').to.be.true;
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('paints only the late date red: not the title, not the amount, and says Overdue', async () => {
    const el = await mount(1440);
    const row = rowOf(el, 'Fleet tracking for');
    const colour = (selector: string) => getComputedStyle(row.querySelector(selector)!).color;
    const red = colour('.col-saleDate .overdue');
    expect(red).to.equal('rgb(198, 40, 40)');
    expect(row.querySelector('.col-saleDate .overdue-word')!.textContent).to.equal('Overdue');
    expect(colour('.col-amount')).not.to.equal(red);
    expect(colour('.col-title')).not.to.equal(red);
    expect(colour('.col-nextActivity .activity-title')).not.to.equal(red);
  });

  it('390 px: two lines per row of one taller height, still the same grid of rows and cells', async () => {
    const wide = await mount(1024);
    const wideHeight = all(wide, '.body [role="row"]')[0]!.getBoundingClientRect().height;
    const el = await mount(390);
    const grid = one(el, '[role="grid"]');
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(SALES.length + 2));
    const columns = Number(grid.getAttribute('aria-colcount'));
    for (const row of all(el, '[role="row"]')) {
      expect(
        row.querySelectorAll('[role="gridcell"], [role="rowheader"], [role="columnheader"]').length,
      ).to.equal(columns);
    }
    const heights = new Set(all(el, '.body [role="row"]').map((row) => row.getBoundingClientRect().height));
    expect(heights.size, 'one row height').to.equal(1);
    expect([...heights][0]).to.be.above(wideHeight + 10);
    const row = rowOf(el, 'Fleet tracking for');
    const top = (id: string) => row.querySelector(`.col-${id}`)!.getBoundingClientRect().top;
    expect(Math.abs(top('title') - top('amount')), 'title and amount on one line').to.be.below(4);
    expect(Math.abs(top('saleDate') - top('nextActivity')), 'dates on one line').to.be.below(4);
    expect(top('saleDate'), 'dates below the title').to.be.above(top('title') + 8);
    // The keyboard still walks cells in column order, and a cell off the two lines shows while focused.
    row.querySelector<HTMLElement>('.col-title')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const person = el.shadowRoot!.activeElement as HTMLElement;
    expect(person.classList.contains('col-person')).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    const company = el.shadowRoot!.activeElement as HTMLElement;
    expect(company.classList.contains('col-company')).to.be.true;
    const box = company.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    expect(box.bottom, 'the focused cell inside its row').to.be.at.most(rowBox.bottom + 0.5);
    expect(box.height).to.be.above(10);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement!.closest('[role="row"]')).not.to.equal(row);
    // So does a column header off the two lines, while its sort button has focus.
    const header = one(el, '.header-row .col-owner');
    header.querySelector('button')!.focus();
    const headerRow = one(el, '.header-row').getBoundingClientRect();
    expect(header.getBoundingClientRect().bottom).to.be.at.most(headerRow.bottom + 0.5);
    expect(header.getBoundingClientRect().height).to.be.above(10);
    await expect(el).to.be.accessible();
  });

  it('390 px: group headings and the empty message span the row and show their text', async () => {
    const el = await mount(390, { sales: generateSales(40) });
    el.groupBy = 'stage';
    await el.updateComplete;
    await frames(3);
    const rowBox = all(el, '.body [role="row"]')[0]!.getBoundingClientRect();
    const heading = one(el, '.body [role="rowheader"]');
    const box = heading.getBoundingClientRect();
    expect(box.width, 'the heading spans its row').to.be.above(rowBox.width - 2);
    expect(box.height, 'its text shows').to.be.above(14);
    expect(heading.textContent).to.match(/\d+ sales/);
    el.filter = { text: 'no sale is called this' };
    await el.updateComplete;
    await frames(2);
    const empty = one(el, '.body .spanning-cell');
    expect(empty.textContent).to.contain('No sales match');
    expect(empty.getBoundingClientRect().width).to.be.above(200);
  });

  it('390 px: 1,000 sales stay virtualized at the taller row height and scroll to the last row', async () => {
    const el = await mount(390, { sales: generateSales(1000) });
    const scroller = one(el, '.grid-scroller');
    expect(all(el, '.body [role="row"]').length).to.be.below(100);
    scroller.scrollTop = scroller.scrollHeight;
    await frames(4);
    const last = all(el, '.body [role="row"]').at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('1001');
    const lastBox = last.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(lastBox.top).to.be.below(view.bottom);
  });

  it('390 px: Overdue is a "!" badge for the eye, still the whole word for screen readers, in forced colours too', async () => {
    const el = await mount(390);
    const word = rowOf(el, 'Fleet tracking for').querySelector<HTMLElement>('.col-saleDate .overdue-word')!;
    expect(word.textContent).to.equal('Overdue');
    expect(getComputedStyle(word, '::before').content).to.contain('!');
    expect(word.getBoundingClientRect().width).to.be.below(20);
    await withForcedColors(() => {
      expect(getComputedStyle(word).color, 'the word stays hidden under the badge').to.equal(
        'rgba(0, 0, 0, 0)',
      );
    });
  });

  for (const scheme of ['light', 'dark']) {
    for (const width of [390, 1440]) {
      it(`is accessible at ${width} px in ${scheme}`, async () => {
        const el = await mount(width, { scheme });
        await expect(el).to.be.accessible();
      });
    }
  }
});
