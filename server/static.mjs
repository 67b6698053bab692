// @ts-check
// Serves the demo page (demo/) and the built library (dist/) as files, with their MIME types;
// nothing outside those two folders, whatever the path says.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** The folders the server shows, by their URL prefix. */
export const STATIC_FOLDERS = ['demo', 'dist'];

/** @type {Record<string, string>} */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a URL path names under `root`, or undefined when it names none (outside demo/ and
 * dist/, a directory other than demo/, a missing file, or a path that tries to climb out).
 * @param {string} root @param {string} pathname the URL's path, still percent-encoded
 * @returns {Promise<{ file: string, size: number } | undefined>}
 */
export async function resolveStatic(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const folder = path.split('/')[1];
  if (!STATIC_FOLDERS.includes(folder)) return undefined;
  const base = resolve(root, folder);
  let file = resolve(join(root, path));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a file found by `resolveStatic`.
 * @param {import('node:http').ServerResponse} res @param {{ file: string, size: number }} found
 * @param {boolean} headOnly @param {Record<string, string>} headers
 */
export function sendFile(res, found, headOnly, headers) {
  res.writeHead(200, {
    ...headers,
    'Content-Type': MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(found.size),
    // The demo is rebuilt while people try it: always ask again.
    'Cache-Control': 'no-cache',
  });
  if (headOnly) return void res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}
