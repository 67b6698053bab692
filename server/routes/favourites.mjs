// @ts-check
// The Favourite agent, for sales: AddFavourite, RemoveFavourite and GetFavourites (per user).
import { badRequest, HttpError } from '../http-error.mjs';

/** @typedef {import('better-sqlite3').Database} Db */

/** Checks an agent request body: `{ TableName: "sale", AssociateId, RecordId? }`. @param {Db} db @param {unknown} body @param {boolean} needsRecord */
function favouriteRequest(db, body, needsRecord) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The body must be a JSON object.');
  const { TableName, AssociateId, RecordId } = /** @type {Record<string, unknown>} */ (body);
  if (typeof TableName !== 'string' || TableName.toLowerCase() !== 'sale')
    throw badRequest(`TableName must be "sale" here, not ${JSON.stringify(TableName)}.`);
  if (
    !Number.isInteger(AssociateId) ||
    !db.prepare('SELECT 1 FROM associate WHERE associate_id = ?').get(AssociateId)
  )
    throw badRequest(`AssociateId ${JSON.stringify(AssociateId)} is no user.`);
  if (needsRecord) {
    if (!Number.isInteger(RecordId)) throw badRequest('RecordId must be a whole number.');
    if (!db.prepare('SELECT 1 FROM sale WHERE sale_id = ?').get(RecordId))
      throw new HttpError(404, `There is no sale ${RecordId}.`);
  }
  return { associateId: /** @type {number} */ (AssociateId), recordId: /** @type {number} */ (RecordId) };
}

/** @type {import('./context.mjs').Route[]} */
export const favouriteRoutes = [
  {
    method: 'POST',
    pattern: /^\/api\/v1\/Agents\/Favourite\/AddFavourite$/i,
    handle: async ({ db, json }) => {
      const { associateId, recordId } = favouriteRequest(db, await json(), true);
      db.prepare('INSERT OR IGNORE INTO favourite (associate_id, sale_id) VALUES (?, ?)').run(
        associateId,
        recordId,
      );
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/Agents\/Favourite\/RemoveFavourite$/i,
    handle: async ({ db, json }) => {
      const { associateId, recordId } = favouriteRequest(db, await json(), true);
      db.prepare('DELETE FROM favourite WHERE associate_id = ? AND sale_id = ?').run(associateId, recordId);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/Agents\/Favourite\/GetFavourites$/i,
    handle: async ({ db, json }) => {
      const { associateId } = favouriteRequest(db, await json(), false);
      const rows = /** @type {{ sale_id: number }[]} */ (
        db.prepare('SELECT sale_id FROM favourite WHERE associate_id = ? ORDER BY sale_id').all(associateId)
      );
      return {
        body: rows.map((row, index) => ({
          TableName: 'sale',
          RecordId: row.sale_id,
          AssociateId: associateId,
          ExtraInfo: '',
          Rank: index + 1,
        })),
      };
    },
  },
];
