import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import {
  RovingFocusController,
  type RovingFocusOptions,
} from '../src/controllers/roving-focus-controller.js';

/** A bare host: its items are light-DOM children, as in a menu or a listbox of slotted options. */
class RovingHost extends ReactiveElement {
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('roving-test-host', RovingHost);

type Calls = { moves: [string, number][]; activations: [string, number][] };

/**
 * A host with items "A".."E" (those listed in `disabled` carry aria-disabled), a controller built
 * from `options`, and the calls it made.
 */
async function setup(
  options: Partial<RovingFocusOptions<HTMLElement>> = {},
  { disabled = [] as string[], withActivate = true } = {},
) {
  // fixtureSync: open-wc's `fixture` waits for an animation frame, which background pages never get.
  const wrapper = fixtureSync(
    html`<div>
      <roving-test-host>
        ${['A', 'B', 'C', 'D', 'E'].map(
          (name) =>
            html`<div
              role="option"
              aria-selected="false"
              tabindex="-1"
              aria-disabled=${disabled.includes(name) ? 'true' : 'false'}
            >
              ${name}
            </div>`,
        )}
        <input aria-label="Not an item" />
      </roving-test-host>
    </div>`,
  );
  const host = wrapper.querySelector<RovingHost>('roving-test-host')!;
  const items = [...host.querySelectorAll<HTMLElement>('[role="option"]')];
  const calls: Calls = { moves: [], activations: [] };
  const defaults: RovingFocusOptions<HTMLElement> = {
    items: () => items,
    onMove: (item, index) => calls.moves.push([item.textContent!.trim(), index]),
    ...(withActivate && {
      onActivate: (item: HTMLElement, index: number) =>
        calls.activations.push([item.textContent!.trim(), index]),
    }),
  };
  // Copy property descriptors, not values, so that getters in `options` stay live.
  const controller = new RovingFocusController<HTMLElement>(
    host,
    Object.defineProperties(defaults, Object.getOwnPropertyDescriptors(options)),
  );
  const focused = () => (document.activeElement as HTMLElement | null)?.textContent?.trim();
  return { wrapper, host, items, controller, calls, focused };
}

async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}

describe('RovingFocusController', () => {
  it('moves focus with Left/Right by default, wrapping, and reports each move', async () => {
    const { items, calls, focused } = await setup();
    items[0]!.focus();
    await press('ArrowRight');
    expect(focused()).to.equal('B');
    await press('ArrowLeft', 'ArrowLeft');
    expect(focused()).to.equal('E');
    await press('ArrowRight');
    expect(focused()).to.equal('A');
    expect(calls.moves).to.deep.equal([
      ['B', 1],
      ['A', 0],
      ['E', 4],
      ['A', 0],
    ]);
  });

  it('ignores Up/Down when horizontal and Left/Right when vertical', async () => {
    const horizontal = await setup();
    horizontal.items[1]!.focus();
    await press('ArrowDown', 'ArrowUp');
    expect(horizontal.focused()).to.equal('B');

    const vertical = await setup({ orientation: 'vertical' });
    vertical.items[1]!.focus();
    await press('ArrowRight', 'ArrowLeft');
    expect(vertical.focused()).to.equal('B');
    await press('ArrowDown');
    expect(vertical.focused()).to.equal('C');
    await press('ArrowUp', 'ArrowUp');
    expect(vertical.focused()).to.equal('A');
  });

  it('takes all four arrows with orientation "both", and follows an orientation getter', async () => {
    let orientation: 'both' | 'vertical' = 'both';
    const { items, focused } = await setup({
      get orientation() {
        return orientation;
      },
    });
    items[0]!.focus();
    await press('ArrowDown', 'ArrowRight');
    expect(focused()).to.equal('C');
    await press('ArrowUp', 'ArrowLeft');
    expect(focused()).to.equal('A');
    orientation = 'vertical';
    await press('ArrowRight');
    expect(focused()).to.equal('A');
  });

  it('stops at the ends when wrap is off', async () => {
    const { items, calls, focused } = await setup({ wrap: false });
    items[4]!.focus();
    await press('ArrowRight');
    expect(focused()).to.equal('E');
    items[0]!.focus();
    await press('ArrowLeft');
    expect(focused()).to.equal('A');
    expect(calls.moves).to.deep.equal([]);
  });

  it('follows a wrap getter', async () => {
    let wrap = false;
    const { items, focused } = await setup({
      get wrap() {
        return wrap;
      },
    });
    items[4]!.focus();
    await press('ArrowRight');
    expect(focused()).to.equal('E');
    wrap = true;
    await press('ArrowRight');
    expect(focused()).to.equal('A');
  });

  it('goes to the first and last enabled items with Home and End', async () => {
    const { items, focused } = await setup({}, { disabled: ['A', 'E'] });
    items[2]!.focus();
    await press('End');
    expect(focused()).to.equal('D');
    await press('Home');
    expect(focused()).to.equal('B');
  });

  it('skips disabled items, by aria-disabled by default or by a custom test', async () => {
    const byAria = await setup({}, { disabled: ['B', 'C'] });
    byAria.items[0]!.focus();
    await press('ArrowRight');
    expect(byAria.focused()).to.equal('D');

    const custom = await setup({ isDisabled: (item) => item.textContent!.includes('D') });
    custom.items[2]!.focus();
    await press('ArrowRight');
    expect(custom.focused()).to.equal('E');
  });

  it('skips disabled form controls by default', async () => {
    const wrapper = await fixture(
      html`<roving-test-host>
        <button>A</button><button disabled>B</button><button>C</button>
      </roving-test-host>`,
    );
    const host = wrapper as RovingHost;
    const items = [...host.querySelectorAll('button')];
    new RovingFocusController(host, { items: () => items });
    items[0]!.focus();
    await press('ArrowRight');
    expect(document.activeElement).to.equal(items[2]);
  });

  it('stays put when every other item is disabled', async () => {
    const { items, calls, focused } = await setup({}, { disabled: ['A', 'B', 'D', 'E'] });
    items[2]!.focus();
    await press('ArrowRight', 'ArrowLeft', 'Home', 'End');
    expect(focused()).to.equal('C');
    expect(calls.moves).to.deep.equal([]);
  });

  it('swaps Left and Right in right-to-left text', async () => {
    const { wrapper, items, focused } = await setup();
    wrapper.setAttribute('dir', 'rtl');
    items[0]!.focus();
    await press('ArrowLeft');
    expect(focused()).to.equal('B');
    await press('ArrowRight', 'ArrowRight');
    expect(focused()).to.equal('E');
  });

  it('reports Enter and Space on enabled items as activation', async () => {
    const { items, calls } = await setup({}, { disabled: ['C'] });
    items[1]!.focus();
    await press('Enter', ' ');
    items[2]!.focus();
    await press('Enter');
    expect(calls.activations).to.deep.equal([
      ['B', 1],
      ['B', 1],
    ]);
  });

  it('leaves Enter and Space alone without onActivate', async () => {
    const { host, items } = await setup({}, { withActivate: false });
    const defaultPrevented: boolean[] = [];
    host.addEventListener('keydown', (event) =>
      queueMicrotask(() => defaultPrevented.push(event.defaultPrevented)),
    );
    items[1]!.focus();
    await press('Enter', 'ArrowRight');
    expect(defaultPrevented).to.deep.equal([false, true]);
  });

  it('ignores keys from elements that are not items, modified keys and handled keys', async () => {
    const { host, items, calls, focused } = await setup();
    host.querySelector('input')!.focus();
    await press('ArrowRight', 'Enter');
    expect(document.activeElement).to.equal(host.querySelector('input'));
    items[0]!.focus();
    for (const modifier of ['Shift', 'Alt', 'Control', 'Meta']) {
      await sendKeys({ down: modifier });
      await press('ArrowRight');
      await sendKeys({ up: modifier });
    }
    items[0]!.addEventListener('keydown', (event) => event.preventDefault(), { once: true });
    await press('ArrowRight');
    expect(focused()).to.equal('A');
    expect(calls).to.deep.equal({ moves: [], activations: [] });
  });

  it('passes its focus options to focus()', async () => {
    const { items } = await setup({ focusOptions: { preventScroll: true } });
    const seen: (FocusOptions | undefined)[] = [];
    const original = HTMLElement.prototype.focus;
    items[1]!.focus = function (this: HTMLElement, options?: FocusOptions) {
      seen.push(options);
      original.call(this, options);
    };
    items[0]!.focus();
    await press('ArrowRight');
    expect(seen).to.deep.equal([{ preventScroll: true }]);
  });

  it('focusActive() focuses the active item, else the first enabled one', async () => {
    let active = 3;
    const { controller, focused } = await setup({ activeIndex: () => active }, { disabled: ['A'] });
    expect(controller.focusActive()).to.be.true;
    expect(focused()).to.equal('D');
    active = -1;
    expect(controller.focusActive()).to.be.true;
    expect(focused()).to.equal('B');
  });

  it('focusActive() without activeIndex focuses the first enabled item, and reports when there is none', async () => {
    const some = await setup();
    expect(some.controller.focusActive()).to.be.true;
    expect(some.focused()).to.equal('A');
    const none = await setup({}, { disabled: ['A', 'B', 'C', 'D', 'E'] });
    expect(none.controller.focusActive()).to.be.false;
  });

  it('indexOf() gives the item an event came from, also from inside it, else -1', async () => {
    const { host, items, controller } = await setup();
    const hits: number[] = [];
    host.addEventListener('click', (event) => hits.push(controller.indexOf(event)));
    items[2]!.click();
    const inner = document.createElement('span');
    items[3]!.append(inner);
    inner.click();
    host.querySelector('input')!.click();
    expect(hits).to.deep.equal([2, 3, -1]);
  });

  it('stops listening while the host is disconnected', async () => {
    const { wrapper, host, items, calls } = await setup();
    host.remove();
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(calls.moves).to.deep.equal([]);
    wrapper.append(host);
    items[0]!.focus();
    await press('ArrowRight');
    expect(calls.moves).to.deep.equal([['B', 1]]);
  });
});
