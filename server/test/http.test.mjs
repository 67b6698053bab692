// @ts-check
// The server as a whole: static files with MIME types and no way out of demo/ and dist/, the
// Content-Security-Policy on every answer, unknown routes, and a handler that throws.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { request as rawRequest } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, startServer } from './helpers.mjs';

/** @type {{ message: string, error: unknown }[]} */
const logged = [];
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(
  async () =>
    (server = await startServer({
      log: (message, error) => logged.push({ message, error }),
      routes: [
        {
          method: 'GET',
          pattern: /^\/api\/v1\/Test\/Crash$/,
          handle: () => {
            throw new TypeError('a bug in a handler');
          },
        },
        {
          method: 'GET',
          pattern: /^\/api\/v1\/Test\/Reject$/,
          handle: async () => Promise.reject(new Error('async bug')),
        },
      ],
    })),
);
after(() => server.close());

/** A request with the path exactly as written (fetch would normalise ../ away). @param {string} path */
function raw(path) {
  return new Promise((resolve, reject) => {
    const url = new URL(server.base);
    rawRequest({ host: url.hostname, port: url.port, path }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    })
      .on('error', reject)
      .end();
  });
}

const POLICY =
  /default-src 'self'; script-src 'self' 'nonce-[^']+'; style-src 'self'.*require-trusted-types-for 'script'; trusted-types lit-html/;

test('/ redirects to the demo page, which is HTML', async () => {
  const redirect = await server.request('/', { redirect: 'manual' });
  assert.equal(redirect.status, 302);
  assert.equal(redirect.headers.get('location'), '/demo/');
  const page = await server.request('/demo/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await page.text(), /<sale-screen/);
});

test('demo scripts and styles, and built dist files, with their MIME types', async () => {
  const script = await server.request('/demo/main.js');
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const style = await server.request('/demo/demo.css');
  assert.equal(style.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.ok(
    existsSync(join(ROOT, 'dist', 'sales-elements.min.js')),
    'run `npm run build` first: dist/ is served from the build',
  );
  const dist = await server.request('/dist/sales-elements.min.js');
  assert.equal(dist.status, 200);
  assert.equal(dist.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const head = await server.request('/dist/sales-elements.min.js', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('no file outside demo/ and dist/: traversal attempts, other folders and missing files are 404', async () => {
  for (const path of [
    '/demo/../package.json',
    '/demo/%2e%2e/package.json',
    '/dist/..%2f..%2fpackage.json',
    '/demo/..%5cpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/demo/%00index.html',
    '/demo/%E0%A4%A',
    '/package.json',
    '/server/db.mjs',
    '/.data/sales.sqlite',
    '/demo/missing.js',
    '/dist/',
  ]) {
    assert.equal(await raw(path), 404, path);
  }
  assert.equal((await server.request('/demo/index.html', { method: 'POST' })).status, 405);
});

test('every answer carries the strict Content-Security-Policy, API answers too, each with a fresh nonce', async () => {
  const answers = await Promise.all(
    [
      '/demo/',
      '/dist/sales-elements.min.js',
      '/api/v1/Sale/1',
      '/api/v1/Sale/99999',
      '/nothing',
      '/api/v1/List/Rating/Items',
    ].map((path) => server.request(path)),
  );
  const policies = answers.map((answer) => answer.headers.get('content-security-policy') ?? '');
  for (const policy of policies) assert.match(policy, POLICY);
  assert.equal(new Set(policies).size, policies.length, 'a new nonce each time');
  assert.equal(answers[2].headers.get('x-content-type-options'), 'nosniff');
});

test('unknown API routes are 404 JSON; a known route with another method is 405 with Allow', async () => {
  const missing = await server.request('/api/v1/Nothing');
  assert.equal(missing.status, 404);
  assert.equal(/** @type {any} */ (await missing.json()).ErrorType, 'NotFound');
  const method = await server.request('/api/v1/Sale', { method: 'PUT' });
  assert.equal(method.status, 405);
  assert.equal(method.headers.get('allow'), 'GET, POST');
});

test('a handler that throws (or rejects) answers 500 JSON, is logged, and the server keeps answering', async () => {
  for (const path of ['/api/v1/Test/Crash', '/api/v1/Test/Reject']) {
    const response = await server.request(path);
    assert.equal(response.status, 500);
    const body = /** @type {any} */ (await response.json());
    assert.deepEqual(Object.keys(body), ['Error', 'ErrorType', 'Message']);
    assert.equal(body.ErrorType, 'InternalServerError');
    assert.doesNotMatch(body.Message, /bug/, 'no internals in the answer');
  }
  assert.equal(logged.length, 2);
  assert.match(String(logged[0].error), /a bug in a handler/);
  assert.equal((await server.request('/api/v1/Sale/1')).status, 200);
});
