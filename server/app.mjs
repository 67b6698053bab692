// @ts-check
// The demo backend as a node:http server: the REST subset of SuperOffice that superOfficeSource
// speaks (docs/superoffice-protocol.md) over SQLite, and the demo page with the built library.
// Every response carries the strict Content-Security-Policy; no handler error stops the server.
import { createServer as createHttpServer } from 'node:http';
import { newNonce, strictPolicy } from '../test-dist/strict-csp-policy.mjs';
import { HttpError } from './http-error.mjs';
import { readJson } from './routes/context.mjs';
import { favouriteRoutes } from './routes/favourites.mjs';
import { listRoutes } from './routes/lists.mjs';
import { saleRoutes } from './routes/sale.mjs';
import { searchRoutes } from './routes/search.mjs';
import { userFieldRoutes } from './routes/user-fields.mjs';
import { resolveStatic, sendFile } from './static.mjs';

/** @typedef {import('./routes/context.mjs').Route} Route */

/** Every API route, in the order they are tried. */
export const ROUTES = [...saleRoutes, ...listRoutes, ...searchRoutes, ...favouriteRoutes, ...userFieldRoutes];

/**
 * @param {object} options
 * @param {import('better-sqlite3').Database} options.db
 * @param {string} options.root the project folder (demo/ and dist/ are served from it)
 * @param {Route[]} [options.routes] more routes, tried first (tests add one that throws)
 * @param {(message: string, error?: unknown) => void} [options.log] where failures are reported
 */
export function createServer({
  db,
  root,
  routes = [],
  log = (message, error) => console.error(message, error),
}) {
  const all = [...routes, ...ROUTES];

  return createHttpServer(async (req, res) => {
    /** @type {Record<string, string>} */
    const common = {
      'Content-Security-Policy': strictPolicy(newNonce()),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    /** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
    const sendJson = (status, body, headers = {}) => {
      const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, {
        ...common,
        ...headers,
        'Cache-Control': 'no-store',
        ...(text
          ? {
              'Content-Type': 'application/json; charset=utf-8',
              'Content-Length': String(Buffer.byteLength(text)),
            }
          : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    /** @param {HttpError} error */
    const sendError = (error) =>
      sendJson(error.status, { Error: true, ErrorType: error.type, Message: error.message });

    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const method = req.method ?? 'GET';
      if (url.pathname.startsWith('/api/')) {
        const matching = all.filter((route) => route.pattern.test(url.pathname));
        const route = matching.find(
          (candidate) => candidate.method === method || (method === 'HEAD' && candidate.method === 'GET'),
        );
        if (!route) {
          if (matching.length)
            throw Object.assign(new HttpError(405, `${method} is not allowed on ${url.pathname}.`), {
              allow: [...new Set(matching.map((candidate) => candidate.method))].join(', '),
            });
          throw new HttpError(404, `There is no API ${url.pathname}.`);
        }
        const params = /** @type {RegExpExecArray} */ (route.pattern.exec(url.pathname)).slice(1);
        const answer = await route.handle({ db, req, url, params, json: () => readJson(req) });
        return sendJson(answer.status ?? 200, answer.body, answer.headers);
      }
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(405, `${method} is not allowed on ${url.pathname}.`);
      if (url.pathname === '/' || url.pathname === '/demo') {
        res.writeHead(302, { ...common, Location: '/demo/', 'Content-Length': '0' });
        return void res.end();
      }
      const found = await resolveStatic(root, url.pathname);
      if (!found) throw new HttpError(404, `There is no file ${url.pathname}.`);
      return sendFile(res, found, method === 'HEAD', common);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) {
        if ('allow' in error) res.setHeader('Allow', String(error.allow));
        return sendError(error);
      }
      log(`${req.method} ${req.url} failed:`, error);
      return sendError(
        new HttpError(
          500,
          'The server failed to answer this request; it has been logged.',
          'InternalServerError',
        ),
      );
    }
  });
}
