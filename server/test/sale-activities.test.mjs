// @ts-check
// GET /api/v1/Sale/{id}/Activities (the SaleActivity archive of one sale) over the seeded
// appointments, and the built superOfficeSource showing them (needs `npm run build` for
// dist/superoffice/).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ROOT, startServer } from './helpers.mjs';

const BUILT = join(ROOT, 'dist', 'superoffice', 'index.js');
const SELECT =
  'appointmentId,date,completed,type,text,associateId,associate/fullName,contactId,contact/name,personId,person/fullName';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** A seeded sale with at least two appointments, and its rows by date. */
function saleWithActivities() {
  const { sale_id: saleId } = /** @type {{ sale_id: number }} */ (
    server.db
      .prepare(
        'SELECT sale_id FROM appointment GROUP BY sale_id HAVING COUNT(*) >= 2 ORDER BY sale_id LIMIT 1',
      )
      .get()
  );
  const rows = /** @type {any[]} */ (
    server.db.prepare('SELECT * FROM appointment WHERE sale_id = ? ORDER BY date, appointment_id').all(saleId)
  );
  return { saleId, rows };
}

/** @param {string} path */
async function get(path) {
  const response = await server.request(path);
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
}

describe('GET /api/v1/Sale/{id}/Activities', () => {
  test('lists the sale’s appointments by date with the SaleActivity columns', async () => {
    const { saleId, rows } = saleWithActivities();
    const { status, body } = await get(
      `/api/v1/Sale/${saleId}/Activities?$select=${encodeURIComponent(SELECT)}&$entities=appointment&$orderBy=date`,
    );
    assert.equal(status, 200);
    assert.deepEqual(
      body.value.map((/** @type {any} */ row) => [
        row.PrimaryKey,
        row.EntityName,
        row.appointmentId,
        row.date,
        row.completed,
        row.type,
        row.text,
        row.associateId,
        row.contactId,
      ]),
      rows.map((row) => [
        row.appointment_id,
        'appointment',
        row.appointment_id,
        row.date,
        Boolean(row.completed),
        row.type,
        row.description,
        row.associate_id,
        row.contact_id,
      ]),
    );
    assert.ok(body.value.every((/** @type {any} */ row) => row['associate/fullName'] && row['contact/name']));
  });

  test('filters and pages like the other archive lists; another sale’s rows never show', async () => {
    const { saleId, rows } = saleWithActivities();
    const open = await get(
      `/api/v1/Sale/${saleId}/Activities?$filter=${encodeURIComponent('completed eq false')}`,
    );
    assert.deepEqual(
      open.body.value.map((/** @type {any} */ row) => row.PrimaryKey),
      rows.filter((row) => !row.completed).map((row) => row.appointment_id),
    );
    const first = await get(`/api/v1/Sale/${saleId}/Activities?$top=1`);
    assert.equal(first.body.value.length, 1);
    assert.equal(new URL(first.body['odata.nextLink']).searchParams.get('$skip'), '1');
    const empty = /** @type {{ sale_id: number }} */ (
      server.db
        .prepare('SELECT sale_id FROM sale WHERE sale_id NOT IN (SELECT sale_id FROM appointment) LIMIT 1')
        .get()
    );
    assert.deepEqual((await get(`/api/v1/Sale/${empty.sale_id}/Activities`)).body.value, []);
  });

  test('a missing sale is a 404, an unknown column a 400 naming it', async () => {
    const missing = await get('/api/v1/Sale/999999/Activities');
    assert.equal(missing.status, 404);
    assert.match(missing.body.Message, /no sale 999999/);
    const { saleId } = saleWithActivities();
    const unknown = await get(`/api/v1/Sale/${saleId}/Activities?$select=heading`);
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.Message, /heading/);
  });

  test('the built superOfficeSource shows a seeded sale’s activities', async () => {
    assert.ok(existsSync(BUILT), `${BUILT} is missing: run \`npm run build\` first.`);
    const library = await import(pathToFileURL(BUILT).href);
    const { saleId, rows } = saleWithActivities();
    /** @type {unknown[]} */
    const warnings = [];
    const source = library.superOfficeSource({
      baseUrl: server.base,
      onWarnings: (/** @type {unknown[]} */ found) => warnings.push(...found),
    });
    const sale = await source.sale(saleId);
    assert.deepEqual(
      sale.activities.map((/** @type {any} */ activity) => [
        activity.id,
        activity.title,
        activity.date,
        activity.done,
        activity.type,
        activity.owner?.id,
        activity.company?.id,
      ]),
      rows.map((row) => [
        row.appointment_id,
        row.description,
        row.date,
        Boolean(row.completed),
        row.type,
        row.associate_id,
        row.contact_id,
      ]),
    );
    assert.deepEqual(warnings, []);
  });
});
