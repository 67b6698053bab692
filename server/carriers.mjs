// @ts-check
// The carriers a SaleEntity holds (Associate, Contact, Person, Project, the MDO-style list items),
// built from database rows with the property names of SuperOffice's REST reference.

/** @typedef {import('better-sqlite3').Database} Db */
/** @typedef {Record<string, unknown>} Json */

/** @param {Db} db @param {number | null} id @returns {Json | null} */
export function associateCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (db.prepare('SELECT * FROM associate WHERE associate_id = ?').get(id));
  if (!row) return null;
  const fullName = `${row.first_name} ${row.last_name}`;
  return {
    AssociateId: row.associate_id,
    Name: row.name,
    PersonId: row.person_id,
    Rank: row.rank,
    Tooltip: fullName,
    Type: 'Employee',
    GroupIdx: 1,
    FullName: fullName,
    FormalName: `${row.last_name}, ${row.first_name}`,
    Deleted: Boolean(row.deleted),
    EjUserId: 0,
    UserName: row.name,
  };
}

/** @param {Db} db @param {number | null} id @returns {Json | null} */
export function contactCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (
    db
      .prepare(
        `SELECT c.*, a.first_name || ' ' || a.last_name AS associate_full_name FROM contact c
         LEFT JOIN associate a ON a.associate_id = c.associate_id WHERE c.contact_id = ?`,
      )
      .get(id)
  );
  if (!row) return null;
  return {
    ContactId: row.contact_id,
    Name: row.name,
    OrgNr: row.org_nr ?? '',
    Department: row.department,
    URL: row.url ?? '',
    City: row.city ?? '',
    DirectPhone: row.phone ?? '',
    AssociateId: row.associate_id,
    EmailAddress: row.email ?? '',
    AssociateFullName: row.associate_full_name ?? '',
    CountryName: row.country ?? '',
    FullName: row.name,
  };
}

/** @param {Db} db @param {number | null} id @returns {Json | null} */
export function personCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (
    db
      .prepare(
        `SELECT p.*, c.name AS contact_name FROM person p LEFT JOIN contact c ON c.contact_id = p.contact_id
         WHERE p.person_id = ?`,
      )
      .get(id)
  );
  if (!row) return null;
  return {
    PersonId: row.person_id,
    Firstname: row.first_name,
    MiddleName: row.middle_name,
    Lastname: row.last_name,
    FullName: fullName(row),
    Title: row.title ?? '',
    Email: row.email ?? '',
    DirectPhone: row.phone ?? '',
    ContactId: row.contact_id,
    ContactName: row.contact_name ?? '',
  };
}

/** First, middle and last name. @param {{ first_name: string, middle_name: string, last_name: string }} row */
export const fullName = (row) => [row.first_name, row.middle_name, row.last_name].filter(Boolean).join(' ');

/** @param {Db} db @param {number | null} id @returns {Json | null} */
export function projectCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (
    db
      .prepare(
        `SELECT p.*, a.first_name || ' ' || a.last_name AS associate_full_name FROM project p
         LEFT JOIN associate a ON a.associate_id = p.associate_id WHERE p.project_id = ?`,
      )
      .get(id)
  );
  if (!row) return null;
  return {
    ProjectId: row.project_id,
    Name: row.name,
    ProjectNumber: row.project_number ?? '',
    Type: row.type ?? '',
    Status: row.status ?? '',
    AssociateId: row.associate_id,
    AssociateFullName: row.associate_full_name ?? '',
  };
}

/** An MDO-style list item carrier `{ Id, Value, Tooltip }` from list_item. @param {Db} db @param {string} list @param {number | null} id */
export function listCarrier(db, list, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (
    db.prepare('SELECT * FROM list_item WHERE list = ? AND id = ?').get(list, id)
  );
  return row ? { Id: row.id, Value: row.value, Tooltip: row.tooltip } : null;
}

/** The stage (SuperOffice's "prob" list; the SaleEntity calls it Rating). @param {Db} db @param {number | null} id */
export function stageCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (db.prepare('SELECT * FROM sale_stage WHERE sale_stage_id = ?').get(id));
  return row
    ? { Id: row.sale_stage_id, Value: row.value, Tooltip: row.tooltip, Probability: row.probability }
    : null;
}

/** @param {Db} db @param {number | null} id */
export function saleTypeCarrier(db, id) {
  if (id == null) return null;
  const row = /** @type {any} */ (db.prepare('SELECT * FROM sale_type WHERE sale_type_id = ?').get(id));
  if (!row) return null;
  return {
    Id: row.sale_type_id,
    Value: row.name,
    Tooltip: row.tooltip,
    SaleTypeId: row.sale_type_id,
    Name: row.name,
    HasGuide: Boolean(row.has_guide),
    HasStakeholders: Boolean(row.has_stakeholders),
    DefaultDuration: row.default_duration,
  };
}

/** The credited user: an MDO-style item over the associates. @param {Db} db @param {number | null} id */
export function creditedCarrier(db, id) {
  const associate = associateCarrier(db, id);
  return associate ? { Id: associate.AssociateId, Value: associate.FullName, Tooltip: associate.Name } : null;
}
