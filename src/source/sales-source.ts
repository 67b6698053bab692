/**
 * What `<sale-screen>` reads and writes through: a host's data source. Every method returns a
 * Promise, so the same screen runs over a REST backend, a local store or `createMemorySource`; the
 * screen never fetches by itself.
 */
import type { FieldChanges } from '../model/draft.js';
import type { Lookup } from '../model/lookup.js';
import type { Id, Ref, Sale, SaleType, Stage } from '../model/types.js';
import type { GuideStepAction } from '../events/sale-guide-step.js';

/** The choice lists the card offers, and who the user is (the owner of a new sale). */
export interface SalesLists {
  stages: Stage[];
  saleTypes: SaleType[];
  currencies?: string[];
  sources?: Ref[];
  competitors?: Ref[];
  credited?: Ref[];
  reasons?: { sold?: Ref[]; lost?: Ref[]; stalled?: Ref[] };
  /** The signed-in user: the owner a new sale starts with. */
  currentUser?: Ref;
}

/**
 * What kind of failure a source's rejection is, when it says so with a `code` (and, for
 * `refused`, the server's words as `detail`): `<sale-screen>` then says it in the page's language
 * instead of showing the error's `message` as it is. `conflict`: someone else changed the sale
 * (see `save`); `unreachable`: no answer came; `refused`: the server answered with an error;
 * `badAnswer`: the answer could not be read. Any other rejection shows its `message`.
 */
export const SOURCE_ERROR_CODES = ['conflict', 'unreachable', 'refused', 'badAnswer'] as const;
export type SourceErrorCode = (typeof SOURCE_ERROR_CODES)[number];

/** A step of the sales guide the user acted on. */
export interface GuideStepRequest {
  stageId: Id;
  stepId: Id;
  action: GuideStepAction;
}

export interface SalesSource {
  /** The choice lists and the current user. */
  lists(): Promise<SalesLists>;
  /** The selection's members, in order; summaries (`id`, `title`, `status`, …) are enough. */
  members(): Promise<Sale[]>;
  /** One whole sale. */
  sale(id: Id): Promise<Sale>;
  /**
   * Stores a draft (a new sale has no `id`) and returns the stored sale, with its `id`. A refusal
   * because someone else changed the sale may carry the stored version as `latest` on the error:
   * the screen shows it, and the card keeps the draft and names the fields that differ. A
   * rejection with `code: 'conflict'` (`SourceErrorCode`) gets the screen's own text for that.
   */
  save(draft: Sale, changes: FieldChanges<Sale>): Promise<Sale>;
  /** Deletes a sale. */
  remove(id: Id): Promise<void>;
  /** Marks a sale as a favourite, or not. */
  favourite(id: Id, value: boolean): Promise<void>;
  /** Finds records to link (company, contact, project, owner, …); passed straight to the card. */
  lookup?: Lookup;
  /** Acts on a step of the sales guide; returns the updated sale, or nothing (the screen reloads it). */
  guideStep?(saleId: Id, step: GuideStepRequest): Promise<Sale | void>;
}

/** The methods every source has; the screen checks for these before it uses a value as a source. */
export const SOURCE_METHODS = ['lists', 'members', 'sale', 'save', 'remove', 'favourite'] as const;
export type SourceMethod = (typeof SOURCE_METHODS)[number] | 'lookup' | 'guideStep';
