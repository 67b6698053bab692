/**
 * An embeddable element must never put an error on its host page: host test suites (Cypress,
 * Playwright with error checks) fail on any window `error`, and error monitors report it. This
 * drives a panel of 100,000 members through mounting, scrolling, resizing and new data, waiting a
 * few frames after each step so that ResizeObserver notifications are delivered, and fails on any
 * window `error` or `unhandledrejection`, the benign-looking "ResizeObserver loop" one included.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import { describeValue } from '../../src/model/describe.js';
import { SELECTION_TODAY, generateMembers, mixedMembers } from '../../stories/fixtures/selection-panel.js';
import { captureWarnings } from '../helpers/console.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits `count` frames, so layout, ResizeObserver delivery and the virtualizer's follow-up all run. */
async function frames(count = 4): Promise<void> {
  for (let frame = 0; frame < count; frame++) await nextFrame();
}

/** Records every error the host page would see, from now until `stop()`. */
function recordPageErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message || describeValue(event.error)}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${describeValue(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('<selection-panel> puts no error on the host page', () => {
  let page: ReturnType<typeof recordPageErrors>;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    page = recordPageErrors();
    warnings = captureWarnings();
  });
  afterEach(() => {
    page.stop();
    warnings.restore();
  });

  it('while 100,000 members mount, scroll, resize and change', async function () {
    this.timeout(30_000);
    const members = generateMembers(100_000);
    const container = await fixture<HTMLElement>(
      html`<div style="inline-size: 360px; block-size: 400px; display: flex; flex-direction: column">
        <selection-panel style="flex: 1; min-block-size: 0" today=${SELECTION_TODAY} .members=${members}>
        </selection-panel>
      </div>`,
    );
    const panel = container.querySelector<SelectionPanel>('selection-panel')!;
    await panel.updateComplete;
    await frames();
    const listbox = panel.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(listbox, 'the listbox rendered').to.exist;

    // Scrolling, by the host and by the keyboard.
    for (const top of [2_000, 250_000, 1_000_000, 40, 0]) {
      listbox.scrollTop = top;
      await frames();
    }
    panel.focus();
    await frames();
    for (const key of ['PageDown', 'PageDown', 'End', 'PageUp', 'Home']) {
      await sendKeys({ press: key });
      await frames();
    }

    // Resizing, width and height, several times and across frames.
    for (const [width, height] of [
      [240, 300],
      [640, 520],
      [320, 180],
      [900, 700],
      [360, 400],
    ]) {
      container.style.inlineSize = `${width}px`;
      await nextFrame();
      container.style.blockSize = `${height}px`;
      await frames();
    }

    // New data.
    panel.members = generateMembers(100_000, 11);
    await frames();
    panel.selected = panel.next();
    await frames();
    panel.selected = 99_000;
    await frames();
    panel.search = 'fleet';
    await frames();
    panel.skipCompleted = true;
    await frames();
    panel.search = '';
    await frames();
    panel.skipCompleted = false;
    await frames();
    panel.members = mixedMembers;
    await frames();
    panel.members = members;
    await frames(8);

    expect(page.errors).to.deep.equal([]);
    // Valid data all along: no row may be drawn from a list that is no longer the current one.
    expect(warnings.messages).to.deep.equal([]);
  });
});
