/**
 * The demo host shell (demo/): its `lookup` over the sample data, and the wiring a host copies:
 * every switch of sale asks `card.canLeave()` first. The page's markup comes from demo/index.html
 * itself; the elements come from src/ (the demo page loads them from dist/).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SaleCard } from '../src/sale-card.js';
import type { SaleList } from '../src/elements/sale-list/sale-list.js';
import type { SaleSections } from '../src/sale-sections.js';
import type { SelectionPanel } from '../src/selection-panel.js';
import { createLookup } from '../demo/lookup.js';
import { companies, persons } from '../demo/sample-data.js';
import { button, field, q, setValue, startEditing, viewValue } from './sale-card.helpers.js';

const never = () => new AbortController().signal;

describe('demo lookup', () => {
  const lookup = createLookup({ company: () => companies, person: () => persons }, { delay: 1 });

  it('finds records whose name has every word of the text, in any case', async () => {
    expect((await lookup('company', 'FJORD', { signal: never() })).map((r) => r.name)).to.deep.equal([
      'Fjord Shipping',
    ]);
    expect((await lookup('company', 'as berg', { signal: never() })).map((r) => r.name)).to.deep.equal([
      'Bergen Logistikk AS',
    ]);
    expect(await lookup('company', 'nothing like it', { signal: never() })).to.deep.equal([]);
    expect(await lookup('sale', 'x', { signal: never() }), 'a kind without records').to.deep.equal([]);
  });

  it('lists only the chosen company’s contacts, each with its company', async () => {
    const found = await lookup('person', '', { signal: never(), company: { id: 11, name: 'Bergen' } });
    expect(found.map((r) => r.name)).to.deep.equal(['Kari Nordmann', 'Lars Berg']);
    expect(found[0]!.company).to.deep.equal({ id: 11, name: 'Bergen Logistikk AS' });
    expect((await lookup('person', 'a', { signal: never() })).length).to.be.above(2);
  });

  it('rejects with AbortError when the card aborts the search, before or while it waits', async () => {
    const slow = createLookup({ company: () => companies }, { delay: 1000 });
    const early = new AbortController();
    early.abort();
    const before = await slow('company', 'a', { signal: early.signal }).catch((error: Error) => error);
    expect((before as Error).name).to.equal('AbortError');
    const late = new AbortController();
    const pending = slow('company', 'a', { signal: late.signal }).catch((error: Error) => error);
    late.abort();
    expect(((await pending) as Error).name).to.equal('AbortError');
  });
});

describe('demo page', () => {
  let card: SaleCard;
  let panel: SelectionPanel;
  let list: SaleList;
  let sections: SaleSections;

  const dialog = () => q<HTMLDialogElement>(card, 'dialog');
  const dialogButton = (name: string) =>
    [...dialog()!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
  const option = (title: string) =>
    [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((row) =>
      row.textContent!.includes(title),
    )!;

  /** Edits the card's title, leaving unsaved changes. */
  async function makeDirty() {
    await startEditing(card);
    const title = field(card, 'Title');
    title.focus();
    await sendKeys({ type: ' (edited)' });
    await card.updateComplete;
    expect(card.dirty).to.be.true;
  }

  before(async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = '/demo/demo.css';
    const styled = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
    document.head.append(style);
    document.body.append(...[...page.body.children].map((node) => document.importNode(node, true)));
    await styled;
    await import('../demo/demo.js');
    card = document.querySelector('sale-card')!;
    panel = document.querySelector('selection-panel')!;
    list = document.querySelector('sale-list')!;
    sections = document.querySelector('sale-sections')!;
    await card.updateComplete;
    await waitUntil(() => panel.shadowRoot!.querySelectorAll('[role="option"]').length > 0);
  });

  after(() => {
    // Away with the page: a card left with unsaved changes would hold up the runner's next page.
    for (const element of [...document.body.children])
      if (element.matches('header, .shell')) element.remove();
  });

  it('has one h1, the card with its lookup and current user, the first sale shown', () => {
    expect(
      [...document.querySelectorAll('h1')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Demo CRM Sale']);
    expect(card.lookup).to.be.a('function');
    expect(card.currentUser).to.deep.equal({ id: 5, name: 'Ola Hansen' });
    expect(card.sale).to.include({ id: 1041 });
    expect(panel.selected).to.equal(1041);
  });

  it('the Activities grid shows company, contact and owner; the list says Sold for a sold sale', async () => {
    await sections.updateComplete;
    const cells = [...sections.shadowRoot!.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(
      (cell) => cell.textContent!.trim(),
    );
    expect(cells).to.include.members(['Bergen Logistikk AS', 'Kari Nordmann', 'Ola Hansen', 'Lars Berg']);
    await list.updateComplete;
    const supportRow = [...list.shadowRoot!.querySelectorAll('.body [role="row"]')].find((row) =>
      row.textContent!.includes('Support agreement 2027'),
    )!;
    expect(supportRow.textContent).to.contain('Sold').and.not.contain('Negotiation');
  });

  it('a panel click over unsaved changes asks first; Cancel keeps the draft and the panel', async () => {
    await makeDirty();
    option('Driver app licences').click();
    await waitUntil(() => dialog()?.open, 'the card asks Save / Discard / Cancel');
    expect(panel.selected, 'the panel waits for the answer').to.equal(1041);
    dialogButton('Cancel').click();
    await waitUntil(() => !dialog());
    await new Promise((resolve) => setTimeout(resolve));
    expect(card.sale).to.include({ id: 1041 });
    expect(card.dirty).to.be.true;
    expect(panel.selected).to.equal(1041);
  });

  it('Discard in that dialog switches the card and the panel', async () => {
    option('Driver app licences').click();
    await waitUntil(() => dialog()?.open);
    dialogButton('Discard').click();
    await waitUntil(() => panel.selected === 1045, 'the panel follows once the card agreed');
    expect(card.sale).to.include({ id: 1045 });
    await card.updateComplete;
    expect(card.dirty).to.be.false;
    expect(viewValue(card, 'Title')).to.equal('Driver app licences');
  });

  it('opening a sale from the list over unsaved changes asks first too', async () => {
    await makeDirty();
    const row = [...list.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')].find((candidate) =>
      candidate.textContent!.includes('Cold-chain sensors'),
    )!;
    row
      .querySelector('[role="gridcell"]')!
      .dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await waitUntil(() => dialog()?.open, 'the card asks before the list switches it');
    dialogButton('Discard').click();
    await waitUntil(() => panel.selected === 1046);
    expect(card.sale).to.include({ id: 1046 });
  });

  it('a clean card switches at once, and New sale opens an empty sale owned by the current user', async () => {
    option('Warehouse scanners').click();
    await waitUntil(() => panel.selected === 1044);
    expect(dialog()).to.equal(null);
    (document.querySelector('#new-sale') as HTMLButtonElement).click();
    await waitUntil(() => card.sale !== undefined && !('id' in (card.sale as object)));
    await card.updateComplete;
    expect(card.editing).to.be.true;
    const title = field(card, 'Title');
    title.focus();
    await sendKeys({ type: 'Demo deal' });
    await setValue(card, field<HTMLSelectElement>(card, 'Sale type'), 'renewal');
    const saved = oneEvent(card, 'sale-save');
    button(card, 'Save').click();
    expect((await saved).detail.sale.owner).to.deep.equal({ id: 5, name: 'Ola Hansen' });
    // The demo answers the save a moment later: the new sale joins the panel and the list.
    await waitUntil(() => !card.dirty && panel.members.length === 7, 'the demo saved the new sale');
    expect(card.sale).to.include({ title: 'Demo deal' });
  });
});
