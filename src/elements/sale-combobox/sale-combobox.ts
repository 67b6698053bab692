import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { scrollIntoViewWithin } from '../../controllers/scroll-into-view.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { SaleComboboxChangeEvent } from '../../events/sale-combobox-change.js';
import { LanguageController } from '../../i18n/locale-controller.js';
import { describeValue } from '../../model/describe.js';
import { LOOKUP_KINDS, type Lookup, type LookupKind, type LookupResult } from '../../model/lookup.js';
import { normalizeRef } from '../../model/normalize-records.js';
import type { DataWarning, Ref } from '../../model/types.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import { LookupSearch, type SearchState } from './lookup-search.js';
import { saleComboboxMessages } from './sale-combobox.messages.js';
import { saleComboboxStyles } from './sale-combobox.styles.js';

/** Whether the popup can sit in the top layer, anchored to the input (else it is a box under it). */
let topLayer: boolean | undefined;
const usesTopLayer = (): boolean =>
  (topLayer ??= 'showPopover' in HTMLElement.prototype && CSS.supports('position-area', 'block-end'));

/**
 * Picks one record (a company, contact, project, owner, sale, activity or document) by searching
 * for it: the WAI-ARIA APG combobox with a listbox popup and list autocomplete. Typing asks the
 * host's `lookup` after a short pause, aborting the search before. Arrow keys move through the
 * results, Enter or a click picks, Escape closes the popup and then clears the field. Emptying
 * the field and leaving it clears the choice. A failing search shows a short message.
 *
 * @tagname sale-combobox
 * @summary Finds and picks a record through the host's `lookup` search.
 *
 * @fires {SaleComboboxChangeEvent} sale-combobox-change - The user picked a record or cleared the field. `detail: { value, company? }`: `{ id, name }` or `null`, and a picked person's company when the search gave one.
 *
 * @csspart input - The text field (`role="combobox"`).
 * @csspart popup - The popup with the results and the "Searching…" or "No matches" message.
 *
 * @cssprop [--sale-card-border-color=var(--sale-color-border)] - Borders of the field and the popup.
 * @cssprop [--sale-card-background=var(--sale-color-surface)] - Background of the popup.
 * @cssprop [--sale-card-hover-background=var(--sale-color-surface-hover)] - The active result.
 * @cssprop [--sale-card-accent-color=var(--sale-color-accent)] - The mark beside the active result.
 */
export class SaleCombobox extends LitElement {
  static override styles = saleComboboxStyles;
  /** @internal Form-associated, so a `<label for>` in the shadow root around it labels it and focuses the input. */
  static formAssociated = true;
  /** @internal */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    kind: {},
    label: {},
    value: { attribute: false },
    lookup: { attribute: false },
    company: { attribute: false },
    invalid: { type: Boolean },
  };

  static {
    guardObjectAttributes(this);
  }

  /** What to search for: `company`, `person`, `project`, `owner`, `sale`, `activity` or `document`. */
  kind: LookupKind = 'company';
  /** The accessible name of the field, such as "Company". */
  label?: string;
  /** The chosen record, `{ id, name }`; `null` or unset for none. Picking a result sets it. */
  value?: Ref | null;
  /** The host's search: `(kind, text, { signal, company? }) => Promise<Ref[]>`. Unset, typing finds nothing. */
  lookup?: Lookup;
  /** The chosen company, handed to the search as `context.company` (contact searches). */
  company?: Ref | null;
  /** Marks the field as invalid (`aria-invalid`). */
  invalid = false;

  #text = '';
  #open = false;
  /** The index of the active result, -1 for none. */
  #active = -1;
  #read: { kind: LookupKind; label?: string; value?: Ref; lookup?: Lookup; company?: Ref } = {
    kind: 'company',
  };

  readonly #language = new LanguageController(this, saleComboboxMessages);
  readonly #search = new LookupSearch(this, (text, signal) => {
    const { kind, lookup, company } = this.#read;
    return lookup!(kind, text, company ? { signal, company } : { signal });
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warnings: DataWarning[] = [];
    const read = this.#read;
    if (changed.has('kind')) read.kind = readKind(this.kind, warnings);
    if (changed.has('label')) read.label = readLabel(this.label, warnings);
    if (changed.has('value')) {
      read.value = readRef(this.value, 'value', warnings);
      this.#text = read.value?.name ?? '';
    }
    if (changed.has('invalid') && typeof this.invalid !== 'boolean' && this.invalid !== undefined) {
      warnings.push({
        field: 'invalid',
        message: `expected true or false, got ${describeValue(this.invalid)}; using false`,
      });
    }
    if (changed.has('company')) read.company = readRef(this.company, 'company', warnings);
    if (changed.has('lookup')) {
      const lookup: unknown = this.lookup;
      read.lookup = typeof lookup === 'function' ? (lookup as Lookup) : undefined;
      if (!read.lookup && lookup !== undefined && lookup !== null) {
        warnings.push({
          field: 'lookup',
          message: `expected a function (kind, text, context) => Promise<Ref[]>, got ${describeValue(lookup)}; nothing is searched`,
        });
      }
    }
    reportProblems('sale-combobox', warnings);
  }

  // The results take no focus: the input's keys move through them (`aria-activedescendant`), so a
  // click on the list needs no key handler of its own.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected override render() {
    const t = this.#language.t;
    const state = this.#search.state;
    const results = this.#open && state.kind !== 'idle' && state.kind !== 'failed' ? state.results : [];
    const message = this.#open ? messageOf(state, results.length) : undefined;
    const expanded = results.length > 0;
    const label = this.#read.label || t('combobox.label');
    const topLayer = usesTopLayer();
    return html`<input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-label=${label}
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${expanded && this.#active >= 0 ? `option-${this.#active}` : nothing}
        aria-invalid=${this.invalid === true ? 'true' : 'false'}
        aria-busy=${state.kind === 'searching' ? 'true' : 'false'}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        @blur=${this.#onBlur}
      />
      <div
        part="popup"
        popover=${topLayer ? 'manual' : nothing}
        ?hidden=${!topLayer && !this.#open}
        @mousedown=${keepFocus}
      >
        <ul id="listbox" role="listbox" aria-label=${label} ?hidden=${!expanded} @click=${this.#onClick}>
          ${results.map(
            (result, index) =>
              html`<li
                id="option-${index}"
                role="option"
                aria-selected=${index === this.#active ? 'true' : 'false'}
              >
                ${result.name}
              </li>`,
          )}
        </ul>
        ${message ? html`<p class="message" aria-hidden="true">${t(message)}</p>` : nothing}
      </div>
      <p class="visually-hidden" role="status">
        ${message && message !== 'combobox.searching' ? t(message) : nothing}
      </p>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  protected override updated(): void {
    // Set here, not bound: a binding whose value did not change is skipped, though the user may have typed.
    const input = this.renderRoot.querySelector('input')!;
    if (input.value !== this.#text) input.value = this.#text;
    const popup = this.renderRoot.querySelector<HTMLElement>('[part~="popup"]')!;
    if (usesTopLayer()) {
      const shown = popup.matches(':popover-open');
      if (this.#open && !shown && this.isConnected) popup.showPopover();
      else if (!this.#open && shown) popup.hidePopover();
    }
    const active = this.renderRoot.querySelector(`#option-${this.#active}`);
    if (active) scrollIntoViewWithin(popup, active);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#open = false;
    this.renderRoot.querySelector<HTMLElement>(':popover-open')?.hidePopover();
  }

  #results(): readonly LookupResult[] {
    const state = this.#search.state;
    return state.kind === 'done' || state.kind === 'searching' ? state.results : [];
  }

  /** Opens the popup and searches for `text` (`delay` 0: at once). Without `lookup` there is nothing to show. */
  #searchFor(text: string, delay?: number): void {
    if (!this.#read.lookup) return;
    this.#open = true;
    this.#active = -1;
    this.#search.search(text, delay);
  }

  #close(): void {
    this.#open = false;
    this.#active = -1;
    this.#search.cancel();
    this.requestUpdate();
  }

  #pick(result: LookupResult): void {
    this.#close();
    this.#choose({ id: result.id, name: result.name }, result.company);
  }

  /** Sets the choice as the user made it, and tells the host. */
  #choose(value: Ref | null, company?: Ref): void {
    this.value = value;
    this.dispatchEvent(new SaleComboboxChangeEvent({ value, company }));
  }

  /** A click on a result picks it (one listener for the list: the keys are the input's). */
  readonly #onClick = (event: Event): void => {
    const option = (event.target as Element).closest('[role="option"]');
    const result = option && this.#results()[Number(option.id.slice('option-'.length))];
    if (result) this.#pick(result);
  };

  readonly #onInput = (event: Event): void => {
    this.#text = (event.target as HTMLInputElement).value;
    if (this.#text.trim() === '') this.#close();
    else this.#searchFor(this.#text);
    this.requestUpdate();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const results = this.#open ? this.#results() : [];
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey && event.key === 'ArrowUp') return this.#close();
        if (!this.#open) return this.#searchFor(this.#text, 0);
        if (results.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.#active < 0 && step < 0 ? 0 : this.#active;
        this.#active = (from + step + results.length) % results.length;
        this.requestUpdate();
        return;
      }
      case 'Enter': {
        const result = results[this.#active];
        if (!result) return;
        event.preventDefault();
        return this.#pick(result);
      }
      case 'Escape':
        if (this.#open) this.#close();
        else if (this.#text !== '') this.#clear();
        else return;
        // Handled here: the card must not also take this Escape as Cancel.
        event.preventDefault();
        event.stopPropagation();
    }
  };

  #clear(): void {
    this.#text = '';
    if (this.#read.value) this.#choose(null);
    this.requestUpdate();
  }

  /** Leaving: an emptied field clears the choice; typed text that picked nothing gives way to the choice. */
  readonly #onBlur = (): void => {
    this.#close();
    if (this.#text.trim() === '') this.#clear();
    else this.#text = this.#read.value?.name ?? '';
  };
}

type ComboboxMessage = Exclude<keyof (typeof saleComboboxMessages)['en'], 'combobox.label'>;

/** What the open popup says besides its results: a failed search, no matches, or a first wait. */
function messageOf(state: SearchState, shown: number): ComboboxMessage | undefined {
  if (state.kind === 'failed') return 'combobox.failed';
  if (shown > 0) return undefined;
  return state.kind === 'done'
    ? 'combobox.noMatches'
    : state.kind === 'searching'
      ? 'combobox.searching'
      : undefined;
}

/** A press inside the popup must not move the focus out of the input (a click still picks). */
const keepFocus = (event: Event): void => event.preventDefault();

function readKind(value: unknown, warnings: DataWarning[]): LookupKind {
  if ((LOOKUP_KINDS as readonly unknown[]).includes(value)) return value as LookupKind;
  if (value !== undefined) {
    warnings.push({
      field: 'kind',
      message: `expected one of ${LOOKUP_KINDS.join(', ')}, got ${describeValue(value)}; using company`,
    });
  }
  return 'company';
}

function readLabel(value: unknown, warnings: DataWarning[]): string | undefined {
  if (typeof value === 'string' || value === undefined) return value;
  warnings.push({ field: 'label', message: `expected text, got ${describeValue(value)}; using "Search"` });
  return undefined;
}

/**
 * A record property: `{ id, name }`; `null` and `undefined` mean none. An empty name shows as an
 * empty field, silently: the card hands on records it has read (and reported) already.
 */
function readRef(value: unknown, field: string, warnings: DataWarning[]): Ref | undefined {
  if (value === undefined || value === null) return undefined;
  const problems: DataWarning[] = [];
  const ref = normalizeRef(value, field, problems);
  warnings.push(...problems.filter((problem) => !(ref?.name === '' && problem.field === `${field}.name`)));
  return ref;
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-combobox': SaleCombobox;
  }
}
