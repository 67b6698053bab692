// @ts-check
// The archive providers the OData lists read: FindSale for /api/v1/Sale, SaleActivity for
// /api/v1/Sale/{id}/Activities and the look-up lists for /api/v1/Contact, /Person and /Project, each column by SuperOffice's name (findsale.md and its
// siblings) over the demo schema. Every `sql` here is fixed text; request values are bound.

/** @typedef {import('./odata.mjs').Provider} Provider */
/** @typedef {import('./odata.mjs').Column} Column */

const FULL_NAME = (alias) =>
  `TRIM(${alias}.first_name || ' ' || ${alias}.middle_name) || ' ' || ${alias}.last_name`;
const STATUS_ID =
  "CASE s.status WHEN 'Open' THEN 1 WHEN 'Sold' THEN 2 WHEN 'Lost' THEN 3 WHEN 'Stalled' THEN 4 END";

/** @type {Provider} */
export const FIND_SALE = {
  entityName: 'sale',
  primaryKey: 's.sale_id',
  from: `sale s
    LEFT JOIN associate a ON a.associate_id = s.associate_id
    LEFT JOIN contact c ON c.contact_id = s.contact_id
    LEFT JOIN person p ON p.person_id = s.person_id
    LEFT JOIN project pr ON pr.project_id = s.project_id
    LEFT JOIN sale_stage st ON st.sale_stage_id = s.sale_stage_id
    LEFT JOIN sale_type t ON t.sale_type_id = s.sale_type_id
    LEFT JOIN associate cr ON cr.associate_id = s.credited_id
    LEFT JOIN list_item cur ON cur.list = 'currency' AND cur.id = s.currency_id
    LEFT JOIN list_item src ON src.list = 'source' AND src.id = s.source_id
    LEFT JOIN list_item cmp ON cmp.list = 'comptr' AND cmp.id = s.competitor_id
    LEFT JOIN list_item rl ON rl.list = 'reason' AND rl.id = s.reason_id
    LEFT JOIN list_item rs ON rs.list = 'reasonsold' AND rs.id = s.reason_sold_id
    LEFT JOIN list_item rst ON rst.list = 'reasonstalled' AND rst.id = s.reason_stalled_id`,
  columns: {
    saleId: { sql: 's.sale_id', type: 'int' },
    heading: { sql: 's.heading', type: 'string', none: '' },
    description: { sql: 's.sale_text', type: 'string', none: '' },
    'sale/description': { sql: 's.sale_text', type: 'string', none: '' },
    saleStatus: { sql: 's.status', type: 'list', idSql: STATUS_ID },
    completed: { sql: 's.done', type: 'bool' },
    date: { sql: 's.saledate', type: 'date' },
    amount: { sql: 's.amount', type: 'decimal' },
    amountWeighted: { sql: 's.amount * s.probability / 100.0', type: 'decimal' },
    earning: { sql: 's.earning', type: 'decimal' },
    earningPercent: { sql: 's.earning_percent', type: 'decimal' },
    probPercent: { sql: 's.probability', type: 'int' },
    currency: { sql: 'cur.value', type: 'list', idSql: 's.currency_id', none: '' },
    currencyId: { sql: 's.currency_id', type: 'int', none: 0 },
    stage: { sql: 'st.value', type: 'list', idSql: 's.sale_stage_id', none: '' },
    stageRank: { sql: 'st.rank', type: 'int', none: 0 },
    saleType: { sql: 't.name', type: 'list', idSql: 's.sale_type_id', none: '' },
    hasGuide: { sql: 'IFNULL(t.has_guide, 0)', type: 'bool' },
    hasStakeholders: { sql: 'IFNULL(t.has_stakeholders, 0)', type: 'bool' },
    saleNumber: { sql: 's.number', type: 'string', none: '' },
    nextDueDate: { sql: 's.next_due_date', type: 'date' },
    reopenDate: { sql: 's.reopen_date', type: 'date' },
    updatedDate: { sql: 's.updated_date', type: 'datetime' },
    registeredDate: { sql: 's.created_date', type: 'datetime' },
    source: { sql: 'src.value', type: 'list', idSql: 's.source_id', none: '' },
    competitor: { sql: 'cmp.value', type: 'list', idSql: 's.competitor_id', none: '' },
    credited: { sql: "cr.first_name || ' ' || cr.last_name", type: 'list', idSql: 's.credited_id', none: '' },
    lossReason: { sql: 'rl.value', type: 'list', idSql: 's.reason_id', none: '' },
    soldReason: { sql: 'rs.value', type: 'list', idSql: 's.reason_sold_id', none: '' },
    stalledComment: { sql: 'rst.value', type: 'list', idSql: 's.reason_stalled_id', none: '' },
    associateId: { sql: 's.associate_id', type: 'associate', none: 0 },
    'associate/fullName': { sql: "a.first_name || ' ' || a.last_name", type: 'string', none: '' },
    'associate/firstName': { sql: 'a.first_name', type: 'string', none: '' },
    'associate/lastName': { sql: 'a.last_name', type: 'string', none: '' },
    contactId: { sql: 's.contact_id', type: 'int', none: 0 },
    'contact/contactId': { sql: 's.contact_id', type: 'int', none: 0 },
    'contact/name': { sql: 'c.name', type: 'string', none: '' },
    'contact/department': { sql: 'c.department', type: 'string', none: '' },
    personId: { sql: 's.person_id', type: 'int', none: 0 },
    'person/personId': { sql: 's.person_id', type: 'int', none: 0 },
    'person/fullName': { sql: FULL_NAME('p'), type: 'string', none: '' },
    'person/firstName': { sql: 'p.first_name', type: 'string', none: '' },
    'person/lastName': { sql: 'p.last_name', type: 'string', none: '' },
    'person/contactId': { sql: 'p.contact_id', type: 'int', none: 0 },
    projectId: { sql: 's.project_id', type: 'int', none: 0 },
    'project/projectId': { sql: 's.project_id', type: 'int', none: 0 },
    'project/name': { sql: 'pr.name', type: 'string', none: '' },
  },
  defaultSelect: [
    'saleId',
    'heading',
    'saleStatus',
    'date',
    'amount',
    'currency',
    'stage',
    'associate/fullName',
    'contact/name',
  ],
  defaultOrderBy: 'date desc',
};

/** @type {Provider} */
export const FIND_CONTACT = {
  entityName: 'contact',
  primaryKey: 'c.contact_id',
  from: 'contact c LEFT JOIN associate a ON a.associate_id = c.associate_id',
  columns: {
    contactId: { sql: 'c.contact_id', type: 'int' },
    name: { sql: 'c.name', type: 'string', none: '' },
    department: { sql: 'c.department', type: 'string', none: '' },
    nameDepartment: {
      sql: "c.name || CASE WHEN c.department <> '' THEN ', ' || c.department ELSE '' END",
      type: 'string',
    },
    orgNr: { sql: 'c.org_nr', type: 'string', none: '' },
    'postAddress/city': { sql: 'c.city', type: 'string', none: '' },
    country: { sql: 'c.country', type: 'string', none: '' },
    associateId: { sql: 'c.associate_id', type: 'associate', none: 0 },
    'associate/fullName': { sql: "a.first_name || ' ' || a.last_name", type: 'string', none: '' },
  },
  defaultSelect: ['contactId', 'name', 'department'],
  defaultOrderBy: 'name',
};

/** @type {Provider} */
export const FIND_PERSON = {
  entityName: 'person',
  primaryKey: 'p.person_id',
  from: 'person p LEFT JOIN contact c ON c.contact_id = p.contact_id',
  columns: {
    personId: { sql: 'p.person_id', type: 'int' },
    fullName: { sql: FULL_NAME('p'), type: 'string' },
    firstName: { sql: 'p.first_name', type: 'string' },
    middleName: { sql: 'p.middle_name', type: 'string' },
    lastName: { sql: 'p.last_name', type: 'string' },
    title: { sql: 'p.title', type: 'string', none: '' },
    contactId: { sql: 'p.contact_id', type: 'int', none: 0 },
    'contact/name': { sql: 'c.name', type: 'string', none: '' },
    'contact/department': { sql: 'c.department', type: 'string', none: '' },
    'personEmail/emailAddress': { sql: 'p.email', type: 'string', none: '' },
  },
  defaultSelect: ['personId', 'fullName', 'contactId', 'contact/name'],
  defaultOrderBy: 'fullName',
};

/** @type {Provider} */
export const FIND_PROJECT = {
  entityName: 'project',
  primaryKey: 'pr.project_id',
  from: 'project pr LEFT JOIN associate a ON a.associate_id = pr.associate_id',
  columns: {
    projectId: { sql: 'pr.project_id', type: 'int' },
    name: { sql: 'pr.name', type: 'string' },
    number: { sql: 'pr.project_number', type: 'string', none: '' },
    type: { sql: 'pr.type', type: 'list', none: '' },
    status: { sql: 'pr.status', type: 'list', none: '' },
    associateId: { sql: 'pr.associate_id', type: 'associate', none: 0 },
    'associate/fullName': { sql: "a.first_name || ' ' || a.last_name", type: 'string', none: '' },
  },
  defaultSelect: ['projectId', 'name'],
  defaultOrderBy: 'name',
};

/** SaleActivity (saleactivity.md): a sale's follow-ups; the route scopes it to one sale. @type {Provider} */
export const SALE_ACTIVITY = {
  entityName: 'appointment',
  primaryKey: 'ap.appointment_id',
  from: `appointment ap
    LEFT JOIN associate a ON a.associate_id = ap.associate_id
    LEFT JOIN contact c ON c.contact_id = ap.contact_id
    LEFT JOIN person p ON p.person_id = ap.person_id`,
  columns: {
    appointmentId: { sql: 'ap.appointment_id', type: 'int' },
    saleId: { sql: 'ap.sale_id', type: 'int', none: 0 },
    date: { sql: 'ap.date', type: 'date' },
    completed: { sql: 'ap.completed', type: 'bool' },
    type: { sql: 'ap.type', type: 'list', none: '' },
    text: { sql: 'ap.description', type: 'string', none: '' },
    associateId: { sql: 'ap.associate_id', type: 'associate', none: 0 },
    'associate/fullName': { sql: "a.first_name || ' ' || a.last_name", type: 'string', none: '' },
    contactId: { sql: 'ap.contact_id', type: 'int', none: 0 },
    'contact/name': { sql: 'c.name', type: 'string', none: '' },
    personId: { sql: 'ap.person_id', type: 'int', none: 0 },
    'person/fullName': { sql: FULL_NAME('p'), type: 'string', none: '' },
  },
  defaultSelect: ['appointmentId', 'date', 'type', 'text', 'completed'],
  defaultOrderBy: 'date',
};
