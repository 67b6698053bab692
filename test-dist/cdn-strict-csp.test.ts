/**
 * dist/cdn/sale-card.js under the portal's strict Content Security Policy with Trusted Types (the
 * policy of test-dist/strict-csp-policy.mjs): the entry and the chunks it imports load under
 * `script-src 'self'`, and the card renders, edits and prepares in idle time with no violation, no
 * `error` and no `unhandledrejection`. test-dist/strict-csp.test.ts does the same, more widely, for
 * the one-file bundle. Runs in `npm run test:dist`, after the build.
 */
import { expect } from '@open-wc/testing';
import { cardLists, cardSales, cardToday } from '../stories/fixtures/sale-card.js';
import { newNonce, strictPolicy } from './strict-csp-policy.mjs';
import { cdnPath, deepAll, deepText, mount, openFrame, settled } from './cdn-frame.js';

const NONCE = newNonce();

interface Report {
  violations: string[];
  errors: string[];
  trustedTypesEnforced: boolean;
}

type FrameWindow = Window & typeof globalThis & { report: Report };

/** The page's first script: listens before the card loads, and checks that Trusted Types are enforced. */
const collector = `
  window.report = { violations: [], errors: [], trustedTypesEnforced: false };
  document.addEventListener('securitypolicyviolation', (event) => {
    report.violations.push(event.effectiveDirective + ' blocked ' + event.blockedURI + ': ' + event.sample);
  }, true);
  window.addEventListener('error', (event) => {
    report.errors.push('error: ' + (event.message || (event.target && event.target.outerHTML) || event.type));
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    report.errors.push('unhandledrejection: ' + (event.reason && event.reason.stack || event.reason));
  });
  try {
    document.createElement('div').innerHTML = '<i>trusted-types-self-check</i>';
  } catch (error) {
    report.trustedTypesEnforced = error instanceof TypeError;
  }
`;

/** Waits until the frame has been idle a few times over, so the card's idle-time work ran too. */
async function frameIdle(win: Window, rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 2000 }));
  }
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

describe('dist/cdn/sale-card.js under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  let frame: HTMLIFrameElement;
  let win: FrameWindow;

  before(async () => {
    frame = await openFrame(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${strictPolicy(NONCE)}" />
    <script nonce="${NONCE}">${collector}</script>
    <script type="module" nonce="${NONCE}" src="${cdnPath('sale-card.js')}"></script>
  </head>
  <body></body>
</html>`);
    win = frame.contentWindow as FrameWindow;
  });
  after(() => frame.remove());

  it('loads the entry and its chunks, and renders and edits a card with no violation and no error', async () => {
    expect(win.report.trustedTypesEnforced, 'innerHTML = string throws').to.equal(true);
    expect(win.customElements.get('sale-card'), 'the CDN entry ran').to.not.equal(undefined);

    const card = await mount(win, 'sale-card', { ...cardLists, sale: cardSales.open, today: cardToday });
    expect(deepText(card)).to.contain(cardSales.open.title);

    const edit = deepAll<HTMLButtonElement>(card, 'button').find(
      (button) => button.textContent!.trim() === 'Edit',
    );
    expect(edit, 'an Edit button').to.not.equal(undefined);
    edit!.click();
    await settled(card);
    const title = deepAll<HTMLInputElement>(card, 'input').find(
      (input) => input.value === cardSales.open.title,
    );
    expect(title, 'the title as an editable field').to.not.equal(undefined);
    title!.value = 'Renamed under CSP';
    title!.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await settled(card);
    expect((card as HTMLElement & { dirty: boolean }).dirty, 'the edit took').to.equal(true);

    await frameIdle(win);
    // The one violation expected: the page's own self-check above, which proves the policy is on.
    const selfCheck = win.report.violations.filter((violation) => violation.includes('self-check'));
    expect(selfCheck, "the self-check's report").to.have.length(1);
    expect(win.report.violations.filter((violation) => !selfCheck.includes(violation))).to.deep.equal([]);
    expect(win.report.errors).to.deep.equal([]);
  });
});
