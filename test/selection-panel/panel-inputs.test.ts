import { expect } from '@open-wc/testing';
import {
  PropertyReader,
  readFlag,
  readMembers,
  readSelected,
  readText,
} from '../../src/elements/selection-panel/panel-inputs.js';
import type { DataWarning } from '../../src/model/types.js';

const throwing = (): never => {
  throw new Error('hostile');
};
const trapEverything = () =>
  new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing });

describe('selection-panel property readers (no DOM)', () => {
  it('reads members as a plain list, whatever the host sets', () => {
    const list = [{ id: 1, title: 'A' }];
    expect(readMembers(list)).to.deep.equal({ value: list });
    expect(readMembers(undefined)).to.deep.equal({ value: [] });
    expect(readMembers(null)).to.deep.equal({ value: [] });
    expect(readMembers(Object.freeze([...list])).value).to.deep.equal(list);
    expect(readMembers(new Proxy(list, {})).value).to.deep.equal(list);
    for (const bad of [Object.create(null), new String('x'), 42, NaN, trapEverything(), new Set(list)]) {
      const { value, warning } = readMembers(bad);
      expect(value).to.deep.equal([]);
      expect(warning?.field).to.equal('members');
      expect(warning?.message).to.match(/^expected a list of members, got .+; shown as empty$/);
    }
  });

  it('keeps holes and unreadable entries as missing members, and survives a revoked Proxy', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(readMembers([1, , 3]).value).to.have.length(3);
    const withThrowingEntry = [
      { id: 1, title: 'A' },
      { id: 2, title: 'B' },
    ];
    Object.defineProperty(withThrowingEntry, 1, { get: throwing });
    const read = readMembers(withThrowingEntry).value;
    expect(read).to.have.length(2);
    expect(read[0]).to.equal(withThrowingEntry[0]);
    expect(read[1]).to.equal(undefined);
    const throwingLength = new Proxy([], {
      get: (_target, key) => (key === 'length' ? throwing() : undefined),
    });
    expect(readMembers(throwingLength).warning?.field).to.equal('members');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(readMembers(proxy).warning?.field).to.equal('members');
  });

  it('reads selected as an id, text or a finite number', () => {
    expect(readSelected(1041)).to.deep.equal({ value: 1041 });
    expect(readSelected('1041')).to.deep.equal({ value: '1041' });
    expect(readSelected(undefined)).to.deep.equal({ value: undefined });
    expect(readSelected(null)).to.deep.equal({ value: undefined });
    for (const bad of [
      NaN,
      Infinity,
      new Number(3),
      Object.create(null),
      trapEverything(),
      true,
      Symbol('s'),
    ]) {
      const { value, warning } = readSelected(bad);
      expect(value).to.equal(undefined);
      expect(warning?.field).to.equal('selected');
    }
  });

  it('reads text and flags strictly, with unset meaning the default', () => {
    expect(readText('Hot leads', 'heading', 'x')).to.deep.equal({ value: 'Hot leads' });
    expect(readText(undefined, 'heading', 'x')).to.deep.equal({ value: '' });
    const huge = 'x'.repeat(200_000);
    expect(readText(huge, 'search', 'x').value).to.equal(huge);
    const boxed = readText(new String('boxed'), 'search', 'no search');
    expect(boxed.value).to.equal('');
    expect(boxed.warning?.field).to.equal('search');
    // The value's description is describeValue's; only the frame is this reader's.
    expect(boxed.warning?.message).to.match(/^expected text, got .+; no search$/);
    expect(readFlag(true, 'skipCompleted')).to.deep.equal({ value: true });
    expect(readFlag(undefined, 'skipCompleted')).to.deep.equal({ value: false });
    expect(readFlag(new Boolean(true), 'skipCompleted').value).to.equal(false);
    expect(readFlag('yes', 'skipCompleted').warning?.field).to.equal('skipCompleted');
  });

  it('re-reads a property only when the host sets another value, NaN included', () => {
    const reported: DataWarning[] = [];
    const reader = new PropertyReader(readSelected, (warnings) => reported.push(...warnings));
    reader.of(NaN);
    reader.of(NaN);
    expect(reported).to.have.length(1);
    expect(reader.of(7)).to.equal(7);
    reader.of(NaN);
    expect(reported).to.have.length(2);
  });
});
