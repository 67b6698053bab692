import { expect } from '@open-wc/testing';
import { warmUpCollationWhenIdle, warmUpFormattingWhenIdle } from '../../src/prepare/warm-up.js';
import { formatMoney, formatNumber, warmUpFormatters } from '../../src/model/format.js';
import { collatorFor } from '../../src/model/sort.js';

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

/** Counts the Intl.NumberFormat objects built while `action` runs (the cache makes it 0 when warm). */
async function numberFormatsBuilt(action: () => unknown): Promise<number> {
  const original = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built += 1;
      return new target(...args);
    },
  });
  try {
    await action();
  } finally {
    Intl.NumberFormat = original;
  }
  return built;
}

describe('performance machinery: warming up the formatters', () => {
  it('builds the number formatters of the page language once, in idle time', async () => {
    document.documentElement.lang = 'nb';
    const scheduled = await numberFormatsBuilt(async () => {
      warmUpFormattingWhenIdle();
      warmUpFormattingWhenIdle();
      await idle();
      await idle();
    });
    // Plain numbers and percentages, once each however often it was asked for.
    expect(scheduled).to.equal(2);
    // The first render then finds them ready.
    expect(await numberFormatsBuilt(() => formatNumber(1500, 'nb-NO'))).to.equal(0);
    document.documentElement.lang = 'en';
  });

  it('accepts any locale without throwing, falling back to English', () => {
    expect(() => warmUpFormatters('not a locale!')).not.to.throw();
    expect(formatMoney(1500, 'NOK', 'not a locale!')).to.equal(formatMoney(1500, 'NOK', 'en'));
  });
});

describe('performance machinery: warming up collation', () => {
  it('builds the collator the list will use, once, in idle time', async () => {
    const original = Intl.Collator;
    let built = 0;
    Intl.Collator = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.Collator>) {
        built += 1;
        return new target(...args);
      },
    });
    try {
      warmUpCollationWhenIdle();
      warmUpCollationWhenIdle();
      await idle();
      await idle();
      expect(built).to.equal(1);
      // The list's first sort or grouping in the page language then finds it cached.
      collatorFor('en').compare('b', 'a');
      expect(built).to.equal(1);
    } finally {
      Intl.Collator = original;
    }
  });
});
