// @ts-check
// One sale as SuperOffice's SaleEntity: read from the database, created, patched (a JSON merge
// patch, or a JSON Patch of top-level replace/add/remove operations) and deleted, each write in a
// transaction, with If-Unmodified-Since checked at the resolution of an HTTP date.
import {
  associateCarrier,
  contactCarrier,
  creditedCarrier,
  fullName,
  listCarrier,
  personCarrier,
  projectCarrier,
  saleTypeCarrier,
  stageCarrier,
} from './carriers.mjs';
import { addDays, dayAsDateTime, isoDay, timestamp, toSeconds } from './dates.mjs';
import { HttpError, badRequest } from './http-error.mjs';
import { COLLECTION_FIELDS, READ_ONLY_FIELDS, SALE_FIELDS } from './sale-fields.mjs';

/** @typedef {import('better-sqlite3').Database} Db */
/** @typedef {Record<string, unknown>} Json */

/** The signed-in user of the demo: the owner of a new sale and who every write is by. */
export const CURRENT_ASSOCIATE_ID = 1;

/** @param {Db} db @param {number} id @returns {any} */
const saleRow = (db, id) => db.prepare('SELECT * FROM sale WHERE sale_id = ?').get(id);

/** @param {Db} db @param {number} id @returns {any} */
export function requireSale(db, id) {
  const row = saleRow(db, id);
  if (!row) throw new HttpError(404, `There is no sale ${id}.`);
  return row;
}

/**
 * The activity due on the sale's NextDueDate, as SuperOffice's AppointmentCarrier subset the
 * source reads (its `Description` names the card's next activity); null when there is none.
 * @param {Db} db @param {number} saleId @param {string | null} nextDueDate YYYY-MM-DD
 */
function appointmentCarrier(db, saleId, nextDueDate) {
  if (!nextDueDate) return null;
  const row = /** @type {any} */ (
    db
      .prepare('SELECT * FROM appointment WHERE sale_id = ? AND date = ? ORDER BY appointment_id LIMIT 1')
      .get(saleId, nextDueDate)
  );
  if (!row) return null;
  return {
    AppointmentId: row.appointment_id,
    StartDate: dayAsDateTime(row.date),
    Task: row.type,
    Description: row.description,
    PersonId: row.person_id ?? 0,
    ContactId: row.contact_id ?? 0,
    AssociateId: row.associate_id ?? 0,
    Completed: row.completed ? 'Completed' : 'NotStarted',
    SaleId: row.sale_id,
  };
}

/**
 * The whole SaleEntity of sale `id`.
 * @param {Db} db @param {number} id
 * @returns {{ entity: Json, updated: number }} the entity and its UpdatedDate in ms
 */
export function readSale(db, id) {
  const row = requireSale(db, id);
  const stakeholders = /** @type {any[]} */ (
    db
      .prepare(
        `SELECT s.*, p.first_name, p.middle_name, p.last_name, p.email, p.phone, p.contact_id, c.name AS contact_name
         FROM sale_stakeholder s JOIN person p ON p.person_id = s.person_id
         LEFT JOIN contact c ON c.contact_id = p.contact_id WHERE s.sale_id = ? ORDER BY s.rank, s.sale_stakeholder_id`,
      )
      .all(id)
  );
  const links = /** @type {any[]} */ (
    db.prepare('SELECT * FROM sale_link WHERE sale_id = ? ORDER BY link_id').all(id)
  );
  const udef = JSON.parse(row.user_defined_fields);
  const entity = {
    Appointment: appointmentCarrier(db, id, row.next_due_date),
    Associate: associateCarrier(db, row.associate_id),
    UpdatedBy: associateCarrier(db, row.updated_by),
    CreatedBy: associateCarrier(db, row.created_by),
    Contact: contactCarrier(db, row.contact_id),
    Project: projectCarrier(db, row.project_id),
    SaleText: row.sale_text,
    Person: personCarrier(db, row.person_id),
    Currency: listCarrier(db, 'currency', row.currency_id),
    Competitor: listCarrier(db, 'comptr', row.competitor_id),
    Credited: creditedCarrier(db, row.credited_id),
    Rating: stageCarrier(db, row.sale_stage_id),
    Reason: listCarrier(db, 'reason', row.reason_id),
    Source: listCarrier(db, 'source', row.source_id),
    Status: row.status,
    Saledate: dayAsDateTime(row.saledate),
    Amount: row.amount,
    SaleId: row.sale_id,
    Earning: row.earning,
    EarningPercent: row.earning_percent,
    Heading: row.heading,
    Number: row.number,
    Probability: row.probability,
    CreatedDate: timestamp(row.created_date),
    UpdatedDate: timestamp(row.updated_date),
    Completed: row.done ? 'Completed' : 'Started',
    ActiveLinks: links.length,
    Links: links.map((link) => ({
      EntityName: link.entity_name,
      Id: link.id,
      Description: link.description,
      ExtraInfo: link.extra_info,
      LinkId: link.link_id,
    })),
    NextDueDate: dayAsDateTime(row.next_due_date),
    Postit: row.postit,
    SaleType: saleTypeCarrier(db, row.sale_type_id),
    ReasonSold: listCarrier(db, 'reasonsold', row.reason_sold_id),
    ReasonStalled: listCarrier(db, 'reasonstalled', row.reason_stalled_id),
    ReopenDate: dayAsDateTime(row.reopen_date),
    SaleStakeholders: stakeholders.map((s) => ({
      StakeholderRoleName: s.role_name,
      Comment: s.comment,
      StakeholderRoleId: 0,
      PersonId: s.person_id,
      EmailAddress: s.email ?? '',
      ContactName: s.contact_name ?? '',
      ContactId: s.contact_id,
      SaleId: s.sale_id,
      Mrmrs: '',
      Firstname: s.first_name,
      MiddleName: s.middle_name,
      Lastname: s.last_name,
      FullName: fullName(s),
      SaleStakeholderId: s.sale_stakeholder_id,
      Rank: s.rank,
      Phone: s.phone ?? '',
    })),
    ActiveErpLinks: 0,
    UserDefinedFields: udef,
    ExtraFields: {},
    CustomFields: udef,
    IsPublished: false,
    TableRight: null,
  };
  return { entity, updated: row.updated_date };
}

/** Whether `value` is a plain JSON object. @param {unknown} value @returns {value is Json} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A JSON Patch (RFC 6902) of top-level replace / add / remove operations as the merge patch it means.
 * @param {unknown[]} operations @returns {Json}
 */
function mergePatchOf(operations) {
  // No prototype: a path of "/__proto__" becomes a field of that name (and then an unknown one).
  /** @type {Json} */
  const patch = Object.create(null);
  for (const operation of operations) {
    if (!isObject(operation) || typeof operation.path !== 'string')
      throw badRequest('Each JSON Patch operation needs an "op" and a "path".');
    const name = operation.path.replace(/^\//, '');
    if (!name || name.includes('/'))
      throw badRequest(
        `JSON Patch path ${JSON.stringify(operation.path)}: only top-level fields can be patched here.`,
      );
    const field =
      [...Object.keys(SALE_FIELDS), ...COLLECTION_FIELDS].find(
        (known) => known.toLowerCase() === name.toLowerCase(),
      ) ?? name;
    if (operation.op === 'replace' || operation.op === 'add') patch[field] = operation.value ?? null;
    else if (operation.op === 'remove') patch[field] = null;
    else
      throw badRequest(
        `JSON Patch operation ${JSON.stringify(operation.op)} is not supported (replace, add, remove).`,
      );
  }
  return patch;
}

/**
 * Checks a write body and splits it into column values and collections. Every unknown field is named.
 * @param {Db} db @param {unknown} body
 */
function parseWrite(db, body) {
  const patch = Array.isArray(body) ? mergePatchOf(body) : body;
  if (!isObject(patch))
    throw badRequest('The body must be a JSON object (a merge patch of SaleEntity fields).');
  // Own fields only: "constructor" or "toString" are in every object, and no SaleEntity field.
  const unknown = Object.keys(patch).filter(
    (name) =>
      !Object.hasOwn(SALE_FIELDS, name) && !COLLECTION_FIELDS.includes(name) && !READ_ONLY_FIELDS.has(name),
  );
  if (unknown.length)
    throw badRequest(`Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
  /** @type {Record<string, unknown>} */
  const columns = {};
  for (const [name, value] of Object.entries(patch)) {
    const field = Object.hasOwn(SALE_FIELDS, name) ? SALE_FIELDS[name] : undefined;
    if (field) columns[field.column] = field.parse(value, db, name);
  }
  return { patch, columns };
}

/** @param {unknown} value @param {string} field @returns {Record<string, string>} */
function userFields(value, field) {
  if (value === null) return {};
  if (!isObject(value)) throw badRequest(`${field} must be an object of field names to values.`);
  for (const [key, item] of Object.entries(value))
    if (item !== null && !['string', 'number', 'boolean'].includes(typeof item))
      throw badRequest(`${field}.${key} must be a string, number, boolean or null.`);
  return /** @type {Record<string, string>} */ (value);
}

/** Writes the collections a patch carries: user fields merge, stakeholders and links are replaced. @param {Db} db @param {number} id @param {Json} patch @param {any} row */
function writeCollections(db, id, patch, row) {
  for (const field of ['UserDefinedFields', 'CustomFields']) {
    if (!(field in patch)) continue;
    const changes = userFields(patch[field], field);
    const merged = patch[field] === null ? {} : { ...JSON.parse(row.user_defined_fields), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === null) delete merged[key];
    db.prepare('UPDATE sale SET user_defined_fields = ? WHERE sale_id = ?').run(JSON.stringify(merged), id);
    row.user_defined_fields = JSON.stringify(merged);
  }
  if ('SaleStakeholders' in patch) {
    const list = patch.SaleStakeholders ?? [];
    if (!Array.isArray(list)) throw badRequest('SaleStakeholders must be an array.');
    db.prepare('DELETE FROM sale_stakeholder WHERE sale_id = ?').run(id);
    const insert = db.prepare(
      'INSERT INTO sale_stakeholder (sale_id, person_id, role_name, comment, rank) VALUES (?, ?, ?, ?, ?)',
    );
    list.forEach((item, index) => {
      if (!isObject(item) || !Number.isInteger(item.PersonId))
        throw badRequest(`SaleStakeholders[${index}].PersonId must be a whole number.`);
      if (!db.prepare('SELECT 1 FROM person WHERE person_id = ?').get(item.PersonId))
        throw badRequest(`SaleStakeholders[${index}].PersonId ${item.PersonId} does not exist.`);
      insert.run(
        id,
        item.PersonId,
        String(item.StakeholderRoleName ?? ''),
        String(item.Comment ?? ''),
        index + 1,
      );
    });
  }
  if ('Links' in patch) {
    const list = patch.Links ?? [];
    if (!Array.isArray(list)) throw badRequest('Links must be an array.');
    db.prepare('DELETE FROM sale_link WHERE sale_id = ?').run(id);
    const insert = db.prepare(
      'INSERT INTO sale_link (sale_id, entity_name, id, description, extra_info) VALUES (?, ?, ?, ?, ?)',
    );
    list.forEach((item, index) => {
      if (!isObject(item) || typeof item.EntityName !== 'string' || !item.EntityName)
        throw badRequest(`Links[${index}].EntityName must be a non-empty string.`);
      const target = item.Id ?? 0;
      if (!Number.isInteger(target)) throw badRequest(`Links[${index}].Id must be a whole number.`);
      insert.run(id, item.EntityName, target, String(item.Description ?? ''), String(item.ExtraInfo ?? ''));
    });
  }
}

/**
 * The next UpdatedDate of a row: now, but always in a later second than the last one, so that an
 * If-Unmodified-Since (whole seconds) taken before this write is always seen as stale.
 * @param {number} previous ms
 */
const nextUpdated = (previous) => Math.max(Date.now(), (toSeconds(previous) + 1) * 1000);

/**
 * Applies a merge patch to sale `id`, after checking `ifUnmodifiedSince` (ms, whole seconds) against
 * the row's UpdatedDate truncated to seconds.
 * @param {Db} db @param {number} id @param {unknown} body @param {number | undefined} ifUnmodifiedSince
 */
export function patchSale(db, id, body, ifUnmodifiedSince) {
  return db.transaction(() => {
    const row = requireSale(db, id);
    if (ifUnmodifiedSince !== undefined && toSeconds(row.updated_date) > toSeconds(ifUnmodifiedSince))
      throw new HttpError(
        412,
        `Sale ${id} was changed by someone else at ${timestamp(row.updated_date)}, after the version you edited.`,
      );
    const { patch, columns } = parseWrite(db, body);
    columns.updated_date = nextUpdated(row.updated_date);
    columns.updated_by = CURRENT_ASSOCIATE_ID;
    const names = Object.keys(columns);
    db.prepare(
      `UPDATE sale SET ${names.map((name) => `${name} = @${name}`).join(', ')} WHERE sale_id = @sale_id`,
    ).run({
      ...columns,
      sale_id: id,
    });
    writeCollections(db, id, patch, row);
    return readSale(db, id);
  })();
}

/**
 * Creates a sale from a partial SaleEntity, with SuperOffice's defaults for what it leaves out.
 * @param {Db} db @param {unknown} body
 */
export function createSale(db, body) {
  return db.transaction(() => {
    const { patch, columns } = parseWrite(db, body);
    const now = Date.now();
    const type = /** @type {any} */ (
      columns.sale_type_id != null
        ? db.prepare('SELECT * FROM sale_type WHERE sale_type_id = ?').get(columns.sale_type_id)
        : undefined
    );
    const stage = /** @type {any} */ (
      columns.sale_stage_id != null
        ? db.prepare('SELECT * FROM sale_stage WHERE sale_stage_id = ?').get(columns.sale_stage_id)
        : undefined
    );
    const defaults = {
      status: 'Open',
      associate_id: CURRENT_ASSOCIATE_ID,
      currency_id: 1,
      saledate: addDays(isoDay(now), type?.default_duration ?? 30),
      probability: stage?.probability ?? 0,
    };
    const values = {
      ...defaults,
      ...columns,
      created_date: now,
      updated_date: now,
      created_by: CURRENT_ASSOCIATE_ID,
      updated_by: CURRENT_ASSOCIATE_ID,
    };
    const names = Object.keys(values);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO sale (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`,
      )
      .run(values);
    const id = Number(lastInsertRowid);
    writeCollections(db, id, patch, saleRow(db, id));
    return readSale(db, id);
  })();
}

/** @param {Db} db @param {number} id */
export function deleteSale(db, id) {
  db.transaction(() => {
    requireSale(db, id);
    db.prepare('DELETE FROM sale WHERE sale_id = ?').run(id);
  })();
}
