// The demo host shell: built-in sample data, a language switch and a dark switch, wired the way a
// real host would wire the elements (properties in, events out).
import { sampleStatuses, sampleTabs } from './sample-data.js';

const statusList = document.querySelector('#statuses');
for (const { status, text } of sampleStatuses) {
  const item = document.createElement('li');
  const icon = document.createElement('sale-status-icon');
  icon.status = status;
  icon.decorative = true;
  item.append(icon, text);
  statusList.append(item);
}
// One more, with its own accessible name instead of visible text.
const labelled = document.createElement('li');
const stalled = document.createElement('sale-status-icon');
stalled.status = 'stalled';
labelled.append(stalled, '(no visible text: the icon names itself)');
statusList.append(labelled);

await customElements.whenDefined('sale-status-icon');
if (customElements.get('sale-tabs')) {
  const tabs = document.querySelector('#card-tabs');
  tabs.tabs = sampleTabs;
  for (const { id, panel } of sampleTabs) {
    const content = document.createElement('div');
    content.slot = id;
    content.textContent = panel;
    tabs.append(content);
  }
  tabs.addEventListener('sale-tab-change', (event) => {
    document.querySelector('#tabs-log').textContent =
      `sale-tab-change: ${event.detail.previous} → ${event.detail.id}`;
  });
  document.querySelector('#tabs-section').hidden = false;
}

document.querySelector('#language').addEventListener('change', (event) => {
  document.documentElement.lang = event.target.value;
});
document.querySelector('#dark').addEventListener('change', (event) => {
  document.documentElement.classList.toggle('dark', event.target.checked);
});
