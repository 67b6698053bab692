/** The card's header (status, title, the favourite star, Edit and the task menu) and the notices under it. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderIcon } from '../../icons/icon.js';
import { pencilSimpleIcon, starFillIcon, starIcon } from '../../icons/phosphor.js';
import type { Sale } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { FIELD_LABELS } from './sale-card.messages.js';
import { renderTaskMenu, type TaskMenuState } from './task-menu.js';

export interface CardHeader {
  sale: Sale;
  favourite: boolean;
  /** Edit as a button; a space of its size while editing, so the star and the menu do not move; none when read-only. */
  edit: 'button' | 'space' | 'none';
  /** Whether the header's controls are out of reach (while loading). */
  inert: boolean;
  menu: TaskMenuState;
  toggleFavourite(): void;
  startEditing(): void;
}

export function renderHeader(t: CardContext['t'], header: CardHeader): TemplateResult {
  const { sale, favourite } = header;
  return html`<header part="header" ?inert=${header.inert}>
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
        header.edit === 'button'
          ? html`<button
              type="button"
              id="edit-button"
              part="button"
              class="icon-button"
              @click=${header.startEditing}
            >
              ${renderIcon(pencilSimpleIcon())}<span class="visually-hidden">${t('action.edit')}</span>
            </button>`
          : header.edit === 'space'
            ? html`<span class="action-space"></span>`
            : nothing
      }
      ${renderTaskMenu({ t }, header.menu)}
    </div>
  </header>`;
}

export interface CardNotices {
  /** The host's error message; `''` for none. */
  error: string;
  /** Fields the user changed that the host changed too while the user was editing. */
  conflicts: readonly (keyof Sale)[];
  useTheirs(): void;
}

/** The host's error (an alert), and a conflict notice (a status) followed by "Use their version". */
export function renderNotices(t: CardContext['t'], notices: CardNotices): TemplateResult {
  const fields = notices.conflicts.map((field) => t(FIELD_LABELS[field] ?? 'field.title'));
  const notice = fields.length ? t('conflict', { fields: fields.join(', ') }) : '';
  return html`<p part="error" role="alert">${notices.error}</p>
    <p part="notice" role="status">${notice}</p>
    ${
      notice
        ? html`<button type="button" part="button" class="button use-theirs" @click=${notices.useTheirs}>
            ${t('action.useTheirs')}
          </button>`
        : nothing
    }`;
}
