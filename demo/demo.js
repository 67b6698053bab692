// The demo host shell: one <sale-screen> over a data source, which does all the wiring (panel, card,
// detail cards, unsaved changes, guide, favourite, delete, new sale), and the sales overview beside
// it. The page `npm start` serves passes superOfficeSource over the demo backend (demo/main.js), so
// saves go over HTTP into SQLite; tests pass createMemorySource, and the demo then runs over the
// built-in sample data. The page adds only the overview, an event log and its two switches.
import { createLookup } from './lookup.js';
import {
  companies,
  currentUser,
  documents,
  lists,
  persons,
  projects,
  sales,
  sampleStatuses,
  users,
} from './sample-data.js';

/** Every answer of the demo's source waits this long (ms), as a backend would, so loading shows. */
const LATENCY = 150;

/** What the source writes; after each, the overview shows the stored sales again. */
const WRITES = ['save', 'remove', 'favourite', 'guideStep'];

/** Events out of the screen the log shows: a host can add to what the screen does on any of them. */
const LOGGED = [
  'sale-save',
  'sale-delete',
  'sale-favourite-change',
  'sale-stage-change',
  'sale-guide-step',
  'sale-link-open',
  'sale-activity-open',
  'sale-activity-complete',
  'sale-activity-add',
];

/**
 * The shell's own words in each language the switch offers, so that the Norwegian page has no
 * English left in it: the elements translate themselves, the host translates what it wrote.
 */
const SHELL_TEXT = {
  en: {
    document: 'sales-elements demo: a CRM host shell',
    title: 'Sale',
    statuses: 'Status icons',
    language: 'Language',
    dark: 'Dark',
    overview: 'Sales overview',
    screen: 'My deals',
    open: 'Open',
    sold: 'Sold',
    lost: 'Lost',
    stalled: 'Stalled',
  },
  nb: {
    document: 'sales-elements-demo: et CRM-skall',
    title: 'Salg',
    statuses: 'Statusikoner',
    language: 'Språk',
    dark: 'Mørk',
    overview: 'Salgsoversikt',
    screen: 'Mine salg',
    open: 'Åpent',
    sold: 'Solgt',
    lost: 'Tapt',
    stalled: 'Utsatt',
  },
};

/** Puts the shell's words in `lang` (English for any language the shell does not know). */
function translateShell(lang) {
  const text = SHELL_TEXT[lang] ?? SHELL_TEXT.en;
  document.title = text.document;
  for (const element of document.querySelectorAll('[data-text]'))
    element.textContent = text[element.dataset.text];
  document.querySelector('#statuses').setAttribute('aria-label', text.statuses);
  document.querySelector('#screen').heading = text.screen;
}

/** An event's detail in a line: a sale by its title, changes by their field names, the rest as JSON. */
function describe({ sale, changes, ...rest }) {
  const parts = [];
  if (sale) parts.push(`"${sale.title}"`);
  if (changes) parts.push(`changed: ${Object.keys(changes).join(', ') || 'nothing'}`);
  if (Object.keys(rest).length) parts.push(JSON.stringify(rest));
  return parts.join(' ');
}

/** A memory source over the sample data, with a lookup over the sample records. */
function sampleSource(createMemorySource, stored) {
  const store = createMemorySource({ lists: { ...lists, currentUser }, sales }, { latency: LATENCY });
  // Company, Contact (of the chosen company), Project, Owner and the Links tab search the sample data.
  const lookup = createLookup({
    company: () => companies,
    person: () => persons,
    project: () => projects,
    owner: () => users,
    sale: () => stored().map((sale) => ({ id: sale.id, name: sale.title })),
    activity: () =>
      stored()
        .flatMap((sale) => sale.activities ?? [])
        .map(({ id, title }) => ({ id, name: title })),
    document: () => documents,
  });
  return { ...store, lookup };
}

/**
 * Wires the page over `source` (a SalesSource: superOfficeSource on the page `npm start` serves), or
 * over the sample data in the library's `createMemorySource` (from src/ in test/demo.test.ts).
 */
export function startDemo({ source: given, createMemorySource }) {
  const $ = (selector) => document.querySelector(selector);
  const screen = $('#screen');
  const list = $('#list');
  const log = (text) => ($('#log').textContent = text);

  let stored = [];
  const store = given ?? sampleSource(createMemorySource, () => stored);
  const showInList = async () => {
    try {
      list.sales = stored = await store.members();
    } catch (error) {
      log(`The sales overview could not be loaded: ${error.message}`);
    }
  };
  // After every write, the overview shows the stored sales again (the screen shows the error itself).
  const source = { ...store };
  for (const method of WRITES) {
    if (typeof store[method] === 'function')
      source[method] = (...args) => store[method](...args).finally(() => void showInList());
  }
  screen.source = source;
  void showInList();
  list.addEventListener('sale-open', (event) => screen.open(event.detail.id));

  for (const type of LOGGED)
    screen.addEventListener(type, (event) => log(`${type} ${describe(event.detail)}`));

  for (const { status, text } of sampleStatuses) {
    const item = document.createElement('li');
    const icon = document.createElement('sale-status-icon');
    Object.assign(icon, { status, decorative: true });
    const name = document.createElement('span');
    Object.assign(name, { textContent: text });
    name.dataset.text = status;
    item.append(icon, name);
    $('#statuses').append(item);
  }
  $('#language').addEventListener('change', (event) => {
    document.documentElement.lang = event.target.value;
    translateShell(event.target.value);
  });
  $('#dark').addEventListener('change', (event) =>
    document.documentElement.classList.toggle('dark', event.target.checked),
  );
}
