/** The More tab: the sale's user-defined fields, each shown by its type. Also renders pinned ones. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../../model/format.js';
import type { UserField } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { renderFields, yesNo, type Field } from './fields.js';

/** Longer text than the database's short text (39) is edited in a text area. */
const SHORT_TEXT_LIMIT = 39;

export function isLongText(field: UserField): boolean {
  return (
    typeof field.value === 'string' && (field.value.length > SHORT_TEXT_LIMIT || field.value.includes('\n'))
  );
}

function viewValue(context: CardContext, field: UserField): unknown {
  const { value } = field;
  switch (field.type) {
    case 'checkbox':
      return yesNo(context, value === true);
    case 'number':
      return formatNumber(typeof value === 'number' ? value : undefined, context.locale, 6);
    case 'date':
      return formatDate(typeof value === 'string' ? value : undefined, context.locale);
    default:
      return value === null ? undefined : String(value);
  }
}

/** Fields for the given user-defined fields, with ids `idPrefix-0`, `idPrefix-1`, ... (their controls: more-tab.edit.ts). */
export function userFieldFields(
  context: CardContext,
  fields: readonly UserField[],
  idPrefix: string,
): Field[] {
  return fields.map((field, index) => ({
    id: `${idPrefix}-${index}`,
    label: field.label,
    value: viewValue(context, field),
    checkbox: field.type === 'checkbox',
    wide: field.type === 'text' && isLongText(field),
  }));
}

export function renderMoreTab(context: CardContext): TemplateResult {
  const fields = context.sale.userFields ?? [];
  if (fields.length === 0) return html`<p class="empty">${context.t('empty.userFields')}</p>`;
  return html`${renderFields(context, userFieldFields(context, fields, 'user-field'), 'more')}${nothing}`;
}
