// @ts-check
// The Sale entity over real HTTP: read, patch, the If-Unmodified-Since rule, create, delete, bad
// input, and a restart.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dueAppointment, startServer, write } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** @param {number} id */
const getSale = async (id) => {
  const response = await server.request(`/api/v1/Sale/${id}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200);
  return /** @type {any} */ (await response.json());
};
/** The HTTP date a client sends back for an UpdatedDate. @param {string} updated */
const since = (updated) => new Date(updated).toUTCString();

describe('GET /api/v1/Sale/{id}', () => {
  test('answers a whole SaleEntity with SuperOffice carriers', async () => {
    const response = await server.request('/api/v1/Sale/1');
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    const sale = /** @type {any} */ (await response.json());
    assert.equal(sale.SaleId, 1);
    assert.equal(typeof sale.Heading, 'string');
    assert.ok(['Open', 'Sold', 'Lost', 'Stalled'].includes(sale.Status));
    assert.ok(['Started', 'Completed'].includes(sale.Completed));
    assert.match(sale.Saledate, /^\d{4}-\d{2}-\d{2}T00:00:00\+00:00$/);
    assert.match(sale.UpdatedDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/);
    assert.equal(response.headers.get('last-modified'), since(sale.UpdatedDate));
    assert.deepEqual(Object.keys(sale.Associate).slice(0, 2), ['AssociateId', 'Name']);
    assert.equal(typeof sale.Associate.FullName, 'string');
    assert.equal(typeof sale.Contact.ContactId, 'number');
    assert.equal(typeof sale.Contact.Name, 'string');
    assert.equal(typeof sale.SaleType.SaleTypeId, 'number');
    assert.equal(typeof sale.Rating.Id, 'number', 'the stage is Rating, an MDO item');
    assert.equal(typeof sale.Rating.Value, 'string');
    assert.match(sale.Currency.Value, /^[A-Z]{3}$/);
    for (const key of ['SaleStakeholders', 'Links']) assert.ok(Array.isArray(sale[key]), key);
    for (const key of [
      'Postit',
      'SaleText',
      'Number',
      'Amount',
      'Probability',
      'Earning',
      'EarningPercent',
      'NextDueDate',
      'ReopenDate',
      'Project',
      'Person',
      'Source',
      'Competitor',
      'Credited',
      'Reason',
      'ReasonSold',
      'ReasonStalled',
      'UserDefinedFields',
      'CustomFields',
    ])
      assert.ok(key in sale, key);
  });

  test('a sale with stakeholders and links names the people and the targets', async () => {
    const id = server.db
      .prepare('SELECT sale_id FROM sale_stakeholder ORDER BY sale_id LIMIT 1')
      .pluck()
      .get();
    const sale = await getSale(/** @type {number} */ (id));
    const [first] = sale.SaleStakeholders;
    assert.equal(typeof first.SaleStakeholderId, 'number');
    assert.equal(typeof first.PersonId, 'number');
    assert.ok(first.Firstname && first.Lastname && first.ContactName && first.StakeholderRoleName);
    assert.match(first.EmailAddress, /@/);
    const linked = server.db.prepare('SELECT sale_id FROM sale_link ORDER BY sale_id LIMIT 1').pluck().get();
    const withLinks = await getSale(/** @type {number} */ (linked));
    assert.ok(withLinks.Links.length > 0);
    assert.deepEqual(Object.keys(withLinks.Links[0]), [
      'EntityName',
      'Id',
      'Description',
      'ExtraInfo',
      'LinkId',
    ]);
  });

  test('names the activity due on NextDueDate as the Appointment, and none where no activity is due', async () => {
    const due = dueAppointment(server.db);
    const sale = await getSale(due.sale_id);
    assert.equal(sale.Appointment.Description, due.description);
    assert.equal(sale.Appointment.Task, due.type);
    assert.equal(sale.Appointment.StartDate, sale.NextDueDate);
    assert.equal(sale.Appointment.SaleId, due.sale_id);
    const none = /** @type {any} */ (
      server.db.prepare('SELECT sale_id FROM sale WHERE next_due_date IS NULL ORDER BY sale_id LIMIT 1').get()
    );
    assert.equal((await getSale(none.sale_id)).Appointment, null);
  });

  test('404 with a JSON message for a sale that does not exist, and for ids that are no ids', async () => {
    for (const path of ['/api/v1/Sale/99999', '/api/v1/Sale/abc', '/api/v1/Sale/1%27%20OR%201=1']) {
      const response = await server.request(path);
      assert.equal(response.status, 404, path);
      const body = /** @type {any} */ (await response.json());
      assert.equal(body.Error, true);
      assert.equal(body.ErrorType, 'NotFound');
      assert.match(body.Message, /no sale/);
    }
  });
});

describe('PATCH /api/v1/Sale/{id}', () => {
  test('changes only the fields in the merge patch and answers the whole entity with a new UpdatedDate', async () => {
    const before = await getSale(2);
    const response = await server.request(
      '/api/v1/Sale/2',
      write(
        'PATCH',
        { Heading: 'Renamed by the test', Amount: 12345 },
        { 'If-Unmodified-Since': since(before.UpdatedDate) },
      ),
    );
    assert.equal(response.status, 200);
    const after = /** @type {any} */ (await response.json());
    assert.equal(after.Heading, 'Renamed by the test');
    assert.equal(after.Amount, 12345);
    assert.ok(Date.parse(after.UpdatedDate) > Date.parse(before.UpdatedDate));
    assert.equal(response.headers.get('last-modified'), since(after.UpdatedDate));
    /** Everything but what the write changed. @param {any} sale */
    const unchanged = (sale) =>
      Object.fromEntries(
        Object.entries(sale).filter(
          ([key]) => !['Heading', 'Amount', 'UpdatedDate', 'UpdatedBy'].includes(key),
        ),
      );
    assert.deepEqual(unchanged(after), unchanged(before));
    assert.deepEqual(await getSale(2), after, 'a GET gives what the PATCH answered');
  });

  test('carriers by id, null clears, dates with offsets keep their calendar date, user fields merge', async () => {
    const response = await server.request(
      '/api/v1/Sale/3',
      write('PATCH', {
        Contact: { ContactId: 7 },
        Person: null,
        Project: null,
        Rating: { Id: 4 },
        Currency: { Value: 'eur' },
        Saledate: '2026-09-30T00:00:00+02:00',
        ReopenDate: null,
        Postit: null,
        Status: 'stalled',
        UserDefinedFields: { 'SuperOffice:9': 'x', 'SuperOffice:1': null },
      }),
    );
    assert.equal(response.status, 200);
    const sale = /** @type {any} */ (await response.json());
    assert.equal(sale.Contact.ContactId, 7);
    assert.equal(sale.Person, null);
    assert.equal(sale.Project, null);
    assert.equal(sale.Rating.Id, 4);
    assert.equal(sale.Currency.Value, 'EUR');
    assert.equal(sale.Saledate.slice(0, 10), '2026-09-30');
    assert.equal(sale.ReopenDate, null);
    assert.equal(sale.Postit, '');
    assert.equal(sale.Status, 'Stalled');
    assert.equal(sale.UserDefinedFields['SuperOffice:9'], 'x');
    assert.equal('SuperOffice:1' in sale.UserDefinedFields, false);
  });

  test('a JSON Patch document works too (top-level replace and remove)', async () => {
    const response = await server.request('/api/v1/Sale/4', {
      ...write('PATCH', [
        { op: 'replace', path: '/heading', value: 'Patched as JSON Patch' },
        { op: 'remove', path: '/Project' },
      ]),
      headers: { 'Content-Type': 'application/json-patch+json' },
    });
    assert.equal(response.status, 200);
    const sale = /** @type {any} */ (await response.json());
    assert.equal(sale.Heading, 'Patched as JSON Patch');
    assert.equal(sale.Project, null);
  });

  test('read-only fields of a whole entity sent back are ignored', async () => {
    const sale = await getSale(5);
    const response = await server.request(
      '/api/v1/Sale/5',
      write('PATCH', { ...sale, SaleId: 999, Heading: 'Whole entity' }),
    );
    assert.equal(response.status, 200);
    const stored = /** @type {any} */ (await response.json());
    assert.equal(stored.SaleId, 5);
    assert.equal(stored.Heading, 'Whole entity');
  });

  test('bad input is a 400 naming the problem, and nothing is written', async () => {
    const before = await getSale(6);
    /** @type {[unknown, RegExp][]} */
    const cases = [
      ['{"Heading": ', /not valid JSON/],
      ['[1, 2]', /op.*path/],
      ['"text"', /must be a JSON object/],
      [{ Heading: 'ok', Colour: 'red', Size: 2 }, /Unknown fields: Colour, Size/],
      [{ Probability: 557 }, /Probability must be from 0 to 100/],
      [{ Amount: 'lots' }, /Amount must be a number/],
      [{ Status: 'Won' }, /Status must be one of Open, Sold, Lost, Stalled/],
      [{ Contact: { ContactId: 99999 } }, /Contact 99999 does not exist/],
      [{ Contact: 7 }, /Contact must be an object/],
      [{ Currency: { Value: 'XYZ' } }, /Currency "XYZ" is not in the list/],
      [{ Saledate: 'tomorrow' }, /Saledate must be a date/],
      [{ Saledate: '2026-02-30' }, /Saledate must be a date/],
      [{ Heading: 'x'.repeat(300) }, /longer than 255/],
      [{ SaleStakeholders: [{ PersonId: 'x' }] }, /SaleStakeholders\[0\]\.PersonId/],
      [{ Links: [{ Id: 1 }] }, /Links\[0\]\.EntityName/],
    ];
    for (const [body, message] of cases) {
      const response = await server.request('/api/v1/Sale/6', write('PATCH', body));
      assert.equal(response.status, 400, JSON.stringify(body));
      const answer = /** @type {any} */ (await response.json());
      assert.equal(answer.ErrorType, 'BadRequest');
      assert.match(answer.Message, message);
    }
    const text = await server.request('/api/v1/Sale/6', {
      method: 'PATCH',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    assert.deepEqual(await getSale(6), before, 'no failed write changed the sale');
  });

  test('a date no calendar has (month 13, month 00, day 32) is a 400 naming the field, not a 500', async () => {
    const before = await getSale(6);
    for (const body of [
      { Saledate: '2026-13-45' },
      { Saledate: '2026-00-10' },
      { ReopenDate: '2026-12-32' },
      { Saledate: '2026-13-01T10:00:00+01:00' },
    ]) {
      const response = await server.request('/api/v1/Sale/6', write('PATCH', body));
      assert.equal(response.status, 400, JSON.stringify(body));
      const answer = /** @type {any} */ (await response.json());
      assert.match(answer.Message, new RegExp(`${Object.keys(body)[0]} must be a date`));
    }
    assert.deepEqual(await getSale(6), before);
  });

  test('a write that fails half-way leaves nothing behind (one transaction)', async () => {
    const before = await getSale(8);
    // The heading is valid, the stakeholder list fails on its second item: the heading must not stay.
    const response = await server.request(
      '/api/v1/Sale/8',
      write('PATCH', { Heading: 'Half', SaleStakeholders: [{ PersonId: 1 }, { PersonId: 99999 }] }),
    );
    assert.equal(response.status, 400);
    assert.deepEqual(await getSale(8), before);
  });

  test('404 for a sale that does not exist', async () => {
    const response = await server.request('/api/v1/Sale/99999', write('PATCH', { Heading: 'x' }));
    assert.equal(response.status, 404);
  });
});

describe('If-Unmodified-Since', () => {
  test('the UpdatedDate the client loaded passes; after another write the same header gets 412', async () => {
    const loaded = await getSale(10);
    const header = { 'If-Unmodified-Since': since(loaded.UpdatedDate) };
    const first = await server.request(
      '/api/v1/Sale/10',
      write('PATCH', { Heading: 'First writer' }, header),
    );
    assert.equal(first.status, 200);
    // The second writer loaded the same version, in the same second: its write is now stale.
    const second = await server.request(
      '/api/v1/Sale/10',
      write('PATCH', { Heading: 'Second writer' }, header),
    );
    assert.equal(second.status, 412);
    const body = /** @type {any} */ (await second.json());
    assert.equal(body.ErrorType, 'PreconditionFailed');
    assert.match(body.Message, /changed by someone else/);
    assert.equal((await getSale(10)).Heading, 'First writer');
    // With the new UpdatedDate it goes through.
    const fresh = /** @type {any} */ (await first.json()).UpdatedDate;
    const third = await server.request(
      '/api/v1/Sale/10',
      write('PATCH', { Heading: 'Second writer' }, { 'If-Unmodified-Since': since(fresh) }),
    );
    assert.equal(third.status, 200);
  });

  test('compares whole seconds: a date in the same second as UpdatedDate passes, an earlier second does not', async () => {
    const loaded = await getSale(11);
    const ms = Date.parse(loaded.UpdatedDate);
    const sameSecond = new Date(Math.floor(ms / 1000) * 1000).toUTCString();
    const secondBefore = new Date(Math.floor(ms / 1000) * 1000 - 1000).toUTCString();
    const stale = await server.request(
      '/api/v1/Sale/11',
      write('PATCH', { Heading: 'x' }, { 'If-Unmodified-Since': secondBefore }),
    );
    assert.equal(stale.status, 412);
    const fine = await server.request(
      '/api/v1/Sale/11',
      write('PATCH', { Heading: 'Same second' }, { 'If-Unmodified-Since': sameSecond }),
    );
    assert.equal(fine.status, 200);
  });

  test('every write moves UpdatedDate into a later second, even two writes within one second', async () => {
    const first = /** @type {any} */ (
      await (await server.request('/api/v1/Sale/12', write('PATCH', { Heading: 'a' }))).json()
    );
    const second = /** @type {any} */ (
      await (await server.request('/api/v1/Sale/12', write('PATCH', { Heading: 'b' }))).json()
    );
    assert.ok(
      Math.floor(Date.parse(second.UpdatedDate) / 1000) > Math.floor(Date.parse(first.UpdatedDate) / 1000),
    );
  });

  test('a header that is no HTTP date is a 400', async () => {
    const response = await server.request(
      '/api/v1/Sale/12',
      write('PATCH', { Heading: 'x' }, { 'If-Unmodified-Since': 'yesterday' }),
    );
    assert.equal(response.status, 400);
    assert.match(/** @type {any} */ (await response.json()).Message, /If-Unmodified-Since/);
  });
});

describe('POST and DELETE', () => {
  test('POST creates a sale: 201, a new SaleId, UpdatedDate, defaults for what it leaves out', async () => {
    const response = await server.request(
      '/api/v1/Sale',
      write('POST', {
        Heading: 'Brand new',
        SaleType: { SaleTypeId: 1 },
        Rating: { Id: 2 },
        Contact: { ContactId: 3 },
        Amount: 5000,
        Links: [{ EntityName: 'url', Description: 'Site', ExtraInfo: 'https://example.com' }],
      }),
    );
    assert.equal(response.status, 201);
    const sale = /** @type {any} */ (await response.json());
    assert.ok(sale.SaleId > 300);
    assert.equal(sale.Heading, 'Brand new');
    assert.equal(sale.Status, 'Open');
    assert.equal(sale.Associate.AssociateId, 1, 'the current user owns it');
    assert.equal(sale.Probability, 25, "the stage's probability");
    assert.equal(sale.Currency.Value, 'NOK');
    assert.equal(sale.Links[0].ExtraInfo, 'https://example.com');
    assert.ok(sale.UpdatedDate);
    assert.deepEqual(await getSale(sale.SaleId), sale);
  });

  test('POST with bad input is a 400 and creates nothing', async () => {
    const count = () => server.db.prepare('SELECT count(*) FROM sale').pluck().get();
    const before = count();
    const response = await server.request('/api/v1/Sale', write('POST', { Heading: 'x', Nonsense: true }));
    assert.equal(response.status, 400);
    assert.equal(count(), before);
  });

  test('a field named like a property every object has (constructor, toString, __proto__) is an unknown field: a 400, not a 500', async () => {
    const before = await getSale(6);
    const sales = () => server.db.prepare('SELECT count(*) FROM sale').pluck().get();
    const count = sales();
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      // JSON.parse makes "__proto__" an own field, as a client's JSON text has it.
      const merge = `{"Heading": "x", ${JSON.stringify(name)}: {"a": 1}}`;
      const jsonPatch = [{ op: 'replace', path: `/${name}`, value: { a: 1 } }];
      for (const [method, path, body] of /** @type {const} */ ([
        ['PATCH', '/api/v1/Sale/6', merge],
        ['PATCH', '/api/v1/Sale/6', jsonPatch],
        ['POST', '/api/v1/Sale', merge],
      ])) {
        const response = await server.request(path, write(method, body));
        assert.equal(response.status, 400, `${method} ${JSON.stringify(body)}`);
        const answer = /** @type {any} */ (await response.json());
        assert.match(answer.Message, new RegExp(`Unknown field: ${name}`));
      }
    }
    assert.deepEqual(await getSale(6), before);
    assert.equal(sales(), count);
  });

  test('DELETE answers 204, then the sale is gone (404), and a second DELETE is a 404', async () => {
    const response = await server.request('/api/v1/Sale/20', { method: 'DELETE' });
    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
    assert.equal((await server.request('/api/v1/Sale/20')).status, 404);
    assert.equal((await server.request('/api/v1/Sale/20', { method: 'DELETE' })).status, 404);
    assert.equal(
      server.db.prepare('SELECT count(*) FROM sale_stakeholder WHERE sale_id = 20').pluck().get(),
      0,
    );
  });
});

test('what was written survives a restart of the server', async () => {
  await server.request('/api/v1/Sale/30', write('PATCH', { Heading: 'Kept across restarts' }));
  await server.restart();
  assert.equal((await getSale(30)).Heading, 'Kept across restarts');
});
