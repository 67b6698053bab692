import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { combineTotals, totalsOf } from '../../src/model/totals.js';
import type { Sale } from '../../src/model/types.js';

const sale = (fields: Partial<Sale>): Sale => ({ id: 1, title: 'x', status: 'open', ...fields });

describe('totalsOf', () => {
  it('sums amount and weighted amount per currency, never mixing them, no currency last', () => {
    const totals = totalsOf([
      sale({ amount: 100, probability: 50, currency: 'NOK' }),
      sale({ amount: 10, probability: 10, currency: 'EUR' }),
      sale({ amount: 0.1, currency: 'NOK' }),
      sale({ amount: 0.2, currency: 'NOK', probability: 100 }),
      sale({ amount: 7 }),
      sale({ currency: 'NOK' }),
    ]);
    expect(totals.count).to.equal(6);
    expect(totals.sums).to.deep.equal([
      { currency: 'EUR', amount: 10, weightedAmount: 1, count: 1 },
      { currency: 'NOK', amount: 100.3, weightedAmount: 50.2, count: 3 },
      { currency: '', amount: 7, weightedAmount: 0, count: 1 },
    ]);
  });

  it('counts bad entries but adds nothing for them', () => {
    const totals = totalsOf([null, 'x', sale({ amount: Number.NaN, currency: 'nok' })] as unknown as Sale[]);
    expect(totals).to.deep.equal({ count: 3, sums: [] });
    expect(totalsOf([sale({ amount: 5, currency: 'bad' })]).sums[0]!.currency).to.equal('');
  });

  it('adds up to the same as a plain sum per currency (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.integer({ min: -1e6, max: 1e6 }),
            currency: fc.constantFrom('NOK', 'EUR', 'SEK'),
          }),
        ),
        (rows) => {
          const { sums } = totalsOf(rows.map((row) => sale(row)));
          for (const sum of sums) {
            const expected = rows
              .filter((row) => row.currency === sum.currency)
              .reduce((a, row) => a + row.amount, 0);
            expect(sum.amount).to.equal(expected);
          }
          expect(sums.reduce((a, sum) => a + sum.count, 0)).to.equal(rows.length);
        },
      ),
    );
  });

  it('combines the totals of parts into the totals of the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              amount: fc.integer({ min: -1e6, max: 1e6 }),
              probability: fc.integer({ min: 0, max: 100 }),
              currency: fc.constantFrom('NOK', 'EUR', 'x'),
            }),
          ),
        ),
        (parts) => {
          const sales = parts.map((part) => part.map((row) => sale(row)));
          const combined = combineTotals(sales.map((part) => totalsOf(part)));
          const whole = totalsOf(sales.flat());
          // Amounts and counts match exactly; weighted amounts (decimals) up to float rounding,
          // far below the cent a list shows.
          const exact = (totals: typeof whole) => ({
            count: totals.count,
            sums: totals.sums.map(({ currency, amount, count }) => ({ currency, amount, count })),
          });
          expect(exact(combined)).to.deep.equal(exact(whole));
          combined.sums.forEach((sum, index) =>
            expect(sum.weightedAmount).to.be.closeTo(whole.sums[index]!.weightedAmount, 1e-6),
          );
        },
      ),
    );
  });
});
