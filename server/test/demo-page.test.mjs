// @ts-check
/// <reference lib="dom" />
/* global document -- the functions given to page.evaluate and waitForFunction run in the page */
// End to end in headless Chromium: the demo page as `npm start` serves it, over superOfficeSource and
// the demo backend. A save goes over HTTP into SQLite and is still there after a reload; a second tab
// that saves the same sale gets the conflict notice. Needs `npm run build` (dist/) and a Chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { ROOT, startServer } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {import('playwright').Browser} */
let browser;
/** Console errors and warnings, page errors: the page must have none (a CSP violation is one). */
const problems = [];

before(async () => {
  assert.ok(
    existsSync(join(ROOT, 'dist', 'superoffice', 'index.js')),
    'dist/ is missing: run `npm run build` first.',
  );
  server = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A new tab on the demo page, once the screen shows a sale. */
async function openDemo() {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${server.base}/`);
  await page.waitForFunction(
    () =>
      document.querySelector('sale-screen')?.getAttribute('aria-busy') === 'false' &&
      /** @type {any} */ (document.querySelector('sale-screen')?.shadowRoot?.querySelector('sale-card'))?.sale
        ?.title,
    null,
    { timeout: 30_000 },
  );
  return page;
}

/** The title the card shows. @param {import('playwright').Page} page */
const shownTitle = (page) =>
  page.evaluate(
    () =>
      /** @type {any} */ (document.querySelector('sale-screen')?.shadowRoot?.querySelector('sale-card'))?.sale
        ?.title,
  );

/** Edits the title and saves. @param {import('playwright').Page} page @param {string} title */
async function saveTitle(page, title) {
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('edit, save, reload: the saved title is still there, and the overview lists the sales from the server', async () => {
  const page = await openDemo();
  assert.equal(
    await page.evaluate(() => /** @type {any} */ (document.querySelector('sale-list'))?.sales?.length),
    300,
  );
  await saveTitle(page, 'Saved from the browser');
  await page.waitForFunction(
    () => {
      const card = /** @type {any} */ (
        document.querySelector('sale-screen')?.shadowRoot?.querySelector('sale-card')
      );
      return card?.sale?.title === 'Saved from the browser' && !card.editing;
    },
    null,
    { timeout: 15_000 },
  );
  await page.reload();
  await page.waitForFunction(
    () => document.querySelector('sale-screen')?.getAttribute('aria-busy') === 'false',
    null,
    { timeout: 30_000 },
  );
  await page.waitForFunction(
    () =>
      /** @type {any} */ (document.querySelector('sale-screen')?.shadowRoot?.querySelector('sale-card'))?.sale
        ?.title,
  );
  assert.equal(await shownTitle(page), 'Saved from the browser');
  await page.close();
  assert.deepEqual(problems, []);
});

test('a second tab that saves the same sale after the first gets the conflict notice, keeps its draft, and can take their version', async () => {
  const first = await openDemo();
  const second = await openDemo();
  await saveTitle(first, 'First tab wins');
  await first.waitForFunction(
    () =>
      /** @type {any} */ (document.querySelector('sale-screen')?.shadowRoot?.querySelector('sale-card'))
        ?.editing === false,
  );
  await saveTitle(second, 'Second tab is late');
  const alert = second.getByRole('alert').filter({ hasText: 'Someone else changed this sale' });
  await alert.waitFor({ timeout: 15_000 });
  assert.equal(await second.getByLabel('Title', { exact: true }).inputValue(), 'Second tab is late');
  // The screen shows the stored version under the draft: the card names the field and offers theirs.
  await second.getByRole('status').filter({ hasText: 'Title' }).first().waitFor({ timeout: 15_000 });
  await second.getByRole('button', { name: 'Use their version' }).click();
  await second.getByLabel('Title', { exact: true }).waitFor();
  assert.equal(await second.getByLabel('Title', { exact: true }).inputValue(), 'First tab wins');
  const stored = /** @type {any} */ (
    await (
      await server.request(
        `/api/v1/Sale/${await first.evaluate(() => /** @type {any} */ (document.querySelector('sale-screen')).selected)}`,
      )
    ).json()
  );
  assert.equal(stored.Heading, 'First tab wins');
  await first.close();
  await second.close();
});
