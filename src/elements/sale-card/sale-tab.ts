/** The Sale tab: title, money, type and stage, status fields, the related records and dates. */
import { html, nothing, type TemplateResult } from 'lit';
import { isDayBefore } from '../../model/dates.js';
import { formatDate, formatMoney, formatPercent } from '../../model/format.js';
import { nextActivityOf } from '../../model/overdue.js';
import { stageText } from '../../model/stage-label.js';
import type { Sale, UserField } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { renderFields, yesNo, type Field } from './fields.js';
import { userFieldFields } from './more-tab.js';
import { recordFields } from './record-fields.js';

/** At most this many pinned user-defined fields show on the Sale tab. */
const MAX_PINNED = 3;

/** The user-defined fields the Sale tab shows, as `pinned-field-<index>`. */
export function pinnedUserFields(sale: Sale): UserField[] {
  return (sale.userFields ?? []).filter((field) => field.pinned).slice(0, MAX_PINNED);
}

/** Whether the sale is sold or lost. */
export const isClosed = (sale: Sale): boolean => sale.status === 'sold' || sale.status === 'lost';

function closedFields(context: CardContext): Field[] {
  const { sale, t } = context;
  if (!isClosed(sale)) return [];
  return [
    { id: 'f-reason', label: t('field.reason'), value: sale.reason?.name },
    { id: 'f-competitor', label: t('field.competitor'), value: sale.competitor?.name },
  ];
}

/** Next activity (red and "Overdue" before today), or for a stalled sale its re-open date and reason. */
function followUpFields(context: CardContext): Field[] {
  const { sale, t } = context;
  if (sale.status === 'stalled') {
    return [
      {
        id: 'f-reopen-date',
        label: t('field.reopenDate'),
        value: sale.reopenDate && formatDate(sale.reopenDate, context.locale),
      },
      { id: 'f-stalled-reason', label: t('field.stalledReason'), value: sale.stalledReason?.name },
    ];
  }
  const next = nextActivityOf(sale);
  const overdue = sale.status === 'open' && isDayBefore(next?.date, context.today);
  // Only the late date and the word Overdue are red, not the activity's title.
  const value = next
    ? html`<span class=${overdue ? 'overdue' : ''}>${formatDate(next.date, context.locale)}</span> ${
          next.title
        }${overdue ? html` <strong class="badge overdue">${t('overdue')}</strong>` : nothing}`
    : undefined;
  return [{ id: 'f-next-activity', label: t('field.nextActivity'), value }];
}

/** The tab's fields as view mode shows them; their controls are in sale-tab.edit.ts, by id. */
export function renderSaleTab(context: CardContext): TemplateResult {
  const { sale, t, locale } = context;
  const fields: Field[] = [
    { id: 'f-title', label: t('field.title'), value: sale.title, wide: true },
    { id: 'f-description', label: t('field.description'), value: sale.description, wide: true },
    { id: 'f-amount', label: t('field.amount'), value: formatMoney(sale.amount, sale.currency, locale) },
    { id: 'f-sale-type', label: t('field.saleType'), value: sale.saleType?.name },
    {
      id: 'f-stage',
      label: t('field.stage'),
      value: stageText(sale, (status) => t(`status.${status}`)),
    },
    { id: 'f-probability', label: t('field.probability'), value: formatPercent(sale.probability, locale) },
    {
      id: 'f-stalled',
      label: t('field.stalled'),
      value: yesNo(context, sale.status === 'stalled'),
      checkbox: true,
    },
    ...closedFields(context),
    ...recordFields(context),
    {
      id: 'f-sale-date',
      label: t('field.saleDate'),
      value: sale.saleDate && formatDate(sale.saleDate, locale),
    },
    ...followUpFields(context),
    ...userFieldFields(context, pinnedUserFields(sale), 'pinned-field'),
    {
      id: 'f-completed',
      label: t('field.completed'),
      value: yesNo(context, isClosed(sale) && sale.done === true),
      checkbox: true,
    },
  ];
  return renderFields(context, fields, 'sale');
}
