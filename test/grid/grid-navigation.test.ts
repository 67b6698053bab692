import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ariaSortOf, moveInGrid, nextSort, type GridShape } from '../../src/grid/grid-navigation.js';

/** A header row and data rows of 5 cells, with a one-cell group row at index 2. */
const shape: GridShape = { rowCount: 6, cellCount: (row) => (row === 2 ? 1 : 5), pageSize: 3 };
const plain = { ctrl: false };

describe('moveInGrid (APG grid keys)', () => {
  it('moves one cell with the arrows and does not wrap', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowRight', plain, shape)).to.deep.equal({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowLeft', plain, shape)).to.deep.equal({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 0 }, 'ArrowLeft', plain, shape)).to.deep.equal({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 4 }, 'ArrowRight', plain, shape)).to.deep.equal({ row: 1, col: 4 });
    expect(moveInGrid({ row: 0, col: 3 }, 'ArrowUp', plain, shape)).to.deep.equal({ row: 0, col: 3 });
    expect(moveInGrid({ row: 5, col: 3 }, 'ArrowDown', plain, shape)).to.deep.equal({ row: 5, col: 3 });
    expect(moveInGrid({ row: 3, col: 3 }, 'ArrowDown', plain, shape)).to.deep.equal({ row: 4, col: 3 });
  });

  it('swaps Left and Right in right-to-left text', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowRight', { ctrl: false, rtl: true }, shape)).to.deep.equal({
      row: 1,
      col: 0,
    });
  });

  it('keeps the preferred column through a one-cell group row', () => {
    const into = moveInGrid({ row: 1, col: 3 }, 'ArrowDown', plain, shape, 3);
    expect(into).to.deep.equal({ row: 2, col: 0 });
    expect(moveInGrid(into!, 'ArrowDown', plain, shape, 3)).to.deep.equal({ row: 3, col: 3 });
  });

  it('moves by a page, stopping at the first and last row', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'PageDown', plain, shape)).to.deep.equal({ row: 4, col: 1 });
    expect(moveInGrid({ row: 4, col: 1 }, 'PageDown', plain, shape)).to.deep.equal({ row: 5, col: 1 });
    expect(moveInGrid({ row: 4, col: 1 }, 'PageUp', plain, shape)).to.deep.equal({ row: 1, col: 1 });
    expect(moveInGrid({ row: 1, col: 1 }, 'PageUp', plain, { ...shape, pageSize: 0 })).to.deep.equal({
      row: 0,
      col: 1,
    });
  });

  it('goes to the ends of the row with Home/End and of the grid with Ctrl', () => {
    expect(moveInGrid({ row: 3, col: 2 }, 'Home', plain, shape)).to.deep.equal({ row: 3, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, 'End', plain, shape)).to.deep.equal({ row: 3, col: 4 });
    expect(moveInGrid({ row: 3, col: 2 }, 'Home', { ctrl: true }, shape)).to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, 'End', { ctrl: true }, shape)).to.deep.equal({ row: 5, col: 4 });
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'a', plain, shape)).to.equal(undefined);
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowDown', plain, { ...shape, rowCount: 0 })).to.equal(undefined);
  });

  it('always lands on an existing cell (property)', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }),
        fc.nat(40),
        fc.nat(8),
        fc.constantFrom(...keys),
        fc.boolean(),
        (cells, row, col, key, ctrl) => {
          const grid: GridShape = { rowCount: cells.length, cellCount: (r) => cells[r]!, pageSize: 4 };
          const to = moveInGrid({ row, col }, key, { ctrl }, grid)!;
          expect(to.row).to.be.within(0, cells.length - 1);
          expect(to.col).to.be.within(0, cells[to.row]! - 1);
        },
      ),
    );
  });
});

describe('sort state', () => {
  it('sorts a new column ascending (or its first direction) and flips the sorted one', () => {
    expect(nextSort(undefined, 'title')).to.deep.equal({ column: 'title', direction: 'asc' });
    expect(nextSort({ column: 'title', direction: 'asc' }, 'title')).to.deep.equal({
      column: 'title',
      direction: 'desc',
    });
    expect(nextSort({ column: 'title', direction: 'desc' }, 'title')).to.deep.equal({
      column: 'title',
      direction: 'asc',
    });
    expect(nextSort({ column: 'title', direction: 'asc' }, 'amount', 'desc')).to.deep.equal({
      column: 'amount',
      direction: 'desc',
    });
  });

  it('gives aria-sort only to the sorted column', () => {
    expect(ariaSortOf({ column: 'a', direction: 'asc' }, 'a')).to.equal('ascending');
    expect(ariaSortOf({ column: 'a', direction: 'desc' }, 'a')).to.equal('descending');
    expect(ariaSortOf({ column: 'a', direction: 'desc' }, 'b')).to.equal(undefined);
    expect(ariaSortOf(undefined, 'b')).to.equal(undefined);
  });
});
