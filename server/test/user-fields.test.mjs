// @ts-check
// The UserDefinedFieldInfo agent's GetPublishedUserDefinedFieldList, and the built superOfficeSource
// labelling a seeded sale's custom fields with it (needs `npm run build` for dist/superoffice/).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ROOT, startServer, write } from './helpers.mjs';

const PATH = '/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList';
const BUILT = join(ROOT, 'dist', 'superoffice', 'index.js');

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** @param {unknown} body */
async function definitions(body) {
  const response = await server.request(PATH, write('POST', body));
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
}

describe('UserDefinedFieldInfo/GetPublishedUserDefinedFieldList', () => {
  test('OwnerType Sale: the fields the seeded sales hold, labelled and typed, as UserDefinedFieldInfo', async () => {
    const { status, body } = await definitions({ OwnerType: 'Sale' });
    assert.equal(status, 200);
    assert.deepEqual(
      body.map((/** @type {any} */ field) => [field.ProgId, field.FieldLabel, field.FieldType, field.Type]),
      [
        ['SuperOffice:1', 'Customer tier', 'ShortText', 'Sale'],
        ['SuperOffice:2', 'Priority (1-5)', 'ShortText', 'Sale'],
      ],
    );
    for (const key of ['UDefFieldId', 'ShortLabel', 'TextLength', 'HasBeenPublished', 'MdoListName'])
      assert.ok(key in body[0], key);
    // Every ProgId a seeded sale holds has a definition.
    const rows = /** @type {{ user_defined_fields: string }[]} */ (
      server.db.prepare('SELECT user_defined_fields FROM sale').all()
    );
    const used = new Set(rows.flatMap((row) => Object.keys(JSON.parse(row.user_defined_fields))));
    assert.ok(used.size > 0);
    for (const progId of used)
      assert.ok(
        body.some((/** @type {any} */ field) => field.ProgId === progId),
        progId,
      );
    assert.deepEqual((await definitions({ OwnerType: 10 })).body, body, 'the UDefType number');
  });

  test('other owners have no fields; an unknown owner or a body that is no object is a 400', async () => {
    assert.deepEqual(await definitions({ OwnerType: 'Contact' }), { status: 200, body: [] });
    const unknown = await definitions({ OwnerType: 'Spaceship' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.Message, /OwnerType must be one of .*"Spaceship"/);
    assert.equal((await definitions(['Sale'])).status, 400);
  });

  test('the built superOfficeSource shows a seeded sale’s fields under their labels', async () => {
    assert.ok(existsSync(BUILT), `${BUILT} is missing: run \`npm run build\` first.`);
    const library = await import(pathToFileURL(BUILT).href);
    const row = /** @type {{ sale_id: number }} */ (
      server.db.prepare("SELECT sale_id FROM sale WHERE user_defined_fields <> '{}' LIMIT 1").get()
    );
    /** @type {unknown[]} */
    const warnings = [];
    const source = library.superOfficeSource({
      baseUrl: server.base,
      onWarnings: (/** @type {unknown[]} */ found) => warnings.push(...found),
    });
    const sale = await source.sale(row.sale_id);
    assert.deepEqual(
      sale.userFields.map((/** @type {any} */ field) => [field.id, field.label, field.type]),
      [
        ['SuperOffice:1', 'Customer tier', 'text'],
        ['SuperOffice:2', 'Priority (1-5)', 'text'],
      ],
    );
    assert.deepEqual(warnings, []);
  });
});
