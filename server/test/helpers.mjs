// @ts-check
// Starts the demo backend on a free port over a fresh database file in a temporary folder, for one
// test file; `request` fetches from it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../app.mjs';
import { openDatabase } from '../db.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The seed's "today" in the tests, so the seeded rows are the same on every run. */
export const TODAY = '2026-06-15';

/**
 * @param {{ routes?: import('../routes/context.mjs').Route[], log?: (message: string, error?: unknown) => void }} [options]
 */
export async function startServer(options = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'sales-server-'));
  const file = join(folder, 'sales.sqlite');
  let { db } = openDatabase(file, { today: TODAY });
  let server = createServer({ db, root: ROOT, log: options.log ?? (() => {}), routes: options.routes });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  let base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  const stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    db.close();
  };

  return {
    get base() {
      return base;
    },
    get db() {
      return db;
    },
    file,
    /** @param {string} path @param {RequestInit} [init] */
    request: (path, init) => fetch(`${base}${path}`, init),
    /** Stops the server and starts a new one over the same file (a restart). */
    async restart() {
      await stop();
      ({ db } = openDatabase(file, { today: TODAY }));
      server = createServer({ db, root: ROOT, log: options.log ?? (() => {}), routes: options.routes });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
      base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    },
    async close() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A JSON write. @param {string} method @param {unknown} body @param {Record<string, string>} [headers] @returns {RequestInit} */
export const write = (method, body, headers = {}) => ({
  method,
  headers: {
    'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
    Accept: 'application/json',
    ...headers,
  },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/**
 * The first seeded activity due on its sale's NextDueDate: what the sale's Appointment, and so the
 * card's next activity, names. @param {import('better-sqlite3').Database} db
 * @returns {{ sale_id: number, description: string, type: string, date: string }}
 */
export const dueAppointment = (db) =>
  /** @type {any} */ (
    db
      .prepare(
        `SELECT a.sale_id, a.description, a.type, a.date FROM appointment a JOIN sale s ON s.sale_id = a.sale_id
         AND s.next_due_date = a.date ORDER BY a.sale_id, a.appointment_id LIMIT 1`,
      )
      .get()
  );
