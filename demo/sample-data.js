// Built-in sample data for the demo, so `npm start` needs no backend.
const today = new Date().toISOString().slice(0, 10);
const shift = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const stages = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Proposal', probability: 50 },
  { id: 3, name: 'Negotiation', probability: 80 },
];

export const guide = {
  id: 'g1',
  name: 'Fleet sales guide',
  autoAdvance: true,
  stages: [
    {
      stageId: 1,
      name: 'Lead',
      probability: 10,
      steps: [
        {
          id: 's1',
          kind: 'activity',
          title: 'Qualification call',
          purpose: 'Find budget and timing',
          done: true,
        },
        { id: 's2', kind: 'document', title: 'Company presentation', done: true },
      ],
    },
    {
      stageId: 2,
      name: 'Proposal',
      probability: 50,
      steps: [
        {
          id: 's3',
          kind: 'activity',
          title: 'Demo for the drivers',
          purpose: 'Show the app on a real truck',
        },
        { id: 's4', kind: 'document', title: 'Proposal', purpose: 'Price and delivery plan' },
      ],
    },
    {
      stageId: 3,
      name: 'Negotiation',
      probability: 80,
      steps: [{ id: 's5', kind: 'activity', title: 'Contract meeting' }],
    },
  ],
};

export const saleTypes = [
  { id: 'new', name: 'New business', guide },
  { id: 'renewal', name: 'Renewal' },
];

export const lists = {
  stages,
  saleTypes,
  currencies: ['NOK', 'EUR', 'SEK'],
  sources: [
    { id: 1, name: 'Web form' },
    { id: 2, name: 'Trade fair' },
  ],
  competitors: [{ id: 3, name: 'ScanCo' }],
  credited: [{ id: 5, name: 'Ola Hansen' }],
  reasons: {
    sold: [{ id: 's1', name: 'Best price' }],
    lost: [{ id: 'l1', name: 'Too expensive' }],
    stalled: [{ id: 'st1', name: 'Budget frozen' }],
  },
};

const ola = { id: 5, name: 'Ola Hansen' };
const kari = { id: 6, name: 'Kari Nordmann' };

/** The users who may own a sale; the demo is signed in as Ola. */
export const users = [ola, kari, { id: 7, name: 'Per Olsen' }];
export const currentUser = ola;

export const companies = [
  { id: 11, name: 'Bergen Logistikk AS' },
  { id: 12, name: 'Nordlys Energi' },
  { id: 13, name: 'Fjord Shipping' },
  { id: 14, name: 'Oslo Lager' },
  { id: 15, name: 'Göteborg Frakt AB' },
  { id: 16, name: 'Tromsø Fisk' },
];
const [bergen, nordlys, fjord, osloLager, goteborg, tromso] = companies;

/** Contacts, each at a company: a Contact search lists those of the sale's company. */
export const persons = [
  { id: 21, name: 'Kari Nordmann', company: bergen },
  { id: 22, name: 'Lars Berg', company: bergen },
  { id: 23, name: 'Ingrid Dahl', company: nordlys },
  { id: 24, name: 'Jonas Fjeld', company: fjord },
  { id: 25, name: 'Sofie Lund', company: osloLager },
  { id: 26, name: 'Erik Johansson', company: goteborg },
  { id: 27, name: 'Marit Strand', company: tromso },
];

export const projects = [
  { id: 31, name: 'Fleet 2027' },
  { id: 32, name: 'Cold chain pilot' },
  { id: 33, name: 'Warehouse upgrade' },
];

/** Documents a link may point to. */
export const documents = [
  { id: 41, name: 'Proposal v2.pdf' },
  { id: 42, name: 'Framework agreement.docx' },
];

export const sales = [
  {
    id: 1041,
    number: 'S-1041',
    title: 'Fleet tracking for 40 trucks',
    status: 'open',
    stage: stages[1],
    probability: 50,
    amount: 480000,
    cost: 360000,
    currency: 'NOK',
    saleDate: shift(20),
    saleType: saleTypes[0],
    owner: ola,
    company: bergen,
    person: { id: 21, name: 'Kari Nordmann' },
    project: projects[0],
    description: 'Tracking units and a three-year data plan for the whole fleet.',
    notes: 'Call back after the board meeting.',
    links: [{ id: 'l1', kind: 'url', title: 'Tender documents', href: 'https://example.com/tender' }],
    nextActivity: { id: 'a1', title: 'Demo for the drivers', date: shift(-2) },
    activities: [
      {
        id: 'a1',
        title: 'Demo for the drivers',
        date: shift(-2),
        type: 'Meeting',
        company: bergen,
        person: { id: 21, name: 'Kari Nordmann' },
        owner: ola,
      },
      {
        id: 'a2',
        title: 'Qualification call',
        date: shift(-30),
        type: 'Phone',
        done: true,
        company: bergen,
        person: { id: 22, name: 'Lars Berg' },
        owner: kari,
      },
    ],
    stakeholders: [
      {
        id: 'k1',
        person: { id: 21, name: 'Kari Nordmann' },
        company: { id: 11, name: 'Bergen Logistikk AS' },
        role: 'Decision maker',
      },
    ],
    quote: {
      id: 'q1',
      number: 'Q-1041-2',
      title: 'Fleet tracking, 40 units',
      version: 2,
      amount: 480000,
      currency: 'NOK',
      status: 'Sent',
      validUntil: shift(14),
    },
    favourite: true,
  },
  {
    id: 1042,
    title: 'Support agreement 2027',
    status: 'sold',
    done: true,
    // The stage it was closed at: the card and the list both show Sold.
    stage: stages[2],
    probability: 100,
    amount: 120000,
    currency: 'NOK',
    saleDate: shift(-10),
    saleType: saleTypes[1],
    owner: kari,
    company: nordlys,
    person: { id: 23, name: 'Ingrid Dahl' },
    activities: [
      {
        id: 'a3',
        title: 'Sign the agreement',
        date: shift(-12),
        type: 'Meeting',
        done: true,
        company: nordlys,
        person: { id: 23, name: 'Ingrid Dahl' },
        owner: kari,
      },
    ],
  },
  {
    id: 1043,
    title: 'Migration project',
    status: 'lost',
    amount: 90000,
    currency: 'EUR',
    saleDate: shift(-40),
    saleType: saleTypes[0],
    owner: ola,
    company: fjord,
  },
  {
    id: 1044,
    title: 'Warehouse scanners',
    status: 'stalled',
    amount: 75000,
    currency: 'NOK',
    saleDate: shift(30),
    reopenDate: shift(-1),
    saleType: saleTypes[1],
    owner: kari,
    company: osloLager,
  },
  {
    id: 1045,
    title: 'Driver app licences',
    status: 'open',
    stage: stages[0],
    probability: 10,
    amount: 60000,
    currency: 'SEK',
    saleDate: shift(45),
    saleType: saleTypes[0],
    owner: ola,
    company: goteborg,
  },
  {
    id: 1046,
    title: 'Cold-chain sensors',
    status: 'open',
    stage: stages[2],
    probability: 80,
    amount: 250000,
    currency: 'NOK',
    saleDate: shift(-3),
    saleType: saleTypes[0],
    owner: kari,
    company: tromso,
    project: projects[1],
    activities: [
      {
        id: 'a4',
        title: 'Sensor test on one trailer',
        date: shift(4),
        type: 'Task',
        company: tromso,
        person: { id: 27, name: 'Marit Strand' },
        owner: kari,
      },
    ],
  },
];

export { today };

export const sampleStatuses = [
  { status: 'open', text: 'Open' },
  { status: 'sold', text: 'Sold' },
  { status: 'lost', text: 'Lost' },
  { status: 'stalled', text: 'Stalled' },
];
