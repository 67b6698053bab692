/** The Sale tab: title, money, type and stage, status fields, the related records and dates. */
import { html, nothing, type TemplateResult } from 'lit';
import { isDayBefore } from '../../model/dates.js';
import { formatDate, formatMoney, formatPercent } from '../../model/format.js';
import { nextActivityOf } from '../../model/overdue.js';
import { currentStageChoice, setStalled, stageChoiceOf, stageOptions } from '../../model/stages.js';
import { stageText } from '../../model/stage-label.js';
import { TEXT_LIMITS } from '../../model/normalize.js';
import type { CardContext } from './card-context.js';
import {
  checkbox,
  dateInput,
  describedBy,
  findById,
  numberInput,
  refSelect,
  renderFields,
  selectedOf,
  textOf,
  withCurrent,
  yesNo,
  type Field,
} from './fields.js';
import { userFieldFields } from './more-tab.js';
import { recordFields } from './record-fields.js';

/** At most this many pinned user-defined fields show on the Sale tab. */
const MAX_PINNED = 3;

function requiredError(context: CardContext, field: 'title' | 'saleType', label: string): string | undefined {
  return context.missing.includes(field) ? context.t('error.required', { field: label }) : undefined;
}

function titleField(context: CardContext): Field {
  const { sale } = context;
  const field: Field = { id: 'f-title', label: context.t('field.title'), value: sale.title, wide: true };
  field.error = requiredError(context, 'title', field.label);
  field.control = () =>
    html`<input
      id=${field.id}
      type="text"
      required
      maxlength=${TEXT_LIMITS.title}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${describedBy(field)}
      .value=${sale.title}
      @input=${(event: Event) => context.edit({ title: (event.target as HTMLInputElement).value })}
    />`;
  return field;
}

function amountField(context: CardContext): Field {
  const { sale, lists } = context;
  // No currencies means the CRM has currency turned off: the code shows as text.
  const currencies =
    sale.currency && lists.currencies.length > 0 && !lists.currencies.includes(sale.currency)
      ? [...lists.currencies, sale.currency]
      : lists.currencies;
  return {
    id: 'f-amount',
    label: context.t('field.amount'),
    value: formatMoney(sale.amount, sale.currency, context.locale),
    control: () =>
      html`<span class="with-unit">
        ${numberInput('f-amount', sale.amount, (amount) => context.edit({ amount }))}
        ${
          currencies.length > 0
            ? html`<select
                aria-label=${context.t('field.currency')}
                @change=${(event: Event) => context.edit({ currency: selectedOf(event) || undefined })}
              >
                <option value="" ?selected=${!sale.currency}>—</option>
                ${currencies.map((code) => html`<option ?selected=${code === sale.currency}>${code}</option>`)}
              </select>`
            : html`<span class="unit">${sale.currency ?? nothing}</span>`
        }
      </span>`,
  };
}

function saleTypeField(context: CardContext): Field {
  const { sale, lists } = context;
  const field: Field = { id: 'f-sale-type', label: context.t('field.saleType'), value: sale.saleType?.name };
  field.error = requiredError(context, 'saleType', field.label);
  const options = withCurrent(lists.saleTypes, sale.saleType);
  field.control = () =>
    html`<select
      id=${field.id}
      required
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${describedBy(field)}
      @change=${(event: Event) => context.pickSaleType(findById(options, selectedOf(event)))}
    >
      <option value="" ?selected=${!sale.saleType}>—</option>
      ${options.map(
        (type) =>
          html`<option value=${String(type.id)} ?selected=${String(type.id) === String(sale.saleType?.id)}>
            ${type.name}
          </option>`,
      )}
    </select>`;
  return field;
}

function stageField(context: CardContext): Field {
  const { sale } = context;
  const options = stageOptions(sale, context.lists.stages);
  const current = currentStageChoice(sale);
  return {
    id: 'f-stage',
    label: context.t('field.stage'),
    value: stageText(sale, (status) => context.t(`status.${status}`)),
    control: () =>
      html`<select id="f-stage" @change=${(event: Event) => context.pickStage(selectedOf(event), options)}>
        <option value="" ?selected=${current === ''} disabled>—</option>
        ${options.map((stage) => {
          const value = stageChoiceOf(stage);
          return html`<option value=${value} ?selected=${value === current}>
            ${stage.name} (${formatPercent(stage.probability, context.locale)})
          </option>`;
        })}
        <option value="sold" ?selected=${current === 'sold'}>${context.t('status.sold')}</option>
        <option value="lost" ?selected=${current === 'lost'}>${context.t('status.lost')}</option>
      </select>`,
  };
}

function closedFields(context: CardContext): Field[] {
  const { sale, lists } = context;
  if (sale.status !== 'sold' && sale.status !== 'lost') return [];
  return [
    {
      id: 'f-reason',
      label: context.t('field.reason'),
      value: sale.reason?.name,
      control: () =>
        refSelect(context, 'f-reason', lists.reasons[sale.status as 'sold' | 'lost'], sale.reason, (reason) =>
          context.edit({ reason }),
        ),
    },
    {
      id: 'f-competitor',
      label: context.t('field.competitor'),
      value: sale.competitor?.name,
      control: () =>
        refSelect(context, 'f-competitor', lists.competitors, sale.competitor, (competitor) =>
          context.edit({ competitor }),
        ),
    },
  ];
}

/** Next activity (red and "Overdue" before today), or for a stalled sale its re-open date and reason. */
function followUpFields(context: CardContext): Field[] {
  const { sale } = context;
  if (sale.status === 'stalled') {
    return [
      {
        id: 'f-reopen-date',
        label: context.t('field.reopenDate'),
        value: sale.reopenDate && formatDate(sale.reopenDate, context.locale),
        control: () =>
          dateInput(
            'f-reopen-date',
            sale.reopenDate,
            (reopenDate) => context.edit({ reopenDate }),
            context.locale,
          ),
      },
      {
        id: 'f-stalled-reason',
        label: context.t('field.stalledReason'),
        value: sale.stalledReason?.name,
        control: () =>
          refSelect(
            context,
            'f-stalled-reason',
            context.lists.reasons.stalled,
            sale.stalledReason,
            (stalledReason) => context.edit({ stalledReason }),
          ),
      },
    ];
  }
  const next = nextActivityOf(sale);
  const overdue = sale.status === 'open' && isDayBefore(next?.date, context.today);
  // Only the late date and the word Overdue are red, not the activity's title.
  const value = next
    ? html`<span class=${overdue ? 'overdue' : ''}>${formatDate(next.date, context.locale)}</span> ${
          next.title
        }${overdue ? html` <strong class="badge overdue">${context.t('overdue')}</strong>` : nothing}`
    : undefined;
  return [{ id: 'f-next-activity', label: context.t('field.nextActivity'), value }];
}

export function renderSaleTab(context: CardContext): TemplateResult {
  const { sale } = context;
  const closed = sale.status === 'sold' || sale.status === 'lost';
  const canStall = sale.status === 'open' || sale.status === 'stalled';
  const pinned = (sale.userFields ?? []).filter((field) => field.pinned).slice(0, MAX_PINNED);
  const fields: Field[] = [
    titleField(context),
    {
      id: 'f-description',
      label: context.t('field.description'),
      value: sale.description,
      wide: true,
      control: () =>
        html`<textarea
          id="f-description"
          rows="3"
          .value=${sale.description ?? ''}
          @input=${(event: Event) => context.edit({ description: textOf(event) })}
        ></textarea>`,
    },
    amountField(context),
    saleTypeField(context),
    stageField(context),
    {
      id: 'f-probability',
      label: context.t('field.probability'),
      value: formatPercent(sale.probability, context.locale),
      control: () =>
        numberInput(
          'f-probability',
          sale.probability,
          (probability) =>
            context.edit({
              probability:
                probability === undefined ? undefined : Math.min(100, Math.max(0, Math.round(probability))),
            }),
          { min: 0, max: 100, step: '1' },
        ),
    },
    {
      id: 'f-stalled',
      label: context.t('field.stalled'),
      value: yesNo(context, sale.status === 'stalled'),
      checkbox: true,
      control: () =>
        checkbox(
          'f-stalled',
          sale.status === 'stalled',
          (stalled) => context.replace(setStalled(sale, stalled)),
          !canStall,
        ),
    },
    ...closedFields(context),
    ...recordFields(context),
    {
      id: 'f-sale-date',
      label: context.t('field.saleDate'),
      value: sale.saleDate && formatDate(sale.saleDate, context.locale),
      control: () =>
        dateInput('f-sale-date', sale.saleDate, (saleDate) => context.edit({ saleDate }), context.locale),
    },
    ...followUpFields(context),
    ...userFieldFields(context, pinned, 'pinned-field'),
    {
      id: 'f-completed',
      label: context.t('field.completed'),
      value: yesNo(context, closed && sale.done === true),
      checkbox: true,
      control: () =>
        checkbox('f-completed', closed && sale.done === true, (done) => context.edit({ done }), !closed),
    },
  ];
  return renderFields(context, fields);
}
