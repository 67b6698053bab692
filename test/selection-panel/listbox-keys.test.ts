import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { listboxKeyAction, type ListboxKeyState } from '../../src/elements/selection-panel/listbox-keys.js';

const state = (overrides: Partial<ListboxKeyState> = {}): ListboxKeyState => ({
  count: 100,
  active: 10,
  start: 0,
  page: 5,
  ...overrides,
});
const activate = (position: number) => ({ kind: 'activate', position });

describe('listboxKeyAction (APG listbox keys)', () => {
  it('moves one option with the arrows, without wrapping', () => {
    expect(listboxKeyAction('ArrowDown', {}, state())).to.deep.equal(activate(11));
    expect(listboxKeyAction('ArrowUp', {}, state())).to.deep.equal(activate(9));
    expect(listboxKeyAction('ArrowUp', {}, state({ active: 0 }))).to.deep.equal(activate(0));
    expect(listboxKeyAction('ArrowDown', {}, state({ active: 99 }))).to.deep.equal(activate(99));
  });

  it('reaches both ends with Home and End, and moves a page with PageUp and PageDown', () => {
    expect(listboxKeyAction('Home', {}, state())).to.deep.equal(activate(0));
    expect(listboxKeyAction('End', {}, state())).to.deep.equal(activate(99));
    expect(listboxKeyAction('PageDown', {}, state())).to.deep.equal(activate(15));
    expect(listboxKeyAction('PageUp', {}, state())).to.deep.equal(activate(5));
    expect(listboxKeyAction('PageUp', {}, state({ active: 3 }))).to.deep.equal(activate(0));
    expect(listboxKeyAction('PageDown', {}, state({ active: 97 }))).to.deep.equal(activate(99));
    expect(listboxKeyAction('PageDown', {}, state({ page: 0 }))).to.deep.equal(activate(11));
  });

  it('without an active option, starts at the start row', () => {
    const none = state({ active: -1, start: 40 });
    expect(listboxKeyAction('ArrowDown', {}, none)).to.deep.equal(activate(40));
    expect(listboxKeyAction('ArrowUp', {}, none)).to.deep.equal(activate(40));
    expect(listboxKeyAction('Enter', {}, none)).to.deep.equal(activate(40));
    expect(listboxKeyAction('PageDown', {}, none)).to.deep.equal(activate(45));
    expect(listboxKeyAction('ArrowDown', {}, state({ active: -1, start: 500 }))).to.deep.equal(activate(99));
  });

  it('selects the active option with Enter and Space', () => {
    expect(listboxKeyAction('Enter', {}, state())).to.deep.equal({ kind: 'select', position: 10 });
    expect(listboxKeyAction(' ', {}, state())).to.deep.equal({ kind: 'select', position: 10 });
  });

  it('leaves other keys, modified keys and an empty list alone', () => {
    expect(listboxKeyAction('x', {}, state())).to.equal(undefined);
    expect(listboxKeyAction('Tab', {}, state())).to.equal(undefined);
    expect(listboxKeyAction('ArrowDown', { ctrl: true }, state())).to.equal(undefined);
    expect(listboxKeyAction('ArrowDown', { alt: true }, state())).to.equal(undefined);
    expect(listboxKeyAction('Home', { meta: true }, state())).to.equal(undefined);
    expect(listboxKeyAction('ArrowDown', {}, state({ count: 0, active: -1 }))).to.equal(undefined);
  });

  it('always lands on a row that exists', () => {
    const keys = fc.constantFrom('ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Enter', ' ');
    fc.assert(
      fc.property(
        keys,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -5, max: 1200 }),
        fc.integer({ min: -5, max: 1200 }),
        fc.integer({ min: -3, max: 50 }),
        (key, count, active, start, page) => {
          const action = listboxKeyAction(key, {}, { count, active, start, page });
          expect(action).to.exist;
          expect(action!.position).to.be.within(0, count - 1);
        },
      ),
      { seed: 13 },
    );
  });
});
