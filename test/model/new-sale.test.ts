import { expect } from '@open-wc/testing';
import {
  addDays,
  chooseSaleTypeWithDefaults,
  defaultSaleDate,
  withNewSaleDefaults,
} from '../../src/model/new-sale.js';
import { normalizeSaleType } from '../../src/model/normalize-records.js';
import type { DataWarning, Sale, SaleType, Stage } from '../../src/model/types.js';

const TODAY = '2025-05-15';
const STAGES: Stage[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Offer', probability: 60 },
];
const QUICK: SaleType = { id: 'q', name: 'Quick', duration: 14 };
const LONG: SaleType = { id: 'l', name: 'Long', duration: 90 };
const PLAIN: SaleType = { id: 'p', name: 'Plain' };
const GUIDED: SaleType = {
  id: 'g',
  name: 'Guided',
  guide: {
    id: 'guide',
    name: 'Guide',
    stages: [
      { stageId: 7, name: 'Qualify', probability: 20, steps: [] },
      { stageId: 8, name: 'Close', probability: 90, steps: [] },
    ],
  },
};
const OLA = { id: 5, name: 'Ola Hansen' };
const KARI = { id: 6, name: 'Kari Nordmann' };
const NEW_SALE: Sale = { id: '', title: '', status: 'open' };

describe('new sale defaults', () => {
  describe('withNewSaleDefaults', () => {
    it('makes the current user the owner of a new sale without one', () => {
      expect(withNewSaleDefaults(NEW_SALE, { currentUser: OLA, stages: STAGES }).owner).to.deep.equal(OLA);
    });

    it("keeps a new sale's own owner", () => {
      const sale = { ...NEW_SALE, owner: KARI };
      expect(withNewSaleDefaults(sale, { currentUser: OLA, stages: STAGES }).owner).to.deep.equal(KARI);
    });

    it('sets no owner without a current user', () => {
      expect(withNewSaleDefaults(NEW_SALE, { stages: STAGES })).to.deep.equal(NEW_SALE);
    });

    it('starts a new sale of a guided type on the first guide stage, with its probability', () => {
      const sale = withNewSaleDefaults({ ...NEW_SALE, saleType: GUIDED }, { stages: STAGES });
      expect(sale.stage).to.deep.equal({ id: 7, name: 'Qualify', probability: 20 });
      expect(sale.probability).to.equal(20);
    });

    it('keeps the stage a new sale already has', () => {
      const sale = withNewSaleDefaults(
        { ...NEW_SALE, saleType: GUIDED, stage: STAGES[1] },
        { stages: STAGES },
      );
      expect(sale.stage).to.deep.equal(STAGES[1]);
    });

    it('leaves a saved sale (one with an id) alone', () => {
      const saved: Sale = { id: 9, title: 'Saved', status: 'open', saleType: GUIDED };
      expect(withNewSaleDefaults(saved, { currentUser: OLA, stages: STAGES })).to.equal(saved);
    });
  });

  describe('addDays and defaultSaleDate', () => {
    it('adds calendar days across months and years', () => {
      expect(addDays('2025-05-15', 14)).to.equal('2025-05-29');
      expect(addDays('2025-12-20', 30)).to.equal('2026-01-19');
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2025-05-15', 0)).to.equal('2025-05-15');
    });

    it('gives nothing for a day that is not a date', () => {
      expect(addDays('soon', 3)).to.equal(undefined);
    });

    it("suggests today plus the type's duration, and nothing for a type without one", () => {
      expect(defaultSaleDate(QUICK, TODAY)).to.equal('2025-05-29');
      expect(defaultSaleDate(PLAIN, TODAY)).to.equal(undefined);
      expect(defaultSaleDate(undefined, TODAY)).to.equal(undefined);
    });
  });

  describe('chooseSaleTypeWithDefaults', () => {
    it("dates a new sale without a date today plus the type's duration", () => {
      expect(chooseSaleTypeWithDefaults(NEW_SALE, QUICK, STAGES, TODAY).saleDate).to.equal('2025-05-29');
    });

    it('moves a date the previous type suggested to the new type', () => {
      const first = chooseSaleTypeWithDefaults(NEW_SALE, QUICK, STAGES, TODAY);
      expect(chooseSaleTypeWithDefaults(first, LONG, STAGES, TODAY).saleDate).to.equal('2025-08-13');
    });

    it('keeps a date the user chose', () => {
      const chosen = {
        ...chooseSaleTypeWithDefaults(NEW_SALE, QUICK, STAGES, TODAY),
        saleDate: '2025-06-01',
      };
      expect(chooseSaleTypeWithDefaults(chosen, LONG, STAGES, TODAY).saleDate).to.equal('2025-06-01');
    });

    it('keeps the date for a type without a duration', () => {
      const first = chooseSaleTypeWithDefaults(NEW_SALE, QUICK, STAGES, TODAY);
      expect(chooseSaleTypeWithDefaults(first, PLAIN, STAGES, TODAY).saleDate).to.equal('2025-05-29');
    });

    it('starts a guided type on its first stage', () => {
      const sale = chooseSaleTypeWithDefaults(NEW_SALE, GUIDED, STAGES, TODAY);
      expect(sale.stage?.name).to.equal('Qualify');
      expect(sale.probability).to.equal(20);
    });

    it('does not date a saved sale', () => {
      const saved: Sale = { id: 3, title: 'Saved', status: 'open' };
      expect(chooseSaleTypeWithDefaults(saved, QUICK, STAGES, TODAY).saleDate).to.equal(undefined);
    });
  });

  describe("a sale type's duration from the host", () => {
    const read = (duration: unknown) => {
      const warnings: DataWarning[] = [];
      const type = normalizeSaleType({ id: 't', name: 'T', duration }, 'saleType', warnings);
      return { duration: type?.duration, fields: warnings.map((warning) => warning.field) };
    };

    it('takes whole days', () => {
      expect(read(30)).to.deep.equal({ duration: 30, fields: [] });
      expect(read(0)).to.deep.equal({ duration: 0, fields: [] });
      expect(read(undefined)).to.deep.equal({ duration: undefined, fields: [] });
    });

    it('leaves out fractions, negative days and non-numbers, with one warning naming the field', () => {
      for (const bad of [1.5, -3, 100_000, 'soon', {}]) {
        expect(read(bad), String(bad)).to.deep.equal({ duration: undefined, fields: ['saleType.duration'] });
      }
    });
  });
});
