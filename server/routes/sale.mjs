// @ts-check
// The Sale entity endpoints: GET, POST, PATCH and DELETE of /api/v1/Sale/{id}, and the OData lists
// GET /api/v1/Sale and GET /api/v1/Sale/{id}/Activities.
import { FIND_SALE, SALE_ACTIVITY } from '../archives.mjs';
import { httpDate } from '../dates.mjs';
import { badRequest } from '../http-error.mjs';
import { archiveList } from '../odata.mjs';
import { createSale, deleteSale, patchSale, readSale, requireSale } from '../sale-entity.mjs';
import { idOf } from './context.mjs';

/** @typedef {import('./context.mjs').Route} Route */

/** The answer for a SaleEntity: the entity, and its UpdatedDate as Last-Modified. @param {{ entity: unknown, updated: number }} sale @param {number} [status] */
const entityAnswer = ({ entity, updated }, status = 200) => ({
  status,
  body: entity,
  headers: { 'Last-Modified': httpDate(updated) },
});

/** If-Unmodified-Since in ms, or undefined when the request has none. @param {import('node:http').IncomingMessage} req */
function ifUnmodifiedSince(req) {
  const header = req.headers['if-unmodified-since'];
  if (header === undefined) return undefined;
  const ms = Date.parse(header);
  if (Number.isNaN(ms))
    throw badRequest(`If-Unmodified-Since must be an HTTP date, not ${JSON.stringify(header)}.`);
  return ms;
}

/** @type {Route[]} */
export const saleRoutes = [
  {
    method: 'GET',
    pattern: /^\/api\/v1\/Sale$/i,
    handle: ({ db, url }) => ({ body: archiveList(db, FIND_SALE, url) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/Sale\/([^/]+)$/i,
    handle: ({ db, params }) => entityAnswer(readSale(db, idOf(params[0], 'sale'))),
  },
  {
    // The SaleActivity archive of one sale; 404 when there is no such sale.
    method: 'GET',
    pattern: /^\/api\/v1\/Sale\/([^/]+)\/Activities$/i,
    handle: ({ db, url, params }) => {
      const id = requireSale(db, idOf(params[0], 'sale')).sale_id;
      return { body: archiveList(db, SALE_ACTIVITY, url, { sql: 'ap.sale_id = ?', params: [id] }) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/Sale$/i,
    handle: async ({ db, json }) => entityAnswer(createSale(db, await json()), 201),
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/v1\/Sale\/([^/]+)$/i,
    handle: async ({ db, req, params, json }) => {
      const id = idOf(params[0], 'sale');
      const since = ifUnmodifiedSince(req);
      return entityAnswer(patchSale(db, id, await json(), since));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v1\/Sale\/([^/]+)$/i,
    handle: ({ db, params }) => {
      deleteSale(db, idOf(params[0], 'sale'));
      return { status: 204 };
    },
  },
];
