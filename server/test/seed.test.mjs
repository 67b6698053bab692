// @ts-check
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../db.mjs';
import { SEED_SIZE } from '../seed.mjs';
import { TODAY } from './helpers.mjs';

/** Every row of every table, as text: two databases seeded alike give the same text. */
function dump(db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  return JSON.stringify(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]),
  );
}

test('the seed has the promised size and shape', () => {
  const { db, seeded } = openDatabase(':memory:', { today: TODAY });
  assert.equal(seeded, true);
  const count = (sql) => /** @type {any} */ (db.prepare(sql).pluck().get());
  assert.equal(count('SELECT count(*) FROM sale'), SEED_SIZE.sales);
  assert.equal(count('SELECT count(*) FROM contact'), SEED_SIZE.companies);
  assert.equal(count('SELECT count(*) FROM person'), SEED_SIZE.persons);
  assert.equal(count('SELECT count(*) FROM project'), SEED_SIZE.projects);
  assert.equal(count('SELECT count(*) FROM associate'), SEED_SIZE.associates);
  // Every status, and open sales both overdue and ahead of the seed's today.
  assert.deepEqual(
    count('SELECT group_concat(DISTINCT status) FROM (SELECT status FROM sale ORDER BY status)').split(','),
    ['Lost', 'Open', 'Sold', 'Stalled'],
  );
  assert.ok(
    count(`SELECT count(*) FROM sale WHERE status = 'Open' AND saledate < '${TODAY}'`) > 20,
    'overdue open sales',
  );
  assert.ok(
    count(`SELECT count(*) FROM sale WHERE status = 'Open' AND saledate > '${TODAY}'`) > 50,
    'open sales ahead',
  );
  // Sold and lost sales are completed; open ones are not.
  assert.equal(count("SELECT count(*) FROM sale WHERE (status IN ('Sold', 'Lost')) <> (done = 1)"), 0);
  // Guided sale types have stages and guide items; stakeholders, links and activities exist.
  assert.ok(count('SELECT count(*) FROM sale_type WHERE has_guide = 1') >= 2);
  assert.equal(
    count(
      'SELECT count(*) FROM sale_type t WHERE has_guide = 1 AND NOT EXISTS (SELECT 1 FROM sale_type_stage s WHERE s.sale_type_id = t.sale_type_id)',
    ),
    0,
  );
  assert.ok(count('SELECT count(*) FROM guide_item') > 0);
  assert.ok(count('SELECT count(*) FROM sale_stakeholder') > 30);
  assert.ok(count('SELECT count(*) FROM sale_link') > 30);
  assert.ok(count('SELECT count(*) FROM appointment') > 100);
  // A sale's person works for the sale's company; stakeholders too.
  assert.equal(
    count(
      'SELECT count(*) FROM sale s JOIN person p ON p.person_id = s.person_id WHERE p.contact_id <> s.contact_id',
    ),
    0,
  );
  // Norwegian and international names.
  assert.ok(count("SELECT count(*) FROM contact WHERE name LIKE '% AS'") > 20);
  assert.ok(count("SELECT count(*) FROM contact WHERE country <> 'Norway'") >= 15);
  assert.ok(
    count("SELECT count(*) FROM person WHERE first_name IN ('Ingrid', 'Kari', 'Ola', 'Lars', 'Sigrid')") > 0,
  );
  db.close();
});

test('the seed is deterministic: the same today gives the same rows, another today other dates', () => {
  const first = openDatabase(':memory:', { today: TODAY }).db;
  const second = openDatabase(':memory:', { today: TODAY }).db;
  const later = openDatabase(':memory:', { today: '2027-01-10' }).db;
  assert.equal(dump(first), dump(second));
  assert.notEqual(dump(first), dump(later));
  assert.deepEqual(
    first.prepare('SELECT contact_id, amount, status FROM sale ORDER BY sale_id').all(),
    later.prepare('SELECT contact_id, amount, status FROM sale ORDER BY sale_id').all(),
    'the dates (and years in headings) move with today, the rest stays',
  );
  for (const db of [first, second, later]) db.close();
});

test('a database file that has data is kept as it is at the next start, not seeded again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sales-seed-'));
  const file = join(folder, 'nested', 'sales.sqlite');
  const first = openDatabase(file, { today: TODAY });
  assert.equal(first.seeded, true, 'the folder is created and the file seeded');
  first.db.prepare('DELETE FROM sale WHERE sale_id > 10').run();
  first.db.close();
  const again = openDatabase(file, { today: TODAY });
  assert.equal(again.seeded, false);
  assert.equal(again.db.prepare('SELECT count(*) FROM sale').pluck().get(), 10);
  again.db.close();
  rmSync(folder, { recursive: true, force: true });
});
