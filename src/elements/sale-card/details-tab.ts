/**
 * The Details tab: number, source, competitor, credited and the money figures. Editing one of cost,
 * profit or profit % recalculates the other two from the amount; the draft stores only the cost.
 */
import type { TemplateResult } from 'lit';
import { formatMoney, formatPercent } from '../../model/format.js';
import {
  profit,
  profitPercent,
  recalculateFromCost,
  recalculateFromProfit,
  recalculateFromProfitPercent,
  type ProfitFigures,
} from '../../model/money.js';
import type { CardContext } from './card-context.js';
import { numberInput, refSelect } from './field-controls.js';
import { renderFields, type Field } from './fields.js';

export function renderDetailsTab(context: CardContext): TemplateResult {
  const { sale, lists } = context;
  const money = (value: number | undefined) => formatMoney(value, sale.currency, context.locale);
  // Only the edit controls show the recalculated figures: view mode formats the sale's own values.
  const figures = (): ProfitFigures => recalculateFromCost(sale.amount, sale.cost);
  const hasAmount = typeof sale.amount === 'number' && sale.amount !== 0;
  const hint = hasAmount ? undefined : context.t('hint.profitNeedsAmount');
  const setCost = ({ cost }: ProfitFigures) => context.edit({ cost });
  const fields: Field[] = [
    { id: 'f-number', label: context.t('field.number'), value: sale.number },
    {
      id: 'f-source',
      label: context.t('field.source'),
      value: sale.source?.name,
      control: () =>
        refSelect(context, 'f-source', lists.sources, sale.source, (source) => context.edit({ source })),
    },
    {
      id: 'f-details-competitor',
      label: context.t('field.competitor'),
      value: sale.competitor?.name,
      control: () =>
        refSelect(context, 'f-details-competitor', lists.competitors, sale.competitor, (competitor) =>
          context.edit({ competitor }),
        ),
    },
    {
      id: 'f-cost',
      label: context.t('field.cost'),
      value: money(sale.cost),
      control: () =>
        numberInput('f-cost', sale.cost, (cost) => setCost(recalculateFromCost(sale.amount, cost))),
    },
    {
      id: 'f-profit',
      label: context.t('field.profit'),
      value: money(profit(sale)),
      hint,
      control: () =>
        numberInput(
          'f-profit',
          figures().profit,
          (value) => setCost(recalculateFromProfit(sale.amount, value)),
          {
            disabled: !hasAmount,
            describedBy: hint ? 'f-profit-hint' : undefined,
          },
        ),
    },
    {
      id: 'f-profit-percent',
      label: context.t('field.profitPercent'),
      value: formatPercent(profitPercent(sale), context.locale),
      control: () =>
        numberInput(
          'f-profit-percent',
          figures().profitPercent,
          (value) => setCost(recalculateFromProfitPercent(sale.amount, value)),
          { disabled: !hasAmount, describedBy: hint ? 'f-profit-hint' : undefined },
        ),
    },
    {
      id: 'f-credited',
      label: context.t('field.credited'),
      value: sale.credited?.name,
      control: () =>
        refSelect(context, 'f-credited', lists.credited, sale.credited, (credited) =>
          context.edit({ credited }),
        ),
    },
  ];
  return renderFields(context, fields);
}
