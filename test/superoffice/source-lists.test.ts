/** superOfficeSource's choice lists (`lists()`) and searches (`lookup()`). */
import { expect } from '@open-wc/testing';
import type { DataWarning } from '../../src/model/types.js';
import { superOfficeSource } from '../../src/superoffice/index.js';
import { BASE, errorAnswer, fakeServer, json, sample, type RecordedRequest } from './fake-server.js';

const mdo = (id: number, name: string, rank: number, deleted = false) => ({
  Id: id,
  Name: name,
  ToolTip: '',
  Deleted: deleted,
  Rank: rank,
});

const LIST_ANSWERS: Record<string, unknown> = {
  'GET /api/v1/List/Rating/Items': [
    { SaleStageId: 2, Value: 'Proposal', Probability: 50, Rank: 2, Deleted: false },
    { SaleStageId: 1, Value: 'Lead', Probability: 10, Rank: 1, Deleted: false },
    { SaleStageId: 9, Value: 'Old', Probability: 5, Rank: 3, Deleted: true },
  ],
  'GET /api/v1/List/SaleType/Items': [
    {
      SaleTypeId: 4,
      Name: 'New business',
      Rank: 1,
      Deleted: false,
      HasGuide: true,
      IsAutoAdvance: true,
      SaleDuration: 2,
      DurationUnit: 'Week',
      Stages: [
        { Id: 1, Name: 'Lead', Rank: 1, Deleted: false },
        { Id: 2, Name: 'Proposal', Rank: 2, Deleted: false },
      ],
    },
    { SaleTypeId: 5, Name: 'Renewal', Rank: 2, Deleted: false, HasGuide: false },
  ],
  'GET /api/v1/List/Currency/Items': [
    { CurrencyId: 1, Name: 'NOK', Rank: 1, Deleted: false },
    { CurrencyId: 2, Name: 'EUR', Rank: 2, Deleted: false },
  ],
  'GET /api/v1/MDOList/source': [mdo(1, 'Web', 2), mdo(2, 'Fair', 1)],
  'GET /api/v1/MDOList/comptr': [mdo(1, 'Rival AS', 1), mdo(2, 'Gone AS', 2, true)],
  'GET /api/v1/MDOList/credited': [mdo(3, 'Kari Nordmann', 1)],
  'GET /api/v1/MDOList/reason': [mdo(1, 'Price', 1)],
  'GET /api/v1/MDOList/reasonsold': [mdo(1, 'Best offer', 1)],
  'GET /api/v1/MDOList/reasonstalled': [mdo(1, 'Budget freeze', 1)],
  'GET /api/v1/User/currentPrincipal': { AssociateId: 3, FullName: 'Kari Nordmann', Associate: 'KARI' },
};

function listsServer(override: (request: RecordedRequest) => Response | undefined = () => undefined) {
  return fakeServer((request) => {
    const answer = override(request);
    if (answer) return answer;
    const body = LIST_ANSWERS[request.route];
    return body === undefined ? errorAnswer(404, `No route ${request.route}`) : json(body);
  });
}

describe('superOfficeSource: lists()', () => {
  it('reads every choice list from the reference endpoints, without deleted items, by rank', async () => {
    const server = listsServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch });
    const lists = await source.lists();
    expect([...server.routes()].sort()).to.deep.equal([
      'GET /api/v1/List/Currency/Items',
      'GET /api/v1/List/Rating/Items',
      'GET /api/v1/List/SaleType/Items',
      'GET /api/v1/MDOList/comptr',
      'GET /api/v1/MDOList/credited',
      'GET /api/v1/MDOList/reason',
      'GET /api/v1/MDOList/reasonsold',
      'GET /api/v1/MDOList/reasonstalled',
      'GET /api/v1/MDOList/source',
      'GET /api/v1/User/currentPrincipal',
    ]);
    const mdoRequest = server.requests.find((request) => request.route === 'GET /api/v1/MDOList/source')!;
    expect(mdoRequest.url.searchParams.get('flat')).to.equal('true');
    expect(lists).to.deep.equal({
      stages: [
        { id: 1, name: 'Lead', probability: 10 },
        { id: 2, name: 'Proposal', probability: 50 },
      ],
      saleTypes: [
        {
          id: 4,
          name: 'New business',
          guide: {
            id: 4,
            name: 'New business',
            autoAdvance: true,
            stages: [
              { stageId: 1, name: 'Lead', probability: 10, steps: [] },
              { stageId: 2, name: 'Proposal', probability: 50, steps: [] },
            ],
          },
          duration: 14,
        },
        { id: 5, name: 'Renewal' },
      ],
      currencies: ['NOK', 'EUR'],
      sources: [
        { id: 2, name: 'Fair' },
        { id: 1, name: 'Web' },
      ],
      competitors: [{ id: 1, name: 'Rival AS' }],
      credited: [{ id: 3, name: 'Kari Nordmann' }],
      reasons: {
        lost: [{ id: 1, name: 'Price' }],
        sold: [{ id: 1, name: 'Best offer' }],
        stalled: [{ id: 1, name: 'Budget freeze' }],
      },
      currentUser: { id: 3, name: 'Kari Nordmann' },
    });
  });

  it('leaves out an optional list the server does not have (404), but rejects when stages fail', async () => {
    const partial = listsServer((request) =>
      request.route.startsWith('GET /api/v1/MDOList/') || request.route.endsWith('currentPrincipal')
        ? errorAnswer(404, 'Not here')
        : undefined,
    );
    const lists = await superOfficeSource({ baseUrl: BASE, fetch: partial.fetch }).lists();
    expect(Object.keys(lists).sort()).to.deep.equal(['currencies', 'saleTypes', 'stages']);

    const broken = listsServer((request) =>
      request.route === 'GET /api/v1/List/Rating/Items' ? errorAnswer(500, 'Stage list broke') : undefined,
    );
    let caught: unknown;
    await superOfficeSource({ baseUrl: BASE, fetch: broken.fetch })
      .lists()
      .catch((error: unknown) => (caught = error));
    expect((caught as Error).message).to.equal('Stage list broke (the server answered 500).');
  });

  it("the reference's published list samples (deleted stage, nonsense duration) give warnings, not errors", async () => {
    const [stages, saleTypes, items, principal] = await Promise.all([
      sample('list-rating-items.sample.json'),
      sample('list-saletype-items.sample.json'),
      sample('mdolist.sample.json'),
      sample('current-principal.sample.json'),
    ]);
    const server = listsServer((request) => {
      if (request.route === 'GET /api/v1/List/Rating/Items') return json(stages);
      if (request.route === 'GET /api/v1/List/SaleType/Items') return json(saleTypes);
      if (request.route.startsWith('GET /api/v1/MDOList/')) return json(items);
      if (request.route.endsWith('currentPrincipal')) return json(principal);
      return undefined;
    });
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    const lists = await source.lists();
    expect(lists.stages).to.deep.equal([]);
    // The guide's only stage is deleted, so the type has no guide; "Century" is no unit it knows.
    expect(lists.saleTypes).to.deep.equal([{ id: 763, name: 'Renewal' }]);
    expect(lists.sources).to.deep.equal([{ id: 734, name: 'Hauck, Gaylord and Satterfield' }]);
    expect(lists.currentUser).to.deep.equal({ id: 692, name: 'Elouise Ankunding' });
    expect(warnings.map((warning) => warning.field)).to.include('List/SaleType/Items[0].SaleDuration');
  });
});

describe('superOfficeSource: lookup()', () => {
  const rows = (value: unknown[]) => json({ 'odata.metadata': '', value });

  function lookupServer() {
    return fakeServer((request) => {
      switch (request.route) {
        case 'GET /api/v1/Contact':
          return rows([
            { PrimaryKey: 7, contactId: 7, name: 'Nordlys AS', department: 'Sales' },
            { PrimaryKey: 8, contactId: 8, name: 'Nordkapp AS', department: '' },
          ]);
        case 'GET /api/v1/Person':
          return rows([{ personId: 21, fullName: 'Ola Hansen', contactId: 7, 'contact/name': 'Nordlys AS' }]);
        case 'GET /api/v1/Project':
          return rows([{ projectId: 4, name: 'Rollout' }, 'junk', { name: 'no id' }]);
        case 'GET /api/v1/Sale':
          return rows([{ saleId: 12, heading: 'Fibre upgrade' }]);
        case 'GET /api/v1/MDOList/associate':
          return json([{ Id: 3, Name: 'KARI', FullName: 'Kari Nordmann', Deleted: false, Rank: 1 }]);
        default:
          return errorAnswer(404, 'No route');
      }
    });
  }

  const context = (extra: object = {}) => ({ signal: new AbortController().signal, ...extra });

  it('searches companies through the Contact archive, by name', async () => {
    const server = lookupServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch });
    const found = await source.lookup!('company', " Nord'lys ", context());
    const query = server.requests[0]!.url.searchParams;
    expect(server.requests[0]!.route).to.equal('GET /api/v1/Contact');
    expect(query.get('$select')).to.equal('contactId,name,department');
    expect(query.get('$filter')).to.equal("name begins 'Nord''lys'");
    expect(query.get('$orderBy')).to.equal('name');
    expect(query.get('$top')).to.equal('20');
    expect(found).to.deep.equal([
      { id: 7, name: 'Nordlys AS, Sales' },
      { id: 8, name: 'Nordkapp AS' },
    ]);
  });

  it("restricts a person search to the sale's company and gives each person its company", async () => {
    const server = lookupServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch });
    const found = await source.lookup!('person', 'Ola', context({ company: { id: 7, name: 'Nordlys AS' } }));
    const query = server.requests[0]!.url.searchParams;
    expect(query.get('$select')).to.equal('personId,fullName,contactId,contact/name');
    expect(query.get('$filter')).to.equal("fullName begins 'Ola' and contactId eq 7");
    expect(found).to.deep.equal([{ id: 21, name: 'Ola Hansen', company: { id: 7, name: 'Nordlys AS' } }]);
    await source.lookup!('person', 'Ola', context());
    expect(server.requests[1]!.url.searchParams.get('$filter')).to.equal("fullName begins 'Ola'");
    await source.lookup!('person', '', context({ company: { id: 7, name: 'Nordlys AS' } }));
    expect(server.requests[2]!.url.searchParams.get('$filter')).to.equal('contactId eq 7');
  });

  it('searches projects, sales and owners; skips rows without an id', async () => {
    const server = lookupServer();
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    expect(await source.lookup!('project', 'Roll', context())).to.deep.equal([{ id: 4, name: 'Rollout' }]);
    expect(warnings.map((warning) => warning.field)).to.deep.equal(['lookup project[1]']);
    expect(await source.lookup!('sale', 'Fib', context())).to.deep.equal([{ id: 12, name: 'Fibre upgrade' }]);
    expect(await source.lookup!('owner', 'Kari', context())).to.deep.equal([
      { id: 3, name: 'Kari Nordmann' },
    ]);
    const owner = server.requests.at(-1)!;
    expect(owner.route).to.equal('GET /api/v1/MDOList/associate');
    expect(owner.url.searchParams.get('query')).to.equal('Kari');
    expect(await source.lookup!('document', 'x', context())).to.deep.equal([]);
    expect(server.requests).to.have.length(3);
  });

  it('aborts the request when the signal is aborted', async () => {
    let answer: ((response: Response) => void) | undefined;
    const server = fakeServer(() => new Promise<Response>((resolve) => (answer = resolve)));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch });
    const controller = new AbortController();
    const search = source.lookup!('company', 'Nord', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve));
    expect(server.requests[0]!.signal).to.equal(controller.signal);
    controller.abort();
    let caught: unknown;
    await search.catch((error: unknown) => (caught = error));
    expect((caught as Error).name).to.equal('AbortError');
    answer?.(json({ value: [] }));
  });
});
