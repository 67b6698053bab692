/** A card's empty state: an icon, the sentence that says what is missing, and the action that adds it. */
import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderIcon } from '../../icons/icon.js';

export function renderEmptyState(icon: SVGTemplateResult, text: string, action: unknown): TemplateResult {
  return html`<div class="empty-state">
    ${renderIcon(icon)}
    <p class="empty">${text}</p>
    ${action}
  </div>`;
}
