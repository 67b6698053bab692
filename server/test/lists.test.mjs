// @ts-check
// The choice lists, the current user, look-up archives and favourites.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, write } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** @param {string} path @param {RequestInit} [init] */
async function json(path, init) {
  const response = await server.request(path, init);
  return {
    status: response.status,
    body: /** @type {any} */ (response.status === 204 ? undefined : await response.json()),
  };
}

describe('lists', () => {
  test('List/Rating/Items: the stages, as SaleStageEntity, by rank with probabilities', async () => {
    const { status, body } = await json('/api/v1/List/Rating/Items');
    assert.equal(status, 200);
    assert.deepEqual(
      body.map((/** @type {any} */ stage) => [stage.Value, stage.Probability]),
      [
        ['Lead', 10],
        ['Qualified', 25],
        ['Proposal', 50],
        ['Negotiation', 75],
        ['Verbal agreement', 90],
      ],
    );
    assert.deepEqual(Object.keys(body[0]), [
      'SaleStageId',
      'Value',
      'Tooltip',
      'Probability',
      'Rank',
      'Deleted',
    ]);
  });

  test('List/SaleType/Items: sale types, the guided ones with their stages', async () => {
    const { body } = await json('/api/v1/List/SaleType/Items');
    assert.equal(body.length, 5);
    const fleet = body.find((/** @type {any} */ type) => type.Name === 'Fleet sale');
    assert.equal(fleet.HasGuide, true);
    assert.equal(fleet.SaleDuration, 90);
    assert.equal(fleet.DurationUnit, 'Day');
    assert.deepEqual(
      fleet.Stages.map((/** @type {any} */ stage) => stage.Name),
      ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Verbal agreement'],
    );
    assert.deepEqual(Object.keys(fleet.Stages[0]).slice(0, 5), ['Id', 'Name', 'ToolTip', 'Deleted', 'Rank']);
    const licence = body.find((/** @type {any} */ type) => type.Name === 'Licence');
    assert.equal(licence.HasGuide, false);
    assert.deepEqual(licence.Stages, []);
  });

  test('List/Currency/Items: CurrencyId and the ISO code as Name', async () => {
    const { body } = await json('/api/v1/List/Currency/Items');
    assert.deepEqual(
      body.map((/** @type {any} */ item) => item.Name),
      ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'GBP'],
    );
    assert.equal(body[0].CurrencyId, 1);
  });

  test('MDOList/{name}: sources, competitors, credited, reasons and users as MDO items, without deleted items', async () => {
    for (const name of [
      'source',
      'comptr',
      'credited',
      'reason',
      'reasonsold',
      'reasonstalled',
      'associate',
    ]) {
      const { status, body } = await json(`/api/v1/MDOList/${name}?flat=true`);
      assert.equal(status, 200, name);
      assert.ok(body.length >= 4, name);
      assert.deepEqual(Object.keys(body[0]), [
        'Id',
        'Name',
        'ToolTip',
        'Deleted',
        'Rank',
        'Type',
        'ChildItems',
        'IconHint',
        'ColorBlock',
        'ExtraInfo',
        'StyleHint',
        'FullName',
      ]);
      assert.ok(
        body.every((/** @type {any} */ item) => item.Deleted === false),
        name,
      );
    }
    const { body: sources } = await json('/api/v1/MDOList/source');
    assert.equal(
      sources.some((/** @type {any} */ item) => item.Name === 'Fax campaign'),
      false,
      'the deleted source is left out',
    );
    const { body: credited } = await json('/api/v1/MDOList/credited');
    assert.equal(credited[0].Name, 'Ola Hansen');
  });

  test('MDOList/associate?query= narrows the users by name, in any case', async () => {
    const { body } = await json(
      `/api/v1/MDOList/associate?${new URLSearchParams({ flat: 'true', query: 'MÜLL' })}`,
    );
    assert.deepEqual(
      body.map((/** @type {any} */ item) => item.FullName),
      ['Anna Müller'],
    );
  });

  test('an unknown list is a 404', async () => {
    assert.equal((await json('/api/v1/MDOList/nonsense')).status, 404);
    assert.equal((await json('/api/v1/MDOList/__proto__')).status, 404);
  });

  test('User/currentPrincipal: the signed-in demo user', async () => {
    const { body } = await json('/api/v1/User/currentPrincipal');
    assert.equal(body.AssociateId, 1);
    assert.equal(body.FullName, 'Ola Hansen');
  });
});

describe('look-up archives', () => {
  /** @param {string} path @param {Record<string, string>} query */
  const archive = (path, query) => json(`${path}?${new URLSearchParams(query)}`);

  test('Contact: companies whose name begins with the text', async () => {
    const { body } = await archive('/api/v1/Contact', {
      $select: 'contactId,name,department',
      $filter: "name begins 'berg'",
      $orderBy: 'name',
      $top: '20',
    });
    assert.ok(body.value.length > 0);
    assert.ok(
      body.value.every(
        (/** @type {any} */ row) => row.name.toLowerCase().startsWith('berg') && row.EntityName === 'contact',
      ),
    );
  });

  test("Person: a company's people, each with the company's name", async () => {
    const { body } = await archive('/api/v1/Person', {
      $select: 'personId,fullName,contactId,contact/name',
      $filter: "fullName begins '' and contactId eq 4",
      $orderBy: 'fullName',
      $top: '20',
    });
    const expected = server.db.prepare('SELECT count(*) FROM person WHERE contact_id = 4').pluck().get();
    assert.equal(body.value.length, expected);
    assert.ok(body.value.every((/** @type {any} */ row) => row.contactId === 4 && row['contact/name']));
  });

  test('Project and Sale: by the beginning of the name or heading', async () => {
    const { body: projects } = await archive('/api/v1/Project', {
      $select: 'projectId,name',
      $filter: "name begins 'b'",
      $top: '20',
    });
    assert.ok(
      projects.value.length > 0 && projects.value.every((/** @type {any} */ row) => /^b/i.test(row.name)),
    );
    const { body: sales } = await archive('/api/v1/Sale', {
      $select: 'saleId,heading',
      $filter: "heading begins 'cold'",
      $orderBy: 'heading',
      $top: '20',
    });
    assert.ok(
      sales.value.length > 0 && sales.value.every((/** @type {any} */ row) => /^cold/i.test(row.heading)),
    );
  });
});

describe('favourites', () => {
  const agent = (/** @type {string} */ action, /** @type {unknown} */ body) =>
    json(`/api/v1/Agents/Favourite/${action}`, write('POST', body));

  test('AddFavourite and RemoveFavourite answer 204; GetFavourites lists the user’s favourite sales', async () => {
    const ids = async () =>
      (await agent('GetFavourites', { TableName: 'sale', AssociateId: 1 })).body.map(
        (/** @type {any} */ item) => item.RecordId,
      );
    const start = await ids();
    assert.ok(start.length > 0, 'the seed has favourites');
    assert.equal(
      (await agent('AddFavourite', { TableName: 'sale', RecordId: 42, AssociateId: 1, ExtraInfo: '' }))
        .status,
      204,
    );
    assert.ok((await ids()).includes(42));
    assert.equal(
      (await agent('RemoveFavourite', { TableName: 'sale', RecordId: 42, AssociateId: 1 })).status,
      204,
    );
    assert.deepEqual(await ids(), start);
    const [first] = (await agent('GetFavourites', { TableName: 'sale', AssociateId: 1 })).body;
    assert.deepEqual(Object.keys(first), ['TableName', 'RecordId', 'AssociateId', 'ExtraInfo', 'Rank']);
  });

  test('bad favourite requests: 400, and 404 for a sale that does not exist', async () => {
    assert.equal(
      (await agent('AddFavourite', { TableName: 'contact', RecordId: 1, AssociateId: 1 })).status,
      400,
    );
    assert.equal(
      (await agent('AddFavourite', { TableName: 'sale', RecordId: 1, AssociateId: 99 })).status,
      400,
    );
    assert.equal(
      (await agent('AddFavourite', { TableName: 'sale', RecordId: 99999, AssociateId: 1 })).status,
      404,
    );
  });
});
