/**
 * The sales list's toolbar, rendered in the list's shadow root: the filter (search, statuses,
 * sale-date range, owners (a menu button of checkboxes), Clear), the Group by choice and the column chooser (an APG menu button
 * with `menuitemcheckbox` items, driven by the shared MenuController). Native controls with visible
 * labels; every change goes to one callback, which the element turns into state and an event.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderIcon } from '../../icons/icon.js';
import { columnsIcon, funnelIcon, xIcon } from '../../icons/phosphor.js';
import type { MenuController } from '../../controllers/menu-controller.js';
import { isFilterEmpty, type SaleFilter } from '../../model/filter.js';
import { GROUP_BY_KEYS, type GroupBy } from '../../model/group.js';
import { collatorFor } from '../../model/sort.js';
import { SALE_STATUSES, type Ref } from '../../model/types.js';
import type { SaleColumn } from '../../model/sort.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { SaleListMessageKey } from './sale-list.messages.js';

type Translate = LocaleController<SaleListMessageKey>['t'];

export interface ToolbarOptions {
  t: Translate;
  filter: SaleFilter;
  groupBy: GroupBy;
  owners: readonly Ref[];
  /** Every column the user may show, in chooser order, with its header text. */
  choosable: readonly { id: SaleColumn; header: string }[];
  visible: readonly string[];
  menu: MenuController;
  /** The owners filter's menu (a menu button of checkboxes, like the column chooser). */
  ownersMenu: MenuController;
  /** The Intl locale, to collate owner names. */
  locale: string;
  onFilter(filter: SaleFilter): void;
  /** Clear was pressed: the filter is to be emptied (focus has moved to the search field). */
  onClear(): void;
  onGroupBy(groupBy: GroupBy): void;
}

/** Whether the filter's From day is after its To day, which no sale can match. */
export const isReversedRange = ({ from, to }: SaleFilter): boolean => !!from && !!to && from > to;

/** The id of the message a reversed date range shows, which both date fields point at. */
const RANGE_PROBLEM = 'range-problem';

const checked = (list: readonly unknown[] | undefined, value: unknown): boolean =>
  !!list?.some((entry) => String(entry) === String(value));

function toggled<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] | undefined {
  const rest = (list ?? []).filter((entry) => String(entry) !== String(value));
  const next = on ? [...rest, value] : rest;
  return next.length > 0 ? next : undefined;
}

/** A copy of `filter` with `key` set, or removed when `value` is empty. */
function withField<K extends keyof SaleFilter>(filter: SaleFilter, key: K, value: SaleFilter[K]): SaleFilter {
  const next = { ...filter };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

export function renderToolbar(options: ToolbarOptions): TemplateResult {
  const { t, filter, onFilter, locale } = options;
  const inputValue = (event: Event) => (event.target as HTMLInputElement).value;
  const reversed = isReversedRange(filter);
  // `lang` gives the native date picker the page's language (dd.mm.åååå in Norwegian).
  const dateInput = (key: 'from' | 'to') =>
    html`<input
      type="date"
      name=${key}
      lang=${locale}
      aria-invalid=${reversed ? 'true' : 'false'}
      aria-describedby=${reversed ? RANGE_PROBLEM : nothing}
      .value=${live(filter[key] ?? '')}
      @change=${(event: Event) => onFilter(withField(filter, key, inputValue(event)))}
    />`;
  return html`<div class="toolbar" part="toolbar">
    <div role="search" class="filter" part="filter" aria-label=${t('filter.label')}>
      <span class="filter-icon" aria-hidden="true">${renderIcon(funnelIcon())}</span>
      <label class="field">
        <span>${t('filter.text')}</span>
        <input
          type="search"
          name="text"
          .value=${live(filter.text ?? '')}
          @input=${(event: Event) => onFilter(withField(filter, 'text', inputValue(event)))}
        />
      </label>
      <fieldset class="statuses">
        <legend>${t('filter.status')}</legend>
        ${SALE_STATUSES.map(
          (status) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="status"
                value=${status}
                .checked=${live(checked(filter.status, status))}
                @change=${(event: Event) =>
                  onFilter(
                    withField(
                      filter,
                      'status',
                      toggled(filter.status, status, (event.target as HTMLInputElement).checked),
                    ),
                  )}
              />${t(`status.${status}`)}</label
            >`,
        )}
      </fieldset>
      <label class="field"><span>${t('filter.from')}</span>${dateInput('from')}</label>
      <label class="field"><span>${t('filter.to')}</span>${dateInput('to')}</label>
      ${reversed ? html`<p id=${RANGE_PROBLEM} class="range-problem">${t('filter.reversed')}</p>` : nothing}
      ${renderOwnersFilter(options)}
      <button
        type="button"
        class="clear"
        part="clear-button"
        ?disabled=${isFilterEmpty(filter)}
        @click=${(event: Event) => {
          // Clear disables itself: focus goes to the search field, never to <body>.
          (event.currentTarget as HTMLElement).parentElement!.querySelector('input')!.focus();
          options.onClear();
        }}
      >
        ${renderIcon(xIcon())}<span>${t('filter.clear')}</span>
      </button>
    </div>
    <div class="view-options">
      <label class="field">
        <span>${t('group.label')}</span>
        <select
          name="groupBy"
          @change=${(event: Event) => options.onGroupBy((event.target as HTMLSelectElement).value as GroupBy)}
        >
          ${GROUP_BY_KEYS.map(
            (key) =>
              html`<option value=${key} .selected=${live(key === options.groupBy)}>
                ${t(`group.${key}`)}
              </option>`,
          )}
        </select>
      </label>
      ${renderColumnChooser(options)}
    </div>
  </div>`;
}

/** The filter with `owner`'s id added to, or removed from, its owners. */
export function toggleOwner(filter: SaleFilter, owner: Ref): SaleFilter {
  return withField(filter, 'owners', toggled(filter.owners, owner.id, !checked(filter.owners, owner.id)));
}

/** One checkbox item of a menu: `key` comes back in the MenuController's `onSelect` as `data-key`. */
interface CheckboxItem {
  key: string | number;
  label: string;
  checked: boolean;
  disabled?: boolean;
}

/**
 * A menu button (APG) whose menu holds `menuitemcheckbox` items, for the owners filter and the
 * column chooser. The menu's id names it; its button's class and part are `buttonPart`. Items exist
 * only while the menu is open: closed, they would be hidden elements to build and style on every
 * first render. The MenuController waits for the update to focus one.
 */
function renderCheckboxMenu(menu: {
  id: string;
  buttonPart: string;
  menuPart: string;
  label: string;
  button: unknown;
  controller: MenuController;
  items: () => CheckboxItem[];
}): TemplateResult {
  const open = menu.controller.open;
  return html`<div class="menu-anchor">
    <button
      type="button"
      class=${menu.buttonPart}
      part=${menu.buttonPart}
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${menu.id}
    >
      ${menu.button}
    </button>
    <div
      id=${menu.id}
      role="menu"
      part=${menu.menuPart}
      class="popup-menu ${menu.id}"
      aria-label=${menu.label}
      ?hidden=${!open}
    >
      ${open ? menu.items().map(renderCheckboxItem) : nothing}
    </div>
  </div>`;
}

function renderCheckboxItem(item: CheckboxItem): TemplateResult {
  return html`<div
    role="menuitemcheckbox"
    tabindex="-1"
    data-key=${item.key}
    aria-checked=${item.checked ? 'true' : 'false'}
    aria-disabled=${item.disabled ? 'true' : 'false'}
  >
    <span class="check-mark" aria-hidden="true">${item.checked ? '✓' : ''}</span>${item.label}
  </div>`;
}

/**
 * Owners to filter by, names collated; the button says how many are chosen. (A native
 * multi-select needed Ctrl+click to choose two.) Item keys are indexes into `owners`.
 */
function renderOwnersFilter({ t, filter, owners, ownersMenu, locale }: ToolbarOptions) {
  if (owners.length === 0) return nothing;
  const chosen = owners.filter((owner) => checked(filter.owners, owner.id)).length;
  return renderCheckboxMenu({
    id: 'owners-menu',
    buttonPart: 'owners-button',
    menuPart: 'owners-menu',
    label: t('filter.owners'),
    button: `${t('filter.owners')}${chosen > 0 ? ` (${chosen})` : ''}`,
    controller: ownersMenu,
    items: () => {
      const collator = collatorFor(locale);
      return owners
        .map((owner, index) => ({ key: index, label: owner.name, checked: checked(filter.owners, owner.id) }))
        .sort((a, b) => collator.compare(a.label, b.label));
    },
  });
}

/** The column chooser. The last visible column cannot be hidden: a grid needs at least one. */
function renderColumnChooser({ t, menu, choosable, visible }: ToolbarOptions): TemplateResult {
  return renderCheckboxMenu({
    id: 'column-menu',
    buttonPart: 'columns-button',
    menuPart: 'column-menu',
    label: t('columns.button'),
    button: html`${renderIcon(columnsIcon())}<span>${t('columns.button')}</span>`,
    controller: menu,
    items: () =>
      choosable.map(({ id, header }) => {
        const on = visible.includes(id);
        return { key: id, label: header, checked: on, disabled: on && visible.length === 1 };
      }),
  });
}
