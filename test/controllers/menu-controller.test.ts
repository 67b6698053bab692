import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { MenuController } from '../../src/controllers/menu-controller.js';

class MenuHost extends LitElement {
  selected: string[] = [];
  readonly menu = new MenuController(this, {
    button: () => this.renderRoot.querySelector<HTMLElement>('button'),
    menu: () => this.renderRoot.querySelector<HTMLElement>('[role="menu"]'),
    onSelect: (item, _index, keepOpen) =>
      this.selected.push(`${item.textContent}${keepOpen ? ' (kept open)' : ''}`),
  });

  protected override render() {
    return html`<button aria-haspopup="menu" aria-expanded=${this.menu.open ? 'true' : 'false'}>
        Columns
      </button>
      <div role="menu" ?hidden=${!this.menu.open}>
        <div role="menuitemcheckbox" tabindex="-1" aria-checked="true">Amount</div>
        <div role="menuitem" tabindex="-1" aria-disabled="true">Blocked</div>
        <div role="menuitem" tabindex="-1">Reset</div>
        <div role="menuitem" tabindex="-1">Restore</div>
      </div>
      <input aria-label="Elsewhere" />`;
  }
}
customElements.define('menu-controller-host', MenuHost);

const focusedText = (el: MenuHost) => el.shadowRoot!.activeElement?.textContent?.trim();
async function press(el: MenuHost, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('MenuController', () => {
  let el: MenuHost;
  beforeEach(async () => {
    el = await fixture<MenuHost>(testHtml`<menu-controller-host></menu-controller-host>`);
  });

  it('opens on Down Arrow at the first item and skips disabled items', async () => {
    el.renderRoot.querySelector('button')!.focus();
    await press(el, 'ArrowDown');
    expect(el.menu.open).to.be.true;
    expect(focusedText(el)).to.equal('Amount');
    await press(el, 'ArrowDown');
    expect(focusedText(el)).to.equal('Reset');
    await press(el, 'Home');
    expect(focusedText(el)).to.equal('Amount');
    await expect(el).to.be.accessible();
  });

  it('letters jump to the next item starting with them', async () => {
    el.renderRoot.querySelector('button')!.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    await press(el, 'r');
    expect(focusedText(el)).to.equal('Reset');
    await press(el, 'r');
    expect(focusedText(el)).to.equal('Restore');
    await press(el, 'z');
    expect(focusedText(el)).to.equal('Restore');
  });

  it('Enter activates and closes; Space on a checkbox item keeps it open', async () => {
    el.renderRoot.querySelector('button')!.focus();
    await press(el, 'ArrowDown');
    await press(el, ' ');
    expect(el.menu.open).to.be.true;
    await press(el, 'End');
    await press(el, 'Enter');
    expect(el.selected).to.deep.equal(['Amount (kept open)', 'Restore']);
    expect(el.menu.open).to.be.false;
    expect(focusedText(el)).to.equal('Columns');
  });

  it('clicks on disabled items do nothing; clicks elsewhere in the host are ignored', async () => {
    await el.menu.show('last');
    expect(focusedText(el)).to.equal('Restore');
    (el.renderRoot.querySelectorAll('[role="menuitem"]')[0] as HTMLElement).click();
    (el.renderRoot.querySelector('input') as HTMLElement).click();
    expect(el.selected).to.deep.equal([]);
    el.menu.hide(false);
    el.menu.hide();
    expect(el.menu.open).to.be.false;
  });

  it('closes when focus leaves the menu, and when disconnected', async () => {
    await el.menu.show();
    el.renderRoot.querySelector('input')!.focus();
    await el.updateComplete;
    expect(el.menu.open).to.be.false;
    await el.menu.show();
    el.remove();
    expect(el.menu.open).to.be.false;
  });
});
