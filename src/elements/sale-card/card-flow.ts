/**
 * Where the card is in its one multi-step flow: nothing going on, a question in a modal dialog, or
 * a save waiting for the host's answer. One value instead of a set of flags that must agree.
 *
 * Each step hands its outcome on as a callback, so a caller can wait for it: navigation passes
 * "emit sale-navigate if the user may leave", and a promise's `resolve` fits the same place.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RequiredSaleField } from '../../model/validation.js';
import { deleteDialog, unsavedChangesDialog, type UnsavedChoice } from './card-dialogs.js';
import type { CardContext } from './card-context.js';
import { renderConfirmDialog } from './confirm-dialog.js';

/** A question the card asks in a modal dialog. */
export type CardQuestion = 'unsaved' | 'delete';

export type CardFlow =
  | {
      readonly kind: 'idle';
      /** Runs once the next render is on the page: focus a control it adds, go on after a save. */
      readonly then?: () => void;
    }
  | {
      readonly kind: 'confirming';
      readonly question: CardQuestion;
      /** The control that opened the dialog; focus goes back to it when the dialog closes. */
      readonly invoker?: HTMLElement;
      /**
       * The answer: for `delete`, whether to delete; for `unsaved`, whether the user may leave
       * (Discard, or Save once the host took it) or stays (Cancel, Escape, a refused save).
       */
      readonly resolve: (yes: boolean) => void;
    }
  | {
      readonly kind: 'saving';
      /** Told whether the host took the save (it set the saved sale) or refused it (`error`). */
      readonly then?: (saved: boolean) => void;
    };

/** The flow while a dialog asks its question. */
export type Confirming = Extract<CardFlow, { kind: 'confirming' }>;

const IDLE: CardFlow = { kind: 'idle' };

type FlowHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** What the flow needs of the card's draft. */
export interface DraftActions {
  /** Whether there are unsaved changes. */
  dirty(): boolean;
  /** Drops the draft and leaves edit mode. */
  discard(): void;
  /** Saves the draft; `then` learns whether the host took it. */
  save(then: (saved: boolean) => void): void;
}

/** Holds the card's flow, moves it on, and after each render opens the dialog and runs what waits. */
export class CardFlowController implements ReactiveController {
  /** Where the flow is; read it, move it with the methods below. */
  state: CardFlow = IDLE;
  readonly #host: FlowHost;
  readonly #draft: DraftActions;

  constructor(host: FlowHost, draft: DraftActions) {
    this.#host = host;
    this.#draft = draft;
    host.addController(this);
  }

  get saving(): boolean {
    return this.state.kind === 'saving';
  }

  /** Asks `question` in a modal dialog; `resolve` gets the answer. A question still open is answered "no". */
  ask(question: CardQuestion, invoker: HTMLElement | undefined, resolve: (yes: boolean) => void): void {
    const earlier = this.state;
    this.#enter({ kind: 'confirming', question, invoker, resolve });
    if (earlier.kind === 'confirming') earlier.resolve(false);
  }

  /**
   * Asks before unsaved changes are left behind (Save, Discard or Cancel); `then` learns whether
   * the user may leave. Without unsaved changes the answer is yes, at once.
   */
  confirmLeaving(invoker: HTMLElement | undefined, then: (leave: boolean) => void): void {
    const flow = this.state;
    // A save on its way answers for it: the user may leave once the host took it.
    if (flow.kind === 'saving') return this.startSaving(both(flow.then, then));
    if (this.#draft.dirty()) return this.ask('unsaved', invoker, then);
    this.#draft.discard();
    then(true);
  }

  /**
   * Whether the user may leave the sale: true at once without unsaved changes (edit mode stays),
   * else the answer to the unsaved-changes dialog. Focus goes back to what had it in `root`.
   */
  mayLeave(root: DocumentOrShadowRoot | null): Promise<boolean> {
    if (!this.#draft.dirty()) return Promise.resolve(true);
    const focused = root?.activeElement;
    const invoker = focused instanceof HTMLElement ? focused : undefined;
    return new Promise((resolve) => this.confirmLeaving(invoker, resolve));
  }

  /** The dialog asking the current question, if there is one. */
  renderDialog(
    t: CardContext['t'],
    missing: readonly RequiredSaleField[],
    title: string,
  ): TemplateResult | typeof nothing {
    const flow = this.state;
    if (flow.kind !== 'confirming') return nothing;
    const content =
      flow.question === 'delete'
        ? deleteDialog(t, title, (confirmed) => this.#closeDialog()?.resolve(confirmed))
        : unsavedChangesDialog(t, missing, this.#answerUnsaved);
    return renderConfirmDialog(content, this.#onDialogClose);
  }

  /** Closes the dialog at once (its close event comes a task later), gives focus back, and returns what it asked. */
  #closeDialog(): Confirming | undefined {
    const flow = this.state;
    if (flow.kind !== 'confirming') return undefined;
    this.#host.renderRoot.querySelector('dialog')?.close();
    this.#enter(IDLE);
    if (flow.invoker?.isConnected) flow.invoker.focus();
    return flow;
  }

  /** Waits for the host's answer to a save; `then` learns it. */
  startSaving(then?: (saved: boolean) => void): void {
    this.#enter({ kind: 'saving', then });
  }

  /**
   * The wait for a save is over: once the next render is on the page, whoever waited learns
   * whether it was `saved`, or else `otherwise` runs. Returns whether a save was waited for.
   */
  settleSave(saved: boolean, otherwise?: () => void): boolean {
    const flow = this.state;
    if (flow.kind !== 'saving') return false;
    this.#enter({ kind: 'idle', then: flow.then ? () => flow.then!(saved) : otherwise });
    return true;
  }

  /** Runs `then` once the next render is on the page, after anything already waiting for it. */
  afterRender(then: () => void): void {
    const flow = this.state;
    this.#enter({ kind: 'idle', then: both(flow.kind === 'idle' ? flow.then : undefined, then) });
  }

  hostUpdated(): void {
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    const flow = this.state;
    if (flow.kind === 'idle' && flow.then) {
      // Cleared without asking for an update: nothing the card shows depends on it.
      this.state = IDLE;
      flow.then();
    }
  }

  /**
   * Escape, or the dialog closing any other way, answers "no", like Cancel. The close event of an
   * answered question comes a task later: if a new question has opened the dialog again by then,
   * or a new dialog has replaced it, the event is stale and must not answer it.
   */
  readonly #onDialogClose = (event: Event): void => {
    const dialog = event.target as HTMLDialogElement;
    if (dialog.open || dialog !== this.#host.renderRoot.querySelector('dialog')) return;
    this.#closeDialog()?.resolve(false);
  };

  readonly #answerUnsaved = (choice: UnsavedChoice): void => {
    const question = this.#closeDialog();
    if (!question) return;
    if (choice === 'save') return this.#draft.save(question.resolve);
    if (choice === 'discard') this.#draft.discard();
    question.resolve(choice === 'discard');
  };

  #enter(flow: CardFlow): void {
    this.state = flow;
    this.#host.requestUpdate();
  }
}

/** `first` then `second`, with the same argument; just `second` without a `first`. */
function both<A extends unknown[]>(first: ((...args: A) => void) | undefined, second: (...args: A) => void) {
  if (!first) return second;
  return (...args: A): void => {
    first(...args);
    second(...args);
  };
}
