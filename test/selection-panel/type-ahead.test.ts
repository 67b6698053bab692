import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import type { MemberInput } from '../../src/model/members.js';

const TODAY = '2025-06-15';

/** 600 members: "Alpha 1"… with a few others far down the virtualized list. */
function members(): MemberInput[] {
  const list: MemberInput[] = Array.from({ length: 600 }, (_, index) => ({
    id: index + 1,
    title: `Alpha ${index + 1}`,
  }));
  list[250] = { id: 251, title: 'Berg' };
  list[300] = { id: 301, title: 'Bergen office' };
  list[450] = { id: 451, title: 'Bodø deal' };
  list[500] = { id: 501, title: 'Ålesund' };
  list[550] = { id: 551, title: 'New York' };
  list[560] = { id: 561, title: 'New Zealand' };
  return list;
}

const listboxOf = (el: SelectionPanel) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
/** The title of the option aria-activedescendant names: it must be rendered. */
const activeTitle = (el: SelectionPanel) => {
  const id = listboxOf(el).getAttribute('aria-activedescendant');
  const option = id ? el.shadowRoot!.getElementById(id) : null;
  return option?.querySelector('[part="title"]')!.textContent!.trim();
};

async function settled(el: SelectionPanel) {
  for (let frame = 0; frame < 4; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

async function panel(lang = 'en'): Promise<SelectionPanel> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <selection-panel style="height: 320px" today=${TODAY} .members=${members()}></selection-panel>
    </div>`,
  );
  const el = wrapper.querySelector('selection-panel')!;
  await settled(el);
  el.focus();
  await settled(el);
  return el;
}

async function type(el: SelectionPanel, text: string) {
  await sendKeys({ type: text });
  await settled(el);
}

/** Whether the active option lies inside the listbox's visible box. */
function activeInView(el: SelectionPanel): boolean {
  const id = listboxOf(el).getAttribute('aria-activedescendant')!;
  const option = el.shadowRoot!.getElementById(id)!.getBoundingClientRect();
  const box = listboxOf(el).getBoundingClientRect();
  return option.top >= box.top - 1 && option.bottom <= box.bottom + 1;
}

describe('<selection-panel> type-ahead (APG listbox)', () => {
  it('moves to the next member whose title starts with a typed letter, scrolled into view, focus kept', async () => {
    const el = await panel();
    expect(activeTitle(el)).to.equal('Alpha 1');
    await type(el, 'b');
    expect(activeTitle(el)).to.equal('Berg');
    expect(activeInView(el)).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(listboxOf(el));
    await expect(el).to.be.accessible();
  });

  it('adds up letters typed in quick succession, and starts again after a pause', async () => {
    const el = await panel();
    await type(el, 'berge');
    expect(activeTitle(el)).to.equal('Bergen office');
    await aTimeout(600);
    await type(el, 'n');
    expect(activeTitle(el)).to.equal('New York');
  });

  it('takes a space inside a typed text instead of selecting', async () => {
    const el = await panel();
    const selected: unknown[] = [];
    el.addEventListener('sale-select', (event) => selected.push(event.detail.id));
    await type(el, 'new z');
    expect(activeTitle(el)).to.equal('New Zealand');
    expect(selected).to.deep.equal([]);
    await aTimeout(600);
    await sendKeys({ press: ' ' });
    await settled(el);
    expect(selected).to.deep.equal([561]);
  });

  it('cycles through the members starting with a letter typed again and again, wrapping', async () => {
    const el = await panel();
    const seen: (string | undefined)[] = [];
    for (let press = 0; press < 4; press++) {
      await sendKeys({ press: 'b' });
      await settled(el);
      seen.push(activeTitle(el));
    }
    expect(seen).to.deep.equal(['Berg', 'Bergen office', 'Bodø deal', 'Berg']);
  });

  it('leaves the active member when nothing matches', async () => {
    const el = await panel();
    await type(el, 'b');
    await aTimeout(600);
    await type(el, 'q');
    expect(activeTitle(el)).to.equal('Berg');
  });

  it('treats å as its own letter on a Norwegian page', async () => {
    const el = await panel('nb');
    // What a Norwegian keyboard's å key sends (the test driver types only US-keyboard keys).
    listboxOf(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'å', bubbles: true, composed: true }));
    await settled(el);
    expect(activeTitle(el)).to.equal('Ålesund');
    expect(activeInView(el)).to.equal(true);
  });

  it('leaves keys with Ctrl to the page, and arrows still move from the member typed to', async () => {
    const el = await panel();
    await type(el, 'b');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'n' });
    await sendKeys({ up: 'Control' });
    await settled(el);
    expect(activeTitle(el)).to.equal('Berg');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(activeTitle(el)).to.equal('Alpha 252');
  });
});
