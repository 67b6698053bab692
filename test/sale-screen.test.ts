import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleScreen } from '../src/sale-screen.js';
import { captureWarnings } from './helpers/console.js';
import {
  alerts,
  cardOf,
  deepActiveElement,
  panelOf,
  renderScreen,
  screenButton,
  sectionsOf,
  selectedOptionText,
  settled,
  shownTitle,
  TestSource,
} from './sale-screen.helpers.js';

describe('<sale-screen> layout, loading and opening', () => {
  it('loads lists and members on connect, then opens the first member', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    expect(source.calls.map(([method]) => method).slice(0, 3)).to.deep.equal(['lists', 'members', 'sale']);
    expect(source.callsOf('sale')).to.deep.equal([[1]]);
    expect(shownTitle(screen)).to.equal('Fleet tracking');
    expect(screen.selected).to.equal(1);
    expect(selectedOptionText(screen)).to.contain('Fleet tracking');
    expect(sectionsOf(screen)).to.not.equal(null);
    await expect(screen).to.be.accessible();
  });

  it('opens `selected` when the host set it before connecting', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source, { selected: 3 });
    expect(source.callsOf('sale')).to.deep.equal([[3]]);
    expect(shownTitle(screen)).to.equal('Scanners');
  });

  it('is busy while a sale loads, with the card busy too', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    source.hold('sale');
    const opening = screen.open(3);
    await waitUntil(() => screen.getAttribute('aria-busy') === 'true', 'busy while loading');
    await settled(screen);
    expect(cardOf(screen).loading).to.equal(true);
    await expect(screen).to.be.accessible();
    source.release('sale');
    expect(await opening).to.equal(true);
    await settled(screen);
    expect(screen.getAttribute('aria-busy')).to.equal('false');
    expect(cardOf(screen).loading).to.equal(false);
    expect(shownTitle(screen)).to.equal('Scanners');
  });

  it('shows an alert with Retry when members() fails, and Retry loads again', async () => {
    const source = new TestSource();
    source.failing.set('members', new Error('Backend down'));
    const screen = document.createElement('sale-screen');
    screen.source = source;
    document.body.append(screen);
    try {
      await waitUntil(() => alerts(screen).length > 0, 'an alert');
      expect(alerts(screen)).to.deep.equal(['The selection could not be loaded: Backend down']);
      await expect(screen).to.be.accessible();
      source.failing.delete('members');
      screenButton(screen, 'Retry').click();
      await waitUntil(() => shownTitle(screen) === 'Fleet tracking', 'the first sale');
      expect(alerts(screen)).to.deep.equal([]);
    } finally {
      screen.remove();
    }
  });

  it('shows an alert with "Prøv igjen" when sale() fails, in Norwegian', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    screen.lang = 'nb';
    source.failing.set('sale', new Error('Tidsavbrudd'));
    expect(await screen.open(3)).to.equal(true);
    await settled(screen);
    expect(alerts(screen)).to.deep.equal(['Salget kunne ikke lastes: Tidsavbrudd']);
    await expect(screen).to.be.accessible();
    source.failing.delete('sale');
    screenButton(screen, 'Prøv igjen').click();
    await waitUntil(() => shownTitle(screen) === 'Scanners', 'the sale after Retry');
    expect(alerts(screen)).to.deep.equal([]);
  });

  it('folds the panel behind a toggle when the screen itself is narrow', async () => {
    const screen = await renderScreen(new TestSource(), {}, 600);
    const toggle = screenButton(screen, 'Selection members');
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(panelOf(screen).checkVisibility()).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settled(screen);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(screen).checkVisibility()).to.equal(true);
    await expect(screen).to.be.accessible();
    (screen.parentElement as HTMLElement).style.setProperty('inline-size', '1200px');
    await settled(screen);
    expect(getComputedStyle(toggle).display).to.equal('none');
  });

  it('on a narrow screen, a member opened from the panel folds the panel away and takes the focus to the sale', async () => {
    const screen = await renderScreen(new TestSource(), {}, 600);
    const toggle = screenButton(screen, 'Selection members');
    toggle.click();
    await settled(screen);
    panelOf(screen).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shownTitle(screen) === 'Scanners', 'the third member');
    await settled(screen);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panelOf(screen).checkVisibility(), 'the panel no longer covers the card').to.equal(false);
    const focused = deepActiveElement()!;
    expect(focused.getAttribute('aria-label')).to.equal('Sale');
    expect(screenPartWithFocus(screen)).to.equal('section');
    expect(getComputedStyle(focused).outlineStyle, 'its focus ring').to.not.equal('none');
    // A click on the toggle shows the panel again, the opened member selected.
    toggle.click();
    await settled(screen);
    expect(panelOf(screen).checkVisibility()).to.equal(true);
    expect(selectedOptionText(screen)).to.contain('Scanners');
  });

  it('tabs from the panel to the card to the sections', async () => {
    const screen = await renderScreen(new TestSource());
    screenButton(screen, 'New sale').focus();
    const visited: string[] = [];
    for (let press = 0; press < 60 && visited.at(-1) !== 'sale-sections'; press++) {
      await sendKeys({ press: 'Tab' });
      const part = screenPartWithFocus(screen);
      if (part && visited.at(-1) !== part) visited.push(part);
    }
    expect(visited).to.deep.equal(['selection-panel', 'sale-card', 'sale-sections']);
  });

  it('warns once naming `source`, and shows an alert, for a source that is no SalesSource', async () => {
    const warnings = captureWarnings();
    const screen = document.createElement('sale-screen');
    try {
      screen.source = { lists: () => [] } as never;
      document.body.append(screen);
      await settled(screen);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^<sale-screen>: source: expected a SalesSource/);
    expect(alerts(screen)).to.deep.equal(['No data source is connected.']);
    await expect(screen).to.be.accessible();
    screen.remove();
  });
});

describe('<sale-screen> read-only', () => {
  it('offers no New sale and shows the card read-only', async () => {
    const screen = await renderScreen(new TestSource(), { readonly: true });
    expect(screenButton(screen, 'New sale').disabled).to.equal(true);
    expect(cardOf(screen).readonly).to.equal(true);
    expect(cardOf(screen).shadowRoot!.querySelector('#edit-button')).to.equal(null);
    await expect(screen).to.be.accessible();
  });
});

/** Which of the screen's elements holds the focus: the panel, the card or the sections. */
function screenPartWithFocus(screen: SaleScreen): string | undefined {
  let node: Element | null = deepActiveElement();
  while (node) {
    const root = node.getRootNode();
    if (root === screen.shadowRoot)
      return node.closest('selection-panel, sale-card, sale-sections')?.localName ?? node.localName;
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
