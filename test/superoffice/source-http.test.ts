/**
 * superOfficeSource's HTTP behaviour: addresses, the host's headers (per request), and what every
 * kind of failure rejects with.
 */
import { expect } from '@open-wc/testing';
import { SuperOfficeError, superOfficeSource } from '../../src/superoffice/index.js';
import { BASE, errorAnswer, fakeServer, json, sample } from './fake-server.js';

const quiet = { onWarnings: () => {} };

async function rejection(promise: Promise<unknown>): Promise<SuperOfficeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SuperOfficeError);
    return error as SuperOfficeError;
  }
  throw new Error('expected the promise to reject');
}

describe('superOfficeSource: requests', () => {
  it('reads a sale with GET {baseUrl}/api/v1/Sale/{id} and Accept: application/json', async () => {
    const entity = await sample('sale-entity.sample.json');
    const server = fakeServer(() => json(entity));
    const source = superOfficeSource({ baseUrl: `${BASE}/`, fetch: server.fetch, ...quiet });
    const sale = await source.sale(856);
    expect(server.requests[0]!.url.href).to.equal(`${BASE}/api/v1/Sale/856`);
    expect(server.requests[0]!.method).to.equal('GET');
    expect(server.requests[0]!.headers.get('Accept')).to.equal('application/json');
    expect(server.requests[0]!.body).to.equal(undefined);
    expect(sale.id).to.equal(856);
  });

  it('accepts a URL object as baseUrl', async () => {
    const server = fakeServer(() => json({ SaleId: 1, Heading: 'One' }));
    const source = superOfficeSource({ baseUrl: new URL(BASE), fetch: server.fetch, ...quiet });
    await source.sale(1);
    expect(server.requests[0]!.url.href).to.equal(`${BASE}/api/v1/Sale/1`);
  });

  it('sends the host headers object with every request', async () => {
    const server = fakeServer(() => json({ SaleId: 1, Heading: 'One' }));
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      headers: { Authorization: 'Bearer abc', 'SO-AppToken': 'app' },
      ...quiet,
    });
    await source.sale(1);
    await source.sale(1);
    for (const request of server.requests) {
      expect(request.headers.get('Authorization')).to.equal('Bearer abc');
      expect(request.headers.get('SO-AppToken')).to.equal('app');
    }
  });

  it('calls a headers function once per request, so each request gets a fresh token', async () => {
    const server = fakeServer(() => json({ SaleId: 1, Heading: 'One' }));
    let token = 0;
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      headers: async () => ({ Authorization: `Bearer t${(token += 1)}` }),
      ...quiet,
    });
    await source.sale(1);
    await source.sale(1);
    // Each sale is two requests: its entity and its activities.
    expect(server.requests.map((request) => request.headers.get('Authorization'))).to.deep.equal([
      'Bearer t1',
      'Bearer t2',
      'Bearer t3',
      'Bearer t4',
    ]);
  });

  it('throws a TypeError at creation for a baseUrl that cannot be an address', () => {
    for (const baseUrl of [undefined, 42, '', 'not a url', 'ftp://example.com', {}]) {
      expect(() => superOfficeSource({ baseUrl } as never), String(baseUrl)).to.throw(TypeError, /baseUrl/);
    }
    expect(() => superOfficeSource(undefined as never)).to.throw(TypeError, /options/);
    expect(() => superOfficeSource({ baseUrl: BASE, fetch: 'no' } as never)).to.throw(TypeError, /fetch/);
    expect(() => superOfficeSource({ baseUrl: BASE, headers: 7 } as never)).to.throw(TypeError, /headers/);
    expect(() => superOfficeSource({ baseUrl: BASE, pageSize: 0 })).to.throw(TypeError, /pageSize/);
  });

  it('a 404 rejects with a SuperOfficeError carrying the status and the server Message', async () => {
    const server = fakeServer(() => errorAnswer(404, 'SaleEntity with id 9 does not exist'));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const error = await rejection(source.sale(9));
    expect(error.status).to.equal(404);
    expect(error.serverMessage).to.equal('SaleEntity with id 9 does not exist');
    expect(error.errorType).to.equal('SoException');
    expect(error.message).to.contain('SaleEntity with id 9 does not exist');
    expect(error.message).to.contain('404');
    expect(error.request).to.equal('GET /Cust12345/api/v1/Sale/9');
    expect(error.name).to.equal('SuperOfficeError');
    // What <sale-screen> says in the page's language: "The server answered: <the server's words>".
    expect(error.code).to.equal('refused');
    expect(error.detail).to.equal('SaleEntity with id 9 does not exist');
  });

  it('a 500 with a plain-text body shows that text; an HTML error page is not shown', async () => {
    let body = 'Database is down';
    const server = fakeServer(() => new Response(body, { status: 500, statusText: 'Internal Server Error' }));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const plain = await rejection(source.sale(1));
    expect(plain.status).to.equal(500);
    expect(plain.serverMessage).to.equal('Database is down');
    expect(plain.message).to.equal('Database is down (the server answered 500 Internal Server Error).');
    body = '<!DOCTYPE html><html><body><h1>Oops</h1></body></html>';
    const page = await rejection(source.sale(1));
    expect(page.serverMessage).to.equal(undefined);
    expect(page.message).to.equal('The server answered 500 Internal Server Error.');
    expect([page.code, page.detail]).to.deep.equal(['refused', '500 Internal Server Error']);
  });

  it('a network failure rejects with status 0 and says the server could not be reached', async () => {
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      ...quiet,
    });
    const error = await rejection(source.sale(1));
    expect(error.status).to.equal(0);
    expect(error.code).to.equal('unreachable');
    expect(error.message).to.equal(
      'Could not reach the server at online.superoffice.com (Failed to fetch). Check the connection and try again.',
    );
  });

  it('an answer that is not JSON rejects with a message that says so', async () => {
    const server = fakeServer(() => new Response('<html>login page</html>', { status: 200 }));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, ...quiet });
    const error = await rejection(source.sale(1));
    expect(error.status).to.equal(200);
    expect(error.code).to.equal('badAnswer');
    expect(error.message).to.contain("The server's answer was not JSON");
    expect(error.message).to.contain('<html>login page</html>');
  });

  it('an answer that is JSON but no sale rejects instead of showing an empty sale', async () => {
    const server = fakeServer(() => json(['not', 'a', 'sale']));
    const warnings: unknown[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      onWarnings: (found) => warnings.push(...found),
    });
    const error = await rejection(source.sale(1));
    expect(error.message).to.equal("The server's answer to GET Sale/1 was not a sale.");
    expect(warnings).to.have.length.above(0);
  });

  it('a host headers function that throws rejects the request with its error', async () => {
    const server = fakeServer(() => json({}));
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: server.fetch,
      headers: () => {
        throw new Error('Sign in again');
      },
    });
    let caught: unknown;
    await source.sale(1).catch((error: unknown) => (caught = error));
    expect((caught as Error).message).to.equal('Sign in again');
    expect(server.requests).to.have.length(0);
  });
});
