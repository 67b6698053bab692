// Built-in sample data for the demo, so `npm start` needs no backend.
export const sampleStatuses = [
  { status: 'open', text: 'Open: 40 seats of Nordic CRM' },
  { status: 'sold', text: 'Sold: support agreement 2027' },
  { status: 'lost', text: 'Lost: migration project' },
  { status: 'stalled', text: 'Stalled: waiting for budget' },
];

export const sampleTabs = [
  { id: 'sale', label: 'Sale', panel: 'Title, amount, stage, probability and dates.' },
  { id: 'details', label: 'Details', panel: 'Number, source, competitor, cost and profit.' },
  { id: 'more', label: 'More', panel: 'User-defined fields.' },
  { id: 'notes', label: 'Notes', marked: true, panel: 'Call back after the board meeting.' },
  { id: 'links', label: 'Links', panel: 'No links yet.' },
];
