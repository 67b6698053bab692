import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isNewSale, normalizeSale, TEXT_LIMITS } from '../../src/model/normalize.js';
import { SALE_STATUSES, type Sale } from '../../src/model/types.js';

/** A sale with every field set to a good value. */
function completeSale(): Sale {
  return {
    id: 42,
    number: 'S-1042',
    title: 'Fibre rollout',
    status: 'sold',
    done: true,
    stage: { id: 3, name: 'Negotiation', probability: 75 },
    probability: 75,
    amount: 150000,
    cost: 90000.5,
    currency: 'NOK',
    saleDate: '2026-01-31',
    saleType: { id: 't1', name: 'Project sale' },
    owner: { id: 'u1', name: 'Ola Nordmann' },
    credited: { id: 'd1', name: 'Sales' },
    company: { id: 'c1', name: 'Acme AS' },
    person: { id: 'p1', name: 'Kari' },
    project: { id: 'pr1', name: 'Rollout' },
    source: { id: 's1', name: 'Web' },
    description: 'Line one\nLine two',
    competitor: { id: 'x1', name: 'Rival' },
    reason: { id: 'r1', name: 'Price' },
    reopenDate: '2026-03-01',
    stalledReason: { id: 'sr', name: 'Budget' },
    notes: 'Call back after the board meeting.',
    userFields: [
      { id: 'uf', label: 'Segment', type: 'list', value: 'Gold', options: ['Gold', 'Silver'], pinned: true },
    ],
    links: [{ id: 'l1', kind: 'url', title: 'Tender', href: 'https://example.com/tender' }],
    nextActivity: { id: 'a1', title: 'Call', date: '2026-01-10' },
    activities: [{ id: 'a1', title: 'Call', date: '2026-01-10', done: false, type: 'Phone' }],
    stakeholders: [{ id: 'st', person: { id: 'p2', name: 'Per' }, role: 'Buyer' }],
    quote: { id: 'q1', title: 'Offer', version: 1, amount: 150000, currency: 'NOK' },
    favourite: false,
    updatedAt: '2026-01-05T12:00:00Z',
  };
}

const fieldsOf = (input: unknown) => normalizeSale(input).warnings.map((warning) => warning.field);

/** What every normalized sale promises, whatever went in. */
function expectSafeSale(sale: Sale): void {
  expect(typeof sale.title).to.equal('string');
  expect(sale.title.length).to.be.at.most(TEXT_LIMITS.title);
  expect(SALE_STATUSES).to.include(sale.status);
  expect(typeof sale.id === 'string' || Number.isFinite(sale.id)).to.be.true;
  for (const value of [sale.amount, sale.cost, sale.probability]) {
    expect(value === undefined || Number.isFinite(value)).to.be.true;
  }
  if (sale.probability !== undefined) expect(sale.probability).to.be.within(0, 100);
  for (const list of [sale.links, sale.activities, sale.userFields, sale.stakeholders]) {
    expect(list === undefined || Array.isArray(list)).to.be.true;
  }
  expect(() => JSON.stringify(sale)).to.not.throw();
  expect(Object.values(sale)).to.not.include(undefined);
}

describe('normalizeSale', () => {
  describe('good data', () => {
    it('keeps a complete sale as it is, without warnings', () => {
      expect(normalizeSale(completeSale())).to.deep.equal({ sale: completeSale(), warnings: [] });
    });

    it('takes a new sale (no id) without a title silently, and warns for a stored one', () => {
      expect(normalizeSale({ title: '' })).to.deep.equal({
        sale: { id: '', title: '', status: 'open' },
        warnings: [],
      });
      expect(normalizeSale({})).to.deep.equal({ sale: { id: '', title: '', status: 'open' }, warnings: [] });
      const stored = normalizeSale({ id: 7, title: ' ' });
      expect(stored.warnings.map((warning) => `${warning.field}: ${warning.message}`)).to.deep.equal([
        'title: required but empty',
      ]);
    });

    it('needs nothing but a title', () => {
      expect(normalizeSale({ title: 'New deal' })).to.deep.equal({
        sale: { id: '', title: 'New deal', status: 'open' },
        warnings: [],
      });
    });

    it('returns a fresh copy that later changes to the input do not reach', () => {
      const input = completeSale();
      const { sale } = normalizeSale(input);
      input.company!.name = 'Changed';
      input.links!.push({ id: 'l2', kind: 'url', title: 'x' });
      expect(sale.company!.name).to.equal('Acme AS');
      expect(sale.links).to.have.length(1);
    });

    it('reads frozen objects, class instances with getters and objects without a prototype', () => {
      class HostSale {
        get id() {
          return 7;
        }
        get title() {
          return 'From a class';
        }
      }
      expect(normalizeSale(Object.freeze(completeSale())).warnings).to.be.empty;
      expect(normalizeSale(new HostSale()).sale).to.deep.equal({
        id: 7,
        title: 'From a class',
        status: 'open',
      });
      const bare = Object.assign(Object.create(null) as object, { id: 1, title: 'Bare' });
      expect(normalizeSale(bare).sale).to.deep.equal({ id: 1, title: 'Bare', status: 'open' });
    });
  });

  describe('not a sale at all', () => {
    for (const input of [null, undefined, 42, 'sale', [], true, () => 1]) {
      it(`gives an empty new sale and one warning for ${Array.isArray(input) ? '[]' : String(input)}`, () => {
        const { sale, warnings } = normalizeSale(input);
        expect(sale).to.deep.equal({ id: '', title: '', status: 'open' });
        expect(warnings).to.have.length(1);
        expect(warnings[0]!.field).to.equal('sale');
        expect(warnings[0]!.message).to.match(/^expected a sale object, got .+; shown as an empty new sale$/);
      });
    }
  });

  describe('id and new sales', () => {
    it('treats a missing or blank id as a new sale, which is no problem', () => {
      for (const id of [undefined, null, '', '  ']) {
        const { sale, warnings } = normalizeSale({ id, title: 'T' });
        expect(sale.id).to.equal('');
        expect(isNewSale(sale)).to.be.true;
        expect(warnings).to.be.empty;
      }
    });

    it('keeps string and number ids, including 0', () => {
      expect(normalizeSale({ id: 'S-1', title: 'T' }).sale.id).to.equal('S-1');
      const { sale } = normalizeSale({ id: 0, title: 'T' });
      expect(sale.id).to.equal(0);
      expect(isNewSale(sale)).to.be.false;
    });

    it('reports an id of the wrong kind and treats the sale as new', () => {
      const { sale, warnings } = normalizeSale({ id: { value: 1 }, title: 'T' });
      expect(isNewSale(sale)).to.be.true;
      expect(warnings).to.deep.equal([
        {
          field: 'id',
          message: 'expected an id (text or a finite number), got an object; treated as a new sale',
        },
      ]);
      expect(fieldsOf({ id: NaN, title: 'T' })).to.deep.equal(['id']);
    });

    it('isNewSale also judges unnormalized sales', () => {
      expect(isNewSale({} as Sale)).to.be.true;
      expect(isNewSale({ id: NaN })).to.be.true;
      expect(isNewSale({ id: 'x' })).to.be.false;
    });
  });

  describe('bad fields', () => {
    it("makes a missing or blank title '' with a warning", () => {
      expect(normalizeSale({ id: 1 }).warnings).to.deep.equal([
        { field: 'title', message: 'required but empty' },
      ]);
      expect(normalizeSale({ id: 1, title: ' \t ' }).sale.title).to.equal('');
    });

    it('cuts a 100 kB title to 219 characters and long notes to the multi-line limit', () => {
      const huge = 'x'.repeat(100_000);
      const { sale, warnings } = normalizeSale({ id: 1, title: huge, notes: huge, description: huge });
      expect(sale.title).to.have.length(219);
      expect(sale.notes).to.have.length(TEXT_LIMITS.multiline);
      expect(sale.description).to.have.length(TEXT_LIMITS.multiline);
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['title', 'description', 'notes']);
    });

    it('strips control characters from the title', () => {
      expect(normalizeSale({ title: 'Big\u0000 deal\n' }).sale.title).to.equal('Big deal ');
    });

    it('leaves out NaN and Infinity amounts', () => {
      const { sale, warnings } = normalizeSale({ title: 'T', amount: NaN, cost: Infinity });
      expect(sale).to.not.have.any.keys('amount', 'cost');
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['amount', 'cost']);
    });

    it('converts numeric text with a warning', () => {
      const { sale, warnings } = normalizeSale({ title: 'T', amount: '1500.50' });
      expect(sale.amount).to.equal(1500.5);
      expect(warnings).to.deep.equal([
        { field: 'amount', message: 'a number given as text ("1500.50"); converted' },
      ]);
    });

    it('shows an unknown status as open', () => {
      const { sale, warnings } = normalizeSale({ title: 'T', status: 'won' });
      expect(sale.status).to.equal('open');
      expect(warnings).to.deep.equal([{ field: 'status', message: 'unknown status "won"; shown as open' }]);
    });

    it('clamps the probability to 0-100', () => {
      expect(normalizeSale({ title: 'T', probability: 140 }).sale.probability).to.equal(100);
      expect(normalizeSale({ title: 'T', probability: -1 }).sale.probability).to.equal(0);
      expect(fieldsOf({ title: 'T', probability: 140 })).to.deep.equal(['probability']);
    });

    it('leaves out dates that do not parse', () => {
      const { sale, warnings } = normalizeSale({
        title: 'T',
        saleDate: '31.01.2026',
        reopenDate: '2026-02-30',
        updatedAt: new Date(),
      });
      expect(sale).to.not.have.any.keys('saleDate', 'reopenDate', 'updatedAt');
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['saleDate', 'reopenDate', 'updatedAt']);
    });

    it('leaves out references given as text', () => {
      const { sale, warnings } = normalizeSale({ title: 'T', company: 'Acme', owner: 42 });
      expect(sale).to.not.have.any.keys('company', 'owner');
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['owner', 'company']);
    });

    it('reports bad booleans, currency, stage, sale type, quote and next activity by field', () => {
      expect(
        fieldsOf({
          title: 'T',
          done: 'yes',
          favourite: 1,
          currency: 'kroner',
          stage: 'Lead',
          saleType: [],
          quote: 5,
          nextActivity: { id: 1, date: 'soon' },
        }),
      ).to.deep.equal(['done', 'stage', 'currency', 'saleType', 'nextActivity.date', 'quote', 'favourite']);
    });
  });

  describe('lists', () => {
    it('turns a list that is not a list into [] with a warning', () => {
      const { sale, warnings } = normalizeSale({ title: 'T', links: 'https://example.com' });
      expect(sale.links).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        { field: 'links', message: 'expected a list, got "https://example.com"; left empty' },
      ]);
    });

    it('keeps good items, leaves out bad ones and names each problem with its index', () => {
      const { sale, warnings } = normalizeSale({
        title: 'T',
        links: [{ id: 1, kind: 'url', title: 'A' }, 'B', { id: 3, kind: 'url', title: 'C', href: 12n }],
      });
      expect(sale.links).to.deep.equal([
        { id: 1, kind: 'url', title: 'A' },
        { id: 3, kind: 'url', title: 'C' },
      ]);
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['links[1]', 'links[2].href']);
    });

    it('keeps 10,000 bad activities from giving 10,000 warnings', () => {
      const activities = Array.from({ length: 10_000 }, (_, index) => ({ id: index, date: 'never' }));
      const { sale, warnings } = normalizeSale({ title: 'T', activities });
      expect(sale.activities).to.deep.equal([]);
      expect(warnings).to.have.length(6);
      expect(warnings.at(-1)!.field).to.equal('activities');
    });
  });

  describe('hostile input', () => {
    it('survives getters that throw, reporting each field once', () => {
      const input = {
        id: 1,
        get title(): string {
          throw new Error('not loaded');
        },
        get amount(): number {
          throw new Error('not loaded');
        },
      };
      const { sale, warnings } = normalizeSale(input);
      expect(sale).to.deep.equal({ id: 1, title: '', status: 'open' });
      expect(warnings.map((warning) => warning.field)).to.deep.equal(['title', 'amount']);
      expect(warnings[0]!.message).to.contain('threw when read');
    });

    it('survives a proxy whose every read throws', () => {
      const trap = new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      );
      const { sale, warnings } = normalizeSale(trap);
      expectSafeSale(sale);
      expect(sale.title).to.equal('');
      expect(warnings.length).to.be.greaterThan(0);
    });

    it('survives a revoked proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(() => normalizeSale(proxy)).to.not.throw();
      expect(() => normalizeSale({ title: 'T', company: proxy, links: proxy })).to.not.throw();
    });

    it('survives circular references and returns a tree without cycles', () => {
      const input: Record<string, unknown> = { id: 1, title: 'Loop', name: 'Loop' };
      input.company = input;
      input.links = [input];
      input.saleType = { id: 't', name: 'T', guide: input };
      const { sale } = normalizeSale(input);
      expect(sale.company).to.deep.equal({ id: 1, name: 'Loop' });
      expectSafeSale(sale);
    });
  });

  describe('properties', () => {
    const saleKeys = Object.keys(completeSale());
    const plausibleValue = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true }),
      fc.constantFrom(NaN, Infinity, -Infinity, '', '2026-01-31', '1500', 'sold', 'open', 101, -1),
      fc.constantFrom(...Object.values(completeSale())),
      fc.array(
        fc.oneof(fc.constantFrom(...completeSale().links!, ...completeSale().activities!), fc.anything()),
      ),
    );
    const saleLike = fc.dictionary(fc.constantFrom(...saleKeys), plausibleValue);

    it('never throws and always returns a safe sale, for anything', () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
          (input) => {
            expectSafeSale(normalizeSale(input).sale);
          },
        ),
      );
    });

    it('never throws and always returns a safe sale, for sale-like objects with random field values', () => {
      fc.assert(
        fc.property(saleLike, (input) => {
          const { sale, warnings } = normalizeSale(input);
          expectSafeSale(sale);
          for (const warning of warnings) {
            expect(warning.field).to.be.a('string').and.not.be.empty;
            expect(warning.message).to.be.a('string').and.not.be.empty;
          }
        }),
      );
    });

    it('reports each field at most once', () => {
      fc.assert(
        fc.property(saleLike, (input) => {
          const fields = normalizeSale(input).warnings.map((warning) => warning.field);
          expect(new Set(fields).size).to.equal(fields.length);
        }),
      );
    });

    it('is idempotent: a normalized sale normalizes to itself', () => {
      fc.assert(
        fc.property(saleLike, (input) => {
          const { sale } = normalizeSale(input);
          expect(normalizeSale(sale).sale).to.deep.equal(sale);
        }),
      );
    });

    it('gives a good sale back without warnings', () => {
      fc.assert(
        fc.property(fc.subarray(saleKeys), (keys) => {
          const good = completeSale() as unknown as Record<string, unknown>;
          const input = Object.fromEntries(keys.map((key) => [key, good[key]]));
          input.title = 'Title';
          expect(normalizeSale(input).warnings).to.deep.equal([]);
        }),
      );
    });
  });
});
