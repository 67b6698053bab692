import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleScreen } from '../src/sale-screen.js';
import { button, field, startEditing, type } from './sale-card.helpers.js';
import {
  cardButton,
  cardOf,
  deepActiveElement,
  panelOf,
  panelOption,
  positionText,
  renderScreen,
  selectedOptionText,
  settled,
  shownTitle,
  TestSource,
} from './sale-screen.helpers.js';

/** Puts an unsaved title in the card. */
async function editTitle(screen: SaleScreen, title: string): Promise<void> {
  const card = cardOf(screen);
  await startEditing(card);
  await type(card, field(card, 'Title'), title);
  expect(card.dirty).to.equal(true);
}

const dialogOf = (screen: SaleScreen) => cardOf(screen).shadowRoot!.querySelector('dialog');

async function answerDialog(screen: SaleScreen, answer: 'Save' | 'Discard' | 'Cancel'): Promise<void> {
  await waitUntil(() => dialogOf(screen)?.open, 'the unsaved-changes dialog');
  const choice = [...dialogOf(screen)!.querySelectorAll('button')].find(
    (each) => each.textContent!.trim() === answer,
  );
  choice!.click();
  await settled(screen);
}

const clickMember = async (screen: SaleScreen, title: string) => {
  panelOption(screen, title).click();
  await settled(screen);
};

describe('<sale-screen> switching sales', () => {
  it('a panel click opens the member, and the selection follows', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const selects: unknown[] = [];
    screen.addEventListener('sale-select', (event) => selects.push(event.detail));
    await clickMember(screen, 'Scanners');
    expect(shownTitle(screen)).to.equal('Scanners');
    expect(screen.selected).to.equal(3);
    expect(selectedOptionText(screen)).to.contain('Scanners');
    expect(positionText(screen)).to.equal('3 of 6');
    // The panel's event still reaches the host.
    expect(selects).to.deep.equal([{ id: 3, index: 2 }]);
  });

  it('with unsaved changes a panel click asks first; Cancel leaves everything as it was', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    await editTitle(screen, 'Unsaved title');
    panelOption(screen, 'Scanners').click();
    await answerDialog(screen, 'Cancel');
    // The card's heading follows the draft's title; the draft and the sale are still there.
    expect(shownTitle(screen)).to.equal('Unsaved title');
    expect(field(cardOf(screen), 'Title').value).to.equal('Unsaved title');
    expect(screen.selected).to.equal(1);
    expect(selectedOptionText(screen)).to.contain('Fleet tracking');
    expect(source.callsOf('sale')).to.deep.equal([[1]]);
    expect(deepActiveElement()).to.not.equal(document.body);
  });

  it('Save saves through the source, then switches', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    await editTitle(screen, 'Fleet tracking, renamed');
    panelOption(screen, 'Scanners').click();
    await answerDialog(screen, 'Save');
    await waitUntil(() => shownTitle(screen) === 'Scanners', 'the next sale');
    expect(source.callsOf('save')).to.have.length(1);
    expect(source.callsOf('save')[0]![1]).to.deep.equal({ title: 'Fleet tracking, renamed' });
    expect(panelOption(screen, 'Fleet tracking, renamed')).to.exist;
    await settled(screen);
    expect(deepActiveElement()).to.not.equal(document.body);
  });

  it('Discard drops the draft and switches', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    await editTitle(screen, 'Thrown away');
    panelOption(screen, 'Audit').click();
    await answerDialog(screen, 'Discard');
    await waitUntil(() => shownTitle(screen) === 'Audit', 'the picked sale');
    expect(source.callsOf('save')).to.deep.equal([]);
    expect(panelOf(screen).shadowRoot!.textContent).to.not.contain('Thrown away');
  });

  it('open(id) resolves false when the user cancels, true once the sale shows', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    await editTitle(screen, 'Keep me');
    const refused = screen.open(5);
    await answerDialog(screen, 'Cancel');
    expect(await refused).to.equal(false);
    expect(field(cardOf(screen), 'Title').value).to.equal('Keep me');
    expect(screen.selected).to.equal(1);
    expect(source.callsOf('sale')).to.deep.equal([[1]]);
    await settled(screen);
    const accepted = screen.open(5);
    await answerDialog(screen, 'Discard');
    expect(await accepted).to.equal(true);
    expect(shownTitle(screen)).to.equal('Office move');
  });

  it('setting `selected` opens that sale through the same question, and Cancel puts it back', async () => {
    const screen = await renderScreen(new TestSource());
    screen.selected = 6;
    await waitUntil(() => shownTitle(screen) === 'Training', 'the selected sale');
    await editTitle(screen, 'Half done');
    screen.selected = 3;
    await answerDialog(screen, 'Cancel');
    expect(screen.selected).to.equal(6);
    expect(selectedOptionText(screen)).to.contain('Training');
    expect(field(cardOf(screen), 'Title').value).to.equal('Half done');
  });

  it('Previous and Next walk the members and say where the sale is; they stop at the ends', async () => {
    const screen = await renderScreen(new TestSource());
    expect(positionText(screen)).to.equal('1 of 6');
    expect(cardButton(screen, 'Previous').disabled).to.equal(true);
    cardButton(screen, 'Next').click();
    await waitUntil(() => shownTitle(screen) === 'Support agreement');
    await settled(screen);
    expect(positionText(screen)).to.equal('2 of 6');
    expect(selectedOptionText(screen)).to.contain('Support agreement');
    await screen.open(6);
    await settled(screen);
    expect(positionText(screen)).to.equal('6 of 6');
    expect(cardButton(screen, 'Next').disabled).to.equal(true);
    expect(cardButton(screen, 'Previous').disabled).to.equal(false);
  });

  it('"Skip completed sales" is one state: the card counts and steps over sold and lost sales ("2 of 4")', async () => {
    const screen = await renderScreen(new TestSource());
    const panel = panelOf(screen);
    const checkbox = panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.click();
    await settled(screen);
    expect(cardOf(screen).skipCompleted).to.equal(true);
    expect(positionText(screen)).to.equal('1 of 4');
    cardButton(screen, 'Next').click();
    // Support agreement (sold) is skipped.
    await waitUntil(() => shownTitle(screen) === 'Scanners');
    await settled(screen);
    expect(positionText(screen)).to.equal('2 of 4');
    cardButton(screen, 'Next').click();
    // Audit (lost) is skipped.
    await waitUntil(() => shownTitle(screen) === 'Office move');
    await settled(screen);
    expect(positionText(screen)).to.equal('3 of 4');
    // Turned off in the card's task menu, the panel follows.
    button(cardOf(screen), 'Tasks').click();
    await settled(screen);
    const item = [...cardOf(screen).shadowRoot!.querySelectorAll<HTMLElement>('[role^="menuitem"]')].find(
      (each) => each.textContent!.includes('Skip completed sales'),
    )!;
    item.click();
    await settled(screen);
    expect(panel.skipCompleted).to.equal(false);
    expect(checkbox.checked).to.equal(false);
    expect(positionText(screen)).to.equal('5 of 6');
  });

  it('Previous and Next are off when a search leaves one member', async () => {
    const screen = await renderScreen(new TestSource());
    const search = panelOf(screen).shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'fleet';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(screen);
    expect(positionText(screen)).to.equal('1 of 1');
    expect(cardButton(screen, 'Previous').disabled).to.equal(true);
    expect(cardButton(screen, 'Next').disabled).to.equal(true);
  });

  it('works from the keyboard: arrows and Enter in the panel switch the sale, focus stays in the list', async () => {
    const screen = await renderScreen(new TestSource());
    panelOf(screen).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shownTitle(screen) === 'Scanners', 'the third member');
    await settled(screen);
    expect(deepActiveElement()?.getAttribute('role')).to.equal('listbox');
    expect(selectedOptionText(screen)).to.contain('Scanners');
  });

  it('Next from the keyboard while the sale loads: the focus stays in the screen and shows its ring', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    source.hold('sale');
    cardButton(screen, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => screen.getAttribute('aria-busy') === 'true', 'the screen loads the next sale');
    source.release('sale');
    await waitUntil(() => shownTitle(screen) === 'Support agreement', 'the second member');
    await settled(screen);
    const focused = deepActiveElement()!;
    expect(focused).to.not.equal(document.body);
    let host: Node = focused;
    while (host !== screen && host.getRootNode() instanceof ShadowRoot)
      host = (host.getRootNode() as ShadowRoot).host;
    expect(host, 'the focus is inside the screen').to.equal(screen);
    expect(getComputedStyle(focused).outlineStyle, `the ring on ${focused.localName}`).to.not.equal('none');
  });

  it('Next twice from the keyboard while the sale loads: the focus stays on Next, the second press does nothing', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const onNext = () => deepActiveElement()?.textContent?.trim();
    source.hold('sale');
    cardButton(screen, 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardOf(screen).loading, 'the card loads the next sale');
    expect(onNext(), 'the focus stays on Next while loading').to.equal('Next');
    await sendKeys({ press: 'Enter' });
    expect(source.heldCount('sale'), 'the second press asks for nothing').to.equal(1);
    source.release('sale');
    await waitUntil(() => shownTitle(screen) === 'Support agreement', 'the second member');
    await settled(screen);
    expect(positionText(screen)).to.equal('2 of 6');
    expect(onNext()).to.equal('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shownTitle(screen) === 'Scanners', 'the third member');
    await settled(screen);
    expect(positionText(screen)).to.equal('3 of 6');
    expect(onNext()).to.equal('Next');
  });

  it('Previous and Next ask first with unsaved changes, then go on', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source, { selected: 3 });
    await editTitle(screen, 'Unsaved');
    cardButton(screen, 'Next').click();
    await answerDialog(screen, 'Discard');
    await waitUntil(() => shownTitle(screen) === 'Audit');
    expect(source.callsOf('save')).to.deep.equal([]);
    await expect(screen).to.be.accessible();
  });
});
