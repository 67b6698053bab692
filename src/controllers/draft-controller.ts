/**
 * Edit state of one record (a sale) for an element: the version the host set (`base`), the user's
 * `draft`, whether the element is editing, the changed fields, and conflicts with host updates.
 * The draft survives re-renders and the host setting the same record again: the user's changes
 * are laid over the newer version, and fields changed on both sides are reported as conflicts
 * instead of being overwritten.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyChanges, conflictingFields, diffFields, type FieldChanges } from '../model/draft.js';

export interface DraftControllerOptions<T> {
  /** Whether two versions are the same record (same id); a different record replaces the draft. */
  sameRecord(a: T, b: T): boolean;
}

export class DraftController<T extends object> implements ReactiveController {
  readonly host: ReactiveControllerHost;
  /** The version the host set last; what the changes are measured against. */
  base: T;
  /** The record as the user is editing it; equal to `base` when not editing. */
  draft: T;
  /** Whether the user is editing. */
  editing = false;
  /** Fields the user changed that a newer host version also changed, until the user saves or discards. */
  conflicts: (keyof T)[] = [];

  private readonly options: DraftControllerOptions<T>;

  constructor(host: ReactiveControllerHost, initial: T, options: DraftControllerOptions<T>) {
    this.host = host;
    this.base = initial;
    this.draft = initial;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The fields the user changed, by name (`null` for cleared); `{}` when none. */
  get changes(): FieldChanges<T> {
    return this.editing ? diffFields(this.base, this.draft) : {};
  }

  /** Whether the draft differs from `base`. */
  get dirty(): boolean {
    return this.editing && Object.keys(this.changes).length > 0;
  }

  /** Enters edit mode with a draft equal to the current version. */
  edit(): void {
    if (this.editing) return;
    this.editing = true;
    this.draft = this.base;
    this.host.requestUpdate();
  }

  /** Replaces fields of the draft, as the user edits. */
  update(patch: Partial<T>): void {
    this.set({ ...this.draft, ...patch });
  }

  /** Replaces the whole draft (for edits that add and remove fields, such as a status change). */
  set(draft: T): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  /** Takes the host's version of every conflicting field into the draft, and clears the conflicts. */
  acceptTheirs(): void {
    if (this.conflicts.length === 0) return;
    const draft = { ...this.draft };
    for (const field of this.conflicts) {
      if (field in this.base) draft[field] = this.base[field];
      else delete draft[field];
    }
    this.conflicts = [];
    this.set(draft);
  }

  /** Drops the draft and leaves edit mode. */
  discard(): void {
    this.reset(this.base);
  }

  /** Takes `version` as the saved state: no draft, no conflicts, not editing. */
  reset(version: T): void {
    this.base = version;
    this.draft = version;
    this.editing = false;
    this.conflicts = [];
    this.host.requestUpdate();
  }

  /**
   * The host set a (possibly) newer version. While editing the same record the user's changes are
   * kept on top of it, and fields the host changed as well become conflicts; otherwise it replaces
   * the draft. Returns whether the draft was kept.
   */
  receive(version: T): boolean {
    if (!this.editing || !this.options.sameRecord(this.base, version)) {
      this.reset(version);
      return false;
    }
    const changes = diffFields(this.base, this.draft);
    const found = conflictingFields(this.base, version, changes);
    const stillDiffer = this.conflicts.filter((field) => field in changes);
    this.conflicts = [...new Set([...stillDiffer, ...found])];
    this.base = version;
    this.draft = applyChanges(version, changes);
    this.host.requestUpdate();
    return true;
  }
}
