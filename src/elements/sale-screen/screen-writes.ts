/**
 * Everything `<sale-screen>` writes through its source, answering the card and the sales guide:
 * save (with a stage picked in the guide meanwhile), favourite (optimistic, rolled back when
 * refused), delete (then the next shown member), a stage picked in the guide, and a guide step.
 * It also decides which version of the sale the card gets: none while the card waits for the
 * answer to its save, since any new `sale` would read as that answer.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SaleDeleteEvent } from '../../events/sale-delete.js';
import type { SaleFavouriteChangeEvent } from '../../events/sale-favourite-change.js';
import type { SaleGuideStepEvent } from '../../events/sale-guide-step.js';
import type { SaleSaveEvent } from '../../events/sale-save.js';
import type { SaleStageChangeEvent } from '../../events/sale-stage-change.js';
import { sameId } from '../../model/members.js';
import { isRecord, readField } from '../../model/normalize-fields.js';
import { isNewSale } from '../../model/normalize.js';
import {
  stageChangeFor,
  withMemberField,
  withoutMember,
  withSavedMember,
} from '../../model/sale-screen-rules.js';
import type { WalkStep } from '../../model/selection-walk.js';
import type { Id, Sale } from '../../model/types.js';
import type { SalesLists, SalesSource } from '../../source/sales-source.js';
import type { SaleCard } from '../sale-card/sale-card.js';
import type { SaleScreenMessageKey } from './sale-screen.messages.js';
import { ask, readSale, reasonText } from './screen-inputs.js';
import type { PendingStage, ScreenNotice } from './screen-state.js';

/** What the writes need of the screen. */
export interface ScreenWriteHost {
  source(): SalesSource | undefined;
  readonly(): boolean;
  card(): SaleCard | null;
  shown(): Sale | undefined;
  lists(): SalesLists;
  members(): readonly unknown[];
  step(id: Id): WalkStep;
  t(key: SaleScreenMessageKey, params?: Record<string, string | number>): string;
  setMembers(members: readonly unknown[]): void;
  show(sale: Sale): void;
  load(id: Id): Promise<void>;
  showNone(): void;
  notify(notice: ScreenNotice | undefined): void;
  keepFocus(hadFocus: boolean): Promise<void>;
}

/** The sale with its guide copied, so the guide card draws its checkboxes again from the data. */
const withFreshGuide = (sale: Sale): Sale => {
  const { saleType } = sale;
  if (!saleType?.guide) return { ...sale };
  return { ...sale, saleType: { ...saleType, guide: { ...saleType.guide } } };
};

export class ScreenWrites implements ReactiveController {
  /** The answer to a refused save, for the card's `error` (a new Error each time, so it always changes). */
  saveError?: Error;
  #saving = false;
  #pending?: PendingStage;
  #pendingNotice?: ScreenNotice;
  #shownId?: Id;
  #watched?: SaleCard;
  #overlay: { shown?: Sale; pending?: PendingStage; sale?: Sale } = {};
  #frozen?: Sale | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly screen: ScreenWriteHost,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const card = this.screen.card();
    if (!card || card === this.#watched) return;
    this.#watched = card;
    // The user left edit mode without saving (Cancel, Discard): a stage picked meanwhile goes too.
    card.addController({
      hostUpdated: () => {
        if (this.#pending && !this.#saving && !card.editing) this.#dropPending();
      },
    });
  }

  /** The screen shows `shown` now: a refused save and a waiting stage belong to the sale before. */
  showing(shown: Sale | undefined): void {
    const id = shown && !isNewSale(shown) ? shown.id : undefined;
    if (shown === undefined || !sameId(id, this.#shownId)) {
      this.saveError = undefined;
      if (this.#pending) this.#dropPending();
    }
    this.#shownId = id;
  }

  /** The sale for the card: `shown` with a stage waiting for the save; unchanged while a save is on its way. */
  cardSale(shown: Sale | undefined): Sale | null {
    return this.#saving ? (this.#frozen ?? null) : this.sectionsSale(shown);
  }

  /** `shown` with a stage waiting for the save, the same object while neither changes. */
  sectionsSale(shown: Sale | undefined): Sale | null {
    const pending =
      this.#pending && shown && sameId(this.#pending.saleId, shown.id) ? this.#pending : undefined;
    if (shown !== this.#overlay.shown || pending !== this.#overlay.pending) {
      this.#overlay = { shown, pending, sale: shown && pending ? { ...shown, ...pending.change } : shown };
    }
    return this.#overlay.sale ?? null;
  }

  readonly onSave = (event: SaleSaveEvent): void => {
    const { screen } = this;
    const source = screen.source();
    const { sale: draft, changes } = event.detail;
    const pending = this.#pending;
    const sale = pending ? { ...draft, ...pending.change } : draft;
    const allChanges = pending ? { ...changes, ...pending.change } : changes;
    const hadFocus = this.host.matches(':focus-within');
    this.#frozen = this.cardSale(screen.shown());
    this.#saving = true;
    ask(() => source!.save(sale, allChanges)).then(
      (value) => {
        this.#saving = false;
        const { sale: saved } = readSale(value);
        if (pending) this.#dropPending();
        this.saveError = undefined;
        if (!isNewSale(saved)) screen.setMembers(withSavedMember(screen.members(), saved));
        screen.show(saved);
        void screen.keepFocus(hadFocus);
      },
      (reason: unknown) => {
        this.#saving = false;
        this.saveError = new Error(reasonText(reason, screen.t) ?? screen.t('screen.saveFailed'));
        this.host.requestUpdate();
        // A refusal may carry the stored sale (a conflict). Once the card has the error (before
        // it, a new sale would read as the save's answer), the stored sale meets the card's draft:
        // the card keeps the draft, names the fields someone else changed and offers their version.
        const latest = isRecord(reason) ? readField(reason, 'latest') : undefined;
        if (isRecord(latest)) void this.#showStored(readSale(latest).sale);
      },
    );
  };

  async #showStored(stored: Sale): Promise<void> {
    await this.host.updateComplete;
    const { screen } = this;
    const shown = screen.shown();
    if (this.#saving || !shown || isNewSale(shown) || !sameId(stored.id, shown.id)) return;
    screen.setMembers(withSavedMember(screen.members(), stored));
    screen.show(stored);
  }

  readonly onFavourite = (event: SaleFavouriteChangeEvent): void => {
    const { screen } = this;
    const source = screen.source();
    const shown = screen.shown();
    if (!source || !shown || isNewSale(shown)) return;
    const { id } = shown;
    const value = event.detail.value === true;
    ask(() => source.favourite(id, value)).then(
      () => {
        screen.setMembers(withMemberField(screen.members(), id, { favourite: value }));
        this.#whileShown(id, (current) => screen.show({ ...current, favourite: value }));
      },
      (reason: unknown) => {
        screen.notify({
          tone: 'alert',
          message: screen.t('screen.favouriteFailed', { message: this.#reason(reason) }),
        });
        // A new object with the stored flag: the card drops the star it showed optimistically.
        this.#whileShown(id, (current) => screen.show({ ...current }));
      },
    );
  };

  readonly onDelete = (event: SaleDeleteEvent): void => {
    const { screen } = this;
    const source = screen.source();
    const { id } = event.detail.sale;
    if (!source || isNewSale({ id })) return;
    const step = screen.step(id);
    const next = step.next ?? step.previous;
    const hadFocus = this.host.matches(':focus-within');
    ask(() => source.remove(id)).then(
      async () => {
        screen.setMembers(withoutMember(screen.members(), id));
        if (next !== undefined) await screen.load(next);
        else screen.showNone();
        await screen.keepFocus(hadFocus);
      },
      (reason: unknown) =>
        screen.notify({
          tone: 'alert',
          message: screen.t('screen.deleteFailed', { message: this.#reason(reason) }),
        }),
    );
  };

  /** A stage picked in the guide: saved with its probability at once, or with the card's unsaved changes. */
  readonly onStageChange = (event: SaleStageChangeEvent): void => {
    const { screen } = this;
    const source = screen.source();
    const shown = screen.shown();
    if (!source || !shown || screen.readonly() || this.#saving) return;
    const change = stageChangeFor(
      shown.saleType?.guide,
      screen.lists().stages,
      event.detail.stageId,
      shown.probability,
    );
    if (!change) return;
    if (isNewSale(shown) || screen.card()?.dirty) {
      this.#pending = { saleId: shown.id, change };
      this.#pendingNotice = {
        tone: 'info',
        message: screen.t('screen.stagePending', { stage: change.stage.name }),
      };
      screen.notify(this.#pendingNotice);
      return;
    }
    const moved = { ...shown, ...change };
    screen.show(moved);
    ask(() => source.save(moved, change)).then(
      (value) => {
        const { sale } = readSale(value);
        screen.setMembers(withSavedMember(screen.members(), sale));
        this.#whileShown(sale.id, () => screen.show(sale));
      },
      (reason: unknown) => {
        screen.notify({
          tone: 'alert',
          message: screen.t('screen.guideFailed', { message: this.#reason(reason) }),
        });
        this.#whileShown(shown.id, () => screen.show(withFreshGuide(shown)));
      },
    );
  };

  /** A step ticked (or created) in the guide: the source acts on it, and the screen shows the result. */
  readonly onGuideStep = (event: SaleGuideStepEvent): void => {
    const { screen } = this;
    const source = screen.source();
    const shown = screen.shown();
    if (!source || typeof source.guideStep !== 'function' || !shown || isNewSale(shown) || screen.readonly())
      return;
    const { id } = shown;
    const { stageId, stepId, action } = event.detail;
    ask(() => source.guideStep!(id, { stageId, stepId, action }))
      // A source that answers with nothing is asked for the sale as it is now.
      .then((value) => (isRecord(value) ? value : ask(() => source.sale(id))))
      .then(
        (value) => {
          const { sale } = readSale(value);
          screen.setMembers(withSavedMember(screen.members(), sale));
          this.#whileShown(id, () => screen.show(sale));
        },
        (reason: unknown) => {
          screen.notify({
            tone: 'alert',
            message: screen.t('screen.guideFailed', { message: this.#reason(reason) }),
          });
          this.#whileShown(id, (current) => screen.show(withFreshGuide(current)));
        },
      );
  };

  /** Runs `then` with the shown sale if it is still the sale `id` (the user may have moved on). */
  #whileShown(id: Id, then: (shown: Sale) => void): void {
    const shown = this.screen.shown();
    if (shown && !isNewSale(shown) && sameId(shown.id, id)) then(shown);
  }

  #dropPending(): void {
    this.#pending = undefined;
    if (this.#pendingNotice) this.screen.notify(undefined);
    this.#pendingNotice = undefined;
    this.host.requestUpdate();
  }

  #reason(reason: unknown): string {
    return reasonText(reason, this.screen.t) ?? this.screen.t('screen.unknownError');
  }
}
