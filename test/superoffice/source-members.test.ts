/**
 * superOfficeSource's selection: the OData list of FindSale columns, paging, the host's own
 * `$filter`/`$orderBy`, rows as Sale summaries, nonsense rows as warnings, favourite flags.
 */
import { expect } from '@open-wc/testing';
import type { DataWarning } from '../../src/model/types.js';
import { superOfficeSource } from '../../src/superoffice/index.js';
import {
  BASE,
  errorAnswer,
  fakeServer,
  json,
  noContent,
  sample,
  type RecordedRequest,
} from './fake-server.js';

const STAGES = [
  { SaleStageId: 1, Value: 'Lead', Probability: 10, Rank: 1, Deleted: false },
  { SaleStageId: 2, Value: 'Proposal', Probability: 50, Rank: 2, Deleted: false },
];
const SALE_TYPES = [{ SaleTypeId: 4, Name: 'New business', Rank: 1, Deleted: false, HasGuide: false }];

/** A FindSale row. */
function row(saleId: number, overrides: Record<string, unknown> = {}) {
  return {
    PrimaryKey: saleId,
    EntityName: 'sale',
    saleId,
    heading: `Sale ${saleId}`,
    saleStatus: 'Open',
    completed: false,
    date: '2026-12-24T00:00:00+01:00',
    amount: 1000 * saleId,
    currency: 'NOK',
    probPercent: 50,
    stage: 'Proposal',
    saleType: 'New business',
    saleNumber: String(1000 + saleId),
    reopenDate: null,
    updatedDate: '2026-12-01T10:00:00Z',
    associateId: 3,
    'associate/fullName': 'Kari Nordmann',
    contactId: 7,
    'contact/name': 'Nordlys AS',
    personId: 0,
    'person/fullName': '',
    projectId: 0,
    'project/name': '',
    ...overrides,
  };
}

/** A server with `count` sales in its OData list, paging by $top/$skip. */
function listServer(
  count: number,
  extra: (request: RecordedRequest) => Response | undefined = () => undefined,
) {
  const rows = Array.from({ length: count }, (_, index) => row(index + 1));
  return fakeServer((request) => {
    const answer = extra(request);
    if (answer) return answer;
    const query = request.url.searchParams;
    switch (request.route) {
      case 'GET /api/v1/List/Rating/Items':
        return json(STAGES);
      case 'GET /api/v1/List/SaleType/Items':
        return json(SALE_TYPES);
      case 'GET /api/v1/User/currentPrincipal':
        return json({ AssociateId: 3, FullName: 'Kari Nordmann', Associate: 'KARI' });
      case 'POST /api/v1/Agents/Favourite/GetFavourites':
        return json([{ TableName: 'sale', RecordId: 2, AssociateId: 3, ExtraInfo: '', Rank: 1 }]);
      case 'GET /api/v1/Sale': {
        const skip = Number(query.get('$skip') ?? 0);
        const top = Number(query.get('$top') ?? 100);
        return json({
          'odata.metadata': `${BASE}/api/v1/archive$metadata`,
          value: rows.slice(skip, skip + top),
        });
      }
      default:
        return errorAnswer(404, `No route ${request.route}`);
    }
  });
}

describe('superOfficeSource: members()', () => {
  it('reads the OData list with FindSale columns, $orderBy date desc, $top and $skip', async () => {
    const server = listServer(3);
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    const members = await source.members();
    const list = server.requests.find((request) => request.route === 'GET /api/v1/Sale')!;
    const query = list.url.searchParams;
    expect(query.get('$select')).to.equal(
      'saleId,heading,saleStatus,completed,date,amount,currency,probPercent,stage,saleType,saleNumber,reopenDate,updatedDate,associateId,associate/fullName,contactId,contact/name,personId,person/fullName,projectId,project/name',
    );
    expect(query.get('$orderBy')).to.equal('date desc');
    expect(query.get('$top')).to.equal('200');
    expect(query.get('$skip')).to.equal('0');
    expect(query.has('$filter')).to.equal(false);
    expect(list.headers.get('Accept')).to.equal('application/json');
    expect(members.map((sale) => sale.id)).to.deep.equal([1, 2, 3]);
  });

  it('maps rows to Sale summaries through the normalizers, naming stage and sale type from the lists', async () => {
    const server = listServer(2);
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    const [first, second] = await source.members();
    expect(first).to.deep.equal({
      id: 1,
      number: '1001',
      title: 'Sale 1',
      status: 'open',
      done: false,
      stage: { id: 2, name: 'Proposal', probability: 50 },
      probability: 50,
      amount: 1000,
      currency: 'NOK',
      saleDate: '2026-12-24',
      saleType: { id: 4, name: 'New business' },
      owner: { id: 3, name: 'Kari Nordmann' },
      company: { id: 7, name: 'Nordlys AS' },
      favourite: false,
      updatedAt: '2026-12-01T10:00:00Z',
    });
    expect(second!.favourite).to.equal(true);
  });

  it('pages with $skip until a page is short', async () => {
    const server = listServer(5);
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      pageSize: 2,
      onWarnings: () => {},
    });
    const members = await source.members();
    const pages = server.requests.filter((request) => request.route === 'GET /api/v1/Sale');
    expect(
      pages.map((request) => [request.url.searchParams.get('$top'), request.url.searchParams.get('$skip')]),
    ).to.deep.equal([
      ['2', '0'],
      ['2', '2'],
      ['2', '4'],
    ]);
    expect(members.map((sale) => sale.id)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('stops at the limit, and when a server ignores $skip', async () => {
    const limited = listServer(10);
    const first = superOfficeSource({
      baseUrl: BASE,
      fetch: limited.fetch,
      pageSize: 4,
      limit: 6,
      onWarnings: () => {},
    });
    expect((await first.members()).map((sale) => sale.id)).to.deep.equal([1, 2, 3, 4, 5, 6]);

    const stubborn = listServer(0, (request) =>
      request.route === 'GET /api/v1/Sale' ? json({ value: [row(1), row(2)] }) : undefined,
    );
    const second = superOfficeSource({
      baseUrl: BASE,
      fetch: stubborn.fetch,
      pageSize: 2,
      onWarnings: () => {},
    });
    expect((await second.members()).map((sale) => sale.id)).to.deep.equal([1, 2]);
    expect(stubborn.requests.filter((request) => request.route === 'GET /api/v1/Sale')).to.have.length(2);
  });

  it("passes the host's own $filter and $orderBy", async () => {
    const server = listServer(1);
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      filter: "associateId eq 3 and saleStatus eq 'Open'",
      orderBy: 'heading asc,saleId',
      onWarnings: () => {},
    });
    await source.members();
    const query = server.requests.find((request) => request.route === 'GET /api/v1/Sale')!.url.searchParams;
    expect(query.get('$filter')).to.equal("associateId eq 3 and saleStatus eq 'Open'");
    expect(query.get('$orderBy')).to.equal('heading asc,saleId');
    // URLSearchParams encoding: what a server reads back with URLSearchParams.
    expect(server.requests.find((request) => request.route === 'GET /api/v1/Sale')!.url.search).to.contain(
      '%24filter=associateId+eq+3',
    );
  });

  it('nonsense rows become warnings, not a rejection', async () => {
    const server = listServer(0, (request) =>
      request.route === 'GET /api/v1/Sale'
        ? json({
            value: [
              row(1, { saleStatus: 'Won?', amount: 'lots', date: 'yesterday', probPercent: 557 }),
              'not a row',
              null,
              { heading: 'No id' },
              row(2, {
                heading: 42,
                currency: 'euro',
                completed: 'maybe',
                contactId: 'x',
                'contact/name': null,
              }),
            ],
          })
        : undefined,
    );
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    const members = await source.members();
    expect(members.map((sale) => sale.id)).to.deep.equal([1, 2]);
    expect(members[0]!.status).to.equal('open');
    expect(members[0]).not.to.have.property('amount');
    expect(members[0]).not.to.have.property('saleDate');
    expect(members[0]!.probability).to.equal(100);
    expect(members[1]!.title).to.equal('42');
    expect(members[1]).not.to.have.property('currency');
    expect(members[1]!.company).to.deep.equal({ id: 'x', name: 'x' });
    const fields = warnings.map((warning) => warning.field);
    expect(fields).to.include('GET /Sale?$skip=0[1]');
    expect(fields).to.include('GET /Sale?$skip=0[2]');
    expect(fields).to.include('members row 3.saleId');
    expect(fields.some((field) => field.startsWith('members row 4.'))).to.equal(true);
    expect(fields.some((field) => field.startsWith('members row 0.'))).to.equal(true);
  });

  it("the reference's published OData sample (person rows) does not reject", async () => {
    const published = await sample('sale-odata-list.sample.json');
    const server = listServer(0, (request) =>
      request.route === 'GET /api/v1/Sale' ? json(published) : undefined,
    );
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    const members = await source.members();
    // Rows without saleId fall back to PrimaryKey; a missing title is reported.
    expect(members.map((sale) => sale.id)).to.deep.equal([1955, 7360]);
    expect(warnings.some((warning) => warning.field.includes('title'))).to.equal(true);
  });

  it('an answer that is no OData list gives no members and a warning', async () => {
    const server = listServer(0, (request) =>
      request.route === 'GET /api/v1/Sale' ? json({ rows: [] }) : undefined,
    );
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    expect(await source.members()).to.deep.equal([]);
    expect(warnings[0]!.message).to.contain('expected an OData answer');
  });

  it('still lists the members when the lists and favourites cannot be read', async () => {
    const server = listServer(2, (request) =>
      request.route.startsWith('GET /api/v1/List/') || request.route.includes('Favourite')
        ? errorAnswer(500, 'Down')
        : undefined,
    );
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    const members = await source.members();
    expect(members.map((sale) => sale.id)).to.deep.equal([1, 2]);
    expect(members[0]).not.to.have.property('stage');
    expect(members[0]).not.to.have.property('favourite');
    expect(warnings.map((warning) => warning.field)).to.include('favourites');
  });

  it('favourite() adds and removes through the Favourite agent, and sale() shows it', async () => {
    const server = listServer(2, (request) => {
      if (
        request.route.startsWith('POST /api/v1/Agents/Favourite/') &&
        !request.route.endsWith('GetFavourites')
      ) {
        return noContent();
      }
      if (request.route === 'GET /api/v1/Sale/1') return json({ SaleId: 1, Heading: 'Sale 1' });
      return undefined;
    });
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    await source.members();
    await source.favourite(1, true);
    const add = server.requests.find((request) => request.route.endsWith('/AddFavourite'))!;
    expect(add.method).to.equal('POST');
    expect(add.headers.get('Content-Type')).to.equal('application/json');
    expect(add.body).to.deep.equal({ TableName: 'sale', RecordId: 1, AssociateId: 3, ExtraInfo: '' });
    expect((await source.sale(1)).favourite).to.equal(true);
    await source.favourite(1, false);
    const remove = server.requests.find((request) => request.route.endsWith('/RemoveFavourite'))!;
    expect(remove.body).to.deep.equal({ TableName: 'sale', RecordId: 1, AssociateId: 3 });
    expect((await source.sale(1)).favourite).to.equal(false);
    // The current user is asked for once.
    expect(server.routes().filter((route) => route.endsWith('currentPrincipal'))).to.have.length(1);
  });

  it('a refused favourite() rejects', async () => {
    const server = listServer(0, (request) =>
      request.route.endsWith('/AddFavourite') ? errorAnswer(403, 'Not allowed') : undefined,
    );
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    let caught: unknown;
    await source.favourite(1, true).catch((error: unknown) => (caught = error));
    expect((caught as Error).message).to.equal('Not allowed (the server answered 403).');
  });
});
