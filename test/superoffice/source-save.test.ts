/**
 * superOfficeSource's writes: PATCH with a merge patch of the changed fields and If-Unmodified-Since,
 * the 412 conflict, POST of a new sale, DELETE.
 */
import { expect } from '@open-wc/testing';
import type { Sale } from '../../src/model/types.js';
import { CONFLICT_MESSAGE, SuperOfficeError, superOfficeSource } from '../../src/superoffice/index.js';
import { BASE, errorAnswer, fakeServer, json, noContent, type RecordedRequest } from './fake-server.js';

const quiet = { onWarnings: () => {} };

/** A stored sale the fake server keeps, and answers with. */
function entity(overrides: Record<string, unknown> = {}) {
  return {
    SaleId: 12,
    Heading: 'Fibre upgrade',
    Status: 'Open',
    Completed: 'Started',
    Amount: 120000,
    Saledate: '2026-12-24T00:00:00+01:00',
    Probability: 40,
    Contact: { ContactId: 7, Name: 'Nordlys AS' },
    UpdatedDate: '2026-12-01T10:11:12.3456789+01:00',
    ...overrides,
  };
}

/** A server over one stored sale that answers GET, PATCH (merging the body), POST and DELETE. */
function saleServer(conflict?: (request: RecordedRequest) => boolean) {
  let stored = entity();
  return fakeServer((request) => {
    if (request.route === 'GET /api/v1/Sale/12') return json(stored);
    if (request.route === 'PATCH /api/v1/Sale/12') {
      if (conflict?.(request)) return errorAnswer(412, 'Sale has changed since If-Unmodified-Since');
      stored = { ...stored, ...(request.body as object), UpdatedDate: '2026-12-02T08:00:00Z' };
      return json(stored);
    }
    if (request.route === 'POST /api/v1/Sale') {
      return json({ ...(request.body as object), SaleId: 99, UpdatedDate: '2026-12-03T08:00:00Z' }, 201);
    }
    if (request.route === 'DELETE /api/v1/Sale/12') return noContent();
    return errorAnswer(404, `No route ${request.route}`);
  });
}

describe('superOfficeSource: writes', () => {
  it('saves an existing sale as a PATCH of only the changed fields, as a JSON merge patch', async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const loaded = await source.sale(12);
    const stored = await source.save(
      { ...loaded, title: 'Fibre upgrade, phase 2' },
      { title: 'Fibre upgrade, phase 2' },
    );
    const patch = server.requests.find((request) => request.method === 'PATCH')!;
    expect(patch.method).to.equal('PATCH');
    expect(patch.url.href).to.equal(`${BASE}/api/v1/Sale/12`);
    expect(patch.headers.get('Content-Type')).to.equal('application/merge-patch+json');
    expect(patch.headers.get('Accept')).to.equal('application/json');
    expect(patch.body).to.deep.equal({ Heading: 'Fibre upgrade, phase 2' });
    // The stored entity the PATCH answered with is what the screen gets; no second GET.
    expect(server.routes()).to.deep.equal([
      'GET /api/v1/Sale/12',
      'GET /api/v1/Sale/12/Activities',
      'PATCH /api/v1/Sale/12',
    ]);
    expect(stored.title).to.equal('Fibre upgrade, phase 2');
    expect(stored.updatedAt).to.equal('2026-12-02T08:00:00Z');
  });

  it('sends If-Unmodified-Since as the HTTP date of the UpdatedDate it loaded, and the next one after a save', async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const loaded = await source.sale(12);
    const first = await source.save({ ...loaded, amount: 1 }, { amount: 1 });
    await source.save({ ...first, amount: 2 }, { amount: 2 });
    const patches = server.requests.filter((request) => request.method === 'PATCH');
    // 10:11:12.3456789+01:00 is 09:11:12 UTC; HTTP dates have whole seconds.
    expect(patches[0]!.headers.get('If-Unmodified-Since')).to.equal('Tue, 01 Dec 2026 09:11:12 GMT');
    expect(patches[1]!.headers.get('If-Unmodified-Since')).to.equal('Wed, 02 Dec 2026 08:00:00 GMT');
    expect(patches[1]!.body).to.deep.equal({ Amount: 2 });
  });

  it("uses the sale object's updatedAt when it did not load the sale itself", async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const draft: Sale = { id: 12, title: 'Renamed', status: 'open', updatedAt: '2026-11-30T23:30:00-02:00' };
    await source.save(draft, { title: 'Renamed' });
    expect(server.requests[0]!.headers.get('If-Unmodified-Since')).to.equal('Tue, 01 Dec 2026 01:30:00 GMT');
  });

  it('a 412 rejects with a message that the sale was changed by someone else, carrying the stored sale', async () => {
    let conflicts = 1;
    const server = saleServer(() => conflicts-- > 0);
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const loaded = await source.sale(12);
    let caught: unknown;
    await source
      .save({ ...loaded, title: 'Mine' }, { title: 'Mine' })
      .catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(SuperOfficeError);
    const error = caught as SuperOfficeError;
    expect(error.status).to.equal(412);
    expect(error.code).to.equal('conflict');
    expect(error.isConflict).to.equal(true);
    expect(error.message).to.equal(CONFLICT_MESSAGE);
    expect(error.message).to.contain('Someone else changed this sale');
    expect(error.serverMessage).to.equal('Sale has changed since If-Unmodified-Since');
    expect(error.latest?.title).to.equal('Fibre upgrade');
    expect(server.routes()).to.deep.equal([
      'GET /api/v1/Sale/12',
      'GET /api/v1/Sale/12/Activities',
      'PATCH /api/v1/Sale/12',
      'GET /api/v1/Sale/12',
    ]);
    // Saving again is made against the version read after the conflict, and goes through.
    const stored = await source.save({ ...loaded, title: 'Mine' }, { title: 'Mine' });
    expect(stored.title).to.equal('Mine');
  });

  it('a 404 or 400 on save rejects with the server message', async () => {
    const server = fakeServer(() => errorAnswer(400, 'Unknown field "Colour"', 'BadRequest'));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    let caught: unknown;
    await source
      .save({ id: 5, title: 'A', status: 'open' }, { title: 'A' })
      .catch((error: unknown) => (caught = error));
    expect((caught as SuperOfficeError).status).to.equal(400);
    expect((caught as SuperOfficeError).message).to.equal(
      'Unknown field "Colour" (the server answered 400).',
    );
  });

  it('a save whose changes SaleEntity does not store sends no PATCH and reads the sale again', async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const loaded = await source.sale(12);
    await source.save({ ...loaded, favourite: true }, { favourite: true });
    expect(server.routes()).to.deep.equal([
      'GET /api/v1/Sale/12',
      'GET /api/v1/Sale/12/Activities',
      'GET /api/v1/Sale/12',
    ]);
  });

  it('creates a new sale with POST /api/v1/Sale and answers with its new id', async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const draft: Sale = { id: '', title: 'New deal', status: 'open', owner: { id: 3, name: 'Kari' } };
    const stored = await source.save(draft, { title: 'New deal' });
    const post = server.requests[0]!;
    expect(post.route).to.equal('POST /api/v1/Sale');
    expect(post.headers.get('Content-Type')).to.equal('application/json');
    expect(post.headers.has('If-Unmodified-Since')).to.equal(false);
    const body = post.body as Record<string, unknown>;
    expect(body.Heading).to.equal('New deal');
    expect(body.Associate).to.include({ AssociateId: 3 });
    expect(body).not.to.have.property('SaleId');
    expect(stored.id).to.equal(99);
    expect(stored.title).to.equal('New deal');
  });

  it('removes a sale with DELETE /api/v1/Sale/{id}', async () => {
    const server = saleServer();
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    await source.remove(12);
    expect(server.routes()).to.deep.equal(['DELETE /api/v1/Sale/12']);
    let caught: unknown;
    await source.remove(13).catch((error: unknown) => (caught = error));
    expect((caught as SuperOfficeError).status).to.equal(404);
  });
});
