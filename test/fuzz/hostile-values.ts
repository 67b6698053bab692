/**
 * The values a host page can hand an element by mistake: anything fast-check makes (null-prototype
 * objects, boxed primitives, sparse arrays, Maps, typed arrays...) plus the cases it does not make
 * on its own: Proxies whose every trap throws, getters that throw, frozen records, huge strings,
 * markup, and records shaped like our domain objects whose fields are any of those.
 */
import fc from 'fast-check';

const throwing = (): never => {
  throw new Error('hostile trap');
};

/**
 * A Proxy that throws on every operation a reader might try. Symbol keys are spared, so that
 * fast-check itself can look for its clone and print hooks (and print the value by name).
 */
export const trapEverything = (): object =>
  new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === fc.toStringMethod) return () => 'a Proxy whose every trap throws';
        return typeof key === 'symbol' ? undefined : throwing();
      },
      has: (_target, key) => (typeof key === 'symbol' ? false : throwing()),
      ownKeys: throwing,
      getPrototypeOf: throwing,
      getOwnPropertyDescriptor: throwing,
    },
  );

/** An object whose every field an element reads throws. */
const throwingGetters = (): object => {
  const record: Record<string, unknown> = {};
  for (const key of [
    'id',
    'title',
    'name',
    'status',
    'label',
    'stages',
    'length',
    'date',
    'column',
    'text',
  ]) {
    Object.defineProperty(record, key, { get: throwing, enumerable: true });
  }
  Object.defineProperty(record, fc.toStringMethod, { value: () => 'an object whose getters throw' });
  return record;
};

const HUGE = 'x'.repeat(200_000);

const special = fc.constantFrom<() => unknown>(
  () => Number.NaN,
  () => Infinity,
  () => -0,
  () => Symbol('hostile'),
  () => 10n ** 30n,
  () => () => 'a function',
  () => new Date('invalid'),
  () => HUGE,
  () => '<img src=x onerror="window.__hostile = 1">',
  () => Object.create(null) as object,
  () => Object.freeze({ id: 1, title: 'Frozen', status: 'open' }),
  () => new String('open'),
  () => new Number(3),
  () => new Boolean(false),
  () => [1, , 3], // eslint-disable-line no-sparse-arrays
  () => new Array(5),
  trapEverything,
  throwingGetters,
  () => [trapEverything(), throwingGetters(), Object.create(null) as object],
  () => new Proxy([{ id: 1, title: 'Proxied' }], {}),
);

const anything = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBigInt: true,
  withTypedArray: true,
  maxDepth: 2,
  maxKeys: 4,
  size: 'small',
});

const fieldValue = fc.oneof(
  { weight: 4, arbitrary: anything },
  { weight: 1, arbitrary: special.map((make) => make()) },
);

/** A record with some of a sale's (member's, guide's...) field names, each holding anything. */
const recordShaped = fc.record(
  {
    id: fc.oneof(fc.integer(), fc.string(), fieldValue),
    title: fc.oneof(fc.string(), fieldValue),
    name: fieldValue,
    status: fc.oneof(fc.constantFrom('open', 'sold', 'lost', 'stalled', 'OPEN', ''), fieldValue),
    amount: fc.oneof(fc.double(), fieldValue),
    currency: fieldValue,
    saleDate: fc.oneof(fc.constantFrom('2025-06-01', '2025-02-30', 'tomorrow'), fieldValue),
    company: fc.oneof(fc.record({ id: fc.integer(), name: fc.string() }), fieldValue),
    stage: fieldValue,
    stages: fieldValue,
    activities: fc.oneof(fc.array(fieldValue, { maxLength: 3 }), fieldValue),
    links: fc.oneof(fc.array(fieldValue, { maxLength: 3 }), fieldValue),
    userFields: fieldValue,
    column: fieldValue,
    direction: fieldValue,
    index: fieldValue,
    total: fieldValue,
  },
  { requiredKeys: [] },
);

/** What the fuzz suite assigns to every property: anything, hostile specials, domain-shaped records and lists of them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anything },
  { weight: 2, arbitrary: special.map((make) => make()) },
  { weight: 2, arbitrary: recordShaped },
  { weight: 2, arbitrary: fc.array(fc.oneof(recordShaped, fieldValue), { maxLength: 6 }) },
);
