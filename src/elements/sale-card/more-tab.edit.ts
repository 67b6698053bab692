/** The controls of the user-defined fields (more-tab.ts has their view): each by its type. */
import { html, type TemplateResult } from 'lit';
import type { UserField } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { checkbox, dateInput, numberInput, selectedOf } from './field-controls.js';
import type { FieldControls } from './edit-forms.js';
import { isLongText } from './more-tab.js';

function control(
  context: CardContext,
  field: UserField,
  id: string,
  set: (value: UserField['value']) => void,
): TemplateResult {
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

/**
 * The controls of `userFieldFields(context, fields, idPrefix)`, by field id; an edit replaces the
 * one field in the draft's list.
 */
export function userFieldControls(
  context: CardContext,
  fields: readonly UserField[],
  idPrefix: string,
): FieldControls {
  const controls: FieldControls = {};
  fields.forEach((field, index) => {
    const id = `${idPrefix}-${index}`;
    const set = (value: UserField['value']) =>
      context.edit({
        userFields: (context.sale.userFields ?? []).map((candidate) =>
          candidate === field ? { ...field, value } : candidate,
        ),
      });
    controls[id] = { control: () => control(context, field, id, set) };
  });
  return controls;
}

/** The More tab's controls. */
export const moreTabControls = (context: CardContext): FieldControls =>
  userFieldControls(context, context.sale.userFields ?? [], 'user-field');
