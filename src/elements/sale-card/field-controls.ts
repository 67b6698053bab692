/**
 * The edit-mode half of the fields (fields.ts has the view): a native control with a real `<label>`
 * per field, and the controls and value parsers the tabs build them from. Only edit mode needs
 * this, so it loads on demand (edit-loader.ts) with the tabs' controls (edit-forms.ts), and the
 * lazy tabs import it with their own code.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Id, Ref } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { shown, type Field } from './fields.js';

/** A field in edit mode: label and control, or label and value when it has no control. */
export function renderEditField(field: Field): TemplateResult {
  const classes = `field${field.wide ? ' wide' : ''}${field.checkbox ? ' checkbox' : ''}`;
  // One box for the error and the hint: the third row of the field, under the control.
  const notes =
    field.error || field.hint
      ? html`<div class="field-notes">
          ${
            field.error ? html`<p class="error" id="${field.id}-error">${field.error}</p>` : nothing
          }${field.hint ? html`<p class="hint" id="${field.id}-hint">${field.hint}</p>` : nothing}
        </div>`
      : nothing;
  if (!field.control) {
    return html`<div class=${classes}>
      <span class="label">${field.label}</span>
      <span class="value">${shown(field.value)}</span>${notes}
    </div>`;
  }
  if (field.checkbox) {
    return html`<div class=${classes}>
      ${field.control()}<label for=${field.id}>${field.label}</label>${notes}
    </div>`;
  }
  return html`<div class=${classes}>
    <label for=${field.id}>${field.label}</label>${field.control()}${notes}
  </div>`;
}

/** The ids of a field's error and hint, for `aria-describedby`. */
export function describedBy(field: Pick<Field, 'id' | 'error' | 'hint'>): string | typeof nothing {
  const ids = [field.error && `${field.id}-error`, field.hint && `${field.id}-hint`].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The text of an input, or undefined when it is blank (clearing a field removes it). */
export function textOf(event: Event): string | undefined {
  const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  return value.trim() === '' ? undefined : value;
}

/** The number in a number input, or undefined when it is empty or not a number. */
export function numberOf(event: Event): number | undefined {
  const input = event.target as HTMLInputElement;
  return input.value === '' || !Number.isFinite(input.valueAsNumber) ? undefined : input.valueAsNumber;
}

export function checkedOf(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

export function selectedOf(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

const sameId = (a: Id, b: Id | string): boolean => String(a) === String(b);

/** `options`, plus `current` when the host's list no longer has it (it must still show). */
export function withCurrent<T extends { id: Id }>(options: readonly T[], current: T | undefined): T[] {
  return current && !options.some((option) => sameId(option.id, current.id))
    ? [...options, current]
    : [...options];
}

/** The item of `options` whose id is `value`. */
export function findById<T extends { id: Id }>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => sameId(option.id, value));
}

/** A `<select>` of references with a leading "none" choice; `onPick` gets the chosen ref or undefined. */
export function refSelect(
  context: CardContext,
  id: string,
  options: readonly Ref[],
  current: Ref | undefined,
  onPick: (ref: Ref | undefined) => void,
): TemplateResult {
  const all = withCurrent(options, current);
  return html`<select id=${id} @change=${(event: Event) => onPick(findById(all, selectedOf(event)))}>
    <option value="" ?selected=${!current}>${context.t('value.none')}</option>
    ${all.map(
      (ref) =>
        html`<option value=${String(ref.id)} ?selected=${!!current && sameId(ref.id, current.id)}>
          ${ref.name}
        </option>`,
    )}
  </select>`;
}

/** A number input bound to a value; the value is committed on `change`, not on every key. */
export function numberInput(
  id: string,
  value: number | undefined,
  onValue: (value: number | undefined) => void,
  options: {
    min?: number;
    max?: number;
    step?: string;
    disabled?: boolean;
    describedBy?: string | typeof nothing;
  } = {},
): TemplateResult {
  return html`<input
    id=${id}
    type="number"
    inputmode="decimal"
    .step=${options.step ?? 'any'}
    .min=${options.min === undefined ? '' : String(options.min)}
    .max=${options.max === undefined ? '' : String(options.max)}
    ?disabled=${!!options.disabled}
    aria-describedby=${options.describedBy ?? nothing}
    .value=${value === undefined ? '' : String(value)}
    @change=${(event: Event) => onValue(numberOf(event))}
  />`;
}

/** A date input; the value is committed on `change`. `lang` (the card's locale) gives the picker the page's date format. */
export function dateInput(
  id: string,
  value: string | undefined,
  onValue: (value: string | undefined) => void,
  lang: string,
): TemplateResult {
  return html`<input
    id=${id}
    type="date"
    lang=${lang}
    .value=${value?.slice(0, 10) ?? ''}
    @change=${(event: Event) => onValue(textOf(event))}
  />`;
}

/** A checkbox; `onValue` gets the new state. */
export function checkbox(
  id: string,
  checked: boolean,
  onValue: (checked: boolean) => void,
  disabled = false,
): TemplateResult {
  return html`<input
    id=${id}
    type="checkbox"
    .checked=${checked}
    ?disabled=${disabled}
    @change=${(event: Event) => onValue(checkedOf(event))}
  />`;
}
