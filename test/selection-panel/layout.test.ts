/**
 * The listbox's rows are windowed by the shared fixed-row core (src/grid/virtual-rows.ts): what the
 * user sees must not show it. Rows sit where the scroll position says, the viewport is never blank,
 * and that holds right to left and at any container width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import { SELECTION_TODAY, generateMembers, mixedMembers } from '../../stories/fixtures/selection-panel.js';

const members = generateMembers(100_000);

async function settled(el: SelectionPanel) {
  for (let frame = 0; frame < 4; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

async function render(
  list: readonly unknown[],
  { dir = 'ltr', width = '360px', selected }: { dir?: string; width?: string; selected?: number } = {},
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} style="inline-size: ${width}">
      <selection-panel
        style="height: 360px"
        today=${SELECTION_TODAY}
        .members=${list}
        .selected=${selected}
      ></selection-panel>
    </div>`,
  );
  const el = wrapper.querySelector('selection-panel')!;
  await settled(el);
  return { wrapper, el, listbox: el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')! };
}

const optionsOf = (listbox: HTMLElement) => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];

/** The options the listbox shows, in order, each with its box; the viewport must be covered. */
function shownOptions(listbox: HTMLElement) {
  const view = listbox.getBoundingClientRect();
  return optionsOf(listbox)
    .map((option) => ({ option, box: option.getBoundingClientRect() }))
    .filter(({ box }) => box.bottom > view.top + 1 && box.top < view.bottom - 1);
}

function expectViewportCovered(listbox: HTMLElement) {
  const view = listbox.getBoundingClientRect();
  const shown = shownOptions(listbox);
  expect(shown.length, 'rows in view').to.be.above(2);
  expect(shown[0]!.box.top).to.be.at.most(view.top + listbox.clientTop + 1);
  expect(shown.at(-1)!.box.bottom).to.be.at.least(view.top + listbox.clientTop + listbox.clientHeight - 1);
  for (let at = 1; at < shown.length; at++) {
    // Consecutive positions, edge to edge: no gap and no overlap.
    expect(Number(shown[at]!.option.getAttribute('aria-posinset'))).to.equal(
      Number(shown[at - 1]!.option.getAttribute('aria-posinset')) + 1,
    );
    expect(Math.abs(shown[at]!.box.top - shown[at - 1]!.box.bottom)).to.be.below(0.5);
  }
}

describe('<selection-panel> rows in place', () => {
  it('shows the rows the scroll position says, with no gap, anywhere in 100,000 members', async () => {
    const { el, listbox } = await render(members);
    const rowHeight = optionsOf(listbox)[0]!.getBoundingClientRect().height;
    expectViewportCovered(listbox);
    for (const row of [40_000, 99_990, 12]) {
      listbox.scrollTop = row * rowHeight;
      await settled(el);
      expectViewportCovered(listbox);
      const first = shownOptions(listbox)[0]!.option;
      expect(Number(first.getAttribute('aria-posinset'))).to.equal(Math.min(row, 100_000 - 6) + 1);
      expect(optionsOf(listbox).length).to.be.below(100);
    }
    // The whole list scrolls: its last member is reachable and ends the list.
    listbox.scrollTop = listbox.scrollHeight;
    await settled(el);
    expectViewportCovered(listbox);
    expect(shownOptions(listbox).at(-1)!.option.getAttribute('aria-posinset')).to.equal('100000');
  });

  it('works right to left: bar on the right, keys move, the active option is named', async () => {
    const { el, listbox } = await render(mixedMembers, { dir: 'rtl', selected: 1045 });
    const selected = listbox.querySelector<HTMLElement>('[aria-selected="true"]')!;
    const style = getComputedStyle(selected);
    // The selected row's bar is on its start edge, which is the right one.
    expect(style.borderRightWidth).to.not.equal('0px');
    expect(style.borderLeftWidth).to.equal('0px');
    expect(selected.querySelector('sale-status-icon')!.getBoundingClientRect().left).to.be.above(
      selected.querySelector('[part="title"]')!.getBoundingClientRect().left,
    );
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    const active = el.shadowRoot!.getElementById(listbox.getAttribute('aria-activedescendant')!)!;
    expect(active.querySelector('[part="title"]')!.textContent!.trim()).to.equal(
      'Sales training for the spring kick-off',
    );
    expectViewportCovered(listbox);
  });

  it('keeps one row height and no sideways scrolling from a narrow container to a wide one', async () => {
    const { wrapper, el, listbox } = await render(members, { width: '200px' });
    const height = optionsOf(listbox)[0]!.getBoundingClientRect().height;
    for (const width of ['200px', '320px', '900px']) {
      wrapper.style.inlineSize = width;
      listbox.scrollTop = 5_000 * height;
      await settled(el);
      expect(listbox.scrollWidth).to.be.at.most(listbox.clientWidth);
      for (const option of optionsOf(listbox)) {
        expect(option.getBoundingClientRect().height).to.be.closeTo(height, 0.01);
        expect(option.getBoundingClientRect().width).to.be.at.most(listbox.clientWidth + 0.5);
      }
      expectViewportCovered(listbox);
    }
  });
});
