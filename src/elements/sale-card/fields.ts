/**
 * The fields of a tab: a label with its value in view mode. Edit mode's labelled controls load on
 * demand (edit-loader.ts): the card's updates wait for them while it edits, so a page that only
 * shows sales never downloads them before its first render.
 */
import { html, type TemplateResult } from 'lit';
import { PLACEHOLDER } from '../../model/format.js';
import type { CardContext } from './card-context.js';
import { editForms, type EditForm } from './edit-loader.js';

/** One field of a tab. Without `control` it stays read-only in edit mode. */
export interface Field {
  id: string;
  label: string;
  /** What view mode shows (and edit mode, when there is no control). */
  value: unknown;
  /** The edit control; the Sale and More tabs' come from their edit forms (edit-forms.ts) instead. */
  control?: () => TemplateResult;
  /** Spans the whole row (description, notes). */
  wide?: boolean;
  /** A checkbox: the label follows the control. */
  checkbox?: boolean;
  /** Error text under the control; also sets `aria-invalid` through the control. */
  error?: string;
  /** A hint under the control or the value. */
  hint?: string;
}

/** A value as view mode shows it: the placeholder when there is none. */
export const shown = (value: unknown): unknown =>
  value === undefined || value === null || value === '' ? PLACEHOLDER : value;

function renderViewFields(fields: readonly Field[]): TemplateResult {
  return html`<dl class="fields">
    ${fields.map(
      (field) =>
        html`<div class=${field.wide ? 'field wide' : 'field'}>
          <dt>${field.label}</dt>
          <dd>${shown(field.value)}</dd>
        </div>`,
    )}
  </dl>`;
}

/**
 * The fields as a description list (view mode) or as labelled controls (edit mode), with the
 * controls of `form` when given. Edit mode without its code (the load failed) shows the fields
 * as they are, the draft's values, under a message: selecting a tab again tries again.
 */
export function renderFields(
  context: CardContext,
  fields: readonly Field[],
  form?: EditForm,
): TemplateResult {
  if (!context.editing) return renderViewFields(fields);
  const forms = editForms();
  if (forms) return forms.renderEditFields(context, fields, form);
  return html`<p class="empty" role="status">${context.t('edit.loadFailed')}</p>
    ${renderViewFields(fields)}`;
}

/** "Yes" / "No" for a flag in view mode. */
export function yesNo(context: CardContext, value: boolean | undefined): string {
  return context.t(value ? 'value.yes' : 'value.no');
}
