import { expect, fixture, html } from '@open-wc/testing';
import { registerMessages } from '../src/i18n/messages.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';
import {
  LISTS,
  SALE,
  button,
  field,
  q,
  qa,
  record,
  renderCard,
  root,
  selectTab,
  shownValue,
  startEditing,
  statusOf,
  tabs,
  viewValue,
} from './sale-card.helpers.js';

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

describe('<sale-card> view mode', () => {
  it('shows the header: status, title, favourite, Edit and Tasks', async () => {
    const card = await renderCard();
    expect(q(card, 'h2')!.textContent!.trim()).to.equal(SALE.title);
    expect(statusOf(card)).to.equal('open');
    expect(button(card, 'Favourite').getAttribute('aria-pressed')).to.equal('false');
    expect(button(card, 'Edit')).to.exist;
    const tasks = button(card, 'Tasks');
    expect(tasks.getAttribute('aria-haspopup')).to.equal('menu');
    expect(tasks.getAttribute('aria-expanded')).to.equal('false');
    expect(qa(card, 'input, select, textarea')).to.have.length(0);
    await expect(card).to.be.accessible();
  });

  it('shows the Sale tab with formatted values', async () => {
    const card = await renderCard();
    expect(viewValue(card, 'Title')).to.equal(SALE.title);
    expect(viewValue(card, 'Amount')).to.equal('NOK 480,000');
    expect(viewValue(card, 'Sale type')).to.equal('New business');
    expect(viewValue(card, 'Stage')).to.equal('Proposal');
    expect(viewValue(card, 'Probability %')).to.equal('50%');
    expect(viewValue(card, 'Stalled')).to.equal('No');
    expect(viewValue(card, 'Owner')).to.equal('Ola Hansen');
    expect(viewValue(card, 'Sale date')).to.equal('Jun 30, 2025');
    expect(viewValue(card, 'Region')).to.equal('West');
    expect(viewValue(card, 'Trucks')).to.equal(undefined, 'only pinned fields show on the Sale tab');
    expect(viewValue(card, 'Completed')).to.equal('No');
  });

  it('marks an overdue next activity in red with the word Overdue', async () => {
    const card = await renderCard();
    expect(viewValue(card, 'Next activity')).to.equal('May 1, 2025 Call Kari Overdue');
    const value = q(card, '.overdue')!;
    expect(getComputedStyle(value).color).to.equal('rgb(198, 40, 40)');
    card.today = '2025-04-01';
    await card.updateComplete;
    expect(viewValue(card, 'Next activity')).to.equal('May 1, 2025 Call Kari');
    expect(q(card, '.overdue')).to.equal(null);
  });

  it('shows placeholders for missing values', async () => {
    const card = await renderCard({ id: 1, title: 'Bare', status: 'open' });
    expect(viewValue(card, 'Amount')).to.equal('—');
    expect(viewValue(card, 'Company')).to.equal('—');
    expect(viewValue(card, 'Next activity')).to.equal('—');
  });

  it('emits sale-link-open for company, contact and project', async () => {
    const card = await renderCard();
    const events = record(card, 'sale-link-open');
    button(card, 'Fjordline Logistikk AS').click();
    button(card, 'Kari Nordmann').click();
    button(card, 'Fleet 2025').click();
    expect(events.map((event) => event.detail.link)).to.deep.equal([
      { id: 11, kind: 'company', title: 'Fjordline Logistikk AS' },
      { id: 21, kind: 'person', title: 'Kari Nordmann' },
      { id: 31, kind: 'project', title: 'Fleet 2025' },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
  });

  it('shows Sold with reason and competitor, Completed and the sale date', async () => {
    const card = await renderCard({
      ...SALE,
      status: 'sold',
      done: true,
      reason: { id: 's1', name: 'Best price' },
      competitor: { id: 3, name: 'ScanCo' },
    });
    expect(viewValue(card, 'Stage')).to.equal('Sold');
    expect(viewValue(card, 'Reason')).to.equal('Best price');
    expect(viewValue(card, 'Competitor')).to.equal('ScanCo');
    expect(viewValue(card, 'Completed')).to.equal('Yes');
    expect(q(card, '.overdue')).to.equal(null, 'a sold sale is never overdue');
  });

  it('shows Re-open date and Reason instead of Next activity when stalled', async () => {
    const card = await renderCard({
      ...SALE,
      status: 'stalled',
      reopenDate: '2025-09-01',
      stalledReason: { id: 'st1', name: 'Budget frozen' },
    });
    expect(viewValue(card, 'Stalled')).to.equal('Yes');
    expect(viewValue(card, 'Re-open date')).to.equal('Sep 1, 2025');
    expect(viewValue(card, 'Reason')).to.equal('Budget frozen');
    expect(viewValue(card, 'Next activity')).to.equal(undefined);
    expect(statusOf(card)).to.equal('stalled');
  });

  it('switches tabs: Details with money figures', async () => {
    const card = await renderCard();
    await selectTab(card, 'Details');
    expect(viewValue(card, 'Number')).to.equal('1041');
    expect(viewValue(card, 'Source')).to.equal('Web');
    expect(viewValue(card, 'Total cost')).to.equal('NOK 360,000');
    expect(viewValue(card, 'Profit')).to.equal('NOK 120,000');
    expect(viewValue(card, 'Profit %')).to.equal('25%');
    expect(viewValue(card, 'Credited')).to.equal('Ola Hansen');
    expect(viewValue(card, 'Title')).to.equal(undefined, 'only the selected panel is shown');
    // Once the Sale panel is built again, in idle time, it is in the card but still not shown.
    await idle();
    await card.updateComplete;
    expect(root(card).querySelector('.panel[slot="sale"] dt')!.textContent).to.equal('Title');
    expect(viewValue(card, 'Title')).to.equal(undefined, 'the Sale panel is built but not shown');
  });

  describe('performance machinery: the other tabs, built ahead in idle time', () => {
    it('keeps them out of view and out of the accessibility tree until selected', async () => {
      const card = await renderCard();
      await idle();
      await card.updateComplete;
      const panels = [...root(card).querySelectorAll<HTMLElement>('.panel')];
      expect(panels.map((panel) => panel.slot)).to.deep.equal(['sale', 'details', 'more', 'notes', 'links']);
      const slot = tabs(card).shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((panel) => panel.slot)).to.deep.equal(['sale']);
      expect(panels.map((panel) => panel.checkVisibility())).to.deep.equal([
        true,
        false,
        false,
        false,
        false,
      ]);
      await expect(card).to.be.accessible();
    });

    it('builds nothing for a card removed before the page is idle, and builds them if it comes back', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const card = Object.assign(document.createElement('sale-card'), LISTS, {
        sale: SALE,
        today: '2025-05-15',
      });
      wrapper.append(card);
      await card.updateComplete;
      card.remove();
      await idle();
      await idle();
      expect(root(card).querySelectorAll('.panel')).to.have.length(1, 'only the panel it showed');
      wrapper.append(card);
      await idle();
      await card.updateComplete;
      expect(root(card).querySelectorAll('.panel')).to.have.length(5);
    });

    it('shows the current sale when one is selected, not the sale it was built with', async () => {
      const card = await renderCard();
      await idle();
      await card.updateComplete;
      card.sale = { ...SALE, id: 2, cost: 400_000 };
      await card.updateComplete;
      await selectTab(card, 'Details');
      expect(viewValue(card, 'Total cost')).to.equal('NOK 400,000');
      expect(viewValue(card, 'Profit')).to.equal('NOK 80,000');
    });

    it('gives no two controls the same id when every tab is built in edit mode', async () => {
      // A new sale opens in edit mode, so every panel is built with its labelled controls.
      const card = await renderCard({ ...SALE, id: undefined, status: 'sold' });
      await idle();
      await card.updateComplete;
      expect(root(card).querySelectorAll('.panel')).to.have.length(5);
      const ids = [...root(card).querySelectorAll('[id]')].map((element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).to.deep.equal([]);
    });

    it('shows texts a host registered while the tab was hidden', async () => {
      const card = await renderCard();
      await idle();
      await card.updateComplete;
      registerMessages('en', { 'field.cost': 'Cost so far' });
      try {
        await card.updateComplete;
        await selectTab(card, 'Details');
        expect(viewValue(card, 'Cost so far')).to.equal('NOK 360,000');
      } finally {
        registerMessages('en', { 'field.cost': 'Total cost' });
      }
    });

    it('switches back and forth between built tabs without losing values', async () => {
      const card = await renderCard();
      await idle();
      await card.updateComplete;
      await selectTab(card, 'Details');
      await selectTab(card, 'Notes');
      await selectTab(card, 'Sale');
      expect(viewValue(card, 'Title')).to.equal('Fleet tracking for 40 trucks');
      await selectTab(card, 'Details');
      expect(viewValue(card, 'Total cost')).to.equal('NOK 360,000');
      const slot = tabs(card).shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((panel) => panel.slot)).to.deep.equal(['details']);
    });

    it('shows edit controls in a tab built in view mode', async () => {
      const card = await renderCard();
      await idle();
      await card.updateComplete;
      await startEditing(card);
      await selectTab(card, 'Details');
      expect(field(card, 'Total cost').value).to.equal('360000');
      expect(viewValue(card, 'Total cost')).to.equal(undefined);
    });
  });

  it('stays on its tab when a host cancels the tab change', async () => {
    const card = await renderCard();
    card.addEventListener('sale-tab-change', (event) => event.preventDefault());
    await selectTab(card, 'Details');
    expect(tabs(card).selected).to.equal('sale');
    expect(viewValue(card, 'Title')).to.equal('Fleet tracking for 40 trucks');
    expect(viewValue(card, 'Total cost')).to.equal(undefined);
  });

  it('shows the More tab by field type', async () => {
    const card = await renderCard();
    await selectTab(card, 'More');
    expect(viewValue(card, 'Region')).to.equal('West');
    expect(viewValue(card, 'Trucks')).to.equal('40');
    expect(viewValue(card, 'Signed NDA')).to.equal('Yes');
    expect(viewValue(card, 'Kick-off')).to.equal('Jul 1, 2025');
    expect(viewValue(card, 'Contact note')).to.equal('Short');
    card.sale = { ...SALE, userFields: [] };
    await card.updateComplete;
    expect(q(card, '.empty')!.textContent).to.equal('No additional fields.');
  });

  it('marks Notes and Links when they have content', async () => {
    const card = await renderCard({ ...SALE, notes: 'Call back in May.' });
    const tabElements = [...tabs(card).shadowRoot!.querySelectorAll('[role="tab"]')];
    const marked = tabElements.filter((tab) => tab.querySelector('[part="marker"]')).map((tab) => tab.id);
    expect(marked).to.have.length(2);
    await selectTab(card, 'Notes');
    expect(q(card, '.notes')!.textContent).to.equal('Call back in May.');
    card.sale = { ...SALE, links: [], notes: '  ' };
    await card.updateComplete;
    expect(tabs(card).shadowRoot!.querySelectorAll('[part="marker"]')).to.have.length(0);
    expect(q(card, '.empty')!.textContent).to.equal('No notes.');
  });

  it('renders links: safe web addresses open in a new window, records emit sale-link-open, others are text', async () => {
    const card = await renderCard();
    await selectTab(card, 'Links');
    const anchors = qa<HTMLAnchorElement>(card, '.links a');
    expect(anchors).to.have.length(1);
    expect(anchors[0]!.href).to.equal('https://example.com/tender');
    expect(anchors[0]!.target).to.equal('_blank');
    expect(anchors[0]!.rel).to.equal('noopener noreferrer');
    expect(anchors[0]!.textContent).to.contain('(opens in a new window)');
    const events = record(card, 'sale-link-open');
    button(card, 'Offer.pdf').click();
    expect(events[0]!.detail.link).to.deep.equal(SALE.links![1]);
    expect(q(card, '.links li:nth-child(3)')!.textContent).to.contain('Bad (javascript:alert(1))');
    expect(q(card, '.links li:nth-child(2) .date')!.textContent).to.equal('Apr 2, 2025');
    await expect(card).to.be.accessible();
    card.sale = { ...SALE, links: [] };
    await card.updateComplete;
    expect(q(card, '.empty')!.textContent).to.equal('No links.');
  });

  it('keeps strings as text, never markup', async () => {
    const card = await renderCard({
      ...SALE,
      title: '<img src=x onerror="window.hacked=1">',
      notes: '<b>bold</b>',
    });
    expect(q(card, 'h2')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect(q(card, 'img')).to.equal(null);
    await selectTab(card, 'Notes');
    expect(q(card, '.notes b')).to.equal(null);
  });

  it('speaks Norwegian with Norwegian number and date formats', async () => {
    const card = await renderCard(SALE, { lang: 'nb' });
    expect(button(card, 'Rediger')).to.exist;
    expect(button(card, 'Favoritt')).to.exist;
    expect(button(card, 'Oppgaver')).to.exist;
    expect(viewValue(card, 'Tittel')).to.equal(SALE.title);
    expect(viewValue(card, 'Beløp')).to.match(/^480\s000\sNOK$/);
    expect(viewValue(card, 'Fase')).to.equal('Proposal');
    expect(viewValue(card, 'Neste aktivitet')).to.contain('Forfalt');
    const labels = [...tabs(card).shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) =>
      tab.textContent!.trim(),
    );
    expect(labels.map((label) => label.split(',')[0])).to.deep.equal([
      'Salg',
      'Detaljer',
      'Mer',
      'Notater',
      'Koblinger',
    ]);
    expect(button(card, 'Forrige')).to.exist;
    expect(button(card, 'Neste')).to.exist;
  });

  it('keeps the favourite star as a toggle button that fires at once', async () => {
    const card = await renderCard({ ...SALE, favourite: true });
    const events = record(card, 'sale-favourite-change');
    const star = button(card, 'Favourite');
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    star.click();
    await card.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    expect(events.map((event) => event.detail.value)).to.deep.equal([false]);
    card.sale = { ...SALE, favourite: true };
    await card.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true', 'the host has the last word');
  });

  it('does not fire events when the host sets properties', async () => {
    const card = await renderCard();
    const names = ['sale-save', 'sale-navigate', 'sale-draft-change', 'sale-favourite-change'] as const;
    const events = names.map((name) => record(card, name));
    card.sale = { ...SALE, title: 'Changed', favourite: true };
    card.position = { index: 1, total: 3 };
    card.skipCompleted = true;
    await card.updateComplete;
    expect(events.flat()).to.have.length(0);
  });

  it('is readable in forced colours', async () => {
    const card = await renderCard();
    await withForcedColors(async () => {
      await expect(card).to.be.accessible();
    });
  });

  describe('bad input', () => {
    // null is no sale, and {} a new sale still to be filled in, not bad input: see "No sale and
    // loading" in sale-card-states.test.ts and the new-sale tests.
    for (const [name, bad] of [
      ['a stored sale without a title', { id: 7 }],
      ['a number', 42],
      ['wrong field types', { id: 7, title: 42, status: 'won', amount: 'lots', links: 'none', stage: 5 }],
    ] as const) {
      it(`renders ${name} with placeholders and one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const card = await renderCard(bad);
          expect(q(card, 'h2')).to.exist;
          expect(shownValue(card, 'Company')).to.equal('—');
          expect(shownValue(card, 'Next activity')).to.equal('—');
          expect(warnings.messages.filter((message) => message.includes('<sale-card>'))).to.have.length(1);
          expect(warnings.messages[0]).to.match(/^<sale-card>: sale[.:]/, 'names the sale first');
        } finally {
          warnings.restore();
        }
      });
    }

    it('names the bad fields', async () => {
      const warnings = captureWarnings();
      try {
        await renderCard({ id: 7, title: 'X', status: 'won', amount: 'lots', links: 'none' });
        expect(warnings.messages[0]).to.contain('status').and.contain('amount').and.contain('links');
      } finally {
        warnings.restore();
      }
    });

    it('warns about bad choice lists and still renders', async () => {
      const warnings = captureWarnings();
      try {
        const card = await renderCard(SALE, { stages: 'x' as never, reasons: [] as never });
        expect(warnings.messages.join()).to.contain('stages').and.contain('reasons');
        expect(q(card, 'h2')).to.exist;
      } finally {
        warnings.restore();
      }
    });

    it('ignores a position that makes no sense', async () => {
      const card = await renderCard(SALE, { position: { index: 5, total: 2 } });
      expect(q(card, '[part="position"]')).to.equal(null);
      expect(button(card, 'Previous').disabled).to.be.false;
    });
  });
});
