// @ts-check
// What a route handler gets and gives back, and the body reader every write shares.
import { HttpError, badRequest } from '../http-error.mjs';

/**
 * @typedef {object} Context
 * @property {import('better-sqlite3').Database} db
 * @property {import('node:http').IncomingMessage} req
 * @property {URL} url the request's absolute URL
 * @property {string[]} params the route pattern's captured groups
 * @property {() => Promise<unknown>} json the request body, parsed (400 when it is not JSON)
 */
/**
 * @typedef {object} Answer
 * @property {number} [status] default 200
 * @property {unknown} [body] sent as JSON; none for 204
 * @property {Record<string, string>} [headers]
 */
/** @typedef {{ method: string, pattern: RegExp, handle: (context: Context) => Answer | Promise<Answer> }} Route */

/** The largest body a write may have. */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPES = [
  'application/json',
  'application/merge-patch+json',
  'application/json-patch+json',
  'text/json',
];

/**
 * Reads and parses a JSON body.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<unknown>}
 */
export async function readJson(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!JSON_TYPES.includes(type))
    throw new HttpError(
      415,
      `Send the body as JSON (Content-Type: application/json), not ${JSON.stringify(type || 'nothing')}.`,
    );
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`The body is not valid JSON: ${/** @type {Error} */ (error).message}`);
  }
}

/** A whole-number id from a path segment. @param {string} text @param {string} what */
export function idOf(text, what) {
  if (!/^\d{1,9}$/.test(text)) throw new HttpError(404, `There is no ${what} ${JSON.stringify(text)}.`);
  return Number(text);
}
