// @ts-check
// The words the demo database is seeded from: Norwegian and international companies and people,
// the choice lists, sale types with their guides, and what sales are about.

/** The eight users; the first is the signed-in user of the demo (currentPrincipal). */
export const ASSOCIATES = [
  ['OH', 'Ola', 'Hansen'],
  ['KN', 'Kari', 'Nordmann'],
  ['IL', 'Ingrid', 'Lie'],
  ['LB', 'Lars', 'Berg'],
  ['SD', 'Sigrid', 'Dahl'],
  ['JM', 'James', 'Miller'],
  ['AM', 'Anna', 'Müller'],
  ['EH', 'Erik', 'Haugen'],
];

export const NORWEGIAN_PLACES = [
  'Bergen',
  'Fjord',
  'Nordlys',
  'Vestland',
  'Trondheim',
  'Stavanger',
  'Tromsø',
  'Lofoten',
  'Hardanger',
  'Sogn',
  'Romsdal',
  'Bodø',
  'Kristiansand',
  'Ålesund',
  'Drammen',
  'Molde',
  'Haugesund',
  'Hamar',
  'Lillehammer',
  'Narvik',
  'Finnmark',
  'Telemark',
  'Valdres',
  'Østfold',
  'Jæren',
  'Helgeland',
  'Senja',
  'Voss',
  'Geilo',
  'Røros',
  'Namsos',
  'Arendal',
  'Larvik',
  'Gjøvik',
  'Kongsberg',
  'Halden',
  'Florø',
  'Mosjøen',
  'Harstad',
  'Alta',
];

export const NORWEGIAN_TRADES = [
  'Logistikk AS',
  'Shipping AS',
  'Energi AS',
  'Maskin AS',
  'Fisk AS',
  'Bygg AS',
  'Data AS',
  'Transport AS',
  'Elektro AS',
  'Handel AS',
  'Havbruk AS',
  'Frakt AS',
  'Kjøl AS',
  'Verft AS',
  'Trelast AS',
];

export const INTERNATIONAL_COMPANIES = [
  ['Müller Logistik GmbH', 'Hamburg', 'Germany'],
  ['Svensson Transport AB', 'Gothenburg', 'Sweden'],
  ['Dupont Frères SA', 'Lyon', 'France'],
  ['Rossi Trasporti S.p.A.', 'Milan', 'Italy'],
  ['Jansen Cargo B.V.', 'Rotterdam', 'Netherlands'],
  ['Kowalski Spedycja Sp. z o.o.', 'Gdańsk', 'Poland'],
  ['García Frío S.L.', 'Valencia', 'Spain'],
  ['Northwind Freight Ltd', 'Aberdeen', 'United Kingdom'],
  ['Harbour Systems Ltd', 'Leith', 'United Kingdom'],
  ['Nielsen Fragt A/S', 'Aarhus', 'Denmark'],
  ['Virtanen Logistiikka Oy', 'Turku', 'Finland'],
  ['Atlantic Cold Chain Inc.', 'Boston', 'United States'],
  ['Maple Fleet Services Inc.', 'Halifax', 'Canada'],
  ['Alpine Haulage AG', 'Zurich', 'Switzerland'],
  ['Baltic Reefer SIA', 'Riga', 'Latvia'],
  ['Tallinn Port Services OÜ', 'Tallinn', 'Estonia'],
  ['Dublin Dock Logistics Ltd', 'Dublin', 'Ireland'],
  ['Lisboa Transitários Lda', 'Lisbon', 'Portugal'],
  ['Vienna Rail Cargo GmbH', 'Vienna', 'Austria'],
  ['Reykjavik Seafood ehf.', 'Reykjavík', 'Iceland'],
];

export const NORWEGIAN_FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Nils',
  'Astrid',
  'Bjørn',
  'Marte',
  'Henrik',
  'Silje',
  'Eirik',
  'Ragnhild',
  'Torstein',
  'Hanne',
  'Øystein',
  'Solveig',
  'Håkon',
  'Ingvild',
  'Sindre',
  'Guro',
  'Trond',
  'Åse',
  'Magnus',
  'Tuva',
  'Jørgen',
  'Live',
  'Vegard',
  'Maren',
  'Steinar',
];
export const NORWEGIAN_LAST_NAMES = [
  'Nordmann',
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Berg',
  'Haugen',
  'Bakken',
  'Dahl',
  'Lie',
  'Moen',
  'Solberg',
  'Strand',
  'Eriksen',
  'Kristiansen',
  'Jakobsen',
  'Halvorsen',
  'Sæther',
  'Løken',
  'Aas',
  'Brekke',
  'Myhre',
];
export const INTERNATIONAL_PEOPLE = [
  ['Emma', 'Smith'],
  ['Lukas', 'Schneider'],
  ['Chloé', 'Dubois'],
  ['Marco', 'Bianchi'],
  ['Sofia', 'García'],
  ['Jan', 'de Vries'],
  ['Agnieszka', 'Nowak'],
  ['Oliver', 'Brown'],
  ['Freja', 'Jensen'],
  ['Mikko', 'Virtanen'],
  ['Sarah', 'Johnson'],
  ['Liam', 'Tremblay'],
  ['Lena', 'Huber'],
  ['Jānis', 'Bērziņš'],
  ['Kadri', 'Tamm'],
  ['Siobhán', "O'Brien"],
  ['João', 'Silva'],
  ['Katharina', 'Gruber'],
  ['Guðrún', 'Jónsdóttir'],
  ['Erik', 'Svensson'],
];

export const TITLES = [
  'CEO',
  'CFO',
  'Head of Logistics',
  'Fleet Manager',
  'Purchasing Manager',
  'IT Manager',
  'Operations Director',
  'Daglig leder',
  'Innkjøpssjef',
  'Driftssjef',
  'Logistikksjef',
  'Project Manager',
];

export const STAKEHOLDER_ROLES = [
  'Decision maker',
  'Economic buyer',
  'Technical buyer',
  'Champion',
  'Influencer',
  'User',
];

/** The stage list (SuperOffice's "prob" list): name and probability. */
export const STAGES = [
  ['Lead', 10],
  ['Qualified', 25],
  ['Proposal', 50],
  ['Negotiation', 75],
  ['Verbal agreement', 90],
];

/** Sale types: name, guided, stakeholders, default duration (days), the stages the guide walks through. */
export const SALE_TYPES = [
  { name: 'Fleet sale', guided: true, stakeholders: true, duration: 90, stages: [1, 2, 3, 4, 5] },
  { name: 'Service agreement', guided: true, stakeholders: true, duration: 60, stages: [1, 3, 4] },
  { name: 'Licence', guided: false, stakeholders: false, duration: 30, stages: [] },
  { name: 'Renewal', guided: false, stakeholders: false, duration: 30, stages: [] },
  { name: 'Consulting', guided: true, stakeholders: false, duration: 45, stages: [1, 3, 5] },
];

/**
 * The sale's user-defined fields (what `sale.user_defined_fields` holds, by ProgId), as
 * GetPublishedUserDefinedFieldList describes them: label, SuperOffice's UDefFieldType, text length.
 * Fixed, not a table: a database seeded before these existed answers with the same definitions.
 */
export const SALE_USER_FIELDS = [
  { progId: 'SuperOffice:1', label: 'Customer tier', shortLabel: 'Tier', type: 'ShortText', length: 39 },
  { progId: 'SuperOffice:2', label: 'Priority (1-5)', shortLabel: 'Priority', type: 'ShortText', length: 39 },
];

/** What a guide suggests in each stage (by stage id): follow-ups and documents. */
export const GUIDE_ITEMS = {
  1: [
    ['activity', 'Qualification call', 'Find budget, timing and who decides'],
    ['document', 'Company presentation', ''],
  ],
  2: [
    ['activity', 'Needs analysis meeting', 'Map the routes and the vehicles'],
    ['document', 'Meeting summary', ''],
  ],
  3: [
    ['activity', 'Demo for the users', 'Show the product on their own data'],
    ['document', 'Proposal', 'Price and delivery plan'],
  ],
  4: [
    ['activity', 'Contract meeting', 'Agree on terms'],
    ['document', 'Contract draft', ''],
  ],
  5: [
    ['activity', 'Kick-off planning', 'Plan the roll-out'],
    ['document', 'Order confirmation', ''],
  ],
};

export const CURRENCIES = [
  ['NOK', 'Norwegian krone'],
  ['SEK', 'Swedish krona'],
  ['DKK', 'Danish krone'],
  ['EUR', 'Euro'],
  ['USD', 'US dollar'],
  ['GBP', 'Pound sterling'],
];
export const SOURCES = [
  'Web form',
  'Trade fair',
  'Existing customer',
  'Partner referral',
  'Cold call',
  'Newsletter',
];
export const COMPETITORS = ['TransTrack', 'FleetOn', 'Nordic Telematics', 'CargoSense', 'In-house solution'];
export const LOST_REASONS = ['Price', 'Chose a competitor', 'No budget', 'Project cancelled', 'No response'];
export const SOLD_REASONS = ['Best product', 'Best price', 'Existing relationship', 'Fast delivery'];
export const STALLED_REASONS = [
  'Waiting for budget',
  'Reorganisation',
  'Waiting for tender',
  'Key person on leave',
];

/** What sales are about: a heading template (`{n}` a number) and a typical amount range in NOK. */
export const PRODUCTS = [
  ['Fleet tracking for {n} trucks', 80_000, 900_000],
  ['Driver app licences ({n} users)', 20_000, 300_000],
  ['Cold-chain sensors, {n} units', 40_000, 600_000],
  ['Warehouse scanners ({n})', 30_000, 400_000],
  ['Support agreement {year}', 50_000, 250_000],
  ['Route planning module', 60_000, 500_000],
  ['Fuel card integration', 25_000, 150_000],
  ['Tachograph download service', 15_000, 120_000],
  ['Dashboard and reporting package', 30_000, 200_000],
  ['On-site training, {n} days', 10_000, 90_000],
  ['Trailer telematics, {n} trailers', 50_000, 700_000],
  ['Harbour gate automation', 300_000, 2_500_000],
];

export const PROJECT_NAMES = [
  'Fleet renewal {year}',
  'ERP integration',
  'Cold-chain pilot',
  'Nordic roll-out',
  'Warehouse automation',
  'Tender {year}',
  'Green logistics',
  'Driver safety programme',
  'Port digitalisation',
  'Data platform',
];

export const ACTIVITY_TITLES = [
  'Phone call',
  'Follow-up meeting',
  'Send proposal',
  'Demo',
  'Reference visit',
  'Contract review',
  'Check-in call',
  'Workshop',
  'Price negotiation',
  'Lunch meeting',
];

export const DOCUMENT_TITLES = [
  'Proposal',
  'Contract draft',
  'Price list',
  'Meeting summary',
  'Specification',
];
