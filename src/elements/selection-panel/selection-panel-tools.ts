/** The top of `<selection-panel>`: the heading, the member count, the search box and "Skip completed sales". */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderIcon } from '../../icons/icon.js';
import { magnifyingGlassIcon } from '../../icons/phosphor.js';

export interface PanelTools {
  heading: string;
  /** "1,234 members", or "12 of 1,234 members" while filtered. */
  count: string;
  searchLabel: string;
  search: string;
  onSearchInput: (event: Event) => void;
  skipCompletedLabel: string;
  skipCompleted: boolean;
  onSkipCompletedChange: (event: Event) => void;
}

/** The heading names the listbox (`#heading`) and the count describes it (`#count`, a polite live region). */
export function renderPanelTools(tools: PanelTools): TemplateResult {
  return html`<header>
      <h2 id="heading" part="heading">${tools.heading}</h2>
      <p id="count" part="count" role="status">${tools.count}</p>
    </header>
    <div class="tools">
      <label part="search">
        ${renderIcon(magnifyingGlassIcon(), 'search-icon')}
        <span class="visually-hidden">${tools.searchLabel}</span>
        <input
          type="search"
          autocomplete="off"
          placeholder=${tools.searchLabel}
          .value=${live(tools.search)}
          @input=${tools.onSearchInput}
        />
      </label>
      <label part="skip-completed">
        <input type="checkbox" .checked=${live(tools.skipCompleted)} @change=${tools.onSkipCompletedChange} />
        ${tools.skipCompletedLabel}
      </label>
    </div>`;
}
