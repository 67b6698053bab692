/** The task menu (APG menu button): Skip completed sales, Print and Delete. */
import { html, nothing, type TemplateResult } from 'lit';
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
