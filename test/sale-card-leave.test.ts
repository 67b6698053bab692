/** Leaving a sale with unsaved changes: canLeave(), page unload, and a host that replaces the sale without asking. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  SALE,
  button,
  field,
  q,
  record,
  renderCard,
  startEditing,
  type,
  viewValue,
  dialogButton,
  dialogOf,
  focused,
} from './sale-card.helpers.js';

async function dirtyCard(lang = 'en') {
  const card = await renderCard(SALE, { lang, position: { index: 2, total: 12 } });
  button(card, lang === 'nb' ? 'Rediger' : 'Edit').click();
  await card.updateComplete;
  await type(card, field(card, lang === 'nb' ? 'Tittel' : 'Title'), 'Unsaved');
  return card;
}

/** Whether a promise has settled, and with what, without waiting for it. */
function watch<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T } = { settled: false };
  void promise.then((value) => Object.assign(state, { settled: true, value }));
  return state;
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

/** Dispatches a cancelable beforeunload on the window, as the browser does when the page is left. */
function unload() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('<sale-card> canLeave()', () => {
  it('resolves true at once without unsaved changes, and asks nothing', async () => {
    const card = await renderCard();
    expect(await card.canLeave()).to.be.true;
    await startEditing(card);
    expect(await card.canLeave()).to.be.true;
    await card.updateComplete;
    expect(dialogOf(card)).to.equal(null);
  });

  it('asks Save / Discard / Cancel in the modal dialog; Cancel resolves false and keeps the draft and edit mode', async () => {
    const card = await dirtyCard();
    const answer = watch(card.canLeave());
    await card.updateComplete;
    const dialog = dialogOf(card)!;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Save your changes?');
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Save',
      'Discard',
      'Cancel',
    ]);
    await expect(card).to.be.accessible();
    await flush();
    expect(answer.settled, 'waits for the user').to.be.false;
    dialogButton(card, 'Cancel').click();
    await card.updateComplete;
    await flush();
    expect(answer).to.deep.equal({ settled: true, value: false });
    expect(card.editing).to.be.true;
    expect(field(card, 'Title').value).to.equal('Unsaved');
  });

  it('Escape in the dialog is Cancel', async () => {
    const card = await dirtyCard();
    const answer = card.canLeave();
    await card.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.be.false;
    await waitUntil(() => !dialogOf(card));
    expect(card.dirty).to.be.true;
  });

  it('Discard resolves true and drops the draft', async () => {
    const card = await dirtyCard();
    const answer = card.canLeave();
    await card.updateComplete;
    dialogButton(card, 'Discard').click();
    expect(await answer).to.be.true;
    await card.updateComplete;
    expect(card.dirty).to.be.false;
    expect(viewValue(card, 'Title')).to.equal(SALE.title);
  });

  it('Save fires sale-save and resolves true once the host sets the saved sale', async () => {
    const card = await dirtyCard();
    const saves = record(card, 'sale-save');
    const answer = watch(card.canLeave());
    await card.updateComplete;
    dialogButton(card, 'Save').click();
    await card.updateComplete;
    expect(saves).to.have.length(1);
    expect(saves[0]!.detail.changes).to.deep.equal({ title: 'Unsaved' });
    await flush();
    expect(answer.settled, 'waits for the host').to.be.false;
    card.sale = saves[0]!.detail.sale;
    await card.updateComplete;
    await flush();
    expect(answer).to.deep.equal({ settled: true, value: true });
    // The two-line host pattern: the next sale shows, with nothing lost.
    card.sale = { ...SALE, id: 2, title: 'Next one' };
    await card.updateComplete;
    expect(viewValue(card, 'Title')).to.equal('Next one');
  });

  it('Save resolves false when the host answers with an error, which shows; the draft stays', async () => {
    const card = await dirtyCard();
    const answer = card.canLeave();
    await card.updateComplete;
    dialogButton(card, 'Save').click();
    await card.updateComplete;
    card.error = 'The server is down.';
    expect(await answer).to.be.false;
    await card.updateComplete;
    expect(q(card, '[role="alert"]')!.textContent).to.equal('The server is down.');
    expect(card.dirty).to.be.true;
    expect(field(card, 'Title').value).to.equal('Unsaved');
  });

  it('gives the focus back to the control that had it', async () => {
    const card = await dirtyCard();
    const title = field(card, 'Title');
    title.focus();
    const answer = card.canLeave();
    await card.updateComplete;
    expect(focused(card)!.textContent!.trim()).to.equal('Save');
    dialogButton(card, 'Cancel').click();
    expect(await answer).to.be.false;
    expect(focused(card)).to.equal(title);
  });

  it('asked again right after Cancel, waits for the new answer (the first close event is stale)', async () => {
    const card = await dirtyCard();
    const first = watch(card.canLeave());
    await card.updateComplete;
    dialogButton(card, 'Cancel').click();
    // The host asks again in the same task, before the dialog's close event arrives.
    const second = watch(card.canLeave());
    await card.updateComplete;
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first).to.deep.equal({ settled: true, value: false });
    expect(second.settled, 'waits for the user').to.be.false;
    expect(dialogOf(card)!.open).to.be.true;
    dialogButton(card, 'Discard').click();
    await card.updateComplete;
    await flush();
    expect(second).to.deep.equal({ settled: true, value: true });
  });

  it('asked twice, the earlier question is answered no and one dialog shows', async () => {
    const card = await dirtyCard();
    const first = card.canLeave();
    const second = card.canLeave();
    await card.updateComplete;
    expect(await first).to.be.false;
    expect(card.shadowRoot!.querySelectorAll('dialog')).to.have.length(1);
    dialogButton(card, 'Discard').click();
    expect(await second).to.be.true;
  });

  it('speaks Norwegian: Lagre / Forkast / Avbryt', async () => {
    const card = await dirtyCard('nb');
    const answer = card.canLeave();
    await card.updateComplete;
    const dialog = dialogOf(card)!;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Lagre endringene?');
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Lagre',
      'Forkast',
      'Avbryt',
    ]);
    await expect(card).to.be.accessible();
    dialogButton(card, 'Avbryt').click();
    expect(await answer).to.be.false;
  });
});

describe('<sale-card> page unload', () => {
  it('asks the browser to confirm leaving while there are unsaved changes', async () => {
    const card = await renderCard();
    expect(unload().defaultPrevented, 'clean').to.be.false;
    await startEditing(card);
    expect(unload().defaultPrevented, 'editing, nothing changed').to.be.false;
    await type(card, field(card, 'Title'), 'Unsaved');
    expect(unload().defaultPrevented, 'dirty').to.be.true;
  });

  it('stops asking once the changes are saved, discarded or the card leaves the page', async () => {
    const card = await renderCard();
    const saves = record(card, 'sale-save');
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Saved');
    button(card, 'Save').click();
    await card.updateComplete;
    card.sale = saves[0]!.detail.sale;
    await card.updateComplete;
    expect(unload().defaultPrevented, 'saved').to.be.false;

    await startEditing(card);
    await type(card, field(card, 'Title'), 'Dropped');
    button(card, 'Cancel').click();
    await card.updateComplete;
    expect(unload().defaultPrevented, 'cancelled').to.be.false;

    await startEditing(card);
    await type(card, field(card, 'Title'), 'Removed');
    const parent = card.parentElement!;
    card.remove();
    expect(unload().defaultPrevented, 'removed').to.be.false;
    parent.append(card);
    await card.updateComplete;
    expect(unload().defaultPrevented, 'back on the page, still dirty').to.be.true;
  });

  it('asks in a Norwegian card too', async () => {
    const card = await dirtyCard('nb');
    expect(unload().defaultPrevented).to.be.true;
    button(card, 'Avbryt').click();
    await card.updateComplete;
    expect(unload().defaultPrevented).to.be.false;
  });
});

describe('<sale-card> sale-draft-discard', () => {
  it('hands the draft over when the host sets no sale over unsaved changes', async () => {
    const card = await dirtyCard();
    const discards = record(card, 'sale-draft-discard');
    card.sale = null;
    await card.updateComplete;
    expect(discards).to.have.length(1);
    expect(discards[0]!.detail.sale.id).to.equal(SALE.id);
    expect(discards[0]!.detail.changes).to.deep.equal({ title: 'Unsaved' });
    expect(q(card, 'h2')!.textContent).to.equal('No sale selected');
  });

  it('fires nothing for the same sale again, a clean card, or after canLeave()', async () => {
    const card = await renderCard();
    const discards = record(card, 'sale-draft-discard');
    card.sale = { ...SALE, id: 2 };
    await card.updateComplete;
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Mine');
    card.sale = { ...SALE, id: 2, amount: 1 };
    await card.updateComplete;
    expect(field(card, 'Title').value, 'the draft stays on the same sale').to.equal('Mine');
    const answer = card.canLeave();
    await card.updateComplete;
    dialogButton(card, 'Discard').click();
    if (await answer) card.sale = { ...SALE, id: 3 };
    await card.updateComplete;
    expect(discards).to.have.length(0);
  });

  it('shows the sale a host sets back from the event', async () => {
    const card = await dirtyCard('nb');
    card.addEventListener('sale-draft-discard', (event) => (card.sale = event.detail.sale));
    card.sale = { ...SALE, id: 2, title: 'Et annet' };
    await card.updateComplete;
    await card.updateComplete;
    expect(q(card, 'h2')!.textContent).to.equal('Unsaved');
  });
});
