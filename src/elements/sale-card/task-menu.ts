/** The task menu (APG menu button): Skip completed sales, Print and Delete. */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { MenuController } from '../../controllers/menu-controller.js';
import { renderIcon } from '../../icons/icon.js';
import { dotsThreeVerticalBoldIcon, printerIcon, trashIcon } from '../../icons/phosphor.js';
import type { CardContext } from './card-context.js';

export const TASKS = ['skip-completed', 'print', 'delete'] as const;
export type Task = (typeof TASKS)[number];

export interface TaskMenuState {
  open: boolean;
  skipCompleted: boolean;
  canDelete: boolean;
}

export function renderTaskMenu(context: Pick<CardContext, 't'>, state: TaskMenuState): TemplateResult {
  const check = state.skipCompleted ? '✓' : '';
  return html`<div class="menu-anchor">
    <button
      type="button"
      id="tasks-button"
      part="button tasks-button"
      class="icon-button"
      aria-haspopup="menu"
      aria-expanded=${state.open ? 'true' : 'false'}
      aria-controls="tasks-menu"
    >
      ${renderIcon(dotsThreeVerticalBoldIcon())}<span class="visually-hidden"
        >${context.t('action.tasks')}</span
      >
    </button>
    <div role="menu" id="tasks-menu" part="menu" aria-labelledby="tasks-button" ?hidden=${!state.open}>
      <div
        role="menuitemcheckbox"
        tabindex="-1"
        data-task="skip-completed"
        aria-checked=${state.skipCompleted ? 'true' : 'false'}
      >
        <span class="check" aria-hidden="true">${check}</span>${context.t('action.skipCompleted')}
      </div>
      <div role="menuitem" tabindex="-1" data-task="print">
        <span class="check" aria-hidden="true">${renderIcon(printerIcon())}</span>${context.t('action.print')}
      </div>
      ${
        state.canDelete
          ? html`<div role="menuitem" tabindex="-1" data-task="delete" class="danger">
              <span class="check" aria-hidden="true">${renderIcon(trashIcon())}</span
              >${context.t('action.delete')}
            </div>`
          : nothing
      }
    </div>
  </div>`;
}

/** What the tasks do in the card. */
export interface TaskActions {
  toggleSkipCompleted(): void;
  /** Announces the print; false when the host prevented it (it prints by itself). */
  announcePrint(): boolean;
  /** Asks whether to delete, in a dialog opened from `invoker`. */
  askDelete(invoker: HTMLElement | undefined): void;
}

type TaskHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/** The task menu's behaviour: the menu button, and each task run; Print shows the print view while printing. */
export class CardTasks implements ReactiveController {
  /** Whether the print view is shown (while the browser prints). */
  printing = false;
  readonly #host: TaskHost;
  readonly #actions: TaskActions;
  readonly #menu: MenuController;

  constructor(host: TaskHost, actions: TaskActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
    this.#menu = new MenuController(host, {
      button: () => this.#button(),
      menu: () => host.renderRoot.querySelector<HTMLElement>('#tasks-menu'),
      onSelect: (item) => this.#run(item.dataset['task'] as Task),
    });
  }

  /** Whether the menu is open. */
  get open(): boolean {
    return this.#menu.open;
  }

  hostConnected(): void {}

  #button(): HTMLElement | undefined {
    return this.#host.renderRoot.querySelector<HTMLElement>('#tasks-button') ?? undefined;
  }

  #run(task: Task): void {
    if (task === 'skip-completed') this.#actions.toggleSkipCompleted();
    else if (task === 'print') void this.#print();
    else this.#actions.askDelete(this.#button());
  }

  async #print(): Promise<void> {
    if (!this.#actions.announcePrint()) return;
    this.#showPrintView(true);
    await this.#host.updateComplete;
    try {
      window.print();
    } finally {
      this.#showPrintView(false);
    }
  }

  #showPrintView(shown: boolean): void {
    this.printing = shown;
    this.#host.requestUpdate();
  }
}
