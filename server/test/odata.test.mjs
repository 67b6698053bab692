// @ts-check
// The OData archive lists: $select, $filter, $orderBy, $top/$skip with odata.nextLink, unknown
// columns, and values that try to be SQL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => (server = await startServer()));
after(() => server.close());

/** GET an archive list with these query parameters (encoded as URLSearchParams does). @param {string} path @param {Record<string, string>} query */
async function list(path, query) {
  const response = await server.request(`${path}?${new URLSearchParams(query)}`);
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
}
const count = (/** @type {string} */ where) =>
  server.db.prepare(`SELECT count(*) FROM sale WHERE ${where}`).pluck().get();

describe('GET /api/v1/Sale (FindSale)', () => {
  test('$select picks the columns; each row has PrimaryKey and EntityName; values are typed', async () => {
    const { status, body } = await list('/api/v1/Sale', {
      $select:
        'saleId,heading,saleStatus,completed,date,amount,currency,probPercent,stage,saleType,saleNumber,nextDueDate,reopenDate,updatedDate,associateId,associate/fullName,contactId,contact/name,personId,person/fullName,projectId,project/name',
      $top: '5',
    });
    assert.equal(status, 200);
    assert.match(body['odata.metadata'], /\/api\/v1\/archive\$metadata$/);
    assert.equal(body.value.length, 5);
    const [row] = body.value;
    assert.deepEqual(Object.keys(row).slice(0, 4), ['PrimaryKey', 'EntityName', 'saleId', 'heading']);
    assert.equal(row.EntityName, 'sale');
    assert.equal(row.PrimaryKey, row.saleId);
    assert.equal(typeof row.completed, 'boolean');
    assert.match(row.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(row.updatedDate, /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(['Open', 'Sold', 'Lost', 'Stalled'].includes(row.saleStatus));
    assert.equal(typeof row['associate/fullName'], 'string');
    assert.equal(typeof row['contact/name'], 'string');
    // SuperOffice's "none": 0 and ''.
    const noProject = body.value.find((/** @type {any} */ r) => r.projectId === 0);
    if (noProject) assert.equal(noProject['project/name'], '');
  });

  test('$top and $skip page through every sale; odata.nextLink names the next page until the last', async () => {
    const total = count('1');
    const seen = new Set();
    let skip = 0;
    for (;;) {
      const { body } = await list('/api/v1/Sale', {
        $select: 'saleId',
        $orderBy: 'date desc',
        $top: '70',
        $skip: String(skip),
      });
      for (const row of body.value) seen.add(row.saleId);
      if (body.value.length < 70) {
        assert.equal(body['odata.nextLink'], undefined, 'no next link on the last page');
        break;
      }
      const next = new URL(body['odata.nextLink']);
      assert.equal(next.searchParams.get('$skip'), String(skip + 70));
      assert.equal(next.searchParams.get('$top'), '70');
      skip += 70;
    }
    assert.equal(seen.size, total, 'every sale once, no sale twice (a stable order)');
  });

  test('$orderBy sorts by one or more columns, either way', async () => {
    const { body } = await list('/api/v1/Sale', {
      $select: 'amount,heading',
      $orderBy: 'amount desc,heading',
      $top: '50',
    });
    const amounts = body.value.map((/** @type {any} */ row) => row.amount);
    assert.deepEqual(
      amounts,
      [...amounts].sort((a, b) => b - a),
    );
    const { body: ascending } = await list('/api/v1/Sale', {
      $select: 'heading',
      $orderby: 'heading asc',
      $top: '30',
    });
    const headings = ascending.value.map((/** @type {any} */ row) => row.heading.toLowerCase());
    assert.deepEqual(headings, [...headings].sort());
  });

  test('$filter: eq, ne, comparisons, begins, startswith, substringof, contains, and, or, not, booleans, dates, lists by id', async () => {
    /** @type {[string, string][]} */
    const cases = [
      ["saleStatus eq 'Open'", "status = 'Open'"],
      ["saleStatus eq 'open'", "status = 'Open'"],
      ['saleStatus eq 2', "status = 'Sold'"],
      ["saleStatus ne 'Open'", "status <> 'Open'"],
      ['amount gt 500000', 'amount > 500000'],
      ['amount le 50000', 'amount <= 50000'],
      ['probPercent ge 75 and completed eq false', 'probability >= 75 AND done = 0'],
      ['completed eq true', 'done = 1'],
      ["date lt '2026-06-15'", "saledate < '2026-06-15'"],
      ["date ge datetime'2026-06-15T00:00:00'", "saledate >= '2026-06-15'"],
      ["heading begins 'fleet'", "heading LIKE 'Fleet%'"],
      ["startswith(heading,'Fleet')", "heading LIKE 'Fleet%'"],
      ["substringof('trucks',heading)", "heading LIKE '%trucks%'"],
      ["substringof('trucks', heading) eq true", "heading LIKE '%trucks%'"],
      ["contains(heading,'TRUCKS')", "heading LIKE '%trucks%'"],
      ["heading contains 'sensor'", "heading LIKE '%sensor%'"],
      ["saleStatus eq 'Sold' or saleStatus eq 'Lost'", "status IN ('Sold', 'Lost')"],
      ["not (saleStatus eq 'Open')", "status <> 'Open'"],
      ['associateId eq 3', 'associate_id = 3'],
      ['associateId currentAssociate', 'associate_id = 1'],
      ['currency eq 4', 'currency_id = 4'],
      ["currency eq 'EUR'", 'currency_id = 4'],
      ['projectId eq null', 'project_id IS NULL'],
    ];
    for (const [filter, where] of cases) {
      const { status, body } = await list('/api/v1/Sale', { $select: 'saleId', $filter: filter });
      assert.equal(status, 200, filter);
      assert.equal(body.value.length, count(where), filter);
    }
  });

  test("a quoted value escapes ' by doubling it, and non-ASCII text matches in any case", async () => {
    server.db.prepare("UPDATE sale SET heading = 'Kari''s Ålesund deal' WHERE sale_id = 50").run();
    for (const filter of [
      "heading eq 'Kari''s Ålesund deal'",
      "heading begins 'kari''s ålesund'",
      "substringof('ÅLESUND', heading)",
    ]) {
      const { body } = await list('/api/v1/Sale', { $select: 'saleId', $filter: filter });
      assert.deepEqual(
        body.value.map((/** @type {any} */ row) => row.saleId),
        [50],
        filter,
      );
    }
    // % and _ are literal in begins/contains
    const { body } = await list('/api/v1/Sale', { $select: 'saleId', $filter: "heading contains '%'" });
    assert.equal(body.value.length, 0);
  });

  test('a $skip or $top of 20 digits (past any table) is an empty page or the whole first page, not a 500', async () => {
    const far = '99999999999999999999';
    const skipped = await list('/api/v1/Sale', { $top: '5', $skip: far });
    assert.equal(skipped.status, 200, JSON.stringify(skipped.body));
    assert.deepEqual(skipped.body.value, []);
    const topped = await list('/api/v1/Sale', { $select: 'saleId', $top: far });
    assert.equal(topped.status, 200, JSON.stringify(topped.body));
    assert.equal(topped.body.value.length, count('1'));
  });

  test('a date no calendar has in $filter (month 13) is a 400 naming the column, not a 500', async () => {
    const { status, body } = await list('/api/v1/Sale', { $filter: "date lt '2026-13-45'" });
    assert.equal(status, 400, JSON.stringify(body));
    assert.match(body.Message, /date takes a date/);
  });

  test('unknown columns, in $select, $filter or $orderBy, are a 400 naming every one', async () => {
    /** @type {[Record<string, string>, RegExp][]} */
    const cases = [
      [{ $select: 'saleId,colour,size' }, /Unknown columns for sale: colour, size/],
      [{ $filter: "colour eq 'red'" }, /Unknown column for sale: colour/],
      [{ $orderBy: 'colour desc' }, /Unknown column for sale: colour/],
      [{ $orderBy: 'heading sideways' }, /\$orderBy/],
      [{ $top: '-1' }, /\$top must be a whole number/],
      [{ $skip: 'x' }, /\$skip must be a whole number/],
      [{ $filter: "heading eq 'unclosed" }, /not closed/],
      [{ $filter: 'amount gt' }, /value is missing/],
      [{ $filter: "amount gt 'lots'" }, /amount takes a number/],
      [{ $filter: "date lt 'soon'" }, /date takes a date/],
      [{ $filter: 'heading frobs 1' }, /unknown operator "frobs"/],
      [{ $filter: 'amount gt 1 amount' }, /unexpected "amount"/],
      [{ $filter: 'amount gt 1; DROP TABLE sale' }, /unexpected ";"/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await list('/api/v1/Sale', query);
      assert.equal(status, 400, JSON.stringify(query));
      assert.equal(body.ErrorType, 'BadRequest');
      assert.match(body.Message, message, JSON.stringify(query));
    }
  });

  test('values that try to be SQL are only values: nothing matches, nothing breaks, nothing is dropped', async () => {
    const before = count('1');
    const attempts = [
      "heading eq 'x'' OR ''1''=''1'",
      "heading eq ''' OR 1=1 --'",
      "heading begins '%' or heading begins '''; DROP TABLE sale; --'",
      "substringof(''') UNION SELECT name, sql FROM sqlite_master --', heading)",
      "saleStatus eq 'Open'' OR 1=1'",
    ];
    for (const filter of attempts) {
      const { status, body } = await list('/api/v1/Sale', { $select: 'saleId,heading', $filter: filter });
      assert.equal(status, 200, filter);
      assert.equal(body.value.length, 0, filter);
    }
    assert.equal(count('1'), before);
    assert.ok(server.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sale'").pluck().get());
  });

  test('without $select and $orderBy: the default columns, newest sale date first', async () => {
    const { body } = await list('/api/v1/Sale', { $top: '10' });
    assert.ok('heading' in body.value[0] && 'saleStatus' in body.value[0]);
    const dates = body.value.map((/** @type {any} */ row) => row.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('$jsonSafe makes column names with / into names with _', async () => {
    const { body } = await list('/api/v1/Sale', { $select: 'contact/name', $top: '1', $jsonSafe: 'true' });
    assert.ok('contact_name' in body.value[0]);
  });
});
