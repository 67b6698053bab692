/**
 * The card's property boundary: whatever value a host sets, the card neither throws nor renders
 * blank, and says what was wrong in one warning naming the property; `undefined` is the default,
 * silently. (The coordinator's fuzz suite runs thousands of random values; these are the kinds.)
 */
import { expect } from '@open-wc/testing';
import type { SaleCard } from '../src/sale-card.js';
import { captureWarnings } from './helpers/console.js';
import { LISTS, SALE, button, q, renderCard, shownValue, viewValue } from './sale-card.helpers.js';

const trap = (): never => {
  throw new Error('hostile trap');
};

const HOSTILE_VALUES: [string, () => unknown][] = [
  ['an object without prototype', () => Object.create(null) as object],
  ['a boxed string', () => new String('open')],
  ['a boxed number', () => new Number(3)],
  [
    'a Proxy whose every trap throws',
    () =>
      new Proxy(
        {},
        { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
      ),
  ],
  ['a frozen object', () => Object.freeze({ id: 1, title: 'Frozen', status: 'open', index: 0, total: 2 })],
  [
    'an object whose getters throw',
    () => {
      const record = {};
      for (const key of ['id', 'title', 'status', 'name', 'index', 'total', 'sold', 'length', 'message']) {
        Object.defineProperty(record, key, { get: trap, enumerable: true });
      }
      return record;
    },
  ],
  ['an array with holes', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['a huge string', () => 'x'.repeat(200_000)],
  ['NaN', () => Number.NaN],
  ['a Symbol', () => Symbol('hostile')],
];

/** Every public property of the card, with the good value a test puts back after a hostile one. */
const GOOD: Record<string, unknown> = {
  ...LISTS,
  sale: SALE,
  lookup: () => Promise.resolve([]),
  position: { index: 1, total: 3 },
  skipCompleted: false,
  premium: false,
  readonly: false,
  error: '',
  today: '2025-05-15',
  currentUser: { id: 5, name: 'Ola Hansen' },
  loading: false,
};

async function set(card: SaleCard, property: string, value: unknown) {
  (card as unknown as Record<string, unknown>)[property] = value;
  await card.updateComplete;
}

describe('<sale-card> takes any value in any property', () => {
  it('has a good value here for every public property', () => {
    const properties = [...(customElements.get('sale-card') as unknown as typeof SaleCard).elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name]) => name);
    expect(Object.keys(GOOD)).to.have.members(properties);
  });

  for (const property of Object.keys(GOOD)) {
    it(`${property}: never throws nor renders blank; one warning names it`, async () => {
      const card = await renderCard();
      for (const [kind, make] of HOSTILE_VALUES) {
        const warnings = captureWarnings();
        try {
          await set(card, property, make());
        } finally {
          warnings.restore();
        }
        expect(q(card, 'h2')!.textContent!.trim(), `${kind}: a title`).not.to.equal('');
        expect(q(card, '.panel')!.textContent!.trim(), `${kind}: a panel`).not.to.equal('');
        expect(warnings.messages.length, `${kind}: warnings`).to.be.at.most(1);
        if (warnings.messages.length)
          expect(warnings.messages[0], kind).to.match(new RegExp(`^<sale-card>: .*${property}`));
        const silenced = captureWarnings();
        try {
          await set(card, property, GOOD[property]);
        } finally {
          silenced.restore();
        }
      }
      expect(viewValue(card, 'Title'), 'good data renders again').to.equal(SALE.title);
    });

    it(`${property}: undefined is the default, silently`, async () => {
      const card = await renderCard();
      const warnings = captureWarnings();
      try {
        await set(card, property, undefined);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.deep.equal([]);
      expect(q(card, 'h2')!.textContent!.trim()).not.to.equal('');
    });
  }

  it('shows an unset sale as no sale: "No sale selected", without form controls', async () => {
    const card = await renderCard();
    await set(card, 'sale', undefined);
    expect(q(card, 'h2')!.textContent).to.equal('No sale selected');
    expect(card.editing).to.be.false;
    expect(q(card, 'input, select, textarea, button')).to.equal(null);
  });

  it('shows a sale it cannot read with placeholders, and names the sale', async () => {
    const warnings = captureWarnings();
    try {
      const card = await renderCard(HOSTILE_VALUES[3]![1]());
      expect(shownValue(card, 'Company')).to.equal('—');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-card>: sale\.id: /);
    } finally {
      warnings.restore();
    }
  });

  it("shows an Error's message, and a general message for an error it cannot read", async () => {
    const card = await renderCard();
    await set(card, 'error', new Error('The server is down.'));
    expect(q(card, '[role="alert"]')!.textContent).to.equal('The server is down.');
    const warnings = captureWarnings();
    try {
      await set(card, 'error', Object.create(null));
      expect(q(card, '[role="alert"]')!.textContent).to.equal('Something went wrong.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^<sale-card>: error: expected text, got .+; a general message shows\.$/,
      );
    } finally {
      warnings.restore();
    }
    await set(card, 'error', null);
    expect(q(card, '[role="alert"]')!.textContent).to.equal('');
  });

  it('takes a flag that is not a boolean as false, and says so', async () => {
    const card = await renderCard();
    const warnings = captureWarnings();
    try {
      await set(card, 'readonly', new Boolean(true));
      expect(button(card, 'Edit')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^<sale-card>: readonly: expected true or false, got .+; using false\.$/,
      );
    } finally {
      warnings.restore();
    }
  });

  it('judges overdue by the real date when today is not a date', async () => {
    const warnings = captureWarnings();
    try {
      const card = await renderCard(SALE, { today: Number.NaN as never });
      // The sale's next activity (May 2025) has passed by the real date.
      expect(viewValue(card, 'Next activity')).to.contain('Overdue');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-card>: today: expected an ISO date/);
    } finally {
      warnings.restore();
    }
  });

  it('hides a position it cannot read, and says so', async () => {
    const warnings = captureWarnings();
    try {
      const card = await renderCard(SALE, { position: HOSTILE_VALUES[5]![1]() as never });
      expect(q(card, '[part="position"]')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-card>: position: /);
    } finally {
      warnings.restore();
    }
  });
});
