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
        // Narrow, the header row wraps as the rows do: its headers are whole at every width.
        {
          for (const header of all(el, '[role="columnheader"]')) {
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
    // The title and the date share the first line; the company goes below them.
    const row = all(el, '.body [role="row"]').find((candidate) =>
      candidate.textContent!.includes('Kick-off'),
    )!;
    const top = (selector: string) => row.querySelector(selector)!.getBoundingClientRect().top;
    expect(Math.abs(top('.col-title') - top('.col-date'))).to.be.below(4);
    expect(top('.col-company')).to.be.above(top('.col-title') + 8);
    // Arrow keys still walk the cells in column order.
    row.querySelector<HTMLElement>('.col-date')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement!.classList.contains('col-type')).to.be.true;
    await expect(el).to.be.accessible();
  });

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
