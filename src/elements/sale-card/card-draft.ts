/**
 * The card's draft of one sale: the general draft bookkeeping (DraftController) with what the card
 * adds for a sale. Stage and sale type choices follow the model's rules, including the sale date
 * that closing replaced and a new sale's suggested date; the Add-link form lives as long as the
 * draft; a draft the host replaces without asking is handed back for `sale-draft-discard`; and
 * unsaved changes ask before the page unloads.
 */
import type { ReactiveControllerHost } from 'lit';
import { DraftController } from '../../controllers/draft-controller.js';
import type { SaleDraftDiscardDetail } from '../../events/sale-draft-discard.js';
import { chooseStageKeepingDate, type ClosingDate } from '../../model/closing-date.js';
import { applyChanges } from '../../model/draft.js';
import {
  chooseSaleTypeWithDefaults,
  withNewSaleDefaults,
  type NewSaleContext,
} from '../../model/new-sale.js';
import type { Sale, SaleType, Stage } from '../../model/types.js';
import { missingRequiredFields } from '../../model/validation.js';
import type { CardContext, LinkForm } from './card-context.js';
import { EMPTY_SALE } from './card-properties.js';
import { UnloadGuard } from './unload-guard.js';

const EMPTY_LINK_FORM: LinkForm = { kind: 'url', target: '', title: '', incomplete: false };

export class SaleDraftController extends DraftController<Sale> {
  /** The Links tab's Add form while the user fills it in; emptied with the draft. */
  linkForm: LinkForm = EMPTY_LINK_FORM;
  /** The sale date that Sold or Lost replaced, given back when the sale opens again. */
  #closing?: ClosingDate;
  /** What a new sale starts with: the current user as owner, and the stages. */
  #defaults: NewSaleContext = { stages: [] };
  /** Told after each change the user makes. */
  readonly #edited: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, edited: () => void) {
    super(host, EMPTY_SALE, { sameRecord: (a, b) => String(a.id) === String(b.id) });
    this.#edited = edited;
    // Unsaved changes also ask before the page unloads.
    new UnloadGuard(host, () => this.dirty);
  }

  /**
   * Takes what a new sale starts with; a new sale shown now gets what it lacks, as the host's
   * version (the defaults are where the user starts, not changes the user made).
   */
  useDefaults(defaults: NewSaleContext): void {
    this.#defaults = defaults;
    this.receive(this.base);
  }

  override receive(version: Sale): boolean {
    return super.receive(withNewSaleDefaults(version, this.#defaults));
  }

  /** The conflict notice's "Use their version"; a change the user makes. */
  override acceptTheirs(): void {
    super.acceptTheirs();
    this.#edited();
  }

  /** The user changed fields; a field set to undefined is removed (absent from the saved sale). */
  editFields(patch: Partial<Sale>): void {
    this.change(applyChanges(this.draft, patch));
  }

  /** The user made a change that replaces the whole draft. */
  change(next: Sale): void {
    this.set(next);
    this.#edited();
  }

  /** The user picked from the Stage list (see `chooseStageKeepingDate`). */
  pickStage(choice: string, options: readonly Stage[], today: string): void {
    const picked = chooseStageKeepingDate(this.draft, choice, options, today, this.#closing);
    this.#closing = picked.remembered;
    this.change(picked.sale);
  }

  /** The user picked a sale type (see `chooseSaleTypeWithDefaults`). */
  pickSaleType(saleType: SaleType | undefined, stages: readonly Stage[], today: string): void {
    this.change(chooseSaleTypeWithDefaults(this.draft, saleType, stages, today));
  }

  updateLinkForm(patch: Partial<LinkForm>): void {
    this.linkForm = { ...this.linkForm, ...patch };
    this.host.requestUpdate();
  }

  /** What the tabs need of the draft: the sale shown, the mode, and the user's edits. */
  contextPart(
    today: string,
    stages: readonly Stage[],
  ): Pick<
    CardContext,
    | 'sale'
    | 'editing'
    | 'missing'
    | 'linkForm'
    | 'edit'
    | 'replace'
    | 'pickStage'
    | 'pickSaleType'
    | 'updateLinkForm'
  > {
    const sale = this.draft;
    return {
      sale,
      editing: this.editing,
      missing: this.editing ? missingRequiredFields(sale) : [],
      linkForm: this.linkForm,
      edit: (patch) => this.editFields(patch),
      replace: (next) => this.change(next),
      pickStage: (choice, options) => this.pickStage(choice, options, today),
      pickSaleType: (saleType) => this.pickSaleType(saleType, stages, today),
      updateLinkForm: (patch) => this.updateLinkForm(patch),
    };
  }

  /** The unsaved draft that showing `next` (undefined: no sale) would drop, if any. */
  lostTo(next: Sale | undefined): SaleDraftDiscardDetail | undefined {
    if (!this.dirty || (next && String(next.id) === String(this.base.id))) return undefined;
    return { sale: this.draft, changes: this.changes };
  }

  override reset(version: Sale): void {
    this.linkForm = EMPTY_LINK_FORM;
    this.#closing = undefined;
    super.reset(withNewSaleDefaults(version, this.#defaults));
  }
}
