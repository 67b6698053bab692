// The demo host shell: built-in sample data, wired the way a real host wires the elements
// (properties in, events out). The host owns the data; the elements only report what the user did.
import { createLookup } from './lookup.js';
import {
  companies,
  currentUser,
  documents,
  guide,
  lists,
  persons,
  projects,
  sales,
  sampleStatuses,
  users,
} from './sample-data.js';

const $ = (selector) => document.querySelector(selector);
const log = (text) => ($('#log').textContent = text);
let data = sales.map((sale) => ({ ...sale }));

for (const { status, text } of sampleStatuses) {
  const item = document.createElement('li');
  const icon = document.createElement('sale-status-icon');
  icon.status = status;
  icon.decorative = true;
  item.append(icon, text);
  $('#statuses').append(item);
}

const panel = $('#panel');
const card = $('#card');
const sections = $('#sections');
const list = $('#list');
Object.assign(card, lists);
card.currentUser = currentUser;
// Company, Contact, Project and Owner (and the Links tab's record targets) search the sample data.
card.lookup = createLookup({
  company: () => companies,
  person: () => persons,
  project: () => projects,
  owner: () => users,
  sale: () => data.map((sale) => ({ id: sale.id, name: sale.title })),
  activity: () =>
    data.flatMap((sale) =>
      (sale.activities ?? []).map((activity) => ({ id: activity.id, name: activity.title })),
    ),
  document: () => documents,
});

function show(id) {
  const index = data.findIndex((sale) => sale.id === id);
  const sale = data[index];
  if (!sale) return;
  panel.selected = id;
  card.sale = sale;
  card.position = { index, total: data.length };
  sections.sale = sale;
  sections.guide = sale.saleType?.guide ?? (sale.saleType?.id === 'new' ? guide : undefined);
}

/** Replaces the card's sale only once the card agrees: it asks Save / Discard / Cancel over unsaved changes. */
async function showWhenCardAgrees(id) {
  if (await card.canLeave()) show(id);
}

function refresh() {
  panel.members = data;
  list.sales = data;
}

refresh();
show(data[0].id);

panel.addEventListener('sale-select', (event) => {
  // Keep the panel on the current sale until the card agrees to leave it.
  event.preventDefault();
  showWhenCardAgrees(event.detail.id);
});
list.addEventListener('sale-open', (event) => showWhenCardAgrees(event.detail.id));
// Previous / Next: the card has asked already before it fires sale-navigate.
card.addEventListener('sale-navigate', (event) => {
  const id = event.detail.direction === 'next' ? panel.next() : panel.previous();
  if (id !== undefined) show(id);
});
$('#new-sale').addEventListener('click', async () => {
  if (!(await card.canLeave())) return;
  // A sale without an id opens in edit mode; the card fills in the owner (currentUser).
  card.sale = { title: '', status: 'open', currency: 'NOK' };
  card.position = undefined;
  sections.sale = undefined;
  sections.guide = undefined;
});
card.addEventListener('sale-save', (event) => {
  // A real host would call its backend here; the demo saves after a short delay.
  const saved = { ...event.detail.sale, id: event.detail.sale.id || Date.now() };
  setTimeout(() => {
    data = data.some((sale) => sale.id === saved.id)
      ? data.map((sale) => (sale.id === saved.id ? saved : sale))
      : [...data, saved];
    refresh();
    show(saved.id);
    log(`Saved: ${Object.keys(event.detail.changes).join(', ') || 'no changes'}`);
  }, 300);
});
card.addEventListener('sale-draft-discard', (event) => {
  // Only when a sale replaced the card without asking canLeave() first: a host could keep the draft.
  log(
    `Unsaved changes to "${event.detail.sale.title}" were replaced: ${Object.keys(event.detail.changes).join(', ')}`,
  );
});
card.addEventListener('sale-favourite-change', (event) => {
  data = data.map((sale) => (sale.id === card.sale.id ? { ...sale, favourite: event.detail.value } : sale));
  refresh();
  show(card.sale.id);
});
card.addEventListener('sale-delete', (event) => {
  data = data.filter((sale) => sale.id !== event.detail.sale.id);
  refresh();
  if (data.length) show(data[0].id);
  log(`Deleted "${event.detail.sale.title}"`);
});
card.addEventListener('sale-skip-completed-change', (event) => {
  panel.skipCompleted = event.detail.value;
  card.skipCompleted = event.detail.value;
});
for (const type of [
  'sale-link-open',
  'sale-guide-step',
  'sale-stage-change',
  'sale-activity-open',
  'sale-activity-complete',
  'sale-activity-add',
  'sale-quote-create',
]) {
  document.addEventListener(type, (event) => log(`${type}: ${JSON.stringify(event.detail)}`));
}

$('#language').addEventListener('change', (event) => {
  document.documentElement.lang = event.target.value;
});
$('#dark').addEventListener('change', (event) => {
  document.documentElement.classList.toggle('dark', event.target.checked);
});
