/**
 * What `<selection-panel>` shows of its members, without a DOM: the shown list (after the search
 * and "skip completed"), the maths between a row's position and a member's index, Previous/Next,
 * the selected member's index, and each member normalized once for its row.
 *
 * Written for 100,000 members: without a search or "skip completed" every entry is shown in place
 * (position = index), so building a view never walks the list; views and look-ups are memoized
 * by the identity of their inputs, so a render with unchanged inputs does no work per member.
 */
import {
  adjacentMemberIndex,
  filterMembers,
  indexOfMember,
  memberIdOf,
  memberSearchText,
  neighbourIndex,
  normalizeMember,
  positionOf,
  type Member,
  type MemberFilter,
  type NeighbourDirection,
} from '../../model/members.js';
import { isOverdue } from '../../model/overdue.js';
import { typeAheadMatch } from '../../model/type-ahead.js';
import type { DataWarning, Id } from '../../model/types.js';

/** The members as shown: which entries, in what order, and where each one sits. */
export class MemberView {
  /** Indices into `list` of the shown members (ascending), or null: every entry, in place. */
  readonly shown: readonly number[] | null;

  constructor(
    readonly list: readonly unknown[],
    filter: MemberFilter = {},
  ) {
    this.shown = filterMembers(list, filter);
  }

  /** Whether a search or "skip completed" narrows the list. */
  get filtered(): boolean {
    return this.shown !== null;
  }

  /** How many rows the list shows. */
  get count(): number {
    return (this.shown ?? this.list).length;
  }

  /** One entry per row, for the windowed rows (src/grid/virtual-rows.ts). */
  get items(): readonly unknown[] {
    return this.shown ?? this.list;
  }

  /** The index in `list` of the row at `position`, or undefined when there is no such row. */
  indexAt(position: number): number | undefined {
    if (this.shown) return this.shown[position];
    return Number.isInteger(position) && position >= 0 && position < this.list.length ? position : undefined;
  }

  /** Where member `index` sits among the rows, or -1 when it is not shown. */
  positionOf(index: number): number {
    if (this.shown) return positionOf(this.shown, index);
    return Number.isInteger(index) && index >= 0 && index < this.list.length ? index : -1;
  }

  /** The row type-ahead moves to for `text` from the row at `active` (see model/type-ahead.ts), or -1. */
  typeAheadMatch(text: string, active: number, locale: string): number {
    // Titles folded once per member (memberSearchText: the title, then the company), so typing scans fast.
    const nameAt = (position: number) => {
      const member = this.list[this.indexAt(position)!];
      return memberIdOf(member) === undefined ? '' : memberSearchText(member as object, locale);
    };
    return typeAheadMatch(text, this.count, active, nameAt, locale);
  }

  /** The id of the member at `index`, or undefined for an entry without one. */
  idAt(index: number): Id | undefined {
    return memberIdOf(this.list[index]);
  }

  /**
   * The id of the shown member after (or before) member `from`, even when `from` itself is not
   * shown; from nowhere (-1) the first (or last). Undefined past either end.
   */
  neighbour(from: number, direction: NeighbourDirection): Id | undefined {
    const index = this.shown
      ? neighbourIndex(this.shown, from, direction)
      : adjacentMemberIndex(this.list, from, direction);
    return index === undefined ? undefined : this.idAt(index);
  }
}

/** Everything a view depends on. */
export interface MemberViewInputs extends MemberFilter {
  list: readonly unknown[];
}

/** Keeps the last view and the selected member's index, and rebuilds them only when an input changed. */
export class MemberViewCache {
  #viewKey: readonly unknown[] = [];
  #view = new MemberView([]);
  #selectedKey: readonly unknown[] = [];
  #selectedIndex = -1;

  /** The view of `inputs`: the last one while the list, search, flag and locale are the same. */
  viewOf({ list, search = '', skipCompleted = false, locale }: MemberViewInputs): MemberView {
    const key = [list, search, skipCompleted, locale];
    if (!sameKeys(key, this.#viewKey)) {
      this.#view = new MemberView(list, { search, skipCompleted, locale });
      this.#viewKey = key;
    }
    return this.#view;
  }

  /** The index in `list` of the member whose id is `selected`, or -1; the last answer is tried first. */
  selectedIndexOf(list: readonly unknown[], selected: Id | undefined): number {
    const key = [list, selected];
    if (!sameKeys(key, this.#selectedKey)) {
      this.#selectedIndex = indexOfMember(list, selected, this.#selectedIndex);
      this.#selectedKey = key;
    }
    return this.#selectedIndex;
  }
}

const sameKeys = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, at) => Object.is(value, b[at]));

/** A member normalized for its row; `member` is undefined for an entry without an id. */
export interface MemberRowData {
  readonly member: Member | undefined;
  readonly overdue: boolean;
}

interface RowEntry {
  member: Member | undefined;
  overdueOn: string;
  overdue: boolean;
}

/**
 * Each member normalized once, the first time its row is rendered, and its overdue verdict once
 * per `today`. Problems are handed to `report` then, once per member object. Entries that are no
 * object (which a WeakMap cannot key) are kept by index until the list changes.
 */
export class MemberRows {
  #byObject = new WeakMap<object, RowEntry>();
  #byIndex = new Map<number, RowEntry>();
  #listOfIndexed: readonly unknown[] | undefined;

  constructor(private readonly report: (warnings: readonly DataWarning[]) => void) {}

  /** The row data of `list[index]`, judged overdue against `today` (`YYYY-MM-DD`). */
  rowOf(list: readonly unknown[], index: number, today: string): MemberRowData {
    if (list !== this.#listOfIndexed) {
      this.#byIndex = new Map();
      this.#listOfIndexed = list;
    }
    const raw = list[index];
    const isObject = (typeof raw === 'object' && raw !== null) || typeof raw === 'function';
    let row = isObject ? this.#byObject.get(raw) : this.#byIndex.get(index);
    if (!row) {
      const warnings: DataWarning[] = [];
      const member = normalizeMember(raw, `members[${index}]`, warnings);
      if (!member && warnings.length > 0)
        warnings[warnings.length - 1]!.message += '; shown as a placeholder';
      this.report(warnings);
      row = { member, overdueOn: '', overdue: false };
      if (isObject) this.#byObject.set(raw, row);
      else this.#byIndex.set(index, row);
    }
    if (row.overdueOn !== today) {
      row.overdue = row.member ? isOverdue(row.member, today) : false;
      row.overdueOn = today;
    }
    return row;
  }
}
