/**
 * The card's modal dialogs (unsaved changes before navigating, delete confirmation) as native
 * `<dialog>` elements opened with `showModal()`: the browser traps focus, makes the page inert and
 * closes on Escape. The card opens them and returns focus to the invoking button on close.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface DialogAction {
  label: string;
  /** `primary` for the main action, `danger` for a destructive one. */
  kind?: 'primary' | 'danger';
  disabled?: boolean;
  /** Focused when the dialog opens (the safe choice for destructive dialogs). */
  initialFocus?: boolean;
  run(): void;
}

export interface DialogContent {
  title: string;
  body: string;
  /** Shown under the body, for example why Save is not possible. */
  note?: string;
  actions: DialogAction[];
}

export function renderConfirmDialog(content: DialogContent, onClose: (event: Event) => void): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-body"
    @close=${onClose}
  >
    <h2 id="dialog-title">${content.title}</h2>
    <p id="dialog-body">${content.body}</p>
    ${content.note ? html`<p class="hint">${content.note}</p>` : nothing}
    <div class="dialog-actions">
      ${content.actions.map(
        (action) =>
          html`<button
            type="button"
            class="button ${action.kind ?? ''}"
            ?disabled=${!!action.disabled}
            ?data-initial-focus=${!!action.initialFocus}
            @click=${action.run}
          >
            ${action.label}
          </button>`,
      )}
    </div>
  </dialog>`;
}
