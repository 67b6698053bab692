import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-tabs.js';
import type { SaleTabs, TabDefinition } from '../src/sale-tabs.js';
import { SaleTabChangeEvent } from '../src/events/sale-tab-change.js';
import { SaleTabChangedEvent } from '../src/events/sale-tab-changed.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';

const TABS: TabDefinition[] = [
  { id: 'sale', label: 'Sale' },
  { id: 'notes', label: 'Notes', marked: true },
  { id: 'links', label: 'Links' },
  { id: 'more info', label: 'More info' },
];

const tabsOf = (el: SaleTabs) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const tabNamed = (el: SaleTabs, label: string) =>
  tabsOf(el).find((tab) => tab.textContent!.trim().startsWith(label))!;
const tablistOf = (el: SaleTabs) => el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
const panelOf = (el: SaleTabs) => el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
const focusedLabel = (el: SaleTabs) => el.shadowRoot!.activeElement?.textContent?.trim();
const selectedLabel = (el: SaleTabs) =>
  tabsOf(el)
    .find((tab) => tab.getAttribute('aria-selected') === 'true')
    ?.textContent?.trim();
/** The light-DOM panels the user can see: those assigned to the panel's one slot. */
const shownPanels = (el: SaleTabs) =>
  panelOf(el)
    .querySelector('slot')!
    .assignedElements()
    .map((panel) => panel.textContent);

/**
 * Renders a template that wraps a <sale-tabs> and waits for that element. (open-wc's `fixture` waits
 * for an animation frame when the root is not a Lit element, and background pages get none.)
 */
async function mountWrapped(template: ReturnType<typeof html>) {
  const wrapper = fixtureSync<HTMLElement>(template);
  const el = wrapper.querySelector('sale-tabs')!;
  await el.updateComplete;
  return { wrapper, el };
}

function render(tabs: unknown = TABS, attributes: { selected?: string; activation?: string } = {}) {
  return fixture<SaleTabs>(
    html`<sale-tabs
      label="Sale details"
      .tabs=${tabs as TabDefinition[]}
      selected=${attributes.selected ?? ''}
      activation=${attributes.activation ?? 'auto'}
    >
      <div slot="sale">Sale panel</div>
      <div slot="notes">Notes panel</div>
      <div slot="links">Links panel</div>
      <div slot="more info">More info panel</div>
    </sale-tabs>`,
  );
}

/** Records every sale-tab-change the element fires, as seen from the document. */
function recordChanges() {
  const events: SaleTabChangeEvent[] = [];
  const listener = (event: SaleTabChangeEvent) => events.push(event);
  document.addEventListener('sale-tab-change', listener);
  return { events, stop: () => document.removeEventListener('sale-tab-change', listener) };
}

async function press(el: SaleTabs, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

describe('<sale-tabs>', () => {
  let changes: ReturnType<typeof recordChanges>;
  beforeEach(() => (changes = recordChanges()));
  afterEach(() => changes.stop());

  describe('structure and ARIA', () => {
    it('renders a named tablist of tabs and one tabpanel labelled by the selected tab', async () => {
      const el = await render();
      const tablist = tablistOf(el);
      const tabs = tabsOf(el);
      const panel = panelOf(el);
      expect(tablist.getAttribute('aria-label')).to.equal('Sale details');
      expect(tabs.map((tab) => tab.textContent!.trim())).to.deep.equal([
        'Sale',
        'Notes, has content',
        'Links',
        'More info',
      ]);
      expect(tabs.every((tab) => tab.parentElement === tablist)).to.be.true;
      expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal([
        'true',
        'false',
        'false',
        'false',
      ]);
      expect(tabs.every((tab) => tab.getAttribute('aria-controls') === panel.id)).to.be.true;
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[0]!.id);
      expect(panel.getAttribute('tabindex')).to.equal('0');
      expect(panel.getAttribute('part')).to.equal('panel');
      await expect(el).to.be.accessible();
    });

    it('gives only the selected tab tabindex 0 (roving tabindex)', async () => {
      const el = await render(TABS, { selected: 'links' });
      expect(tabsOf(el).map((tab) => tab.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0', '-1']);
    });

    it('shows only the selected panel, through one slot named after the tab', async () => {
      const el = await render();
      expect(panelOf(el).querySelectorAll('slot')).to.have.length(1);
      expect(shownPanels(el)).to.deep.equal(['Sale panel']);
      const hidden = el.querySelector('[slot="notes"]')!;
      expect(hidden.getClientRects()).to.have.length(0);
      el.selected = 'notes';
      await el.updateComplete;
      expect(shownPanels(el)).to.deep.equal(['Notes panel']);
      expect(hidden.getClientRects().length).to.be.greaterThan(0);
    });

    it('uses safe ids in its shadow root whatever the tab ids are', async () => {
      const el = await render(TABS, { selected: 'more info' });
      const ids = tabsOf(el).map((tab) => tab.id);
      expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).to.be.true;
      expect(new Set(ids).size).to.equal(4);
      expect(panelOf(el).getAttribute('aria-labelledby')).to.equal(tabNamed(el, 'More info').id);
      expect(shownPanels(el)).to.deep.equal(['More info panel']);
    });

    it('exposes the parts tablist, tab, tab-selected, tab-disabled, marker and panel', async () => {
      const el = await render([
        { id: 'a', label: 'A', marked: true },
        { id: 'b', label: 'B', disabled: true },
      ]);
      const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(parts).to.deep.equal(['tablist', 'tab tab-selected', 'marker', 'tab tab-disabled', 'panel']);
    });

    it('leaves the tablist unnamed without a label', async () => {
      const el = await fixture<SaleTabs>(html`<sale-tabs .tabs=${TABS}></sale-tabs>`);
      expect(tablistOf(el).hasAttribute('aria-label')).to.be.false;
    });
  });

  describe('selection', () => {
    it('selects the first enabled tab by default and reflects it', async () => {
      const el = await fixture<SaleTabs>(
        html`<sale-tabs .tabs=${[{ id: 'a', label: 'A', disabled: true }, ...TABS]}></sale-tabs>`,
      );
      expect(el.selected).to.equal('sale');
      expect(el.getAttribute('selected')).to.equal('sale');
      expect(selectedLabel(el)).to.equal('Sale');
    });

    it('selects the first tab when every tab is disabled, and keeps it reachable', async () => {
      const el = await render([
        { id: 'a', label: 'A', disabled: true },
        { id: 'b', label: 'B', disabled: true },
      ]);
      expect(el.selected).to.equal('a');
      expect(tabsOf(el)[0]!.getAttribute('tabindex')).to.equal('0');
      el.focus();
      await press(el, 'ArrowRight');
      expect(focusedLabel(el)).to.equal('A');
      expect(changes.events).to.have.length(0);
    });

    it('follows the host setting selected, without firing sale-tab-change', async () => {
      const el = await render();
      el.selected = 'links';
      await el.updateComplete;
      el.setAttribute('selected', 'notes');
      await el.updateComplete;
      expect(selectedLabel(el)).to.equal('Notes, has content');
      expect(shownPanels(el)).to.deep.equal(['Notes panel']);
      expect(changes.events).to.have.length(0);
    });

    it('honours a host choice of a disabled tab', async () => {
      const el = await render([
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B', disabled: true },
      ]);
      el.selected = 'b';
      await el.updateComplete;
      expect(selectedLabel(el)).to.equal('B');
    });

    it('falls back to the first enabled tab, with a warning, when selected matches no tab', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(TABS, { selected: 'quotes' });
        expect(el.selected).to.equal('sale');
        expect(selectedLabel(el)).to.equal('Sale');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('selected: "quotes"').and.contain('showing "sale"');
        expect(changes.events).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('moves to the first enabled tab when the host hides the selected one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(TABS, { selected: 'links' });
        el.tabs = TABS.map((tab) => (tab.id === 'links' ? { ...tab, hidden: true } : tab));
        await el.updateComplete;
        expect(el.selected).to.equal('sale');
        expect(warnings.messages[0]).to.contain('"links"');
      } finally {
        warnings.restore();
      }
    });

    it('accepts a number as selected', async () => {
      const el = await render([
        { id: '1', label: 'One' },
        { id: '2', label: 'Two' },
      ]);
      (el as unknown as { selected: number }).selected = 2;
      await el.updateComplete;
      expect(selectedLabel(el)).to.equal('Two');
    });
  });

  describe('pointer', () => {
    it('selects a clicked tab and fires a cancelable, bubbling, composed sale-tab-change', async () => {
      const el = await render();
      tabNamed(el, 'Links').click();
      await el.updateComplete;
      expect(changes.events).to.have.length(1);
      const [event] = changes.events;
      expect(event!.detail).to.deep.equal({ id: 'links', previous: 'sale' });
      expect(event!.bubbles && event!.composed && event!.cancelable).to.be.true;
      expect(el.selected).to.equal('links');
      expect(selectedLabel(el)).to.equal('Links');
      expect(tabNamed(el, 'Links').getAttribute('tabindex')).to.equal('0');
      expect(panelOf(el).getAttribute('aria-labelledby')).to.equal(tabNamed(el, 'Links').id);
      expect(shownPanels(el)).to.deep.equal(['Links panel']);
    });

    it('keeps the old tab when a listener calls preventDefault()', async () => {
      const el = await render();
      el.addEventListener('sale-tab-change', (event) => event.preventDefault());
      tabNamed(el, 'Notes').click();
      await el.updateComplete;
      expect(changes.events).to.have.length(1);
      expect(el.selected).to.equal('sale');
      expect(shownPanels(el)).to.deep.equal(['Sale panel']);
    });

    it('ignores clicks on a disabled tab, on the selected tab and inside the panel', async () => {
      const el = await render(TABS.map((tab) => (tab.id === 'links' ? { ...tab, disabled: true } : tab)));
      tabNamed(el, 'Links').click();
      tabNamed(el, 'Sale').click();
      (el.querySelector('[slot="sale"]') as HTMLElement).click();
      panelOf(el).click();
      await el.updateComplete;
      expect(tabNamed(el, 'Links').getAttribute('aria-disabled')).to.equal('true');
      expect(el.selected).to.equal('sale');
      expect(changes.events).to.have.length(0);
    });

    it('a click on the dot of a marked tab selects the tab', async () => {
      const el = await render();
      (tabNamed(el, 'Notes').querySelector('[part="marker"]') as HTMLElement).click();
      await el.updateComplete;
      expect(el.selected).to.equal('notes');
    });
  });

  describe('keyboard', () => {
    it('focus() moves focus to the selected tab', async () => {
      const el = await render(TABS, { selected: 'links' });
      el.focus();
      expect(focusedLabel(el)).to.equal('Links');
    });

    it('reaches the selected tab, then the panel, with Tab', async () => {
      const { wrapper, el } = await mountWrapped(
        html`<div>
          <button>before</button>
          <sale-tabs .tabs=${TABS} selected="notes"><div slot="notes">Notes panel</div></sale-tabs>
        </div>`,
      );
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel(el)).to.equal('Notes, has content');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(panelOf(el));
    });

    it('selects with the arrow keys and wraps around both ends', async () => {
      const el = await render();
      el.focus();
      await press(el, 'ArrowRight');
      expect(focusedLabel(el)).to.equal('Notes, has content');
      expect(selectedLabel(el)).to.equal('Notes, has content');
      await press(el, 'ArrowRight', 'ArrowRight');
      expect(selectedLabel(el)).to.equal('More info');
      await press(el, 'ArrowRight');
      expect(selectedLabel(el)).to.equal('Sale');
      expect(focusedLabel(el)).to.equal('Sale');
      await press(el, 'ArrowLeft');
      expect(selectedLabel(el)).to.equal('More info');
      expect(changes.events.map((event) => [event.detail.previous, event.detail.id])).to.deep.equal([
        ['sale', 'notes'],
        ['notes', 'links'],
        ['links', 'more info'],
        ['more info', 'sale'],
        ['sale', 'more info'],
      ]);
      expect(tabsOf(el).filter((tab) => tab.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('goes to the first and last enabled tabs with Home and End', async () => {
      const el = await render([
        { id: 'a', label: 'A', disabled: true },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
        { id: 'd', label: 'D' },
        { id: 'e', label: 'E', disabled: true },
      ]);
      el.focus();
      await press(el, 'End');
      expect(selectedLabel(el)).to.equal('D');
      await press(el, 'Home');
      expect(selectedLabel(el)).to.equal('B');
      expect(focusedLabel(el)).to.equal('B');
    });

    it('skips disabled tabs, also when wrapping', async () => {
      const el = await render([
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B', disabled: true },
        { id: 'c', label: 'C' },
        { id: 'd', label: 'D', disabled: true },
      ]);
      el.focus();
      await press(el, 'ArrowRight');
      expect(selectedLabel(el)).to.equal('C');
      await press(el, 'ArrowRight');
      expect(selectedLabel(el)).to.equal('A');
      await press(el, 'ArrowLeft');
      expect(selectedLabel(el)).to.equal('C');
    });

    it('swaps the arrow keys in right-to-left text', async () => {
      const { el } = await mountWrapped(html`<div dir="rtl"><sale-tabs .tabs=${TABS}></sale-tabs></div>`);
      el.focus();
      await press(el, 'ArrowLeft');
      expect(selectedLabel(el)).to.equal('Notes, has content');
      await press(el, 'ArrowRight', 'ArrowRight');
      expect(selectedLabel(el)).to.equal('More info');
    });

    it('leaves the vertical arrows, modified arrows and other keys alone', async () => {
      const el = await render();
      el.focus();
      await press(el, 'ArrowDown', 'ArrowUp', 'a');
      for (const modifier of ['Shift', 'Alt', 'Control', 'Meta']) {
        await sendKeys({ down: modifier });
        await press(el, 'ArrowRight');
        await sendKeys({ up: modifier });
      }
      expect(selectedLabel(el)).to.equal('Sale');
      expect(focusedLabel(el)).to.equal('Sale');
      expect(changes.events).to.have.length(0);
    });

    it('moves focus but keeps the tab when a listener cancels the change', async () => {
      const el = await render();
      el.addEventListener('sale-tab-change', (event) => event.preventDefault());
      el.focus();
      await press(el, 'ArrowRight');
      expect(focusedLabel(el)).to.equal('Notes, has content');
      expect(selectedLabel(el)).to.equal('Sale');
      // Enter asks again.
      await press(el, 'Enter');
      expect(changes.events).to.have.length(2);
      expect(selectedLabel(el)).to.equal('Sale');
    });

    it('ignores keys pressed inside a panel', async () => {
      const el = await fixture<SaleTabs>(
        html`<sale-tabs .tabs=${TABS}>
          <div slot="sale"><input aria-label="Title" /></div>
        </sale-tabs>`,
      );
      el.querySelector('input')!.focus();
      await press(el, 'ArrowRight', 'End', 'Enter');
      expect(selectedLabel(el)).to.equal('Sale');
      expect(document.activeElement).to.equal(el.querySelector('input'));
    });

    it('keeps nested tabs apart: keys and clicks in inner tabs do not move the outer ones', async () => {
      const inner = [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ];
      const outer = await fixture<SaleTabs>(
        html`<sale-tabs .tabs=${TABS}>
          <sale-tabs slot="sale" .tabs=${inner}></sale-tabs>
        </sale-tabs>`,
      );
      const nested = outer.querySelector('sale-tabs')!;
      await nested.updateComplete;
      nested.focus();
      await press(nested, 'ArrowRight');
      tabNamed(nested, 'X').click();
      await nested.updateComplete;
      expect(nested.selected).to.equal('x');
      expect(outer.selected).to.equal('sale');
      expect(changes.events.map((event) => event.detail.id)).to.deep.equal(['y', 'x']);
      expect(changes.events.every((event) => event.target === nested)).to.be.true;
    });

    it('still works, once, after being moved in the document', async () => {
      const el = await render();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      el.focus();
      await press(el, 'ArrowRight');
      expect(changes.events).to.have.length(1);
    });

    describe('with activation="manual"', () => {
      it('moves focus with the arrows but selects only with Enter or Space', async () => {
        const el = await render(TABS, { activation: 'manual' });
        el.focus();
        await press(el, 'ArrowRight');
        expect(focusedLabel(el)).to.equal('Notes, has content');
        expect(selectedLabel(el)).to.equal('Sale');
        expect(tabNamed(el, 'Sale').getAttribute('tabindex')).to.equal('0');
        expect(changes.events).to.have.length(0);
        await press(el, 'Enter');
        expect(selectedLabel(el)).to.equal('Notes, has content');
        await press(el, 'End', 'Space');
        expect(selectedLabel(el)).to.equal('More info');
        expect(changes.events.map((event) => event.detail.id)).to.deep.equal(['notes', 'more info']);
      });

      it('does not select a disabled tab with Enter or Space', async () => {
        const el = await render(
          TABS.map((tab) => (tab.id === 'notes' ? { ...tab, disabled: true } : tab)),
          { activation: 'manual' },
        );
        tabNamed(el, 'Notes').focus();
        await press(el, 'Enter', 'Space');
        expect(selectedLabel(el)).to.equal('Sale');
        expect(changes.events).to.have.length(0);
      });
    });

    it('warns about an unknown activation and behaves as auto', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(TABS, { activation: 'instant' });
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('activation: "instant"');
        el.focus();
        await press(el, 'ArrowRight');
        expect(selectedLabel(el)).to.equal('Notes, has content');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('hidden and marked tabs', () => {
    it('does not render hidden tabs', async () => {
      const el = await render(TABS.map((tab) => (tab.id === 'notes' ? { ...tab, hidden: true } : tab)));
      expect(tabsOf(el).map((tab) => tab.textContent!.trim())).to.deep.equal(['Sale', 'Links', 'More info']);
      el.focus();
      await press(el, 'ArrowRight');
      expect(selectedLabel(el)).to.equal('Links');
    });

    it('marks a tab with a dot hidden from screen readers and a hint they read', async () => {
      const el = await render();
      const tab = tabNamed(el, 'Notes');
      const marker = tab.querySelector<HTMLElement>('[part="marker"]')!;
      expect(marker.getAttribute('aria-hidden')).to.equal('true');
      expect(marker.getBoundingClientRect().width).to.be.greaterThan(0);
      const hint = tab.querySelector('.visually-hidden')!;
      expect(hint.textContent).to.equal(', has content');
      expect(hint.getBoundingClientRect().width).to.be.at.most(1);
      expect(tabNamed(el, 'Sale').querySelector('[part="marker"]')).to.be.null;
    });

    it('says the hint in Norwegian and follows a language change', async () => {
      const { wrapper, el } = await mountWrapped(
        html`<div lang="nb"><sale-tabs .tabs=${TABS}></sale-tabs></div>`,
      );
      expect(tabNamed(el, 'Notes').textContent!.trim()).to.equal('Notes, har innhold');
      wrapper.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(tabNamed(el, 'Notes').textContent!.trim()).to.equal('Notes, has content');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('renders the valid tabs and warns once, naming each bad field', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render([
          { id: 'sale', label: 'Sale' },
          null,
          { label: 'No id' },
          { id: 'sale', label: 'Sale again' },
          { id: 'notes' },
          { id: 7, label: 42 },
          'links',
          { id: '   ', label: 'Blank id' },
          { id: 'links', label: { html: '<b>x</b>' } },
        ]);
        expect(tabsOf(el).map((tab) => tab.textContent!.trim())).to.deep.equal(['Sale', '—', '42', '—']);
        expect(warnings.messages).to.have.length(1);
        const [message] = warnings.messages;
        for (const field of [
          'tabs[1].id: missing',
          'tabs[2].id: missing',
          'tabs[3].id: repeats "sale"',
          'tabs[4].label: missing',
          'tabs[6].id: missing',
          'tabs[7].id: "   "',
          'tabs[8].label: an object',
        ]) {
          expect(message).to.contain(field);
        }
        expect(message).not.to.contain('tabs[5]');
        // A number id still names its panel's slot.
        el.selected = '7';
        await el.updateComplete;
        expect(selectedLabel(el)).to.equal('42');
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('shows labels as text, never as markup', async () => {
      const el = await render([{ id: 'a', label: '<img src=x onerror="window.hacked=1">Owned' }]);
      const tab = tabsOf(el)[0]!;
      expect(tab.querySelector('img')).to.be.null;
      expect(tab.textContent!.trim()).to.equal('<img src=x onerror="window.hacked=1">Owned');
    });

    for (const [name, value] of [
      ['null', null],
      ['a string', 'sale,notes'],
      ['an object', { id: 'sale', label: 'Sale' }],
    ] as const) {
      it(`shows a placeholder and warns when tabs is ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await render(value);
          expect(tabsOf(el)).to.have.length(0);
          expect(el.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.equal('—');
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('not an array');
          el.focus();
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows the placeholder without a warning for an empty list, and the tabs once they arrive', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SaleTabs>(html`<sale-tabs selected="notes"></sale-tabs>`);
        expect(el.shadowRoot!.textContent!.trim()).to.equal('—');
        el.tabs = TABS;
        await el.updateComplete;
        expect(selectedLabel(el)).to.equal('Notes, has content');
        expect(warnings.messages).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('any JavaScript value in a property', () => {
    const throwing = () => {
      throw new Error('read me not');
    };
    /** Values a host (or a fuzzer) may pass, made fresh for each test (a revoked Proxy is single-use). */
    function hostileValues(): [string, unknown][] {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      return [
        ['a null-prototype object', Object.create(null)],
        ['a boxed string', new String('notes')],
        ['a boxed number', new Number(2)],
        ['a Proxy whose traps throw', new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing })],
        ['a revoked Proxy', revocable.proxy],
        ['an object whose getters throw', Object.defineProperty({}, 'id', { get: throwing })],
        ['a frozen object', Object.freeze({ id: 'x' })],
        ['a symbol', Symbol('tab')],
        ['a bigint', 12n],
        ['NaN', NaN],
        ['null', null],
        ['a function', () => 'notes'],
      ];
    }

    /** The text the user sees in the element: its tabs, or its placeholder. */
    const shownText = (el: SaleTabs) => el.shadowRoot!.textContent!.trim();

    it('takes undefined in every property as its default, silently', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SaleTabs>(html`<sale-tabs .tabs=${undefined!}></sale-tabs>`);
        expect(shownText(el)).to.equal('—');
        el.tabs = TABS;
        for (const field of ['selected', 'label', 'activation'] as const) {
          (el as unknown as Record<string, unknown>)[field] = undefined;
        }
        await el.updateComplete;
        expect(selectedLabel(el)).to.equal('Sale');
        expect(tablistOf(el).hasAttribute('aria-label')).to.be.false;
        el.focus();
        await press(el, 'ArrowRight');
        expect(selectedLabel(el), 'activation is auto').to.equal('Notes, has content');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    for (const field of ['tabs', 'selected', 'label', 'activation'] as const) {
      it(`survives any value in ${field}, warning once and naming it`, async () => {
        const el = await render();
        for (const [name, value] of hostileValues()) {
          const warnings = captureWarnings();
          try {
            (el as unknown as Record<string, unknown>)[field] = value;
            await el.updateComplete;
            expect(warnings.messages, `${field} = ${name}`).to.have.length(1);
            expect(warnings.messages[0], `${field} = ${name}`).to.match(
              new RegExp(`^<sale-tabs>: ${field}: `),
            );
            // Never blank: the placeholder without tabs, else the tabs with the first one selected.
            if (field === 'tabs') expect(shownText(el), `${field} = ${name}`).to.equal('—');
            else expect(selectedLabel(el), `${field} = ${name}`).to.equal('Sale');
          } finally {
            warnings.restore();
            (el as unknown as Record<string, unknown>)[field] = field === 'tabs' ? TABS : undefined;
            await el.updateComplete;
          }
        }
        // Still a working element afterwards.
        tabNamed(el, 'Links').click();
        await el.updateComplete;
        expect(selectedLabel(el)).to.equal('Links');
      });
    }

    it('reads tabs that are holes, Proxies, null-prototype or boxed, or whose getters throw', async () => {
      const warnings = captureWarnings();
      try {
        const nullPrototype = Object.assign(Object.create(null), { id: 'notes', label: 'Notes' });
        const tabs: unknown[] = [
          undefined,
          { id: 'sale', label: 'Sale' },
          new Proxy({}, { get: throwing }),
          nullPrototype,
          { id: 'links', label: new String('Links') },
          Object.defineProperty({ id: 'more info' }, 'label', { get: throwing }),
          Object.defineProperty({ id: 'secret', label: 'Secret' }, 'hidden', { get: throwing }),
          Object.freeze({ id: 'frozen', label: 'Frozen', marked: true }),
        ];
        delete tabs[0]; // a hole, not an undefined entry
        const el = await render(tabs);
        expect(tabsOf(el).map((tab) => tab.textContent!.trim())).to.deep.equal([
          'Sale',
          'Notes',
          '—',
          '—',
          'Secret',
          'Frozen, has content',
        ]);
        expect(warnings.messages).to.have.length(1);
        for (const field of [
          'tabs[0].id: missing',
          'tabs[2].id: a property that threw when read',
          'tabs[4].label: an object',
          'tabs[5].label: a property that threw when read',
          'tabs[6].hidden: a property that threw when read',
        ]) {
          expect(warnings.messages[0]).to.contain(field);
        }
      } finally {
        warnings.restore();
      }
    });

    it('reads a list whose length throws, or a sparse one of length 2^32-1, without hanging', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render();
        // Set directly: the test's own template would read the Proxy first.
        el.tabs = new Proxy([], { get: throwing });
        await el.updateComplete;
        expect(shownText(el)).to.equal('—');
        const sparse: unknown[] = [];
        sparse.length = 2 ** 32 - 1;
        sparse[1] = { id: 'b', label: 'B' };
        el.tabs = sparse as TabDefinition[];
        await el.updateComplete;
        expect(tabsOf(el).map((tab) => tab.textContent)).to.deep.equal(['B']);
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[0]).to.contain('tabs: length a property that threw when read');
        expect(warnings.messages[1]).to.contain('tabs: length 4294967295').and.contain('more problems');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('overflow', () => {
    const many = Array.from({ length: 14 }, (_, index) => ({
      id: `t${index}`,
      label: `Section ${index + 1}`,
    }));

    it('keeps the tabs on one row that scrolls sideways', async () => {
      const el = await fixture<SaleTabs>(html`<sale-tabs style="width: 320px" .tabs=${many}></sale-tabs>`);
      const tablist = tablistOf(el);
      const tops = new Set(tabsOf(el).map((tab) => tab.offsetTop));
      expect(tops.size).to.equal(1);
      expect(tablist.scrollWidth).to.be.greaterThan(tablist.clientWidth);
      expect(getComputedStyle(tablist).overflowX).to.equal('auto');
    });

    it('scrolls the selected tab into view without scrolling the page', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      try {
        const el = await fixture<SaleTabs>(
          html`<sale-tabs style="width: 320px" .tabs=${many} selected="t12"></sale-tabs>`,
        );
        window.scrollTo(0, 0);
        const inView = (tab: HTMLElement) => {
          const list = tablistOf(el).getBoundingClientRect();
          const box = tab.getBoundingClientRect();
          return box.left >= list.left - 0.5 && box.right <= list.right + 0.5;
        };
        expect(inView(tabNamed(el, 'Section 13'))).to.be.true;
        el.selected = 't0';
        await el.updateComplete;
        expect(inView(tabNamed(el, 'Section 1'))).to.be.true;
        el.focus();
        await press(el, 'End');
        expect(inView(tabNamed(el, 'Section 14'))).to.be.true;
        await press(el, 'ArrowRight');
        expect(inView(tabNamed(el, 'Section 1'))).to.be.true;
        expect(window.scrollY).to.equal(0);
      } finally {
        spacer.remove();
      }
    });

    it('reveals the selected tab in right-to-left text too', async () => {
      const { el } = await mountWrapped(
        html`<div dir="rtl"><sale-tabs style="width: 320px" .tabs=${many} selected="t13"></sale-tabs></div>`,
      );
      const list = tablistOf(el).getBoundingClientRect();
      const box = tabNamed(el, 'Section 14').getBoundingClientRect();
      expect(box.left).to.be.at.least(list.left - 0.5);
      expect(box.right).to.be.at.most(list.right + 0.5);
    });

    it('starts at the first tab, and copes with the tabs going away', async () => {
      const el = await fixture<SaleTabs>(html`<sale-tabs style="width: 320px" .tabs=${many}></sale-tabs>`);
      expect(tablistOf(el).scrollLeft).to.equal(0);
      el.tabs = [];
      await el.updateComplete;
      expect(tabsOf(el)).to.have.length(0);
    });
  });

  describe('styles', () => {
    it('marks the selected tab with a border that forced colours keep', async () => {
      const el = await render();
      const selected = tabNamed(el, 'Sale');
      const other = tabNamed(el, 'Links');
      const width = (tab: HTMLElement) => getComputedStyle(tab).borderBlockEndWidth;
      const colour = (tab: HTMLElement) => getComputedStyle(tab).borderBlockEndColor;
      expect(width(selected)).to.equal('3px');
      expect(colour(selected)).not.to.equal(colour(other));
      await withForcedColors(() => {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const probe = document.createElement('div');
        probe.style.color = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).color;
        probe.remove();
        // Only the selected tab's indicator shows: the others blend into the background.
        expect(colour(other)).to.equal(canvas);
        expect(colour(selected)).not.to.equal(canvas);
        expect(width(selected)).to.equal('3px');
      });
    });

    it('takes colours from --sale-tabs-* custom properties', async () => {
      const el = await fixture<SaleTabs>(
        html`<sale-tabs
          style="--sale-tabs-selected-color: rgb(1, 2, 3); --sale-tabs-indicator-color: rgb(4, 5, 6)"
          .tabs=${TABS}
        ></sale-tabs>`,
      );
      const selected = tabNamed(el, 'Sale');
      expect(getComputedStyle(selected).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(selected).borderBlockEndColor).to.equal('rgb(4, 5, 6)');
    });

    it('draws a focus ring on the focused tab', async () => {
      const el = await render();
      el.focus();
      await press(el, 'ArrowRight');
      const tab = tabNamed(el, 'Notes');
      expect(tab.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(tab).outlineStyle).to.equal('solid');
    });
  });

  describe('sale-tab-changed', () => {
    /** Records, in order, both events as the document hears them, and what `selected` was then. */
    function recordBoth(el: SaleTabs) {
      const log: { type: string; detail: unknown; selected?: string; event: Event }[] = [];
      const listener = (event: SaleTabChangeEvent | SaleTabChangedEvent) =>
        log.push({ type: event.type, detail: event.detail, selected: el.selected, event });
      document.addEventListener('sale-tab-change', listener);
      document.addEventListener('sale-tab-changed', listener);
      return {
        log,
        stop() {
          document.removeEventListener('sale-tab-change', listener);
          document.removeEventListener('sale-tab-changed', listener);
        },
      };
    }

    it('follows an uncancelled click, once the tab is selected, with the same detail', async () => {
      const el = await render();
      const seen = recordBoth(el);
      try {
        tabNamed(el, 'Links').click();
        await el.updateComplete;
        expect(seen.log.map(({ type, detail, selected }) => [type, detail, selected])).to.deep.equal([
          ['sale-tab-change', { id: 'links', previous: 'sale' }, 'sale'],
          ['sale-tab-changed', { id: 'links', previous: 'sale' }, 'links'],
        ]);
        const changed = seen.log[1]!.event as SaleTabChangedEvent;
        expect(changed).to.be.instanceOf(SaleTabChangedEvent);
        expect(changed.target).to.equal(el);
        expect(changed.bubbles && changed.composed).to.be.true;
        expect(changed.cancelable).to.be.false;
        expect(Object.isFrozen(changed.detail)).to.be.true;
        expect(shownPanels(el)).to.deep.equal(['Links panel']);
      } finally {
        seen.stop();
      }
    });

    it('follows each tab the arrow keys select', async () => {
      const el = await render();
      const seen = recordBoth(el);
      try {
        el.focus();
        await press(el, 'ArrowRight', 'ArrowLeft');
        expect(
          seen.log.filter(({ type }) => type === 'sale-tab-changed').map(({ detail }) => detail),
        ).to.deep.equal([
          { id: 'notes', previous: 'sale' },
          { id: 'sale', previous: 'notes' },
        ]);
      } finally {
        seen.stop();
      }
    });

    it('is not fired when a listener cancels sale-tab-change', async () => {
      const el = await render();
      el.addEventListener('sale-tab-change', (event) => event.preventDefault());
      const seen = recordBoth(el);
      try {
        tabNamed(el, 'Notes').click();
        el.focus();
        await press(el, 'ArrowRight', 'Enter');
        expect(seen.log.map(({ type }) => type)).to.not.include('sale-tab-changed');
        expect(seen.log.length).to.be.greaterThan(0);
        expect(el.selected).to.equal('sale');
      } finally {
        seen.stop();
      }
    });

    it('is not fired when the host sets selected or changes the tabs', async () => {
      const warnings = captureWarnings();
      const el = await render();
      const seen = recordBoth(el);
      try {
        el.selected = 'links';
        await el.updateComplete;
        el.setAttribute('selected', 'notes');
        await el.updateComplete;
        el.tabs = TABS.filter((tab) => tab.id !== 'notes');
        await el.updateComplete;
        expect(el.selected).to.equal('sale');
        expect(seen.log).to.have.length(0);
      } finally {
        seen.stop();
        warnings.restore();
      }
    });

    it('names both events on their classes, with frozen details', () => {
      expect(SaleTabChangeEvent.eventName).to.equal('sale-tab-change');
      expect(SaleTabChangedEvent.eventName).to.equal('sale-tab-changed');
      const change = new SaleTabChangeEvent({ id: 'a', previous: 'b' });
      expect(change.type).to.equal('sale-tab-change');
      expect(Object.isFrozen(change.detail)).to.be.true;
      expect(new SaleTabChangedEvent({ id: 'a', previous: 'b' }).type).to.equal('sale-tab-changed');
    });
  });

  it('fires sale-tab-change where the host listens, with a typed detail', async () => {
    const el = await render();
    setTimeout(() => tabNamed(el, 'Links').click());
    const event = await oneEvent(el, 'sale-tab-change');
    expect(event.detail).to.deep.equal({ id: 'links', previous: 'sale' });
  });
});
