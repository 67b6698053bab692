// @ts-check
// The demo backend's SQLite database: opens the file (creating its folder), creates the tables when
// they are missing and seeds them on the first start. No migrations: delete the file to start over.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { seed } from './seed.mjs';

/** @typedef {import('better-sqlite3').Database} Db */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS associate (
  associate_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,            -- the login name, as SuperOffice's Associate.Name
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  person_id INTEGER,
  rank INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS contact (
  contact_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  org_nr TEXT,
  city TEXT,
  country TEXT,
  phone TEXT,
  email TEXT,
  url TEXT,
  associate_id INTEGER REFERENCES associate
);
CREATE TABLE IF NOT EXISTS person (
  person_id INTEGER PRIMARY KEY,
  contact_id INTEGER REFERENCES contact,
  first_name TEXT NOT NULL,
  middle_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL,
  title TEXT,
  email TEXT,
  phone TEXT
);
CREATE INDEX IF NOT EXISTS person_contact ON person (contact_id);
CREATE TABLE IF NOT EXISTS project (
  project_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  project_number TEXT,
  type TEXT,
  status TEXT,
  associate_id INTEGER REFERENCES associate
);
-- The simple choice lists (currency, source, comptr, reason, reasonsold, reasonstalled), by list name.
CREATE TABLE IF NOT EXISTS list_item (
  list TEXT NOT NULL,
  id INTEGER NOT NULL,
  value TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list, id)
);
CREATE TABLE IF NOT EXISTS sale_stage (
  sale_stage_id INTEGER PRIMARY KEY,
  value TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  probability INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sale_type (
  sale_type_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  has_guide INTEGER NOT NULL DEFAULT 0,
  has_stakeholders INTEGER NOT NULL DEFAULT 0,
  default_duration INTEGER NOT NULL DEFAULT 0
);
-- The stages a guided sale type goes through, in order.
CREATE TABLE IF NOT EXISTS sale_type_stage (
  sale_type_id INTEGER NOT NULL REFERENCES sale_type,
  sale_stage_id INTEGER NOT NULL REFERENCES sale_stage,
  rank INTEGER NOT NULL,
  PRIMARY KEY (sale_type_id, sale_stage_id)
);
-- The suggested follow-ups and documents of a guide's stage.
CREATE TABLE IF NOT EXISTS guide_item (
  guide_item_id INTEGER PRIMARY KEY,
  sale_type_id INTEGER NOT NULL REFERENCES sale_type,
  sale_stage_id INTEGER NOT NULL REFERENCES sale_stage,
  kind TEXT NOT NULL CHECK (kind IN ('activity', 'document')),
  name TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sale (
  sale_id INTEGER PRIMARY KEY,
  heading TEXT NOT NULL DEFAULT '',
  sale_text TEXT NOT NULL DEFAULT '',
  postit TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL DEFAULT '',
  amount REAL NOT NULL DEFAULT 0,
  earning REAL NOT NULL DEFAULT 0,
  earning_percent REAL NOT NULL DEFAULT 0,
  probability INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'Open' CHECK (status IN ('Open', 'Sold', 'Lost', 'Stalled')),
  done INTEGER NOT NULL DEFAULT 0,
  saledate TEXT,                -- calendar date, YYYY-MM-DD
  reopen_date TEXT,
  next_due_date TEXT,
  currency_id INTEGER,
  associate_id INTEGER REFERENCES associate,
  contact_id INTEGER REFERENCES contact,
  person_id INTEGER REFERENCES person,
  project_id INTEGER REFERENCES project,
  sale_type_id INTEGER REFERENCES sale_type,
  sale_stage_id INTEGER REFERENCES sale_stage,
  source_id INTEGER,
  competitor_id INTEGER,
  credited_id INTEGER REFERENCES associate,
  reason_id INTEGER,
  reason_sold_id INTEGER,
  reason_stalled_id INTEGER,
  user_defined_fields TEXT NOT NULL DEFAULT '{}',
  created_date INTEGER NOT NULL, -- ms since the epoch, UTC
  updated_date INTEGER NOT NULL,
  created_by INTEGER REFERENCES associate,
  updated_by INTEGER REFERENCES associate
);
CREATE INDEX IF NOT EXISTS sale_saledate ON sale (saledate);
CREATE INDEX IF NOT EXISTS sale_contact ON sale (contact_id);
CREATE TABLE IF NOT EXISTS sale_stakeholder (
  sale_stakeholder_id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES sale ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person,
  role_name TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS stakeholder_sale ON sale_stakeholder (sale_id);
CREATE TABLE IF NOT EXISTS sale_link (
  link_id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES sale ON DELETE CASCADE,
  entity_name TEXT NOT NULL,
  id INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  extra_info TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS link_sale ON sale_link (sale_id);
CREATE TABLE IF NOT EXISTS appointment (
  appointment_id INTEGER PRIMARY KEY,
  sale_id INTEGER REFERENCES sale ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contact,
  person_id INTEGER REFERENCES person,
  associate_id INTEGER REFERENCES associate,
  date TEXT NOT NULL,           -- YYYY-MM-DD
  description TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT 'Meeting',
  completed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS appointment_sale ON appointment (sale_id);
CREATE TABLE IF NOT EXISTS favourite (
  associate_id INTEGER NOT NULL REFERENCES associate,
  sale_id INTEGER NOT NULL REFERENCES sale ON DELETE CASCADE,
  PRIMARY KEY (associate_id, sale_id)
);
`;

/**
 * Opens (or creates) the database at `file` and seeds it when it has no sales yet.
 * @param {string} file a path, or ':memory:'
 * @param {{ today?: string }} [options] the seed's "today" (YYYY-MM-DD), for deterministic tests
 * @returns {{ db: Db, seeded: boolean }}
 */
export function openDatabase(file, options = {}) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Text comparisons fold case the way JavaScript does, so "ålesund" finds "Ålesund" (SQLite's
  // NOCASE and LIKE fold ASCII only).
  db.function('fold', { deterministic: true }, (text) => (text == null ? null : String(text).toLowerCase()));
  db.exec(SCHEMA);
  const { count } = /** @type {{ count: number }} */ (
    db.prepare('SELECT count(*) AS count FROM associate').get()
  );
  const seeded = count === 0;
  if (seeded) db.transaction(() => seed(db, options))();
  return { db, seeded };
}
