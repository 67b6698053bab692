/** Keyboard in edit mode (Ctrl+S, Escape), and two fixes: the sale date on a Sold/Lost round trip, and focus at the ends of the set. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleCard } from '../src/sale-card.js';
import { SALE, button, field, record, renderCard, setValue, type } from './sale-card.helpers.js';

const LABELS = {
  en: {
    edit: 'Edit',
    tasks: 'Tasks',
    title: 'Title',
    amount: 'Amount',
    stage: 'Stage',
    date: 'Sale date',
    previous: 'Previous',
    next: 'Next',
  },
  nb: {
    edit: 'Rediger',
    tasks: 'Oppgaver',
    title: 'Tittel',
    amount: 'Beløp',
    stage: 'Fase',
    date: 'Salgsdato',
    previous: 'Forrige',
    next: 'Neste',
  },
} as const;

const focused = (card: SaleCard) => card.shadowRoot!.activeElement as HTMLElement | null;

/** Ctrl+S as a user presses it (the chrome launcher cannot press 'Control+s' in one go). */
async function pressSave(card: SaleCard) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 's' });
  await sendKeys({ up: 'Control' });
  await card.updateComplete;
}

/** Whether the page saw the last keydown prevented (the browser's own action suppressed). */
function watchKeydowns() {
  const prevented: Record<string, boolean> = {};
  const listener = (event: KeyboardEvent) => (prevented[event.key.toLowerCase()] = event.defaultPrevented);
  document.addEventListener('keydown', listener);
  return { prevented, stop: () => document.removeEventListener('keydown', listener) };
}

for (const lang of ['en', 'nb'] as const) {
  const label = LABELS[lang];
  async function editingCard(options: Partial<SaleCard> = {}) {
    const card = await renderCard(SALE, { lang, ...options });
    button(card, label.edit).click();
    await card.updateComplete;
    return card;
  }

  describe(`<sale-card> keyboard (${lang})`, () => {
    it('Ctrl+S saves and suppresses the browser’s save dialog', async () => {
      const card = await editingCard();
      const saves = record(card, 'sale-save');
      const keys = watchKeydowns();
      try {
        await type(card, field(card, label.title), 'By keyboard');
        await pressSave(card);
        expect(keys.prevented['s']).to.be.true;
      } finally {
        keys.stop();
      }
      expect(saves).to.have.length(1);
      expect(saves[0]!.detail.changes).to.deep.equal({ title: 'By keyboard' });
    });

    it('Ctrl+S takes the number being typed', async () => {
      const card = await editingCard();
      const saves = record(card, 'sale-save');
      const amount = field(card, label.amount);
      amount.focus();
      amount.select();
      await sendKeys({ type: '1234' });
      await pressSave(card);
      expect(saves[0]!.detail.changes).to.deep.equal({ amount: 1234 });
    });

    it('Ctrl+S does not save while Save is off, and still keeps the browser’s dialog away', async () => {
      const card = await editingCard();
      const saves = record(card, 'sale-save');
      const keys = watchKeydowns();
      try {
        await type(card, field(card, label.title), '');
        await pressSave(card);
        expect(keys.prevented['s']).to.be.true;
      } finally {
        keys.stop();
      }
      expect(saves).to.have.length(0);
      expect(card.editing).to.be.true;
    });

    it('Ctrl+S in view mode is left to the browser', async () => {
      const card = await renderCard(SALE, { lang });
      const saves = record(card, 'sale-save');
      const key = new KeyboardEvent('keydown', {
        key: 's',
        ctrlKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      button(card, label.edit).dispatchEvent(key);
      expect(key.defaultPrevented).to.be.false;
      expect(saves).to.have.length(0);
    });

    it('Escape cancels editing and focuses Edit', async () => {
      const card = await editingCard();
      await type(card, field(card, label.title), 'Dropped');
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(card.editing).to.be.false;
      expect(focused(card)!.id).to.equal('edit-button');
    });

    it('Escape in the open task menu closes the menu only', async () => {
      const card = await editingCard();
      const tasks = button(card, label.tasks);
      tasks.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(tasks.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(tasks.getAttribute('aria-expanded')).to.equal('false');
      expect(card.editing).to.be.true;
    });
  });

  describe(`<sale-card> fixes (${lang})`, () => {
    it('Sold then an open stage again gives back the sale date, so Save does not report it', async () => {
      const card = await editingCard();
      const saves = record(card, 'sale-save');
      await setValue(card, field<HTMLSelectElement>(card, label.stage), 'sold');
      expect(field(card, label.date).value).to.equal('2025-05-15');
      await setValue(card, field<HTMLSelectElement>(card, label.stage), 'lost');
      await setValue(card, field<HTMLSelectElement>(card, label.stage), 'stage:3');
      expect(field(card, label.date).value).to.equal(SALE.saleDate);
      await pressSave(card);
      expect(saves[0]!.detail.changes).to.deep.equal({
        stage: { id: 3, name: 'Negotiation', probability: 80 },
        probability: 80,
      });
    });

    it('a date the user set while the sale was sold stays when it opens again', async () => {
      const card = await editingCard();
      await setValue(card, field<HTMLSelectElement>(card, label.stage), 'sold');
      await setValue(card, field(card, label.date), '2025-05-20');
      await setValue(card, field<HTMLSelectElement>(card, label.stage), 'stage:1');
      expect(field(card, label.date).value).to.equal('2025-05-20');
    });

    for (const [from, to, start, end] of [
      ['next', 'previous', 10, 11],
      ['previous', 'next', 1, 0],
    ] as const) {
      it(`Enter on ${from} at the ${from === 'next' ? 'last' : 'first'} sale moves the focus to ${to}`, async () => {
        const card = await renderCard(SALE, { lang, position: { index: start, total: 12 } });
        card.addEventListener('sale-navigate', () => {
          card.sale = { ...SALE, id: 2000 };
          card.position = { index: end, total: 12 };
        });
        button(card, label[from]).focus();
        await sendKeys({ press: 'Enter' });
        await card.updateComplete;
        expect(button(card, label[from]).disabled).to.be.true;
        expect(focused(card)).to.equal(button(card, label[to]));
      });
    }

    it('with one sale, both ends at once, the focus stays in the card', async () => {
      const card = await renderCard(SALE, { lang, position: { index: 0, total: 2 } });
      card.addEventListener('sale-navigate', () => (card.position = { index: 0, total: 1 }));
      button(card, label.next).focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(focused(card)!.id).to.equal('edit-button');
    });
  });
}
