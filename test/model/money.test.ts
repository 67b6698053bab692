import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  profit,
  profitPercent,
  recalculateFromCost,
  recalculateFromProfit,
  recalculateFromProfitPercent,
  weightedAmount,
} from '../../src/model/money.js';

describe('money', () => {
  describe('profit', () => {
    it('is amount minus cost', () => {
      expect(profit({ amount: 1500, cost: 1000 })).to.equal(500);
      expect(profit({ amount: 1000, cost: 1500 })).to.equal(-500);
    });

    it('has no floating-point noise', () => {
      expect(profit({ amount: 1500, cost: 1200.1 })).to.equal(299.9);
      expect(profit({ amount: 0.3, cost: 0.1 })).to.equal(0.2);
    });

    it('is undefined when amount or cost is missing or not finite', () => {
      expect(profit({ amount: 1500 })).to.equal(undefined);
      expect(profit({ cost: 10 })).to.equal(undefined);
      expect(profit({ amount: NaN, cost: 1 })).to.equal(undefined);
      expect(profit({ amount: 1, cost: Infinity })).to.equal(undefined);
    });

    it('is undefined when the difference overflows', () => {
      expect(profit({ amount: Number.MAX_VALUE, cost: -Number.MAX_VALUE })).to.equal(undefined);
    });
  });

  describe('profitPercent', () => {
    it('is profit over amount, times 100', () => {
      expect(profitPercent({ amount: 2000, cost: 1500 })).to.equal(25);
      expect(profitPercent({ amount: 3, cost: 2 })).to.equal(33.3333333333333);
    });

    it('is undefined when the amount is 0 or either figure is missing', () => {
      expect(profitPercent({ amount: 0, cost: 10 })).to.equal(undefined);
      expect(profitPercent({ amount: 100 })).to.equal(undefined);
      expect(profitPercent({})).to.equal(undefined);
    });
  });

  describe('weightedAmount', () => {
    it('is amount times probability over 100', () => {
      expect(weightedAmount({ amount: 150000, probability: 75 })).to.equal(112500);
      expect(weightedAmount({ amount: 10, probability: 0 })).to.equal(0);
    });

    it('is undefined when amount or probability is missing', () => {
      expect(weightedAmount({ amount: 10 })).to.equal(undefined);
      expect(weightedAmount({ probability: 10 })).to.equal(undefined);
      expect(weightedAmount({ amount: NaN, probability: 10 })).to.equal(undefined);
    });
  });

  describe('Details-tab recalculation', () => {
    it('from the cost: profit and profit % follow', () => {
      expect(recalculateFromCost(2000, 1500)).to.deep.equal({ cost: 1500, profit: 500, profitPercent: 25 });
    });

    it('from the cost without an amount: only the cost is known', () => {
      expect(recalculateFromCost(undefined, 1500)).to.deep.equal({
        cost: 1500,
        profit: undefined,
        profitPercent: undefined,
      });
      expect(recalculateFromCost(0, 100)).to.deep.equal({
        cost: 100,
        profit: -100,
        profitPercent: undefined,
      });
      expect(recalculateFromCost(100, NaN)).to.deep.equal({
        cost: undefined,
        profit: undefined,
        profitPercent: undefined,
      });
    });

    it('from the profit: cost and profit % follow', () => {
      expect(recalculateFromProfit(2000, 500)).to.deep.equal({ cost: 1500, profit: 500, profitPercent: 25 });
      expect(recalculateFromProfit(undefined, 500)).to.deep.equal({
        cost: undefined,
        profit: 500,
        profitPercent: undefined,
      });
      expect(recalculateFromProfit(2000, undefined)).to.deep.equal({
        cost: undefined,
        profit: undefined,
        profitPercent: undefined,
      });
    });

    it('from the profit %: cost and profit follow', () => {
      expect(recalculateFromProfitPercent(2000, 25)).to.deep.equal({
        cost: 1500,
        profit: 500,
        profitPercent: 25,
      });
      expect(recalculateFromProfitPercent(1000, 33.33)).to.deep.equal({
        cost: 666.7,
        profit: 333.3,
        profitPercent: 33.33,
      });
    });

    it('from the profit % without an amount: the percentage is kept, nothing else is known', () => {
      for (const amount of [undefined, 0]) {
        expect(recalculateFromProfitPercent(amount, 25)).to.deep.equal({
          cost: undefined,
          profit: undefined,
          profitPercent: 25,
        });
      }
      expect(recalculateFromProfitPercent(100, NaN)).to.deep.equal({
        cost: undefined,
        profit: undefined,
        profitPercent: undefined,
      });
      expect(recalculateFromProfitPercent(Number.MAX_VALUE, 1000)).to.deep.equal({
        cost: undefined,
        profit: undefined,
        profitPercent: 1000,
      });
    });

    it('agrees with itself: whichever figure is edited, the three fit together', () => {
      const money = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((cents) => cents / 100);
      fc.assert(
        fc.property(
          money.filter((amount) => amount !== 0),
          money,
          (amount, cost) => {
            const fromCost = recalculateFromCost(amount, cost);
            const fromProfit = recalculateFromProfit(amount, fromCost.profit);
            expect(fromProfit.cost).to.be.closeTo(cost, 1e-6);
            const fromPercent = recalculateFromProfitPercent(amount, fromCost.profitPercent);
            expect(fromPercent.cost).to.be.closeTo(cost, 1e-6);
            expect(fromPercent.profit).to.be.closeTo(fromCost.profit!, 1e-6);
          },
        ),
      );
    });
  });
});
