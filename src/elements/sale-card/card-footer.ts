/** The card's footer: Save and Cancel while editing, then the position and Previous / Next. */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { SaleNavigateDirection } from '../../events/sale-navigate.js';
import { renderIcon } from '../../icons/icon.js';
import { caretLeftIcon, caretRightIcon } from '../../icons/phosphor.js';
import type { RequiredSaleField } from '../../model/validation.js';
import { missingFieldNames } from './card-dialogs.js';
import type { CardContext } from './card-context.js';
import type { SalePosition } from './card-properties.js';

export interface EditActions {
  missing: readonly RequiredSaleField[];
  saving: boolean;
  /** Out of reach while a sale loads. */
  inert: boolean;
  cancel(): void;
}

/** Save (a submit button, off while a required field is empty, busy while saving) and Cancel. */
export function renderEditActions(t: CardContext['t'], actions: EditActions): TemplateResult {
  const { missing, saving } = actions;
  return html`<button
      type="submit"
      class="button primary"
      ?inert=${actions.inert}
      ?disabled=${missing.length > 0}
      aria-disabled=${saving ? 'true' : 'false'}
      aria-describedby=${missing.length ? 'save-blocked' : nothing}
    >
      ${t(saving ? 'action.saving' : 'action.save')}
    </button>
    <button type="button" class="button" ?inert=${actions.inert} @click=${actions.cancel}>
      ${t('action.cancel')}
    </button>
    ${
      missing.length
        ? html`<p class="hint" id="save-blocked">
            ${t('save.blocked', { fields: missingFieldNames(t, missing) })}
          </p>`
        : nothing
    }`;
}

/**
 * "3 of 12", and Previous / Next, off at the ends of the host's set; the two wrap as one, so Next
 * never sits alone on a row of a narrow card. While a sale loads they do nothing and say so with
 * `aria-disabled`, but stay focusable: `inert` or `disabled` would drop the focus of a user
 * pressing Next from the keyboard to the page.
 */
export function renderNavigation(
  t: CardContext['t'],
  position: SalePosition | undefined,
  navigate: (direction: SaleNavigateDirection, invoker: HTMLElement) => void,
  busy = false,
): TemplateResult {
  const go = (direction: SaleNavigateDirection) => (event: Event) =>
    busy || navigate(direction, event.currentTarget as HTMLElement);
  const off = busy ? 'true' : 'false';
  return html`<span class="spacer"></span>
    ${
      position
        ? html`<span part="position"
            >${t('position', { index: position.index + 1, total: position.total })}</span
          >`
        : nothing
    }
    <span class="steps">
      <button
        type="button"
        class="button"
        data-navigate="previous"
        ?disabled=${position?.index === 0}
        aria-disabled=${off}
        @click=${go('previous')}
      >
        ${renderIcon(caretLeftIcon())}${t('action.previous')}
      </button>
      <button
        type="button"
        class="button"
        data-navigate="next"
        ?disabled=${!!position && position.index === position.total - 1}
        aria-disabled=${off}
        @click=${go('next')}
      >
        ${t('action.next')}${renderIcon(caretRightIcon())}
      </button>
    </span>`;
}

/**
 * Previous / Next: renders them, and keeps the focus on the card when the one that has it turns
 * off at the first or last sale (a disabled button drops the focus to the page).
 */
export class CardNavigation implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #navigate: (direction: SaleNavigateDirection, invoker: HTMLElement) => void;
  #focused?: HTMLElement;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    navigate: (direction: SaleNavigateDirection, invoker: HTMLElement) => void,
  ) {
    this.#host = host;
    this.#navigate = navigate;
    host.addController(this);
  }

  render(t: CardContext['t'], position: SalePosition | undefined, busy: boolean): TemplateResult {
    return renderNavigation(t, position, this.#navigate, busy);
  }

  hostUpdate(): void {
    this.#focused = focusedNavigation(this.#host.shadowRoot);
  }

  hostUpdated(): void {
    if (this.#host.shadowRoot) keepNavigationFocus(this.#host.shadowRoot, this.#focused);
    this.#focused = undefined;
  }
}

/** The navigation button that has the focus, if one does (read before an update). */
function focusedNavigation(root: DocumentOrShadowRoot | null | undefined): HTMLElement | undefined {
  const active = root?.activeElement;
  return active instanceof HTMLElement && active.dataset.navigate ? active : undefined;
}

/**
 * After an update: a navigation button that had the focus and is now off (the first or last sale)
 * would drop the focus to the page. It goes to the other navigation button, else to a header button.
 */
function keepNavigationFocus(root: ParentNode, focused: HTMLElement | undefined): void {
  if (!focused || !(focused as HTMLButtonElement).disabled) return;
  const next = ['[data-navigate]:not(:disabled)', '#edit-button', '#tasks-button']
    .map((selector) => root.querySelector<HTMLElement>(selector))
    .find(Boolean);
  next?.focus();
}
