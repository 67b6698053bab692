import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleScreen } from '../src/sale-screen.js';
import type { SalesGuideCard } from '../src/sales-guide-card.js';
import type { SaleCard } from '../src/sale-card.js';
import { button, field, qa, startEditing, type } from './sale-card.helpers.js';
import {
  alerts,
  cardButton,
  cardOf,
  deepActiveElement,
  panelOption,
  renderScreen,
  screenButton,
  sectionsOf,
  selectedOptionText,
  settled,
  shownTitle,
  TestSource,
} from './sale-screen.helpers.js';

/** Picks a tab of the sections by its label. */
async function pickSection(screen: SaleScreen, label: string): Promise<void> {
  const tabs = sectionsOf(screen)!.shadowRoot!.querySelector('sale-tabs')!;
  const tab = [...tabs.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((each) =>
    each.textContent!.includes(label),
  );
  if (!tab) throw new Error(`No section tab "${label}"`);
  tab.click();
  await settled(screen);
}

/** Opens the Sales guide tab of the sections and returns the guide card. */
async function guideOf(screen: SaleScreen): Promise<SalesGuideCard> {
  await pickSection(screen, 'Sales guide');
  return sectionsOf(screen)!.shadowRoot!.querySelector('sales-guide-card')!;
}

const stageButton = (guide: SalesGuideCard, name: string) =>
  [...guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="stage"]')].find((each) =>
    each.getAttribute('aria-label')!.startsWith(`${name},`),
  )!;

const currentStage = (guide: SalesGuideCard) =>
  guide.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim();

const statusNotices = (screen: SaleScreen) =>
  [...screen.shadowRoot!.querySelectorAll('.notices [role="status"]')].map((node) =>
    node.textContent!.trim(),
  );

const menuItems = (card: SaleCard) => qa(card, '[role="menu"] [role^="menuitem"]');

const pageProblems: string[] = [];
const onError = (event: ErrorEvent) => pageProblems.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => pageProblems.push(`unhandled: ${String(event.reason)}`);

describe('<sale-screen> actions', () => {
  beforeEach(() => {
    pageProblems.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageProblems).to.deep.equal([]);
    // Nothing of the screen's is left in <body> (the fixture's container aside).
    expect(document.body.querySelectorAll(':scope > dialog, :scope > [popover]')).to.have.length(0);
  });

  it('a stage picked in the guide sets the stage and its probability and saves them', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const stageChanges: unknown[] = [];
    screen.addEventListener('sale-stage-change', (event) => stageChanges.push(event.detail));
    const guide = await guideOf(screen);
    stageButton(guide, 'Proposal').click();
    await waitUntil(() => source.callsOf('save').length === 1, 'a save');
    const [draft, changes] = source.callsOf('save')[0]!;
    expect(changes).to.deep.equal({ stage: { id: 2, name: 'Proposal', probability: 50 }, probability: 50 });
    expect(draft).to.include({ id: 1, probability: 50 });
    await settled(screen);
    expect(currentStage(guide)).to.contain('Proposal');
    expect(stageChanges).to.deep.equal([{ stageId: 2 }]);
    await expect(screen).to.be.accessible();
  });

  it('with unsaved card edits, a picked stage joins the draft and is saved with it', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Fleet tracking, 50 trucks');
    const guide = await guideOf(screen);
    stageButton(guide, 'Negotiation').click();
    await settled(screen);
    expect(source.callsOf('save')).to.deep.equal([]);
    expect(statusNotices(screen)).to.deep.equal(['The stage Negotiation is saved with your other changes.']);
    expect(currentStage(guide)).to.contain('Negotiation');
    expect(card.dirty).to.equal(true);
    button(card, 'Save').click();
    await waitUntil(() => source.callsOf('save').length === 1, 'a save');
    expect(source.callsOf('save')[0]![1]).to.deep.equal({
      title: 'Fleet tracking, 50 trucks',
      stage: { id: 3, name: 'Negotiation', probability: 80 },
      probability: 80,
    });
    await settled(screen);
    expect(card.dirty).to.equal(false);
    expect(statusNotices(screen)).to.deep.equal([]);
  });

  it('a picked stage waiting for the save goes when the user cancels the edit', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Changed');
    const guide = await guideOf(screen);
    stageButton(guide, 'Negotiation').click();
    await settled(screen);
    button(card, 'Cancel').click();
    await settled(screen);
    expect(currentStage(guide)).to.contain('Lead');
    expect(statusNotices(screen)).to.deep.equal([]);
    expect(source.callsOf('save')).to.deep.equal([]);
  });

  it('ticking a step calls source.guideStep and shows the result', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const guide = await guideOf(screen);
    const checkbox = guide.shadowRoot!.querySelector<HTMLInputElement>(
      'input[type="checkbox"][id^="step-"]',
    )!;
    checkbox.click();
    await waitUntil(() => source.callsOf('guideStep').length === 1, 'guideStep');
    expect(source.callsOf('guideStep')[0]).to.deep.equal([
      1,
      { stageId: 1, stepId: 's1', action: 'complete' },
    ]);
    await settled(screen);
    // The stage's only step is done: auto-advance offers the next stage.
    expect(guide.shadowRoot!.querySelector('[part~="offer"]')).to.exist;
  });

  it('a refused guide step shows an alert and the step as it was', async () => {
    const source = new TestSource();
    source.failing.set('guideStep', new Error('Locked'));
    const screen = await renderScreen(source);
    const guide = await guideOf(screen);
    const checkbox = guide.shadowRoot!.querySelector<HTMLInputElement>(
      'input[type="checkbox"][id^="step-"]',
    )!;
    checkbox.click();
    await waitUntil(() => alerts(screen).length > 0, 'an alert');
    await settled(screen);
    expect(alerts(screen)).to.deep.equal(['The sales guide could not be updated: Locked']);
    const again = (await guideOf(screen)).shadowRoot!.querySelector<HTMLInputElement>(
      'input[type="checkbox"][id^="step-"]',
    )!;
    expect(again.checked).to.equal(false);
  });

  it('favourite is optimistic, stored through the source, and rolled back with a notice when refused', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    const star = () => cardOf(screen).shadowRoot!.querySelector<HTMLButtonElement>('button.favourite')!;
    star().click();
    await cardOf(screen).updateComplete;
    expect(star().getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => source.callsOf('favourite').length === 1);
    expect(source.callsOf('favourite')[0]).to.deep.equal([1, true]);
    await settled(screen);
    expect(star().getAttribute('aria-pressed')).to.equal('true');
    source.failing.set('favourite', new Error('Offline'));
    star().click();
    await cardOf(screen).updateComplete;
    expect(star().getAttribute('aria-pressed')).to.equal('false');
    await settled(screen);
    expect(star().getAttribute('aria-pressed')).to.equal('true');
    expect(alerts(screen)).to.deep.equal(['The favourite could not be changed: Offline']);
    await expect(screen).to.be.accessible();
  });

  it('delete removes the sale through the source, then opens the next shown member', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source, { selected: 3 });
    const card = cardOf(screen);
    button(card, 'Tasks').click();
    await card.updateComplete;
    menuItems(card)
      .find((item) => item.textContent!.includes('Delete'))!
      .click();
    await card.updateComplete;
    const dialog = card.shadowRoot!.querySelector('dialog')!;
    [...dialog.querySelectorAll('button')].find((each) => each.textContent!.trim() === 'Delete')!.click();
    await waitUntil(() => shownTitle(screen) === 'Audit', 'the next member');
    await settled(screen);
    expect(source.callsOf('remove')).to.deep.equal([[3]]);
    expect(panelOption.bind(null, screen, 'Scanners')).to.throw();
    expect(selectedOptionText(screen)).to.contain('Audit');
    expect(deepActiveElement()).to.not.equal(document.body);
  });

  it('New sale opens the card on a new sale owned by the current user; once saved it is in the panel, selected and open', async () => {
    const source = new TestSource();
    const screen = await renderScreen(source);
    screenButton(screen, 'New sale').click();
    await settled(screen);
    const card = cardOf(screen);
    expect(card.editing).to.equal(true);
    expect(screen.selected).to.equal(undefined);
    await expect(screen).to.be.accessible();
    await type(card, field(card, 'Title'), 'Brand new deal');
    const saleType = field<HTMLSelectElement>(card, 'Sale type');
    saleType.value = [...saleType.options].find((option) => option.textContent!.includes('Renewal'))!.value;
    saleType.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(screen);
    button(card, 'Save').click();
    await waitUntil(() => shownTitle(screen) === 'Brand new deal' && !card.editing, 'the saved sale');
    await settled(screen);
    const [draft] = source.callsOf('save')[0]!;
    expect((draft as { owner?: unknown }).owner).to.deep.equal({ id: 5, name: 'Ola Hansen' });
    expect(screen.selected).to.equal(106);
    expect(selectedOptionText(screen)).to.contain('Brand new deal');
  });

  it("New sale from the keyboard puts the focus in the new sale's Title", async () => {
    const screen = await renderScreen(new TestSource());
    screenButton(screen, 'New sale').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardOf(screen).editing, 'the new sale');
    await settled(screen);
    const card = cardOf(screen);
    await waitUntil(() => deepActiveElement() === field(card, 'Title'), 'the focus in Title');
    await sendKeys({ type: 'Keyboard deal' });
    expect(field(card, 'Title').value).to.equal('Keyboard deal');
  });

  it('a refused save shows its message on the card and keeps the draft', async () => {
    const source = new TestSource();
    source.failing.set('save', new Error('Title already taken'));
    const screen = await renderScreen(source);
    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Duplicate');
    button(card, 'Save').click();
    await waitUntil(
      () => card.shadowRoot!.querySelector('[part~="error"]')!.textContent === 'Title already taken',
    );
    expect(card.dirty).to.equal(true);
    expect(field(card, 'Title').value).to.equal('Duplicate');
    await expect(screen).to.be.accessible();
    // A second refusal with the same words still reaches the card.
    button(card, 'Save').click();
    await waitUntil(() => source.callsOf('save').length === 2);
    await settled(screen);
    expect(card.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.equal('Title already taken');
    expect(button(card, 'Save').textContent!.trim()).to.equal('Save');
  });

  it('every inner event still bubbles out of the screen', async () => {
    const screen = await renderScreen(new TestSource());
    const seen: string[] = [];
    for (const name of [
      'sale-navigate',
      'sale-favourite-change',
      'sale-tab-changed',
      'sale-select',
    ] as const) {
      screen.addEventListener(name, () => seen.push(name));
    }
    cardButton(screen, 'Next').click();
    await waitUntil(() => shownTitle(screen) === 'Support agreement');
    cardOf(screen).shadowRoot!.querySelector<HTMLButtonElement>('button.favourite')!.click();
    await pickSection(screen, 'Stakeholders');
    panelOption(screen, 'Training').click();
    await settled(screen);
    expect(seen).to.include.members([
      'sale-navigate',
      'sale-favourite-change',
      'sale-tab-changed',
      'sale-select',
    ]);
  });
});
