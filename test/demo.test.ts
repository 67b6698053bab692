/**
 * The demo host shell (demo/): its `lookup` over the sample data, and the page `npm start` serves:
 * one `<sale-screen>` over a memory source of the sample data, with the sales overview beside it
 * opening sales through `screen.open(id)` and following every save. The page's markup comes from
 * demo/index.html itself; the elements and `createMemorySource` come from src/ (the served page
 * loads them from dist/, see demo/main.js).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { createMemorySource, type SaleScreen } from '../src/sale-screen.js';
import type { SaleCard } from '../src/sale-card.js';
import type { SaleList } from '../src/elements/sale-list/sale-list.js';
import { startDemo } from '../demo/demo.js';
import { createLookup } from '../demo/lookup.js';
import { companies, persons } from '../demo/sample-data.js';
import { captureWarnings } from './helpers/console.js';
import { button, field, setValue, startEditing } from './sale-card.helpers.js';
import {
  LISTS,
  cardOf,
  panelOf,
  panelOption,
  screenButton,
  sectionsOf,
  settled,
  shownTitle,
  sixSales,
} from './sale-screen.helpers.js';

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
  let screen: SaleScreen;
  let list: SaleList;
  let card: SaleCard;
  let warnings: ReturnType<typeof captureWarnings>;
  const busy: string[] = [];

  const dialog = () => card.shadowRoot!.querySelector<HTMLDialogElement>('dialog');
  const dialogButton = (name: string) =>
    [...dialog()!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
  const listRow = (title: string) =>
    [...list.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')].find((row) =>
      row.textContent!.includes(title),
    );
  const listTitles = () => (list.sales as { title: string }[]).map((sale) => sale.title);
  const log = () => document.querySelector('#log')!.textContent!;

  /** Waits until the screen has finished loading and its card shows `title`. */
  async function shows(title: string) {
    await waitUntil(
      () => screen.getAttribute('aria-busy') === 'false' && shownTitle(screen) === title,
      `the screen shows "${title}"`,
    );
    await settled(screen);
    card = cardOf(screen);
  }

  /** Edits the card's title, leaving unsaved changes. */
  async function editTitle(text: string) {
    await startEditing(card);
    field(card, 'Title').focus();
    await sendKeys({ type: text });
    await card.updateComplete;
    expect(card.dirty).to.be.true;
  }

  before(async () => {
    warnings = captureWarnings();
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = '/demo/demo.css';
    const styled = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
    document.head.append(style);
    document.body.append(...[...page.body.children].map((node) => document.importNode(node, true)));
    await styled;
    screen = document.querySelector('sale-screen')!;
    list = document.querySelector('sale-list')!;
    new MutationObserver(() => busy.push(screen.getAttribute('aria-busy')!)).observe(screen, {
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    startDemo({ createMemorySource });
    await shows('Fleet tracking for 40 trucks');
    await waitUntil(() => list.sales.length === 6, 'the overview lists the sample sales');
  });

  after(() => {
    warnings.restore();
    document.documentElement.lang = 'en';
    // Away with the page: a card left with unsaved changes would hold up the runner's next page.
    for (const element of [...document.body.children])
      if (element.matches('header, .shell')) element.remove();
  });

  it('has one h1, and the screen over the sample data: lookup, current user, loading shown', () => {
    expect(
      [...document.querySelectorAll('h1')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Demo CRM Sale']);
    expect(screen.selected).to.equal(1041);
    expect(screen.hasAttribute('premium')).to.be.true;
    expect(card.lookup).to.be.a('function');
    expect(card.currentUser).to.deep.equal({ id: 5, name: 'Ola Hansen' });
    expect(busy, 'the source answers late enough for the loading state to show').to.include('true');
    expect(panelOf(screen).shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(6);
    expect(listTitles()).to.include.members(['Fleet tracking for 40 trucks', 'Cold-chain sensors']);
  });

  it('fits a 320 px wide phone: the header wraps, nothing scrolls the page sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await settled(screen);
      const page = document.scrollingElement!;
      expect(page.scrollWidth, 'the page is no wider than the viewport').to.be.at.most(page.clientWidth);
      const statuses = [...document.querySelectorAll('#statuses li')];
      expect(statuses).to.have.length(4);
      for (const item of statuses) expect(item.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the overview shows its whole grid, bottom edge included: the card around it does not scroll on its own', async () => {
    await list.updateComplete;
    const overview = document.querySelector<HTMLElement>('.demo-card')!;
    const grid = list.shadowRoot!.querySelector('[role="grid"]')!.parentElement!;
    expect(overview.scrollHeight, 'no scrollbar inside the overview card').to.be.at.most(
      overview.clientHeight,
    );
    expect(grid.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().bottom + 0.5);
  });

  it('the lookup the card gets searches the sample companies, and a contact search keeps to the company', async () => {
    const found = await card.lookup!('person', '', { signal: never(), company: { id: 11, name: 'Bergen' } });
    expect(found.map((record) => record.name)).to.deep.equal(['Kari Nordmann', 'Lars Berg']);
    const sales = await card.lookup!('sale', 'cold', { signal: never() });
    expect(sales).to.deep.equal([{ id: 1046, name: 'Cold-chain sensors' }]);
  });

  it('the detail cards show activities with company, contact and owner; the list says Sold for a sold sale', async () => {
    const sections = sectionsOf(screen)!;
    await sections.updateComplete;
    const cells = [...sections.shadowRoot!.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(
      (cell) => cell.textContent!.trim(),
    );
    expect(cells).to.include.members(['Bergen Logistikk AS', 'Kari Nordmann', 'Ola Hansen', 'Lars Berg']);
    await list.updateComplete;
    expect(listRow('Support agreement 2027')!.textContent).to.contain('Sold').and.not.contain('Negotiation');
  });

  it('a member picked over unsaved changes asks first; Save stores the draft, switches, and the list follows', async () => {
    await editTitle(' (edited)');
    panelOption(screen, 'Driver app licences').click();
    await waitUntil(() => dialog()?.open, 'the card asks Save / Discard / Cancel');
    expect(screen.selected, 'nothing switches before the answer').to.equal(1041);
    const saving = oneEvent(screen, 'sale-save');
    dialogButton('Save').click();
    expect(Object.keys((await saving).detail.changes)).to.deep.equal(['title']);
    await shows('Driver app licences');
    await waitUntil(
      () => listTitles().includes('Fleet tracking for 40 trucks (edited)'),
      'the overview shows the saved title',
    );
    await list.updateComplete;
    expect(listRow('Fleet tracking for 40 trucks (edited)')).to.exist;
    expect(log()).to.equal('sale-save "Fleet tracking for 40 trucks (edited)" changed: title');
  });

  it('Cancel at that question keeps the draft and the sale', async () => {
    await editTitle('!');
    panelOption(screen, 'Cold-chain sensors').click();
    await waitUntil(() => dialog()?.open);
    dialogButton('Cancel').click();
    await waitUntil(() => !dialog()?.open);
    await settled(screen);
    expect(card.sale, 'the same sale, not saved').to.include({ id: 1045, title: 'Driver app licences' });
    expect(card.dirty).to.be.true;
    expect(screen.selected).to.equal(1045);
    button(card, 'Cancel').click();
    await card.updateComplete;
    expect(card.dirty).to.be.false;
  });

  it('the overview opens a sale in the screen on double-click and on Enter', async () => {
    await list.updateComplete;
    listRow('Cold-chain sensors')!
      .querySelector('[role="gridcell"]')!
      .dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await shows('Cold-chain sensors');
    listRow('Warehouse scanners')!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await shows('Warehouse scanners');
    expect(screen.selected).to.equal(1044);
  });

  it('New sale opens an empty sale owned by the current user; once saved it is in the panel and the list', async () => {
    screenButton(screen, 'New sale').click();
    await waitUntil(() => cardOf(screen).editing && !cardOf(screen).sale?.id, 'the card opens a new sale');
    card = cardOf(screen);
    field(card, 'Title').focus();
    await sendKeys({ type: 'Demo deal' });
    await setValue(card, field<HTMLSelectElement>(card, 'Sale type'), 'renewal');
    const saving = oneEvent(screen, 'sale-save');
    button(card, 'Save').click();
    expect((await saving).detail.sale.owner).to.deep.equal({ id: 5, name: 'Ola Hansen' });
    await waitUntil(() => screen.selected === 1047, 'the stored sale, with its id, is open');
    await shows('Demo deal');
    expect(card.editing).to.be.false;
    await waitUntil(() => listTitles().includes('Demo deal'), 'the overview lists the new sale');
    expect(panelOption(screen, 'Demo deal').getAttribute('aria-selected')).to.equal('true');
  });

  it('the language switch turns the page Norwegian, and no element warned along the way', async () => {
    const language = document.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'nb';
    language.dispatchEvent(new Event('change'));
    await settled(screen);
    expect(screenButton(screen, 'Nytt salg')).to.exist;
    expect(warnings.messages).to.deep.equal([]);
  });

  it('on the Norwegian page the shell speaks Norwegian too: no English left in the header, the overview or the screen heading', async () => {
    const language = document.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'nb';
    language.dispatchEvent(new Event('change'));
    await settled(screen);
    const words = (selector: string) =>
      document.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(words('h1')).to.equal('Demo CRM Salg');
    expect(words('#statuses')).to.equal('ÅpentSolgtTaptUtsatt');
    expect(document.querySelector('#statuses')!.getAttribute('aria-label')).to.equal('Statusikoner');
    expect(words('label:has(#language)')).to.match(/^Språk /);
    expect(words('label:has(#dark)')).to.equal('Mørk');
    expect(words('#list-heading')).to.equal('Salgsoversikt');
    expect(screen.heading).to.equal('Mine salg');
    expect(document.title).to.not.contain('host shell');
    // And back: the English words return.
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    expect(words('h1')).to.equal('Demo CRM Sale');
    expect(words('#statuses')).to.equal('OpenSoldLostStalled');
    expect(screen.heading).to.equal('My deals');
  });
});

describe('demo page over a given source (the served page passes superOfficeSource)', () => {
  let screen: SaleScreen;
  let list: SaleList;

  before(async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    document.body.append(...[...page.body.children].map((node) => document.importNode(node, true)));
    screen = document.querySelector('sale-screen')!;
    list = document.querySelector('sale-list')!;
  });

  after(() => {
    for (const element of [...document.body.children])
      if (element.matches('header, .shell')) element.remove();
  });

  it('runs the screen and the overview over that source, and a rejected save shows its message on the card', async () => {
    const store = createMemorySource(
      { lists: LISTS, sales: sixSales() },
      { fail: (method, args) => method === 'save' && (args[0] as { id?: unknown }).id !== undefined },
    );
    let membersAsked = 0;
    const source = {
      ...store,
      members: () => ((membersAsked += 1), store.members()),
      // What superOfficeSource rejects with on a 412.
      save: (...args: Parameters<typeof store.save>) =>
        store.save(...args).catch(() => {
          throw new Error('Someone else changed this sale after you opened it.');
        }),
    };
    startDemo({ source });
    const first = sixSales()[0]!.title;
    await waitUntil(
      () => shownTitle(screen) === first && list.sales.length === 6,
      'the screen and the list show the source',
    );
    await settled(screen);
    const card = cardOf(screen);
    await startEditing(card);
    field(card, 'Title').focus();
    await sendKeys({ type: '!' });
    const asked = membersAsked;
    button(card, 'Save').click();
    await waitUntil(
      () =>
        card
          .shadowRoot!.querySelector('[role="alert"]')
          ?.textContent?.includes('Someone else changed this sale'),
      'the card shows the conflict',
    );
    expect(card.dirty, 'the draft is kept').to.be.true;
    await waitUntil(() => membersAsked > asked, 'the overview asks the source again after a write');
    button(card, 'Cancel').click();
  });
});
