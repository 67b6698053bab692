import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleCard } from '../src/sale-card.js';
import {
  SALE,
  button,
  field,
  hasButton,
  q,
  qa,
  record,
  renderCard,
  startEditing,
  type,
  dialogButton,
  dialogOf,
  focused,
} from './sale-card.helpers.js';

const menuItems = (card: SaleCard) => qa(card, '[role="menu"] [role^="menuitem"]');

async function dirtyCard() {
  const card = await renderCard(SALE, { position: { index: 2, total: 12 } });
  await startEditing(card);
  await type(card, field(card, 'Title'), 'Unsaved');
  return card;
}

async function press(card: SaleCard, key: string) {
  await sendKeys({ press: key });
  await card.updateComplete;
}

describe('<sale-card> navigation', () => {
  it('keeps the focus on Next while the next sale loads; Next then does nothing until it is there', async () => {
    const card = await renderCard(SALE, { position: { index: 2, total: 12 } });
    const events = record(card, 'sale-navigate');
    card.addEventListener('sale-navigate', () => (card.loading = true));
    button(card, 'Next').focus();
    await press(card, 'Enter');
    expect(card.loading).to.be.true;
    expect(focused(card)?.textContent!.trim(), 'the focus stays on Next').to.equal('Next');
    expect(document.activeElement).to.equal(card);
    expect(button(card, 'Next').getAttribute('aria-disabled')).to.equal('true');
    expect(button(card, 'Previous').getAttribute('aria-disabled')).to.equal('true');
    await press(card, 'Enter');
    await press(card, ' ');
    expect(events, 'a second Next while loading is ignored').to.have.length(1);
    await expect(card).to.be.accessible();
    card.sale = { ...SALE, id: 43, title: 'The next one' };
    card.position = { index: 3, total: 12 };
    card.loading = false;
    await card.updateComplete;
    expect(focused(card)?.textContent!.trim()).to.equal('Next');
    expect(button(card, 'Next').getAttribute('aria-disabled')).to.equal('false');
    await press(card, 'Enter');
    expect(events.map((event) => event.detail.direction)).to.deep.equal(['next', 'next']);
  });

  it('shows the position and disables Previous and Next at the ends', async () => {
    const card = await renderCard(SALE, { position: { index: 2, total: 12 } });
    expect(q(card, '[part="position"]')!.textContent).to.equal('3 of 12');
    expect(button(card, 'Previous').disabled).to.be.false;
    card.position = { index: 0, total: 12 };
    await card.updateComplete;
    expect(button(card, 'Previous').disabled).to.be.true;
    card.position = { index: 11, total: 12 };
    await card.updateComplete;
    expect(button(card, 'Next').disabled).to.be.true;
  });

  it('emits sale-navigate at once without unsaved changes', async () => {
    const card = await renderCard(SALE, { position: { index: 2, total: 12 } });
    const events = record(card, 'sale-navigate');
    button(card, 'Next').click();
    button(card, 'Previous').click();
    expect(events.map((event) => event.detail.direction)).to.deep.equal(['next', 'previous']);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
  });

  it('asks Save / Discard / Cancel in a modal dialog when the draft is dirty; Cancel keeps the draft', async () => {
    const card = await dirtyCard();
    const events = record(card, 'sale-navigate');
    const next = button(card, 'Next');
    next.focus();
    next.click();
    await card.updateComplete;
    const dialog = dialogOf(card)!;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Save your changes?');
    expect(
      [...dialog.querySelectorAll('button')].map((candidate) => candidate.textContent!.trim()),
    ).to.deep.equal(['Save', 'Discard', 'Cancel']);
    expect(focused(card)!.textContent!.trim()).to.equal('Save');
    await expect(card).to.be.accessible();
    expect(events).to.have.length(0);
    dialogButton(card, 'Cancel').click();
    await card.updateComplete;
    expect(dialogOf(card) === null).to.be.true;
    expect(focused(card) === next).to.be.true;
    expect(field(card, 'Title').value).to.equal('Unsaved');
    expect(events).to.have.length(0);
  });

  it('Escape closes the dialog like Cancel', async () => {
    const card = await dirtyCard();
    button(card, 'Previous').click();
    await card.updateComplete;
    await press(card, 'Escape');
    await waitUntil(() => !dialogOf(card));
    expect(card.dirty).to.be.true;
  });

  it('Discard drops the draft and navigates', async () => {
    const card = await dirtyCard();
    const events = record(card, 'sale-navigate');
    button(card, 'Previous').click();
    await card.updateComplete;
    dialogButton(card, 'Discard').click();
    await card.updateComplete;
    expect(events.map((event) => event.detail.direction)).to.deep.equal(['previous']);
    expect(card.editing).to.be.false;
  });

  it('Save saves, then navigates once the host confirms', async () => {
    const card = await dirtyCard();
    const saves = record(card, 'sale-save');
    const events = record(card, 'sale-navigate');
    button(card, 'Next').click();
    await card.updateComplete;
    dialogOf(card)!.querySelector('button')!.click();
    await card.updateComplete;
    expect(saves).to.have.length(1);
    expect(events).to.have.length(0);
    card.sale = saves[0]!.detail.sale;
    await card.updateComplete;
    expect(events.map((event) => event.detail.direction)).to.deep.equal(['next']);
  });

  it('Save does not navigate when the host answers with an error', async () => {
    const card = await dirtyCard();
    const events = record(card, 'sale-navigate');
    button(card, 'Next').click();
    await card.updateComplete;
    dialogOf(card)!.querySelector('button')!.click();
    await card.updateComplete;
    card.error = 'Conflict on the server';
    await card.updateComplete;
    card.error = '';
    card.sale = { ...SALE };
    await card.updateComplete;
    expect(events).to.have.length(0);
  });

  it('Save in the dialog is disabled while a required field is empty, and says why', async () => {
    const card = await dirtyCard();
    await type(card, field(card, 'Title'), '');
    button(card, 'Next').click();
    await card.updateComplete;
    const dialog = dialogOf(card)!;
    expect(dialog.querySelector('button')!.disabled).to.be.true;
    expect(dialog.querySelector('.hint')!.textContent!.trim()).to.equal('To save, fill in: Title.');
    expect(focused(card)!.textContent!.trim()).to.equal('Cancel');
  });
});

describe('<sale-card> task menu', () => {
  it('opens with Enter on the first item, Escape closes and returns focus', async () => {
    const card = await renderCard();
    const tasks = button(card, 'Tasks');
    tasks.focus();
    await press(card, 'Enter');
    await card.updateComplete;
    expect(tasks.getAttribute('aria-expanded')).to.equal('true');
    expect(q(card, '[role="menu"]')!.hidden).to.be.false;
    expect(focused(card) === menuItems(card)[0]).to.be.true;
    expect(menuItems(card)[0]!.getAttribute('role')).to.equal('menuitemcheckbox');
    await expect(card).to.be.accessible();
    await press(card, 'ArrowDown');
    expect(focused(card) === menuItems(card)[1]).to.be.true;
    await press(card, 'End');
    expect(focused(card)!.textContent!.trim()).to.equal('Delete');
    await press(card, 'ArrowDown');
    expect(focused(card) === menuItems(card)[0], 'wraps').to.be.true;
    await press(card, 'p');
    expect(focused(card)!.textContent!.trim()).to.equal('Print');
    await press(card, 'Escape');
    expect(tasks.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(card) === tasks).to.be.true;
  });

  it('ArrowUp opens on the last item; Tab closes and moves on', async () => {
    const card = await renderCard();
    const tasks = button(card, 'Tasks');
    tasks.focus();
    await press(card, 'ArrowUp');
    await card.updateComplete;
    expect(focused(card)!.textContent!.trim()).to.equal('Delete');
    await press(card, 'Tab');
    expect(tasks.getAttribute('aria-expanded')).to.equal('false');
    expect(q(card, '[role="menu"]')!.hidden).to.be.true;
  });

  it('Skip completed sales toggles with Space and stays open; with a click it closes', async () => {
    const card = await renderCard();
    const events = record(card, 'sale-skip-completed-change');
    button(card, 'Tasks').click();
    await card.updateComplete;
    await card.updateComplete;
    const item = menuItems(card)[0]!;
    item.focus();
    await press(card, ' ');
    expect(item.getAttribute('aria-checked')).to.equal('true');
    expect(q(card, '[role="menu"]')!.hidden).to.be.false;
    item.click();
    await card.updateComplete;
    expect(events.map((event) => event.detail.value)).to.deep.equal([true, false]);
    expect(card.skipCompleted).to.be.false;
    expect(q(card, '[role="menu"]')!.hidden).to.be.true;
  });

  it('clicking the button again closes; focus leaving closes', async () => {
    const card = await renderCard();
    const tasks = button(card, 'Tasks');
    tasks.click();
    await card.updateComplete;
    tasks.click();
    await card.updateComplete;
    expect(tasks.getAttribute('aria-expanded')).to.equal('false');
    tasks.click();
    await card.updateComplete;
    await card.updateComplete;
    button(card, 'Edit').focus();
    await card.updateComplete;
    expect(tasks.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Print emits sale-print and prints unless prevented', async () => {
    const card = await renderCard();
    const original = window.print;
    let printed = 0;
    let printViewShown = false;
    window.print = () => {
      printed += 1;
      printViewShown = !!q(card, '.print-view');
    };
    try {
      const events = record(card, 'sale-print');
      button(card, 'Tasks').click();
      await card.updateComplete;
      await card.updateComplete;
      menuItems(card)[1]!.click();
      await card.updateComplete;
      await card.updateComplete;
      expect(events[0]!.detail.sale).to.deep.equal(SALE);
      expect(printed).to.equal(1);
      expect(printViewShown).to.be.true;
      expect(q(card, '.print-view') === null).to.be.true;
      card.addEventListener('sale-print', (event) => event.preventDefault());
      button(card, 'Tasks').click();
      await card.updateComplete;
      await card.updateComplete;
      menuItems(card)[1]!.click();
      await card.updateComplete;
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('Delete asks in a dialog, then emits sale-delete; Cancel does not', async () => {
    const card = await renderCard();
    const events = record(card, 'sale-delete');
    const tasks = button(card, 'Tasks');
    tasks.focus();
    await press(card, 'ArrowUp');
    await card.updateComplete;
    await press(card, 'Enter');
    await card.updateComplete;
    const dialog = dialogOf(card)!;
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('p')!.textContent).to.equal(`Deleting “${SALE.title}” cannot be undone.`);
    expect(focused(card)!.textContent!.trim()).to.equal('Cancel');
    await expect(card).to.be.accessible();
    await press(card, 'Enter');
    await card.updateComplete;
    expect(events).to.have.length(0);
    expect(focused(card) === tasks).to.be.true;
    tasks.click();
    await card.updateComplete;
    await card.updateComplete;
    menuItems(card)[2]!.click();
    await card.updateComplete;
    dialogOf(card)!.querySelector('button')!.click();
    await card.updateComplete;
    expect(events.map((event) => event.detail.sale)).to.deep.equal([SALE]);
  });

  it('has no Delete when readonly', async () => {
    const card = await renderCard(SALE, { readonly: true });
    button(card, 'Tasks').click();
    await card.updateComplete;
    expect(menuItems(card).map((item) => item.textContent!.trim())).to.deep.equal([
      'Skip completed sales',
      'Print',
    ]);
    expect(hasButton(card, 'Edit')).to.be.false;
  });

  it('speaks Norwegian', async () => {
    const card = await renderCard(SALE, { lang: 'nb' });
    button(card, 'Oppgaver').click();
    await card.updateComplete;
    expect(menuItems(card).map((item) => item.textContent!.trim())).to.deep.equal([
      'Hopp over utførte salg',
      'Skriv ut',
      'Slett',
    ]);
  });
});
