// @ts-check
// Look-up: the archive lists of companies, persons and projects (OData, as /api/v1/Sale).
import { FIND_CONTACT, FIND_PERSON, FIND_PROJECT } from '../archives.mjs';
import { archiveList } from '../odata.mjs';

/** @type {import('./context.mjs').Route[]} */
export const searchRoutes = [
  {
    method: 'GET',
    pattern: /^\/api\/v1\/Contact$/i,
    handle: ({ db, url }) => ({ body: archiveList(db, FIND_CONTACT, url) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/Person$/i,
    handle: ({ db, url }) => ({ body: archiveList(db, FIND_PERSON, url) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/Project$/i,
    handle: ({ db, url }) => ({ body: archiveList(db, FIND_PROJECT, url) }),
  },
];
