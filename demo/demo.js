// The demo host shell: built-in sample data, wired the way a real host wires the elements
// (properties in, events out). The host owns the data; the elements only report what the user did.
import { guide, lists, sales, sampleStatuses } from './sample-data.js';

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

function refresh() {
  panel.members = data;
  list.sales = data;
}

refresh();
show(data[0].id);

panel.addEventListener('sale-select', (event) => show(event.detail.id));
list.addEventListener('sale-open', (event) => show(event.detail.id));
card.addEventListener('sale-navigate', (event) => {
  const id = event.detail.direction === 'next' ? panel.next() : panel.previous();
  if (id !== undefined) show(id);
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
