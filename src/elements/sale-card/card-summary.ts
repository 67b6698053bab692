/**
 * The summary strip under the card's header: the key facts (amount with currency, stage,
 * probability, sale date) set apart from the other fields, and the stage as a path through the sale
 * type's stages. A sale date in the past of an open sale is flagged, on the date only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderIcon } from '../../icons/icon.js';
import { STAGE_ICONS } from '../../icons/stage-icons.js';
import { isDayBefore } from '../../model/dates.js';
import { PLACEHOLDER, formatDate, formatMoney, formatPercent } from '../../model/format.js';
import type { StagePosition } from '../../model/guide.js';
import { stageText } from '../../model/stage-label.js';
import { stageOptions } from '../../model/stages.js';
import type { CardContext } from './card-context.js';

const fact = (label: string, value: unknown) =>
  html`<li><span class="fact-label">${label}</span><span class="fact">${value || PLACEHOLDER}</span></li>`;

/** The stages of the sale's type with the sale's own marked current; none for a closed sale. */
function renderStagePath(context: CardContext): TemplateResult | typeof nothing {
  const { sale } = context;
  const stages = stageOptions(sale, context.lists.stages);
  if (sale.status === 'sold' || sale.status === 'lost' || stages.length === 0) return nothing;
  const current = stages.findIndex((stage) => String(stage.id) === String(sale.stage?.id));
  return html`<ol part="stages" aria-label=${context.t('summary.stages')}>
    ${stages.map((stage, index) => {
      const position: StagePosition =
        current < 0 || index > current ? 'upcoming' : index === current ? 'current' : 'done';
      const name = typeof stage.name === 'string' && stage.name.trim() ? stage.name : PLACEHOLDER;
      const where =
        position === 'current'
          ? html`<span class="visually-hidden"
              >${context.t('summary.stagePosition', { index: index + 1, total: stages.length })}
            </span>`
          : nothing;
      return html`<li>
        <span
          part="stage stage-${position}"
          aria-current=${ifDefined(position === 'current' ? 'step' : undefined)}
          >${renderIcon(STAGE_ICONS[position]())}${where}<span>${name}</span></span
        >
      </li>`;
    })}
  </ol>`;
}

export function renderSummary(context: CardContext): TemplateResult {
  const { sale, t, locale } = context;
  const late = sale.status === 'open' && isDayBefore(sale.saleDate, context.today);
  const date = sale.saleDate && formatDate(sale.saleDate, locale);
  return html`<div part="summary" role="group" aria-label=${t('summary.label')}>
    <ul class="facts">
      ${fact(t('field.amount'), formatMoney(sale.amount, sale.currency, locale))}
      ${fact(
        t('field.stage'),
        stageText(sale, (status) => t(`status.${status}`)),
      )}
      ${fact(t('summary.probability'), formatPercent(sale.probability, locale))}
      ${fact(
        t('field.saleDate'),
        late ? html`<span class="late">${date} <strong>${t('overdue')}</strong></span>` : date,
      )}
    </ul>
    ${renderStagePath(context)}
  </div>`;
}
