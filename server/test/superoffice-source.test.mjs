// @ts-check
// End to end: the library's superOfficeSource, as built into dist/superoffice/, against the real
// demo backend over HTTP: load, save, a second writer meeting the first one's change (412), create,
// delete, the members in pages, the lists and the look-up.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { ROOT, dueAppointment, startServer } from './helpers.mjs';

const BUILT = join(ROOT, 'dist', 'superoffice', 'index.js');

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {any} */
let library;
/** @type {unknown[]} */
const warnings = [];
/** @type {string[]} every request the sources made */
const requests = [];

/** A source as a browser tab would have one (each tab its own). @param {object} [options] */
const newSource = (options = {}) =>
  library.superOfficeSource({
    baseUrl: server.base,
    fetch: (/** @type {string} */ url, /** @type {RequestInit} */ init) => {
      requests.push(
        `${init?.method ?? 'GET'} ${decodeURIComponent(new URL(url).pathname + new URL(url).search)}`,
      );
      return fetch(url, init);
    },
    onWarnings: (/** @type {unknown[]} */ found) => warnings.push(...found),
    ...options,
  });
const signal = () => new AbortController().signal;

before(async () => {
  assert.ok(
    existsSync(BUILT),
    `${BUILT} is missing: run \`npm run build\` first (npm test builds before test:server).`,
  );
  library = await import(pathToFileURL(BUILT).href);
  server = await startServer();
});
after(() => server?.close());

test('load: members, then one whole sale, without a warning about the server’s data', async () => {
  const source = newSource();
  const members = await source.members();
  assert.equal(members.length, 300);
  assert.ok(
    members.every(
      (/** @type {any} */ sale) =>
        sale.id && sale.title && ['open', 'sold', 'lost', 'stalled'].includes(sale.status),
    ),
  );
  const sale = await source.sale(members[0].id);
  assert.equal(sale.id, members[0].id);
  assert.equal(sale.title, members[0].title);
  assert.ok(sale.company?.name && sale.owner?.name && sale.stage?.name && sale.updatedAt);
  assert.deepEqual(warnings, []);
});

test('the next activity has its title: the Appointment due on NextDueDate', async () => {
  const due = dueAppointment(server.db);
  const sale = await newSource().sale(due.sale_id);
  assert.deepEqual([sale.nextActivity?.title, sale.nextActivity?.date], [due.description, due.date]);
});

test('members come in pages of $top until a short page', async () => {
  requests.length = 0;
  const members = await newSource({ pageSize: 120 }).members();
  assert.equal(members.length, 300);
  assert.equal(new Set(members.map((/** @type {any} */ sale) => sale.id)).size, 300);
  const pages = requests.filter((line) => line.startsWith('GET /api/v1/Sale?'));
  assert.deepEqual(
    pages.map((line) => new URLSearchParams(line.split('?')[1]).get('$skip')),
    ['0', '120', '240'],
  );
});

test('save writes only the changed fields with If-Unmodified-Since; the change is stored', async () => {
  const source = newSource();
  const sale = await source.sale(7);
  const saved = await source.save({ ...sale, title: 'Saved end to end' }, { title: 'Saved end to end' });
  assert.equal(saved.title, 'Saved end to end');
  assert.notEqual(saved.updatedAt, sale.updatedAt);
  assert.equal((await newSource().sale(7)).title, 'Saved end to end', 'another tab reads the stored sale');
});

test('a second writer who loaded the same version gets a 412: "someone else changed this sale"', async () => {
  const first = newSource();
  const second = newSource();
  const [mine, theirs] = await Promise.all([first.sale(9), second.sale(9)]);
  await first.save({ ...mine, title: 'First tab' }, { title: 'First tab' });
  const error = await second.save({ ...theirs, amount: 1 }, { amount: 1 }).then(
    () => assert.fail('the stale save went through'),
    (/** @type {any} */ rejected) => rejected,
  );
  assert.equal(error.status, 412);
  assert.match(error.message, /someone else changed this sale/i);
  assert.equal(error.message, library.CONFLICT_MESSAGE);
  const stored = await second.sale(9);
  assert.equal(stored.title, 'First tab');
  assert.notEqual(stored.amount, 1);
  // Having read the new version, the second tab may save.
  const again = await second.save({ ...stored, amount: 1 }, { amount: 1 });
  assert.equal(again.amount, 1);
});

test('create, then delete: the new sale has an id and an owner, and is gone afterwards', async () => {
  const source = newSource();
  const { saleTypes, currentUser, stages } = await source.lists();
  const created = await source.save(
    {
      title: 'Created end to end',
      status: 'open',
      saleType: saleTypes[0],
      stage: stages[1],
      owner: currentUser,
      amount: 4200,
      currency: 'NOK',
    },
    { title: 'Created end to end' },
  );
  assert.ok(created.id);
  assert.equal(created.title, 'Created end to end');
  assert.deepEqual(created.owner, currentUser);
  assert.equal(created.amount, 4200);
  assert.ok((await source.members()).some((/** @type {any} */ sale) => sale.id === created.id));
  await source.remove(created.id);
  const missing = await source.sale(created.id).then(
    () => assert.fail('the deleted sale still loads'),
    (/** @type {any} */ error) => error,
  );
  assert.equal(missing.status, 404);
});

test('lists: stages, sale types with guides, currencies, the other lists and the current user', async () => {
  const lists = await newSource().lists();
  assert.deepEqual(
    lists.stages.map((/** @type {any} */ stage) => stage.name),
    ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Verbal agreement'],
  );
  assert.equal(lists.saleTypes.length, 5);
  assert.ok(lists.saleTypes.some((/** @type {any} */ type) => type.guide?.stages.length === 5));
  assert.deepEqual(lists.currencies, ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'GBP']);
  for (const key of ['sources', 'competitors', 'credited']) assert.ok(lists[key].length > 0, key);
  assert.ok(lists.reasons.sold.length && lists.reasons.lost.length && lists.reasons.stalled.length);
  assert.deepEqual(lists.currentUser, { id: 1, name: 'Ola Hansen' });
});

test('a sale whose type has a guide shows the guide’s stages (the entity names the type; the list has its stages)', async () => {
  const row = /** @type {any} */ (
    server.db
      .prepare(
        'SELECT s.sale_id FROM sale s JOIN sale_type t ON t.sale_type_id = s.sale_type_id WHERE t.has_guide = 1 LIMIT 1',
      )
      .get()
  );
  const source = newSource();
  const lists = await source.lists();
  const sale = await source.sale(row.sale_id);
  const listed = lists.saleTypes.find((/** @type {any} */ type) => type.id === sale.saleType?.id);
  assert.ok(listed?.guide?.stages.length, 'the sale-type list gives the type a guide with stages');
  assert.deepEqual(
    sale.saleType.guide?.stages?.map((/** @type {any} */ stage) => stage.name),
    listed.guide.stages.map((/** @type {any} */ stage) => stage.name),
  );
});

test('lookup: companies, a company’s contacts, projects, owners and sales', async () => {
  const source = newSource();
  const companies = await source.lookup('company', 'berg', { signal: signal() });
  assert.ok(companies.length > 0 && companies.every((/** @type {any} */ ref) => /^berg/i.test(ref.name)));
  const company = companies[0];
  const people = await source.lookup('person', '', { signal: signal(), company });
  assert.ok(people.length > 0);
  assert.ok(people.every((/** @type {any} */ ref) => ref.company?.id === company.id));
  assert.ok((await source.lookup('project', 'b', { signal: signal() })).length > 0);
  assert.deepEqual(
    (await source.lookup('owner', 'müller', { signal: signal() })).map((/** @type {any} */ ref) => ref.name),
    ['Anna Müller'],
  );
  assert.ok((await source.lookup('sale', 'cold', { signal: signal() })).length > 0);
});

test('favourites: the star is stored per user and comes back with the members', async () => {
  const source = newSource();
  await source.favourite(3, true);
  assert.equal((await source.members()).find((/** @type {any} */ sale) => sale.id === 3).favourite, true);
  await source.favourite(3, false);
  assert.equal(
    (await newSource().members()).find((/** @type {any} */ sale) => sale.id === 3).favourite,
    false,
  );
});
