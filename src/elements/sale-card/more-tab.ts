/** The More tab: the sale's user-defined fields, each rendered by its type. Also renders pinned ones. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber } from '../../model/format.js';
import type { UserField } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { checkbox, dateInput, numberInput, renderFields, selectedOf, yesNo, type Field } from './fields.js';

/** Longer text than the database's short text (39) is edited in a text area. */
const SHORT_TEXT_LIMIT = 39;

function isLongText(field: UserField): boolean {
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

function control(
  context: CardContext,
  field: UserField,
  id: string,
  set: (value: UserField['value']) => void,
) {
  const { value } = field;
  switch (field.type) {
    case 'checkbox':
      return checkbox(id, value === true, set);
    case 'number':
      return numberInput(id, typeof value === 'number' ? value : undefined, (number) => set(number ?? null));
    case 'date':
      return dateInput(
        id,
        typeof value === 'string' ? value : undefined,
        (date) => set(date ?? null),
        context.locale,
      );
    case 'list': {
      const current = value === null ? '' : String(value);
      const options = [...(field.options ?? [])];
      if (current && !options.includes(current)) options.push(current);
      return html`<select id=${id} @change=${(event: Event) => set(selectedOf(event) || null)}>
        <option value="" ?selected=${current === ''}>${context.t('value.none')}</option>
        ${options.map((option) => html`<option ?selected=${option === current}>${option}</option>`)}
      </select>`;
    }
    default: {
      const text = value === null ? '' : String(value);
      const onInput = (event: Event) => set((event.target as HTMLInputElement).value || null);
      return isLongText(field)
        ? html`<textarea id=${id} rows="3" .value=${text} @input=${onInput}></textarea>`
        : html`<input id=${id} type="text" .value=${text} @input=${onInput} />`;
    }
  }
}

/** Fields for the given user-defined fields; edits replace the one field in the draft's list. */
export function userFieldFields(
  context: CardContext,
  fields: readonly UserField[],
  idPrefix: string,
): Field[] {
  return fields.map((field, index) => {
    const id = `${idPrefix}-${index}`;
    const set = (value: UserField['value']) =>
      context.edit({
        userFields: (context.sale.userFields ?? []).map((candidate) =>
          candidate === field ? { ...field, value } : candidate,
        ),
      });
    return {
      id,
      label: field.label,
      value: viewValue(context, field),
      control: () => control(context, field, id, set),
      checkbox: field.type === 'checkbox',
      wide: field.type === 'text' && isLongText(field),
    };
  });
}

export function renderMoreTab(context: CardContext): TemplateResult {
  const fields = context.sale.userFields ?? [];
  if (fields.length === 0) return html`<p class="empty">${context.t('empty.userFields')}</p>`;
  return html`${renderFields(context, userFieldFields(context, fields, 'user-field'))}${nothing}`;
}
