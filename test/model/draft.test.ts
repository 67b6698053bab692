import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { applyChanges, conflictingFields, diffFields, sameValue } from '../../src/model/draft.js';

describe('draft', () => {
  it('sameValue compares data structurally', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).to.be.true;
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).to.be.true;
    expect(sameValue(NaN, NaN)).to.be.true;
    expect(sameValue([1], [1, 2])).to.be.false;
    expect(sameValue([1], { 0: 1 })).to.be.false;
    expect(sameValue(null, {})).to.be.false;
    expect(sameValue({ a: 1 }, { a: 2 })).to.be.false;
  });

  it('diffFields lists changed fields; cleared ones as null', () => {
    expect(diffFields({ a: 1, b: 'x' }, { a: 1, b: 'x' })).to.deep.equal({});
    expect(diffFields({ a: 1, b: 'x' }, { a: 2 } as never)).to.deep.equal({ a: 2, b: null });
    expect(diffFields({ a: 1 } as { a: number; c?: number[] }, { a: 1, c: [1] })).to.deep.equal({ c: [1] });
  });

  it('applyChanges sets and removes fields without touching the target', () => {
    const target = { a: 1, b: 'x' } as { a: number; b?: string; c?: number };
    expect(applyChanges(target, { b: null, c: 3 })).to.deep.equal({ a: 1, c: 3 });
    expect(applyChanges(target, { b: undefined })).to.deep.equal({ a: 1 });
    expect(target).to.deep.equal({ a: 1, b: 'x' });
  });

  it('applying a diff to the base gives the draft (property)', () => {
    const record = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.oneof(fc.integer(), fc.string(), fc.array(fc.integer())),
    );
    fc.assert(
      fc.property(record, record, (base, draft) =>
        sameValue(applyChanges(base, diffFields(base, draft)), draft),
      ),
    );
  });

  it('conflictingFields finds fields changed on both sides differently', () => {
    const base = { a: 1, b: 1, c: 1 };
    const incoming = { a: 2, b: 3, c: 1 };
    expect(conflictingFields(base, incoming, { a: 2, b: 5, c: 7 })).to.deep.equal(['b']);
    expect(conflictingFields({ a: 1 } as { a?: number }, {}, { a: null })).to.deep.equal([]);
  });
});
