/**
 * The host page's guard: an embedded element must never put an `error` or `unhandledrejection`
 * event on the page (host test suites and error monitors fail on them, "ResizeObserver loop
 * completed with undelivered notifications" included). A list of 10,000 grouped sales mounts,
 * scrolls, resizes and changes data while every such event is recorded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/sale-list.js';
import type { SaleList } from '../../src/elements/sale-list/sale-list.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';

const TODAY = '2025-06-15';

/** Waits `count` animation frames: ResizeObserver notifications and their errors come per frame. */
async function frames(count = 3): Promise<void> {
  for (let frame = 0; frame < count; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Every window error and unhandled rejection from now until `stop()`. */
function recordPageErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(`error: ${event.message}`);
    // Recorded here and asserted below; keep mocha's own handler from failing the test instead.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandledrejection: ${String(event.reason)}`);
    event.preventDefault();
  };
  // Capturing, and added before mocha's onerror runs, so nothing slips past.
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection, true);
  const originalOnError = window.onerror;
  window.onerror = () => true;
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError, true);
      window.removeEventListener('unhandledrejection', onRejection, true);
      window.onerror = originalOnError;
    },
  };
}

describe('<sale-list> on a host page: no window errors', () => {
  it('puts no error event on the page while 10,000 grouped sales mount, scroll, resize and change', async () => {
    const recorder = recordPageErrors();
    try {
      const sales = generateSales(10_000);
      const container = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 900px; block-size: 500px; display: flex; flex-direction: column">
          <sale-list
            style="--sale-list-max-height: 100%; flex: 1; min-block-size: 0"
            .sales=${sales}
            today=${TODAY}
            group-by="stage"
          ></sale-list>
        </div>`,
      );
      const list = container.querySelector<SaleList>('sale-list')!;
      await list.updateComplete;
      await frames(4);
      const root = list.shadowRoot!;
      const scroller = root.querySelector<HTMLElement>('.grid-scroller')!;
      const rowIndexes = () =>
        [...root.querySelectorAll('.body [role="row"]')].map((row) => row.getAttribute('aria-rowindex'));
      expect(rowIndexes().length, 'rows rendered').to.be.above(5);

      // Scrolling by position: the rendered rows follow.
      for (const fraction of [0.1, 0.5, 0.9, 0.3, 0, 1]) {
        scroller.scrollTop = scroller.scrollHeight * fraction;
        await frames(3);
      }
      scroller.scrollTop = 0;
      await frames(3);

      // Scrolling by keyboard, into rows that were not rendered.
      root.querySelector<HTMLElement>('.body [role="row"] [data-grid-col="0"]')!.focus();
      for (const key of ['PageDown', 'PageDown', 'ArrowDown', 'PageUp']) {
        await sendKeys({ press: key });
        await frames(2);
      }
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      await frames(4);

      // Resizing the container, across frames and within one.
      for (const [width, height] of [
        [600, 300],
        [1200, 700],
        [320, 200],
        [900, 500],
      ]) {
        container.style.inlineSize = `${width}px`;
        container.style.blockSize = `${height}px`;
        await frames(2);
        container.style.blockSize = `${height + 37}px`;
        await frames(1);
      }
      scroller.scrollTop = scroller.scrollHeight / 2;
      container.style.blockSize = '260px';
      await frames(3);

      // Changing data: new sales, grouping, sort, filter and columns.
      list.sales = generateSales(10_000, { seed: 7 });
      await frames(3);
      list.groupBy = 'owner';
      await frames(3);
      list.sort = { column: 'amount', direction: 'desc' };
      await frames(3);
      list.filter = { status: ['open'] };
      await frames(3);
      list.columns = ['title', 'amount', 'owner'];
      await frames(3);
      list.filter = {};
      list.groupBy = 'none';
      await frames(3);
      list.sales = generateSales(150);
      await frames(3);
      list.sales = generateSales(10_000);
      list.groupBy = 'stage';
      await frames(6);
      expect(rowIndexes().length, 'rows rendered at the end').to.be.above(3);
    } finally {
      recorder.stop();
    }
    expect(recorder.errors).to.deep.equal([]);
  });
});
