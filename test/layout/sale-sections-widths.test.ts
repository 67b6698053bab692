/**
 * <sale-sections> in containers from 320 to 1440 px: nothing sticks out sideways, dates and headers
 * are never cut, narrow containers stack each row on lines and keep the same grid for assistive
 * technology, the cards have a surface, and the empty cards say what is missing and offer the action.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/sale-sections.js';
import type { SaleSections } from '../../src/sale-sections.js';
import type { Sale } from '../../src/model/types.js';

const WIDTHS = [320, 390, 768, 1024, 1440] as const;
const TODAY = '2025-06-15';

const SALE = {
  id: 501,
  title: 'Fleet tracking',
  status: 'open',
  activities: [
    {
      id: 1,
      title: 'Kick-off meeting with the whole regional management group in Bergen and Stavanger',
      date: '2025-12-04',
      type: 'Meeting',
      company: { id: 1, name: 'Fjordline Logistics and Freight Services AS' },
      person: { id: 2, name: 'Kari Nordmann-Johannessen' },
      owner: { id: 3, name: 'Ola Hansen' },
    },
    { id: 2, title: 'Send proposal', date: '2025-05-20', type: 'Task' },
    { id: 3, title: 'Follow-up call', date: '2025-09-30', done: true, type: 'Phone call' },
  ],
  stakeholders: [
    {
      id: 10,
      person: { id: 2, name: 'Kari Nordmann-Johannessen' },
      company: { id: 1, name: 'Fjordline Logistics and Freight Services AS' },
      role: 'Decision maker',
      email: 'kari.nordmann-johannessen@fjordline.example',
      phone: '+47 22 00 00 00',
    },
  ],
} as unknown as Sale;

async function mount(
  width: number,
  options: { sale?: unknown; selected?: string; lang?: string; scheme?: string } = {},
) {
  const { sale = SALE, selected = 'activities', lang = 'en', scheme = 'light' } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sale-sections premium .sale=${sale as Sale} selected=${selected} today=${TODAY}></sale-sections>
    </div>`,
  );
  const el = wrapper.querySelector('sale-sections')!;
  await el.updateComplete;
  await el.shadowRoot!.querySelector('sale-tabs')!.updateComplete;
  return el;
}

/** The columns whose headers show in a narrow header row: those at the start of its two lines. */
const SHOWN_NARROW: Record<string, string> = {
  activities: ':is(.col-title, .col-date)',
  stakeholders: ':is(.col-contact, .col-company)',
};

const all = (el: SaleSections, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: SaleSections, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** The cell's text is whole when it needs no more room than it has. */
const isWhole = (element: HTMLElement) => element.scrollWidth <= element.clientWidth;

describe('<sale-sections> at container widths from 320 to 1440 px', () => {
  before(() => setViewport({ width: 1600, height: 1000 }));

  for (const width of WIDTHS) {
    it(`${width} px: no sideways overflow; dates and headers whole`, async () => {
      for (const selected of ['activities', 'stakeholders']) {
        const el = await mount(width, { selected });
        expect(el.scrollWidth, `${selected}: the host`).to.be.at.most(el.clientWidth + 1);
        const scroller = one(el, '.grid-scroller');
        if (width < 600)
          expect(scroller.scrollWidth, `${selected}: the grid`).to.be.at.most(scroller.clientWidth + 1);
        for (const cell of all(el, '.body :is(.col-date, .col-phone)')) {
          expect(isWhole(cell), `${selected}: "${cell.textContent!.trim()}"`).to.be.true;
        }
        // Narrow, only the headers of the two lines show (the others are off them until focused).
        const shown = width >= 600 ? '' : SHOWN_NARROW[selected]!;
        {
          for (const header of all(el, `[role="columnheader"]${shown}`)) {
            const text = header.querySelector<HTMLElement>('.sort-button span') ?? header;
            expect(isWhole(text), `${selected}: header "${header.textContent!.trim()}"`).to.be.true;
            expect(isWhole(header), `${selected}: header cell "${header.textContent!.trim()}"`).to.be.true;
          }
        }
      }
    });
  }

  it('390 px: stacks each row on lines, still a grid of the same rows and cells', async () => {
    const el = await mount(390);
    const grid = one(el, '[role="grid"]');
    const rows = all(el, '[role="row"]');
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(rows.length));
    for (const row of rows) {
      expect(
        row.querySelectorAll('[role="gridcell"], [role="rowheader"], [role="columnheader"]').length,
      ).to.equal(Number(grid.getAttribute('aria-colcount')));
    }
    // The title has the first line after its checkbox; the date (whole, with Overdue) starts the
    // second, the type follows it.
    const row = all(el, '.body [role="row"]').find((candidate) =>
      candidate.textContent!.includes('Kick-off'),
    )!;
    const box = (selector: string) => row.querySelector(selector)!.getBoundingClientRect();
    expect(Math.abs(box('.col-title').top - box('.col-done').top)).to.be.below(4);
    expect(box('.col-date').top).to.be.above(box('.col-title').top + 8);
    expect(Math.abs(box('.col-type').top - box('.col-date').top)).to.be.below(4);
    expect(box('.col-title').right, 'the title takes the line').to.be.above(
      row.getBoundingClientRect().right - 20,
    );
    for (const date of all(el, '.body .col-date')) expect(isWhole(date), date.textContent!).to.be.true;
    // Arrow keys still walk the cells in column order.
    row.querySelector<HTMLElement>('.col-date')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement!.classList.contains('col-type')).to.be.true;
    await expect(el).to.be.accessible();
  });

  for (const [selected, firstLine, secondLine, offLine] of [
    ['activities', 'title', 'date', 'owner'],
    ['stakeholders', 'contact', 'company', 'email'],
  ] as const) {
    it(`390 px: ${selected}' header row is two lines, laid out like the rows`, async () => {
      const el = await mount(390, { selected });
      const headerRow = one(el, '.header-row');
      const firstRow = all(el, '.body [role="row"]')[0]!;
      // A line: a data cell, or a header cell with its sort button's padding, whichever is taller.
      const lineHeight = Math.max(
        firstRow.querySelector(`.col-${secondLine}`)!.getBoundingClientRect().height,
        one(el, `.header-row .col-${secondLine}`).getBoundingClientRect().height,
      );
      const rowPadding = parseFloat(getComputedStyle(headerRow).paddingBlockStart) * 2;
      expect(headerRow.getBoundingClientRect().height, 'at most two lines').to.be.at.most(
        2 * lineHeight + rowPadding + 1,
      );
      // The headers of the lines' first columns show whole, each over its cells.
      for (const id of [firstLine, secondLine]) {
        const header = one(el, `.header-row .col-${id}`).getBoundingClientRect();
        expect(header.width, `${id} shows`).to.be.above(20);
        for (const row of all(el, '.body [role="row"]')) {
          const cell = row.querySelector(`.col-${id}`)!.getBoundingClientRect();
          expect(Math.abs(header.left - cell.left), `${id} over its cells`).to.be.at.most(4);
        }
      }
      expect(
        one(el, `.header-row .col-${firstLine}`).getBoundingClientRect().bottom,
        'one header a line',
      ).to.be.at.most(one(el, `.header-row .col-${secondLine}`).getBoundingClientRect().top + 1);
      // Another header is off the lines but still a cell of the grid, and shows while focused.
      const grid = one(el, '[role="grid"]');
      const headers = all(el, '.header-row [role="columnheader"]');
      expect(headers.length).to.equal(Number(grid.getAttribute('aria-colcount')));
      const header = one(el, `.header-row .col-${offLine}`);
      expect(header.getBoundingClientRect().width, 'off the lines').to.be.at.most(1);
      header.querySelector('button')!.focus();
      const shown = header.getBoundingClientRect();
      expect(shown.height).to.be.above(10);
      expect(isWhole(header), 'whole while focused').to.be.true;
      expect(shown.bottom).to.be.at.most(headerRow.getBoundingClientRect().bottom + 0.5);
      // The keyboard still reaches it from its neighbour.
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.shadowRoot!.activeElement!.closest('[role="columnheader"]')).not.to.equal(header);
      expect(header.getBoundingClientRect().width).to.be.at.most(1);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement!.closest('[role="columnheader"]')).to.equal(header);
      await expect(el).to.be.accessible();
    });
  }

  it('1024 px: a cut text cell shows its whole text under the pointer', async () => {
    const el = await mount(1024);
    const cell = all(el, '.body .col-title').find((candidate) =>
      candidate.textContent!.includes('Kick-off'),
    )!;
    expect(isWhole(cell), 'cut before').to.be.false;
    const box = cell.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)],
    });
    expect(isWhole(cell), 'whole under the pointer').to.be.true;
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('puts the cards on a surface with a border and the surface colour', async () => {
    const el = await mount(1024);
    const surface = one(el, '[part="card"]');
    const style = getComputedStyle(surface);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopLeftRadius)).to.be.above(0);
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(surface.contains(one(el, '[role="grid"]'))).to.be.true;
  });

  for (const scheme of ['light', 'dark']) {
    for (const width of [390, 1440]) {
      it(`is accessible at ${width} px in ${scheme}`, async () => {
        for (const selected of ['activities', 'stakeholders', 'quote']) {
          const el = await mount(width, { scheme, selected });
          await expect(el).to.be.accessible();
        }
      });
    }
  }
});

describe('<sale-sections> empty cards', () => {
  const empty = { id: 7, title: 'New', status: 'open' } as Sale;

  it('say what is missing with an icon and offer the action', async () => {
    const el = await mount(390, { sale: empty });
    const state = one(el, '.empty-state');
    expect(state.querySelector('svg')).to.exist;
    expect(state.querySelector('.empty')!.textContent).to.equal('No activities.');
    const add = state.querySelector<HTMLButtonElement>('button')!;
    expect(add.textContent!.trim()).to.equal('Add activity');
    setTimeout(() => add.click());
    const event = await oneEvent(el, 'sale-activity-add');
    expect(event.detail).to.deep.equal({ saleId: 7 });
    await expect(el).to.be.accessible();
  });

  it('offer Add stakeholder and Create a new quote, in Norwegian too', async () => {
    const el = await mount(390, { sale: empty, selected: 'stakeholders', lang: 'nb' });
    expect(one(el, '.empty-state .empty').textContent).to.equal('Ingen interessenter.');
    const add = one(el, '.empty-state button');
    expect(add.textContent!.trim()).to.equal('Legg til interessent');
    setTimeout(() => add.click());
    expect((await oneEvent(el, 'sale-stakeholder-add')).detail).to.deep.equal({ saleId: 7 });

    const quote = await mount(390, { sale: empty, selected: 'quote', lang: 'nb' });
    expect(one(quote, '.empty-state .empty').textContent).to.equal('Dette salget har ikke noe tilbud.');
    const create = one(quote, '.empty-state button');
    expect(create.textContent!.trim()).to.equal('Opprett et nytt tilbud');
    setTimeout(() => create.click());
    expect((await oneEvent(quote, 'sale-quote-create')).detail).to.deep.equal({ saleId: 7 });
  });
});
