/** One option of `<selection-panel>`'s listbox: status icon, title, Overdue, company, date, amount. */
import { html, nothing, type TemplateResult } from 'lit';
// For the template checker only: the registering entry (src/selection-panel.ts) defines the tag.
import '../sale-status-icon/sale-status-icon.js';
import { PLACEHOLDER, formatDate, formatMoney } from '../../model/format.js';
import type { Member } from '../../model/members.js';

export interface MemberRow {
  /** Undefined for an entry without an id: a placeholder row that cannot be selected. */
  member: Member | undefined;
  /** The member's index in the panel's `members`; also its option's id (`member-<index>`). */
  index: number;
  /** 1-based place among the shown members, and how many are shown (aria-posinset, aria-setsize). */
  position: number;
  setSize: number;
  selected: boolean;
  /** The option aria-activedescendant points at: it gets the focus ring. */
  active: boolean;
  overdue: boolean;
}

/** The id of a member's option inside the panel's shadow root. */
export const optionId = (index: number): string => `member-${index}`;

/** The option under a pointer or click, as its member's index, or -1 (between rows). */
export function optionIndexOf(event: Event): number {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLElement && target.getAttribute('role') === 'option') {
      return Number(target.dataset['index']);
    }
  }
  return -1;
}

/**
 * The option for one member. Dates and money are formatted here, for rendered rows only. The
 * status icon keeps its own name ("Open"), so the option reads "Open, <title>, Overdue, ...".
 */
export function renderMemberRow(row: MemberRow, locale: string, overdueText: string): TemplateResult {
  const { member, overdue } = row;
  if (!member) {
    return html`<div
      role="option"
      id=${optionId(row.index)}
      part="option option-invalid"
      class=${row.active ? 'active' : ''}
      aria-selected="false"
      aria-disabled="true"
      aria-posinset=${row.position}
      aria-setsize=${row.setSize}
      data-index=${row.index}
    >
      <span part="title">${PLACEHOLDER}</span>
    </div>`;
  }
  const part = `option${row.selected ? ' option-selected' : ''}${overdue ? ' option-overdue' : ''}`;
  return html`<div
    role="option"
    id=${optionId(row.index)}
    part=${part}
    class=${row.active ? 'active' : ''}
    aria-selected=${row.selected ? 'true' : 'false'}
    aria-posinset=${row.position}
    aria-setsize=${row.setSize}
    data-index=${row.index}
  >
    <sale-status-icon .status=${member.status}></sale-status-icon>
    <span part="title">${member.title.trim() || PLACEHOLDER}</span>
    ${overdue ? html`<span part="overdue">${overdueText}</span>` : nothing}
    <span part="details">
      <span class="company">${member.company?.trim() || PLACEHOLDER}</span>
      <span class="date">${formatDate(member.saleDate, locale)}</span>
      <span class="amount">${formatMoney(member.amount, member.currency, locale)}</span>
    </span>
  </div>`;
}
