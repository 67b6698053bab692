/**
 * The card's edit controls load on demand (src/elements/sale-card/edit-loader.ts). These tests slow
 * that load down, or make it fail, through the module's test hook, and check what a user sees: the
 * form whole or not at all, the focus where Edit puts it, a message when the load fails, and
 * nothing the user typed lost.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { replaceEditLoaderForTests, type EditForms } from '../src/elements/sale-card/edit-loader.js';
import type { SaleCard } from '../src/elements/sale-card/sale-card.js';
import { captureWarnings } from './helpers/console.js';
import {
  SALE,
  button,
  field,
  focused,
  hasButton,
  q,
  record,
  renderCard,
  root,
  selectTab,
  shownValue,
  type,
  viewValue,
} from './sale-card.helpers.js';

const realForms = () => import('../src/elements/sale-card/edit-forms.js');
const slowly = (load: () => Promise<EditForms>) => () =>
  new Promise<void>((resolve) => setTimeout(resolve, 80)).then(load);
const FAILED =
  'Editing could not be loaded, so the fields show as they are. Select another tab and come back to try again.';
const FAILED_NB =
  'Redigeringen kunne ikke lastes, så feltene vises som de er. Velg en annen fane og kom tilbake for å prøve igjen.';

/** The card's status messages (`role="status"`) in the shown panel. */
const statusText = (card: SaleCard) => q(card, '.panel [role="status"]')?.textContent?.trim();

/** Away to More and back: the Sale panel renders again, which is when a failed load is tried again. */
async function renderSaleTabAgain(card: SaleCard): Promise<void> {
  await selectTab(card, 'More');
  await selectTab(card, 'Sale');
}

/** Every text the card's shadow root showed while `watch` ran, as it changed. */
function watchTexts(card: SaleCard): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(root(card).textContent ?? ''));
  observer.observe(root(card), { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('<sale-card> edit controls that load on demand', () => {
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));

  it('shows the whole form after Edit once the slow code is here, with the focus in the first field', async () => {
    restores.push(replaceEditLoaderForTests(slowly(realForms)));
    const card = await renderCard();
    const watched = watchTexts(card);
    button(card, 'Edit').click();
    expect(hasButton(card, 'Save')).to.equal(false, 'still in view mode while the code loads');
    await card.updateComplete;
    watched.stop();
    expect(field(card, 'Title').value).to.equal(SALE.title);
    expect(focused(card)).to.equal(field(card, 'Title'));
    expect(hasButton(card, 'Save')).to.equal(true);
    expect(watched.texts.some((text) => text.includes(FAILED))).to.equal(false, 'never a half form');
    await expect(card).to.be.accessible();
  });

  it('opens a new sale in edit mode with its controls when the code is slow', async () => {
    restores.push(replaceEditLoaderForTests(slowly(realForms)));
    const card = await renderCard({ ...SALE, id: undefined, title: '' });
    expect(card.editing).to.equal(true);
    expect(statusText(card)).to.equal(undefined);
    expect(field(card, 'Title').value).to.equal('');
    const changes = record(card, 'sale-draft-change');
    await type(card, field(card, 'Title'), 'New fleet deal');
    expect(changes.at(-1)?.detail.dirty).to.equal(true);
    const saves = record(card, 'sale-save');
    button(card, 'Save').click();
    expect(saves.at(-1)?.detail.sale.title).to.equal('New fleet deal');
  });

  it('focus() on a new sale set just now puts the focus in Title once the slow code is here', async () => {
    restores.push(replaceEditLoaderForTests(slowly(realForms)));
    const card = await renderCard(null);
    card.sale = { ...SALE, id: '', title: '' };
    card.focus();
    await waitUntil(() => focused(card) !== null, 'the focus in the card');
    expect(focused(card) === field(card, 'Title'), 'the focus in Title').to.be.true;
    expect(document.activeElement === card).to.be.true;
  });

  it('focus() leaves alone a focus the user moved elsewhere while the code loaded', async () => {
    restores.push(replaceEditLoaderForTests(slowly(realForms)));
    const card = await renderCard(null);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    card.sale = { ...SALE, id: '', title: '' };
    card.focus();
    elsewhere.focus();
    await card.updateComplete;
    expect(field(card, 'Title').value).to.equal('');
    expect(document.activeElement === elsewhere, 'the focus where the user put it').to.be.true;
    elsewhere.remove();
  });

  it('says so when the code fails to load, warns once, keeps the draft, and tries again', async () => {
    let attempts = 0;
    restores.push(
      replaceEditLoaderForTests(() => {
        attempts += 1;
        return Promise.reject(new Error('chunk missing'));
      }),
    );
    const warnings = captureWarnings();
    try {
      const card = await renderCard();
      button(card, 'Edit').click();
      await card.updateComplete;
      expect(statusText(card)).to.equal(FAILED);
      expect(shownValue(card, 'Title')).to.equal(SALE.title, 'the fields as they are');
      await renderSaleTabAgain(card);
      expect(statusText(card)).to.equal(FAILED);
      expect(attempts).to.be.at.least(2, 'tried again');
      const editWarnings = warnings.messages.filter((message) => message.includes('edit controls'));
      expect(editWarnings).to.have.length(1);
      expect(editWarnings[0]).to.contain('<sale-card>').and.contain('editing').and.contain('chunk missing');
      await expect(card).to.be.accessible();

      restores.pop()!();
      await renderSaleTabAgain(card);
      expect(statusText(card)).to.equal(undefined);
      expect(field(card, 'Title').value).to.equal(SALE.title);
    } finally {
      warnings.restore();
    }
  });

  it('keeps what the user typed when the code fails to load, and shows it again in its field', async () => {
    const card = await renderCard();
    button(card, 'Edit').click();
    await card.updateComplete;
    await type(card, field(card, 'Title'), 'Fleet tracking, phase 2');
    // As if the page had never loaded the edit code: the next panel's render cannot have it.
    restores.push(replaceEditLoaderForTests(() => Promise.reject(new Error('offline'))));
    const warnings = captureWarnings();
    try {
      await renderSaleTabAgain(card);
      expect(statusText(card)).to.equal(FAILED);
      expect(shownValue(card, 'Title')).to.equal('Fleet tracking, phase 2');
      expect(card.dirty).to.equal(true);
    } finally {
      warnings.restore();
    }
    restores.pop()!();
    await renderSaleTabAgain(card);
    expect(field(card, 'Title').value).to.equal('Fleet tracking, phase 2');
    const saves = record(card, 'sale-save');
    button(card, 'Save').click();
    expect(saves.at(-1)?.detail.changes).to.deep.equal({ title: 'Fleet tracking, phase 2' });
  });

  it('tries again on the next Edit after Cancel', async () => {
    restores.push(replaceEditLoaderForTests(() => Promise.reject(new Error('offline'))));
    const warnings = captureWarnings();
    try {
      const card = await renderCard();
      button(card, 'Edit').click();
      await card.updateComplete;
      expect(statusText(card)).to.equal(FAILED);
      restores.pop()!();
      button(card, 'Cancel').click();
      await card.updateComplete;
      expect(viewValue(card, 'Title')).to.equal(SALE.title);
      button(card, 'Edit').click();
      await card.updateComplete;
      await waitUntil(() => focused(card) === field(card, 'Title'), 'focus in the first field');
      expect(statusText(card)).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('says so in Norwegian too', async () => {
    restores.push(replaceEditLoaderForTests(() => Promise.reject(new Error('offline'))));
    const warnings = captureWarnings();
    try {
      const card = await renderCard(SALE, { lang: 'nb' });
      button(card, 'Rediger').click();
      await card.updateComplete;
      expect(statusText(card)).to.equal(FAILED_NB);
    } finally {
      warnings.restore();
    }
  });
});
