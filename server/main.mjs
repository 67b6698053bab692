// @ts-check
// `npm start`: the demo backend. PORT (default 8000) and SALES_DB (default .data/sales.sqlite)
// configure it; the database is created and seeded on the first start (delete the file to reset).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './app.mjs';
import { openDatabase } from './db.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const file = resolve(root, process.env.SALES_DB ?? '.data/sales.sqlite');
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}

const { db, seeded } = openDatabase(file);
const { count } = /** @type {{ count: number }} */ (db.prepare('SELECT count(*) AS count FROM sale').get());
const server = createServer({ db, root });
server.listen(port, host, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Demo backend: ${count} sales in ${file}${seeded ? ' (new, seeded)' : ''}`);
  console.log(
    `Demo: http://${host}:${address.port}/   API: http://${host}:${address.port}/api/v1/Sale?$top=3`,
  );
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
