/**
 * The rules `<sale-screen>` applies to the sale it shows, without a DOM: what a stage picked in the
 * sales guide changes, what a new sale starts with, and how a saved or deleted sale changes the
 * selection's members.
 */
import { isSameId } from './guide.js';
import { memberIdOf, sameId } from './members.js';
import type { Id, Ref, Sale, SalesGuide, Stage } from './types.js';

/** The fields a stage picked in the guide sets: the stage, and its probability. */
export interface StageChange {
  stage: Stage;
  probability: number;
}

/**
 * What picking `stageId` in `guide` sets on a sale. The probability is the guide stage's, else that
 * of the stage with the same id in `stages`, else the sale's own. Undefined for a stage the guide
 * does not have.
 */
export function stageChangeFor(
  guide: SalesGuide | undefined,
  stages: readonly Stage[],
  stageId: Id,
  current?: number,
): StageChange | undefined {
  const picked = guide?.stages.find((stage) => isSameId(stage.stageId, stageId));
  const listed = stages.find((stage) => isSameId(stage.id, stageId));
  if (!picked && !listed) return undefined;
  const probability = picked?.probability ?? listed?.probability ?? current ?? 0;
  const name = picked?.name ?? listed!.name;
  return { stage: { id: picked?.stageId ?? listed!.id, name, probability }, probability };
}

/** A new sale: open, untitled, owned by the current user. The card adds the sale type's defaults. */
export function newSaleFor(currentUser?: Ref): Sale {
  const sale = { id: '', title: '', status: 'open' } as Sale;
  if (currentUser) sale.owner = currentUser;
  return sale;
}

/** `members` with `saved` in place of the member with its id, or added at the end when it is new. */
export function withSavedMember<T>(members: readonly T[], saved: Sale): (T | Sale)[] {
  let found = false;
  const next = members.map((member) => {
    if (!sameId(memberIdOf(member), saved.id)) return member;
    found = true;
    return saved;
  });
  return found ? next : [...next, saved];
}

/** `members` without the member whose id is `id`. */
export function withoutMember<T>(members: readonly T[], id: Id): T[] {
  return members.filter((member) => !sameId(memberIdOf(member), id));
}

/** `members` with one field of the member `id` replaced, such as its favourite flag. */
export function withMemberField<T>(members: readonly T[], id: Id, patch: Partial<Sale>): (T | Sale)[] {
  return members.map((member) =>
    sameId(memberIdOf(member), id) ? ({ ...(member as object), ...patch } as Sale) : member,
  );
}
