/**
 * <sale-screen> from the one-file bundle under a portal's strict Content Security Policy with
 * Trusted Types enforced: it loads through a source, switches sales with Next and a panel click,
 * folds its panel when narrow, shows an alert, and the page sees no policy violation, no `error`
 * and no `unhandledrejection`. Runs in `npm run test:dist`, after the build.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { cardLists, cardSales, cardToday } from '../stories/fixtures/sale-card.js';
import type { Id, Sale } from '../src/model/types.js';
import type { SalesSource } from '../src/source/sales-source.js';
import { newNonce, strictPolicy } from './strict-csp-policy.mjs';

const NONCE = newNonce();

interface Report {
  violations: { directive: string; sample: string }[];
  errors: string[];
}
type FrameWindow = Window & typeof globalThis & { report: Report };
type Screen = HTMLElement & { updateComplete: Promise<unknown>; selected?: Id; source?: SalesSource };

const collector = `
  window.report = { violations: [], errors: [] };
  document.addEventListener('securitypolicyviolation', (event) => {
    report.violations.push({ directive: event.effectiveDirective, sample: event.sample });
  }, true);
  window.addEventListener('error', (event) => report.errors.push('error: ' + event.message), true);
  window.addEventListener('unhandledrejection', (event) => report.errors.push('unhandledrejection: ' + event.reason));
`;

async function openStrictFrame(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  Object.assign(frame.style, { width: '1200px', height: '2000px', border: '0' });
  const bundle = new URL('../dist/sales-elements.min.js', import.meta.url).pathname;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${strictPolicy(NONCE)}" />
    <script nonce="${NONCE}">${collector}</script>
    <script type="module" nonce="${NONCE}" src="${bundle}"></script></head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => win.customElements.get('sale-screen'), 'the bundle defines sale-screen');
  return { frame, win };
}

/** A small source over three sales; `sale(3)` fails. */
function source(): SalesSource {
  const sales = [cardSales.open, { ...cardSales.overdue, id: 2 }, { ...cardSales.stalled, id: 3 }] as Sale[];
  const find = (id: Id) => sales.find((sale) => String(sale.id) === String(id));
  return {
    lists: async () => cardLists,
    members: async () => sales,
    sale: async (id) => {
      const sale = find(id);
      if (!sale || id === 3) throw new Error('Not allowed');
      return sale;
    },
    save: async (draft) => draft,
    remove: async () => {},
    favourite: async () => {},
  };
}

const inner = (screen: Element, tag: string) => screen.shadowRoot!.querySelector(tag)!;
const buttonNamed = (host: Element, text: string) =>
  [...host.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === text)!;

describe('<sale-screen> under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  it('loads, switches sales, folds and reports failures with no violation and no error', async () => {
    const { frame, win } = await openStrictFrame();
    try {
      const screen = win.document.createElement('sale-screen') as Screen;
      Object.assign(screen, { today: cardToday, premium: true, source: source() });
      win.document.body.append(screen);
      await waitUntil(
        () => screen.selected === cardSales.open.id && screen.getAttribute('aria-busy') === 'false',
      );
      buttonNamed(inner(screen, 'sale-card'), 'Next').click();
      await waitUntil(() => screen.selected === 2, 'Next opens the second sale');
      const options = inner(screen, 'selection-panel').shadowRoot!.querySelectorAll<HTMLElement>(
        '[role="option"]',
      );
      options[2]!.click();
      await waitUntil(
        () =>
          screen.shadowRoot!.querySelector('[role="alert"]')?.textContent ===
          'The sale could not be loaded: Not allowed',
        'an alert for the refused sale',
      );
      frame.style.setProperty('width', '600px');
      await waitUntil(
        () => win.getComputedStyle(buttonNamed(screen, 'Selection members')).display !== 'none',
      );
      buttonNamed(screen, 'Selection members').click();
      await screen.updateComplete;
      expect(screen.hasAttribute('style')).to.equal(false);
      expect(win.report.violations).to.deep.equal([]);
      expect(win.report.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
