/**
 * Walking a selection sale by sale, as `<sale-screen>` does with Previous and Next: which members
 * are shown (after the panel's search and "Skip completed sales"), where the open sale sits among
 * them ("2 of 5"), and which member comes before and after it. The panel filters with the same
 * functions, so the card's position and buttons always agree with the list beside it.
 */
import {
  adjacentMemberIndex,
  filterMembers,
  indexOfMember,
  memberIdOf,
  neighbourIndex,
  positionOf,
  sameId,
  type MemberFilter,
} from './members.js';
import type { Id } from './types.js';

/** Where the open sale is among the shown members, and its neighbours there. */
export interface WalkStep {
  /** `index` (from 0) among the shown members and how many are shown; undefined when the sale is not shown. */
  position?: { index: number; total: number };
  previous?: Id;
  next?: Id;
}

/** The shown members of one list and filter; built once per input, as the panel's view is. */
export class SelectionWalk {
  #key: readonly unknown[] = [];
  #shown: number[] | null = null;
  #hint = -1;

  /** The step of the member `id` in `members` under `filter`. */
  stepOf(members: readonly unknown[], id: Id | undefined, filter: MemberFilter = {}): WalkStep {
    const shown = this.#shownOf(members, filter);
    const index = id === undefined ? -1 : this.#indexOf(members, id);
    if (index >= 0) this.#hint = index;
    const neighbour = (direction: 'previous' | 'next') => {
      const at = shown
        ? neighbourIndex(shown, index, direction)
        : adjacentMemberIndex(members, index, direction);
      return at === undefined ? undefined : memberIdOf(members[at]);
    };
    const step: WalkStep = { previous: neighbour('previous'), next: neighbour('next') };
    const place = index < 0 ? -1 : shown ? positionOf(shown, index) : index;
    if (place >= 0) step.position = { index: place, total: shown ? shown.length : members.length };
    return step;
  }

  /** The index of member `id`: Previous and Next land beside the last one, so look there first. */
  #indexOf(members: readonly unknown[], id: Id): number {
    for (const near of [this.#hint + 1, this.#hint - 1]) {
      if (near >= 0 && near < members.length && sameId(memberIdOf(members[near]), id)) return near;
    }
    return indexOfMember(members, id, this.#hint);
  }

  #shownOf(members: readonly unknown[], { search = '', skipCompleted = false, locale }: MemberFilter) {
    const key = [members, search, skipCompleted, locale];
    if (key.some((value, at) => !Object.is(value, this.#key[at]))) {
      this.#shown = filterMembers(members, { search, skipCompleted, locale });
      this.#key = key;
    }
    return this.#shown;
  }
}

/** The id of the first shown member; undefined when none is shown. */
export function firstShownId(members: readonly unknown[], filter: MemberFilter = {}): Id | undefined {
  const shown = filterMembers(members, filter);
  const at = shown ? shown[0] : adjacentMemberIndex(members, -1, 'next');
  return at === undefined ? undefined : memberIdOf(members[at]);
}
