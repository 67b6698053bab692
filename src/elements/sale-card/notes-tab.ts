/** The Notes tab: one free text; clearing it deletes the note. */
import { html, type TemplateResult } from 'lit';
import type { CardContext } from './card-context.js';
import { textOf } from './field-controls.js';

export function renderNotesTab(context: CardContext): TemplateResult {
  const notes = context.sale.notes;
  if (context.editing) {
    return html`<div class="field wide">
      <label for="f-notes">${context.t('field.notes')}</label>
      <textarea
        id="f-notes"
        rows="8"
        .value=${notes ?? ''}
        @input=${(event: Event) => context.edit({ notes: textOf(event) })}
      ></textarea>
    </div>`;
  }
  return notes?.trim()
    ? html`<p class="notes">${notes}</p>`
    : html`<p class="empty">${context.t('empty.notes')}</p>`;
}
