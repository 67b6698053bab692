import { expect, fixture, html } from '@open-wc/testing';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import { SELECTION_TODAY, mixedMembers } from '../../stories/fixtures/selection-panel.js';

async function settled(el: SelectionPanel) {
  for (let frame = 0; frame < 4; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

describe('<selection-panel> language change', () => {
  it('keeps the active option named while the list speaks another language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <selection-panel
          style="height: 320px"
          today=${SELECTION_TODAY}
          .members=${mixedMembers}
          selected="1045"
        >
        </selection-panel>
      </div>`,
    );
    const el = wrapper.querySelector('selection-panel')!;
    el.focus();
    await settled(el);
    const listbox = el.shadowRoot!.querySelector('[role="listbox"]')!;
    const active = listbox.getAttribute('aria-activedescendant');
    expect(active).to.be.a('string');
    wrapper.lang = 'nb';
    await settled(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Utvalgsmedlemmer');
    expect(listbox.getAttribute('aria-activedescendant')).to.equal(active);
  });
});
