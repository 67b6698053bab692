// @ts-check
// The writable fields of a SaleEntity: for each, the column it is stored in and how a value from a
// JSON merge patch is checked and turned into that column's value (null clears). Read-only fields
// (SaleId, UpdatedDate, …) are accepted and ignored, so a client may send back a whole entity;
// any other name is an unknown field (400).
import { badRequest } from './http-error.mjs';
import { parseDay } from './dates.mjs';

/** @typedef {import('better-sqlite3').Database} Db */
/** @typedef {{ column: string, parse: (value: unknown, db: Db, field: string) => unknown }} Field */

/** @param {string} column @param {number} max @returns {Field} */
const text = (column, max) => ({
  column,
  parse(value, _db, field) {
    if (value === null) return '';
    if (typeof value !== 'string') throw badRequest(`${field} must be a string.`);
    if (value.length > max) throw badRequest(`${field} is longer than ${max} characters.`);
    return value;
  },
});

/** @param {string} column @param {{ min?: number, max?: number, integer?: boolean }} [range] @returns {Field} */
const number = (column, range = {}) => ({
  column,
  parse(value, _db, field) {
    if (value === null) return 0;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw badRequest(`${field} must be a number.`);
    if (range.integer && !Number.isInteger(value)) throw badRequest(`${field} must be a whole number.`);
    if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max))
      throw badRequest(`${field} must be from ${range.min} to ${range.max}.`);
    return value;
  },
});

/** @param {string} column @returns {Field} */
const day = (column) => ({
  column,
  parse(value, _db, field) {
    if (value === null || value === '') return null;
    const parsed = parseDay(value);
    if (parsed === undefined)
      throw badRequest(`${field} must be a date (YYYY-MM-DD or ISO 8601), not ${JSON.stringify(value)}.`);
    return parsed;
  },
});

/** The id a carrier names under one of `keys`; 0 or null is none. @param {unknown} value @param {string} field @param {string[]} keys */
function carrierId(value, field, keys) {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest(`${field} must be an object such as { "${keys[0]}": 1 }, or null.`);
  const record = /** @type {Record<string, unknown>} */ (value);
  const key = keys.find((name) => record[name] !== undefined && record[name] !== null);
  if (key === undefined) return undefined;
  const id = record[key];
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0)
    throw badRequest(`${field}.${key} must be a whole number.`);
  return id;
}

/**
 * A reference to a row of `table`, by id (any of `keys`); list items may also be named by `Value`.
 * @param {string} column @param {string} table @param {string} idColumn @param {string[]} keys
 * @param {{ list?: string }} [options] `list`: a list_item list, so `{ Value: "EUR" }` works too
 * @returns {Field}
 */
const reference = (column, table, idColumn, keys, options = {}) => ({
  column,
  parse(value, db, field) {
    if (value === null) return null;
    const id = carrierId(value, field, keys);
    // The list's name is bound like every value; only table and column names (from this file) are SQL text.
    const where = options.list ? 'list = ? AND ' : '';
    const scope = options.list ? [options.list] : [];
    if (id === undefined) {
      const name = /** @type {Record<string, unknown>} */ (value).Value;
      if (options.list && typeof name === 'string') {
        const row = /** @type {{ id: number } | undefined} */ (
          db
            .prepare(`SELECT id FROM list_item WHERE ${where}value = ? COLLATE NOCASE AND deleted = 0`)
            .get(...scope, name)
        );
        if (!row) throw badRequest(`${field} ${JSON.stringify(name)} is not in the list.`);
        return row.id;
      }
      throw badRequest(`${field} must name its id (${keys.join(' or ')}), or be null.`);
    }
    if (id === 0) return null;
    if (!db.prepare(`SELECT 1 FROM ${table} WHERE ${where}${idColumn} = ?`).get(...scope, id))
      throw badRequest(`${field} ${id} does not exist.`);
    return id;
  },
});

/** @param {string} list @param {string} column */
const listItem = (list, column) => reference(column, 'list_item', 'id', ['Id'], { list });

/** @param {string} column @param {readonly string[]} values @returns {Field} */
const oneOf = (column, values) => ({
  column,
  parse(value, _db, field) {
    const match = values.find(
      (candidate) => typeof value === 'string' && candidate.toLowerCase() === value.toLowerCase(),
    );
    if (match === undefined) throw badRequest(`${field} must be one of ${values.join(', ')}.`);
    return match;
  },
});

/** @type {Record<string, Field>} */
export const SALE_FIELDS = {
  Heading: text('heading', 255),
  SaleText: text('sale_text', 4000),
  Postit: text('postit', 2047),
  Number: text('number', 40),
  Amount: number('amount', { min: -1e12, max: 1e12 }),
  Earning: number('earning', { min: -1e12, max: 1e12 }),
  EarningPercent: number('earning_percent', { min: -1e12, max: 1e12 }),
  Probability: number('probability', { min: 0, max: 100, integer: true }),
  Status: oneOf('status', ['Open', 'Sold', 'Lost', 'Stalled']),
  Completed: {
    column: 'done',
    parse(value, db, field) {
      if (value === null) return 0;
      return oneOf('done', ['Started', 'Completed', 'NotStarted']).parse(value, db, field) === 'Completed'
        ? 1
        : 0;
    },
  },
  Saledate: day('saledate'),
  ReopenDate: day('reopen_date'),
  NextDueDate: day('next_due_date'),
  Currency: listItem('currency', 'currency_id'),
  Source: listItem('source', 'source_id'),
  Competitor: listItem('comptr', 'competitor_id'),
  Reason: listItem('reason', 'reason_id'),
  ReasonSold: listItem('reasonsold', 'reason_sold_id'),
  ReasonStalled: listItem('reasonstalled', 'reason_stalled_id'),
  Associate: reference('associate_id', 'associate', 'associate_id', ['AssociateId', 'Id']),
  Credited: reference('credited_id', 'associate', 'associate_id', ['Id', 'AssociateId']),
  Contact: reference('contact_id', 'contact', 'contact_id', ['ContactId', 'Id']),
  Person: reference('person_id', 'person', 'person_id', ['PersonId', 'Id']),
  Project: reference('project_id', 'project', 'project_id', ['ProjectId', 'Id']),
  SaleType: reference('sale_type_id', 'sale_type', 'sale_type_id', ['SaleTypeId', 'Id']),
  Rating: reference('sale_stage_id', 'sale_stage', 'sale_stage_id', ['Id', 'SaleStageId']),
};

/** Fields that are stored apart from the sale row: the user-defined fields, stakeholders and links. */
export const COLLECTION_FIELDS = ['UserDefinedFields', 'CustomFields', 'SaleStakeholders', 'Links'];

/** Fields the server keeps itself; a write may carry them (a whole entity sent back) and they are ignored. */
export const READ_ONLY_FIELDS = new Set([
  'SaleId',
  'CreatedDate',
  'UpdatedDate',
  'CreatedBy',
  'UpdatedBy',
  'Appointment',
  'ActiveLinks',
  'ActiveErpLinks',
  'ExtraFields',
  'PublishEventDate',
  'PublishTo',
  'PublishFrom',
  'IsPublished',
  'VisibleFor',
  'TableRight',
  'FieldProperties',
  '_Links',
]);
