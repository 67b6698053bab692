/** The card's header: status, title, the favourite star, Edit and the task menu. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderIcon } from '../../icons/icon.js';
import { pencilSimpleIcon, starFillIcon, starIcon } from '../../icons/phosphor.js';
import type { Sale } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { renderTaskMenu, type TaskMenuState } from './task-menu.js';

export interface CardHeader {
  sale: Sale;
  favourite: boolean;
  /** Whether Edit shows (not while editing, never when read-only). */
  canEdit: boolean;
  menu: TaskMenuState;
  toggleFavourite(): void;
  startEditing(): void;
}

export function renderHeader(t: CardContext['t'], header: CardHeader): TemplateResult {
  const { sale, favourite } = header;
  return html`<header part="header">
    <sale-status-icon .status=${sale.status}></sale-status-icon>
    <h2 id="heading" part="title">${sale.title.trim() ? sale.title : t('card.untitled')}</h2>
    <div class="actions" role="group" aria-label=${t('action.tasks')}>
      <button
        type="button"
        part="button"
        class="icon-button favourite"
        aria-pressed=${favourite ? 'true' : 'false'}
        @click=${header.toggleFavourite}
      >
        ${renderIcon(favourite ? starFillIcon() : starIcon())}<span class="visually-hidden"
          >${t('action.favourite')}</span
        >
      </button>
      ${
        header.canEdit
          ? html`<button
              type="button"
              id="edit-button"
              part="button"
              class="icon-button"
              @click=${header.startEditing}
            >
              ${renderIcon(pencilSimpleIcon())}<span class="visually-hidden">${t('action.edit')}</span>
            </button>`
          : nothing
      }
      ${renderTaskMenu({ t }, header.menu)}
    </div>
  </header>`;
}
