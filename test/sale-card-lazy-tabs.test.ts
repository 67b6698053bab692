/**
 * The Details, Notes and Links tabs load their code on demand (src/elements/sale-card/tab-modules.ts).
 * These tests slow those loads down, or make them fail, through the module's test hook, and check
 * what a user sees: never an empty panel, every tab in the print-out, a message when a load fails.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { replaceTabLoaderForTests, type TabRenderer } from '../src/elements/sale-card/tab-modules.js';
import { captureWarnings } from './helpers/console.js';
import {
  SALE,
  button,
  field,
  q,
  qa,
  renderCard,
  root,
  selectTab,
  startEditing,
  type,
  viewValue,
} from './sale-card.helpers.js';

const slowly = (load: () => Promise<TabRenderer>) => () =>
  new Promise<void>((resolve) => setTimeout(resolve, 50)).then(load);
const details = () => import('../src/elements/sale-card/details-tab.js').then((m) => m.renderDetailsTab);
const notes = () => import('../src/elements/sale-card/notes-tab.js').then((m) => m.renderNotesTab);
const links = () => import('../src/elements/sale-card/links-tab.js').then((m) => m.renderLinksTab);
const FAILED = 'This tab could not be loaded. Select another tab and come back to try again.';

/** The text of the panel the user sees. */
const shownPanel = (card: Awaited<ReturnType<typeof renderCard>>) =>
  qa(card, '.panel')[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<sale-card> tabs whose code loads on demand', () => {
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));

  it('shows Details after updateComplete when it is picked before its code is here', async () => {
    restores.push(replaceTabLoaderForTests('details', slowly(details)));
    const card = await renderCard();
    await selectTab(card, 'Details');
    expect(viewValue(card, 'Total cost')).to.equal('NOK 360,000');
    expect(viewValue(card, 'Title')).to.equal(undefined, 'only the selected panel is shown');
  });

  it('shows Links after updateComplete when it is the first tab picked, before the page is idle', async () => {
    restores.push(replaceTabLoaderForTests('links', slowly(links)));
    const card = await renderCard();
    await selectTab(card, 'Links');
    expect(shownPanel(card)).to.contain('Offer.pdf').and.contain('Tender');
  });

  it('keeps what the user typed while a tab loads', async () => {
    restores.push(replaceTabLoaderForTests('notes', slowly(notes)));
    const card = await renderCard();
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Fleet tracking, phase 2');
    await selectTab(card, 'Notes');
    await type(card, field<HTMLTextAreaElement>(card, 'Notes'), 'Call back in June');
    await selectTab(card, 'Sale');
    expect(field(card, 'Title').value).to.equal('Fleet tracking, phase 2');
    await selectTab(card, 'Notes');
    expect(field<HTMLTextAreaElement>(card, 'Notes').value).to.equal('Call back in June');
  });

  it('prints every tab, waiting for the code of those not loaded yet', async () => {
    restores.push(
      replaceTabLoaderForTests('details', slowly(details)),
      replaceTabLoaderForTests('notes', slowly(notes)),
      replaceTabLoaderForTests('links', slowly(links)),
    );
    const card = await renderCard({ ...SALE, notes: 'Bring the contract.' });
    const original = window.print;
    let printed = '';
    window.print = () => {
      printed = root(card).querySelector('.print-view')?.textContent?.replace(/\s+/g, ' ') ?? '';
    };
    try {
      button(card, 'Tasks').click();
      await card.updateComplete;
      q(card, '[data-task="print"]')!.click();
      await waitUntil(() => printed !== '', 'printed');
      for (const text of ['Sale', 'Details', 'More', 'Notes', 'Links']) expect(printed).to.contain(text);
      expect(printed).to.contain('NOK 120,000', 'Details: the profit');
      expect(printed).to.contain('Bring the contract.', 'Notes');
      expect(printed).to.contain('Offer.pdf', 'Links');
      expect(printed).not.to.contain(FAILED);
    } finally {
      window.print = original;
    }
  });

  it('says so in the panel when a tab fails to load, warns once, and tries again on the next pick', async () => {
    let attempts = 0;
    restores.push(
      replaceTabLoaderForTests('links', () => {
        attempts += 1;
        return Promise.reject(new Error('chunk missing'));
      }),
    );
    const warnings = captureWarnings();
    try {
      const card = await renderCard();
      await selectTab(card, 'Links');
      expect(shownPanel(card)).to.equal(FAILED);
      await selectTab(card, 'Sale');
      await selectTab(card, 'Links');
      expect(shownPanel(card)).to.equal(FAILED);
      expect(attempts).to.be.at.least(2, 'tried again');
      const tabWarnings = warnings.messages.filter((message) => message.includes('links tab'));
      expect(tabWarnings).to.have.length(1);
      expect(tabWarnings[0]).to.contain('<sale-card>').and.contain('chunk missing');
      await expect(card).to.be.accessible();

      restores.pop()!();
      await selectTab(card, 'Sale');
      await selectTab(card, 'Links');
      expect(shownPanel(card)).to.contain('Offer.pdf');
    } finally {
      warnings.restore();
    }
  });

  it('says so in Norwegian too', async () => {
    restores.push(replaceTabLoaderForTests('notes', () => Promise.reject(new Error('offline'))));
    const warnings = captureWarnings();
    try {
      const card = await renderCard(SALE, { lang: 'nb' });
      await selectTab(card, 'Notater');
      expect(shownPanel(card)).to.equal(
        'Fanen kunne ikke lastes. Velg en annen fane og kom tilbake for å prøve igjen.',
      );
    } finally {
      warnings.restore();
    }
  });
});
