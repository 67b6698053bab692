import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-sections.js';
import type { SaleSections } from '../src/sale-sections.js';
import { normalizeSale } from '../src/model/normalize.js';
import type { Sale, SalesGuide } from '../src/model/types.js';
import { captureWarnings } from './helpers/console.js';

const GUIDE: SalesGuide = {
  id: 1,
  name: 'Standard',
  stages: [
    { stageId: 1, name: 'Lead', steps: [{ id: 11, kind: 'activity', title: 'Call' }] },
    { stageId: 2, name: 'Proposal', steps: [] },
  ],
};

const SALE = {
  id: 501,
  title: 'Fleet tracking',
  status: 'open',
  stage: { id: 2, name: 'Proposal', probability: 60 },
  activities: [
    {
      id: 1,
      title: 'Kick-off meeting',
      date: '2025-05-20',
      type: 'Meeting',
      company: { id: 1, name: 'Fjordline' },
      person: { id: 2, name: 'Kari Nordmann' },
      owner: { id: 3, name: 'Ola' },
    },
    { id: 2, title: 'Send proposal', date: '2025-06-10', done: true, type: 'Task' },
    { id: 'a3', title: 'Follow-up call', date: '2025-06-20', type: 'Phone call' },
  ],
  stakeholders: [
    {
      id: 10,
      person: { id: 2, name: 'Kari Nordmann' },
      company: { id: 1, name: 'Fjordline' },
      role: 'Decision maker',
      comment: 'Signs everything above 100k',
      email: 'kari@example.no',
      phone: '+47 22 00 00 00',
    },
    { id: 11, person: { id: 4, name: 'Per Hansen' }, role: 'User' },
  ],
  quote: {
    id: 77,
    number: 'Q-2025-077',
    title: 'Fleet tracking offer',
    version: 2,
    amount: 480000,
    currency: 'NOK',
    status: 'Sent',
    validUntil: '2025-07-01',
  },
};

interface Options {
  sale?: unknown;
  guide?: unknown;
  premium?: boolean;
  selected?: string;
  lang?: string;
  today?: string;
}

async function render({
  sale = SALE,
  guide,
  premium = true,
  selected = 'activities',
  lang = 'en',
  today = '2025-06-15',
}: Options = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <sale-sections
        .sale=${sale as Sale}
        .guide=${guide as SalesGuide}
        ?premium=${premium}
        selected=${selected}
        today=${today}
      ></sale-sections>
    </div>`,
  );
  const el = wrapper.querySelector('sale-sections')!;
  await el.updateComplete;
  await el.shadowRoot!.querySelector('sale-tabs')!.updateComplete;
  return el;
}

const root = (el: SaleSections) => el.shadowRoot!;
const tabsOf = (el: SaleSections) => root(el).querySelector('sale-tabs')!;
const tabLabels = (el: SaleSections) =>
  [...tabsOf(el).shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
const gridOf = (el: SaleSections) => root(el).querySelector<HTMLElement>('[role="grid"]');
const headers = (el: SaleSections) => [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
const header = (el: SaleSections, name: string) => headers(el).find((h) => h.textContent!.trim() === name)!;
const dataRows = (el: SaleSections) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
const rowTexts = (el: SaleSections) =>
  dataRows(el).map((row) =>
    [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map((cell) =>
      cell.textContent!.replace(/\s+/g, ' ').trim(),
    ),
  );
const buttonNamed = (el: SaleSections, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === name,
  )!;

async function selectTab(el: SaleSections, label: string) {
  const tab = [...tabsOf(el).shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (candidate) => candidate.textContent!.trim() === label,
  )!;
  tab.click();
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

function record(type: keyof GlobalEventHandlersEventMap) {
  const details: unknown[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent).detail);
  document.addEventListener(type, listener);
  return { details, stop: () => document.removeEventListener(type, listener) };
}

describe('<sale-sections>', () => {
  describe('tabs', () => {
    it('shows only Activities without Premium', async () => {
      const el = await render({ premium: false, guide: GUIDE });
      expect(tabLabels(el)).to.deep.equal(['Activities']);
      expect(tabsOf(el).getAttribute('label')).to.equal('Sale details');
      await expect(el).to.be.accessible();
    });

    it('adds Stakeholders and Quote with Premium, and the Sales guide when a guide is given', async () => {
      expect(tabLabels(await render())).to.deep.equal(['Activities', 'Stakeholders', 'Quote']);
      expect(tabLabels(await render({ guide: GUIDE }))).to.deep.equal([
        'Activities',
        'Sales guide',
        'Stakeholders',
        'Quote',
      ]);
    });

    it("takes the guide of the sale's type when no guide is set", async () => {
      const el = await render({ sale: { ...SALE, saleType: { id: 1, name: 'Std', guide: GUIDE } } });
      expect(tabLabels(el)).to.include('Sales guide');
    });

    it('falls back to Activities for a selected tab that is not shown', async () => {
      const el = await render({ premium: false, selected: 'quote' });
      expect(tabsOf(el).selected).to.equal('activities');
      expect(gridOf(el)).to.exist;
    });

    it('follows the user to another tab and lets sale-tab-change through', async () => {
      const changes = record('sale-tab-change');
      try {
        const el = await render();
        await selectTab(el, 'Quote');
        expect(changes.details).to.deep.equal([{ id: 'quote', previous: 'activities' }]);
        expect(el.selected).to.equal('quote');
        expect(el.getAttribute('selected')).to.equal('quote');
        expect(root(el).querySelector('[part="quote"]')).to.exist;
      } finally {
        changes.stop();
      }
    });

    it('stays when the host cancels sale-tab-change', async () => {
      const el = await render();
      const veto = (event: Event) => event.preventDefault();
      document.addEventListener('sale-tab-change', veto);
      try {
        await selectTab(el, 'Quote');
        expect(el.selected).to.equal('activities');
        expect(gridOf(el)).to.exist;
      } finally {
        document.removeEventListener('sale-tab-change', veto);
      }
    });

    it('shows the guide card with the sale stage and status, and lets its events through', async () => {
      const stages = record('sale-stage-change');
      try {
        const el = await render({ guide: GUIDE, selected: 'guide' });
        const card = root(el).querySelector('sales-guide-card')!;
        await card.updateComplete;
        expect(card.stageId).to.equal(2);
        expect(card.status).to.equal('open');
        card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="stage"]')!.click();
        expect(stages.details).to.deep.equal([{ stageId: 1 }]);
        await expect(el).to.be.accessible();
      } finally {
        stages.stop();
      }
    });
  });

  describe('activities', () => {
    it('lists activities in a named grid with the seven columns, oldest first', async () => {
      const el = await render();
      expect(gridOf(el)!.getAttribute('aria-label')).to.equal('Activities');
      expect(headers(el).map((h) => h.textContent!.trim())).to.deep.equal([
        'Completed',
        'Date',
        'Type',
        'Description',
        'Company',
        'Contact',
        'Owner',
      ]);
      expect(header(el, 'Date').getAttribute('aria-sort')).to.equal('ascending');
      expect(rowTexts(el)[0]).to.deep.equal([
        '',
        'May 20, 2025 Overdue',
        'Meeting',
        'Kick-off meeting',
        'Fjordline',
        'Kari Nordmann',
        'Ola',
      ]);
      expect(rowTexts(el).map((row) => row[3])).to.deep.equal([
        'Kick-off meeting',
        'Send proposal',
        'Follow-up call',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows company, contact and owner of a sale the host normalized first (normalizeSale)', async () => {
      const { sale, warnings } = normalizeSale(SALE);
      expect(warnings).to.deep.equal([]);
      const el = await render({ sale });
      expect(rowTexts(el)[0]!.slice(4)).to.deep.equal(['Fjordline', 'Kari Nordmann', 'Ola']);
      expect(rowTexts(el)[1]!.slice(4)).to.deep.equal(['—', '—', '—'], 'an activity without them');
      await expect(el).to.be.accessible();
    });

    it('keeps what a normalized sale carries for the other cards: email, phone, quote number', async () => {
      const { sale } = normalizeSale(SALE);
      const el = await render({ sale, selected: 'stakeholders' });
      expect(rowTexts(el)[0]!.slice(3, 5)).to.deep.equal(['kari@example.no', '+47 22 00 00 00']);
      el.selected = 'quote';
      await el.updateComplete;
      expect(root(el).querySelector('dd')!.textContent).to.equal('Q-2025-077');
    });

    it('shows company, contact and owner under Norwegian headings', async () => {
      const el = await render({ sale: normalizeSale(SALE).sale, lang: 'nb' });
      const names = headers(el).map((h) => h.textContent!.trim());
      const row = rowTexts(el)[0]!;
      expect(row[names.indexOf('Firma')]).to.equal('Fjordline');
      expect(row[names.indexOf('Kontakt')]).to.equal('Kari Nordmann');
      expect(row[names.indexOf('Eier')]).to.equal('Ola');
    });

    it('marks an undone activity before today in red with the word Overdue; done or later ones not', async () => {
      const el = await render();
      const [first, second, third] = dataRows(el);
      expect(first!.classList.contains('overdue')).to.be.true;
      expect(first!.querySelector('[part="overdue"]')!.textContent).to.equal('Overdue');
      expect(getComputedStyle(first!.querySelector('.overdue-date')!).color).to.equal('rgb(198, 40, 40)');
      expect(second!.classList.contains('overdue')).to.be.false;
      expect(third!.classList.contains('overdue')).to.be.false;
      el.today = '2025-06-25';
      await el.updateComplete;
      expect(dataRows(el)[2]!.classList.contains('overdue')).to.be.true;
    });

    it('sorts by a header button, flipping aria-sort', async () => {
      const el = await render();
      const button = header(el, 'Description').querySelector('button')!;
      button.click();
      await el.updateComplete;
      expect(header(el, 'Description').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Date').hasAttribute('aria-sort')).to.be.false;
      expect(rowTexts(el).map((row) => row[3])).to.deep.equal([
        'Follow-up call',
        'Kick-off meeting',
        'Send proposal',
      ]);
      header(el, 'Description').querySelector('button')!.click();
      await el.updateComplete;
      expect(header(el, 'Description').getAttribute('aria-sort')).to.equal('descending');
      expect(rowTexts(el).map((row) => row[3])).to.deep.equal([
        'Send proposal',
        'Kick-off meeting',
        'Follow-up call',
      ]);
      header(el, 'Completed').querySelector('button')!.click();
      await el.updateComplete;
      expect(
        rowTexts(el)
          .map((row) => row[3])
          .at(-1),
      ).to.equal('Send proposal');
    });

    it('opens an activity with Enter on its row or a double-click, with the original id', async () => {
      const opened = record('sale-activity-open');
      try {
        const el = await render();
        const cell = dataRows(el)[2]!.querySelector<HTMLElement>('[role="rowheader"]')!;
        cell.focus();
        await sendKeys({ press: 'Enter' });
        dataRows(el)[0]!
          .querySelector<HTMLElement>('[role="gridcell"]:nth-child(3)')!
          .dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
        expect(opened.details).to.deep.equal([{ id: 'a3' }, { id: 1 }]);
      } finally {
        opened.stop();
      }
    });

    it('moves between cells with the arrow keys', async () => {
      const el = await render();
      const cell = dataRows(el)[0]!.querySelector<HTMLElement>('[role="rowheader"]')!;
      cell.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Send proposal');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      const box = root(el).activeElement as HTMLInputElement;
      expect(box.type).to.equal('checkbox');
      expect(box.getAttribute('aria-label')).to.equal('Completed: Send proposal');
    });

    it('sorts by every column', async () => {
      const el = await render();
      for (const name of ['Type', 'Company', 'Contact', 'Owner']) {
        header(el, name).querySelector('button')!.click();
        await el.updateComplete;
        expect(header(el, name).getAttribute('aria-sort'), name).to.equal('ascending');
      }
      // Missing owners sort last.
      expect(rowTexts(el).map((row) => row[6])).to.deep.equal(['Ola', '—', '—']);
    });

    it('emits sale-activity-complete from the Completed checkbox', async () => {
      const completed = record('sale-activity-complete');
      try {
        const el = await render();
        const boxes = root(el).querySelectorAll<HTMLInputElement>('.body input[type="checkbox"]');
        expect([...boxes].map((box) => box.checked)).to.deep.equal([false, true, false]);
        boxes[0]!.click();
        boxes[1]!.click();
        expect(completed.details).to.deep.equal([
          { id: 1, done: true },
          { id: 2, done: false },
        ]);
      } finally {
        completed.stop();
      }
    });

    it('emits sale-activity-add from Add', async () => {
      const added = record('sale-activity-add');
      try {
        const el = await render();
        buttonNamed(el, 'Add activity').click();
        expect(added.details).to.deep.equal([{ saleId: 501 }]);
      } finally {
        added.stop();
      }
    });

    it("gives a new sale's id as '' in sale-activity-add", async () => {
      const added = record('sale-activity-add');
      try {
        const el = await render({ sale: { title: 'New', status: 'open' } });
        buttonNamed(el, 'Add activity').click();
        expect(added.details).to.deep.equal([{ saleId: '' }]);
      } finally {
        added.stop();
      }
    });

    it('says so when there are no activities', async () => {
      const el = await render({ sale: { id: 1, title: 'x', status: 'open' } });
      expect(gridOf(el)).to.be.null;
      expect(root(el).querySelector('.empty')!.textContent).to.equal('No activities.');
      await expect(el).to.be.accessible();
    });

    it('uses the real date when today is not set', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sale-sections
            .sale=${{ id: 1, title: 'x', status: 'open', activities: [{ id: 1, title: 'Old', date: '2000-01-01' }] } as unknown as Sale}
          ></sale-sections>
        </div>`,
      );
      const el = wrapper.querySelector('sale-sections')!;
      await el.updateComplete;
      expect(dataRows(el)[0]!.classList.contains('overdue')).to.be.true;
    });
  });

  describe('stakeholders', () => {
    it('lists company, contact, role with the comment, email and phone, plus Edit and Remove', async () => {
      const el = await render({ selected: 'stakeholders' });
      expect(gridOf(el)!.getAttribute('aria-label')).to.equal('Stakeholders');
      expect(headers(el).map((h) => h.textContent!.trim())).to.deep.equal([
        'Company',
        'Contact',
        'Role',
        'Email',
        'Phone',
        'Edit',
        'Remove',
      ]);
      expect(rowTexts(el)).to.deep.equal([
        ['Fjordline', 'Kari Nordmann', 'Decision maker', 'kari@example.no', '+47 22 00 00 00', '', ''],
        ['—', 'Per Hansen', 'User', '—', '—', '', ''],
      ]);
      const comment = root(el).querySelector('.comment')!;
      expect(comment.getAttribute('role')).to.equal('img');
      expect(comment.getAttribute('aria-label')).to.equal('Comment: Signs everything above 100k');
      await expect(el).to.be.accessible();
    });

    it('emits add and edit', async () => {
      const added = record('sale-stakeholder-add');
      const edited = record('sale-stakeholder-edit');
      try {
        const el = await render({ selected: 'stakeholders' });
        buttonNamed(el, 'Add stakeholder').click();
        buttonNamed(el, 'Edit Per Hansen').click();
        expect(added.details).to.deep.equal([{ saleId: 501 }]);
        expect(edited.details).to.deep.equal([{ id: 11 }]);
      } finally {
        added.stop();
        edited.stop();
      }
    });

    it('asks before Remove in a modal dialog; Remove emits, focus returns to the button', async () => {
      const removed = record('sale-stakeholder-remove');
      try {
        const el = await render({ selected: 'stakeholders' });
        const invoker = buttonNamed(el, 'Remove Kari Nordmann');
        invoker.focus();
        invoker.click();
        await el.updateComplete;
        const dialog = root(el).querySelector('dialog')!;
        expect(dialog.open).to.be.true;
        expect(dialog.matches(':modal')).to.be.true;
        expect(root(el).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
          'Remove Kari Nordmann from the stakeholders of this sale?',
        );
        expect(root(el).activeElement!.textContent!.trim()).to.equal('Cancel');
        expect(removed.details).to.deep.equal([]);
        await expect(el).to.be.accessible();
        const closed = oneEvent(dialog, 'close');
        [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove')!.click();
        await closed;
        await el.updateComplete;
        expect(dialog.open).to.be.false;
        expect(removed.details).to.deep.equal([{ id: 10 }]);
        expect(root(el).activeElement).to.equal(invoker);
      } finally {
        removed.stop();
      }
    });

    it('Cancel and Escape remove nothing and return focus', async () => {
      const removed = record('sale-stakeholder-remove');
      try {
        const el = await render({ selected: 'stakeholders' });
        const invoker = buttonNamed(el, 'Remove Per Hansen');
        invoker.focus();
        invoker.click();
        await el.updateComplete;
        const dialog = root(el).querySelector('dialog')!;
        let closed = oneEvent(dialog, 'close');
        [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
        await closed;
        await el.updateComplete;
        expect(dialog.open).to.be.false;
        expect(root(el).activeElement).to.equal(invoker);
        invoker.click();
        await el.updateComplete;
        expect(dialog.open).to.be.true;
        closed = oneEvent(dialog, 'close');
        await sendKeys({ press: 'Escape' });
        await closed;
        await el.updateComplete;
        expect(dialog.open).to.be.false;
        expect(root(el).activeElement).to.equal(invoker);
        expect(removed.details).to.deep.equal([]);
      } finally {
        removed.stop();
      }
    });

    it('focuses Add when the host removed the row at once', async () => {
      const el = await render({ selected: 'stakeholders' });
      const onRemove = () =>
        (el.sale = { ...SALE, stakeholders: SALE.stakeholders.slice(1) } as unknown as Sale);
      el.addEventListener('sale-stakeholder-remove', onRemove);
      const invoker = buttonNamed(el, 'Remove Kari Nordmann');
      invoker.click();
      invoker.click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      const closed = oneEvent(dialog, 'close');
      dialog.querySelector<HTMLButtonElement>('button[value="remove"]')!.click();
      await closed;
      await el.updateComplete;
      el.removeEventListener('sale-stakeholder-remove', onRemove);
      expect(dataRows(el)).to.have.length(1);
      expect(root(el).activeElement).to.equal(buttonNamed(el, 'Add stakeholder'));
    });

    it('sorts by every column', async () => {
      const el = await render({ selected: 'stakeholders' });
      for (const name of ['Company', 'Contact', 'Role', 'Email', 'Phone']) {
        header(el, name).querySelector('button')!.click();
        await el.updateComplete;
        expect(header(el, name).getAttribute('aria-sort'), name).to.equal('ascending');
      }
      expect(header(el, 'Edit').querySelector('button')).to.be.null;
      expect(rowTexts(el).map((row) => row[1])).to.deep.equal(['Kari Nordmann', 'Per Hansen']);
    });

    it('says so when there are no stakeholders', async () => {
      const el = await render({ sale: { id: 1, title: 'x', status: 'open' }, selected: 'stakeholders' });
      expect(root(el).querySelector('.empty')!.textContent).to.equal('No stakeholders.');
    });
  });

  describe('quote', () => {
    it('shows number, version, status, total and valid-until date, and Open', async () => {
      const opened = record('sale-quote-open');
      try {
        const el = await render({ selected: 'quote' });
        const terms = [...root(el).querySelectorAll('dt')].map((dt) => dt.textContent);
        const values = [...root(el).querySelectorAll('dd')].map((dd) => dd.textContent);
        expect(terms).to.deep.equal(['Number', 'Version', 'Status', 'Total', 'Valid until']);
        expect(values).to.deep.equal(['Q-2025-077', '2', 'Sent', 'NOK\u00a0480,000', 'Jul 1, 2025']);
        expect(root(el).querySelector('.quote-title')!.textContent!.trim()).to.equal('Fleet tracking offer');
        buttonNamed(el, 'Open quote').click();
        expect(opened.details).to.deep.equal([{ id: 77 }]);
        await expect(el).to.be.accessible();
      } finally {
        opened.stop();
      }
    });

    it('falls back to the id for the number and a placeholder for missing figures', async () => {
      const warnings = captureWarnings();
      const el = await render({ sale: { ...SALE, quote: { id: 9, title: '' } }, selected: 'quote' });
      warnings.restore();
      const values = [...root(el).querySelectorAll('dd')].map((dd) => dd.textContent);
      expect(values).to.deep.equal(['9', '—', '—', '—', '—']);
      expect(root(el).querySelector('.quote-title')!.textContent!.trim()).to.equal('—');
      expect(warnings.messages).to.have.length(1);
    });

    it('offers "Create a new quote" without one', async () => {
      const created = record('sale-quote-create');
      try {
        const el = await render({ sale: { ...SALE, quote: undefined }, selected: 'quote' });
        expect(root(el).querySelector('.empty')!.textContent).to.equal('This sale has no quote.');
        buttonNamed(el, 'Create a new quote').click();
        expect(created.details).to.deep.equal([{ saleId: 501 }]);
      } finally {
        created.stop();
      }
    });

    for (const status of ['sold', 'lost']) {
      it(`has no quote actions for a ${status} sale`, async () => {
        const withQuote = await render({ sale: { ...SALE, status }, selected: 'quote' });
        expect(root(withQuote).querySelectorAll('button')).to.have.length(0);
        expect(root(withQuote).querySelector('dl')).to.exist;
        const without = await render({ sale: { ...SALE, status, quote: undefined }, selected: 'quote' });
        expect(root(without).querySelectorAll('button')).to.have.length(0);
        expect(root(without).querySelector('.note')!.textContent).to.contain('not sold or lost');
      });
    }
  });

  describe('bad data', () => {
    for (const [name, sale] of [
      ['null', null],
      ['a number', 5],
    ] as const) {
      it(`renders empty cards and warns once for a sale that is ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await render({ sale });
          expect(root(el).querySelector('.empty')!.textContent).to.equal('No activities.');
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<sale-sections>').and.contain('sale:');
        } finally {
          warnings.restore();
        }
      });
    }

    it('leaves out bad rows, warns once naming each field, and never throws', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render({
          sale: {
            id: 1,
            title: 'x',
            status: 'open',
            activities: [
              { id: 1, title: 'ok', date: '2025-01-01' },
              { id: 2, title: 'no date' },
              { id: 1, title: 'dup', date: '2025-01-02' },
            ],
            stakeholders: 'everyone',
            quote: 'Q1',
          },
        });
        expect(dataRows(el)).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        const [message] = warnings.messages;
        expect(message).to.contain('sale.activities[1].date');
        expect(message).to.contain('sale.activities: id "1" appears more than once');
        expect(message).to.contain('sale.stakeholders');
        expect(message).to.contain('sale.quote');
      } finally {
        warnings.restore();
      }
    });

    it('is silent before a sale is set', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SaleSections>(html`<sale-sections></sale-sections>`);
        expect(root(el).querySelector('.empty')!.textContent).to.equal('No activities.');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('treats text as text', async () => {
      const el = await render({
        sale: {
          id: 1,
          title: 'x',
          status: 'open',
          activities: [{ id: 1, title: '<img src=x>', date: '2025-07-01' }],
        },
      });
      expect(root(el).querySelector('.body img')).to.be.null;
      expect(rowTexts(el)[0]![3]).to.equal('<img src=x>');
    });
  });

  describe('Norwegian', () => {
    it('speaks Norwegian under lang="nb"', async () => {
      const el = await render({ lang: 'nb', guide: GUIDE });
      expect(tabLabels(el)).to.deep.equal(['Aktiviteter', 'Salgsguide', 'Interessenter', 'Tilbud']);
      expect(headers(el).map((h) => h.textContent!.trim())[0]).to.equal('Fullført');
      expect(dataRows(el)[0]!.querySelector('[part="overdue"]')!.textContent).to.equal('Forfalt');
      expect(buttonNamed(el, 'Legg til aktivitet')).to.exist;
    });
  });
});
