/** A new sale (no `id`): edit mode with the owner, sale date and stage filled in. */
import { expect } from '@open-wc/testing';
import type { Sale, SaleType } from '../src/model/types.js';
import {
  SALE_TYPES,
  field,
  focused,
  record,
  renderCard,
  setValue,
  shownValue,
  type,
} from './sale-card.helpers.js';

const OLA = { id: 5, name: 'Ola Hansen' };
const TYPES: SaleType[] = [
  { id: 'quick', name: 'Quick deal', duration: 14 },
  { id: 'long', name: 'Long deal', duration: 90 },
  ...SALE_TYPES,
];
const NEW_SALE: Sale = { id: '', title: '', status: 'open' };

const LABELS = {
  en: {
    owner: 'Owner',
    type: 'Sale type',
    date: 'Sale date',
    stage: 'Stage',
    probability: 'Probability %',
    title: 'Title',
  },
  nb: {
    owner: 'Vår kontakt',
    type: 'Salgstype',
    date: 'Salgsdato',
    stage: 'Fase',
    probability: 'Sannsynlighet %',
    title: 'Tittel',
  },
} as const;

for (const lang of ['en', 'nb'] as const) {
  const label = LABELS[lang];
  describe(`<sale-card> a new sale (${lang})`, () => {
    it('opens in edit mode owned by the current user, with nothing unsaved yet', async () => {
      const card = await renderCard(NEW_SALE, { lang, currentUser: OLA, saleTypes: TYPES });
      expect(card.editing).to.be.true;
      expect(shownValue(card, label.owner)).to.equal('Ola Hansen');
      expect(card.dirty).to.be.false;
    });

    it('focus() puts the focus in Title; on a stored sale in view mode, on its first control', async () => {
      const card = await renderCard(NEW_SALE, { lang });
      card.focus();
      await card.updateComplete;
      expect(focused(card) === field(card, label.title), 'the focus in Title').to.be.true;
      const stored = await renderCard({ ...NEW_SALE, id: 7, title: 'Stored' }, { lang });
      stored.focus();
      await stored.updateComplete;
      expect(focused(stored)?.getAttribute('aria-pressed'), 'the favourite star').to.equal('false');
    });

    it("keeps the sale's own owner, and takes a current user set later", async () => {
      const owned = await renderCard(
        { ...NEW_SALE, owner: { id: 9, name: 'Kari' } },
        { lang, currentUser: OLA },
      );
      expect(shownValue(owned, label.owner)).to.equal('Kari');
      const later = await renderCard(NEW_SALE, { lang });
      expect(shownValue(later, label.owner)).to.equal('—');
      later.currentUser = OLA;
      await later.updateComplete;
      expect(shownValue(later, label.owner)).to.equal('Ola Hansen');
    });

    it("dates the sale today plus the type's duration, follows another type, and keeps a date the user chose", async () => {
      const card = await renderCard(NEW_SALE, { lang, saleTypes: TYPES });
      await setValue(card, field<HTMLSelectElement>(card, label.type), 'quick');
      expect(field(card, label.date).value).to.equal('2025-05-29');
      await setValue(card, field<HTMLSelectElement>(card, label.type), 'long');
      expect(field(card, label.date).value).to.equal('2025-08-13');
      await setValue(card, field(card, label.date), '2025-07-01');
      await setValue(card, field<HTMLSelectElement>(card, label.type), 'quick');
      expect(field(card, label.date).value).to.equal('2025-07-01');
    });

    it("starts a guided type on the guide's first stage, with its probability", async () => {
      const card = await renderCard(NEW_SALE, { lang, saleTypes: TYPES });
      await setValue(card, field<HTMLSelectElement>(card, label.type), 'guided');
      const stage = field<HTMLSelectElement>(card, label.stage);
      expect(stage.selectedOptions[0]!.textContent!.trim()).to.match(/^Qualify \(20\s?%\)$/);
      expect(field(card, label.probability).value).to.equal('20');
    });

    it('a new sale of a guided type from the host starts on the first stage', async () => {
      const card = await renderCard({ ...NEW_SALE, saleType: SALE_TYPES[1] }, { lang });
      expect(field(card, label.probability).value).to.equal('20');
    });

    it('saves the defaults with the sale; the changes name what the user did', async () => {
      const card = await renderCard(NEW_SALE, { lang, currentUser: OLA, saleTypes: TYPES });
      const saves = record(card, 'sale-save');
      await type(card, field(card, label.title), 'Fresh');
      await setValue(card, field<HTMLSelectElement>(card, label.type), 'quick');
      card.shadowRoot!.querySelector('form')!.requestSubmit();
      await card.updateComplete;
      expect(saves[0]!.detail.sale).to.deep.include({ owner: OLA, saleDate: '2025-05-29', title: 'Fresh' });
      expect(saves[0]!.detail.changes).to.deep.equal({
        title: 'Fresh',
        saleType: TYPES[0],
        saleDate: '2025-05-29',
      });
    });

    it('gives a saved sale (with an id) no defaults', async () => {
      const card = await renderCard({ id: 3, title: 'Saved', status: 'open' }, { lang, currentUser: OLA });
      expect(card.editing).to.be.false;
      expect(shownValue(card, label.owner)).to.equal('—');
    });
  });
}
