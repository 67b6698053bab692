/** The Sale tab's controls (sale-tab.ts has its fields), by field id. */
import { html, nothing } from 'lit';
import { formatPercent } from '../../model/format.js';
import { currentStageChoice, setStalled, stageChoiceOf, stageOptions } from '../../model/stages.js';
import { TEXT_LIMITS } from '../../model/normalize.js';
import type { CardContext } from './card-context.js';
import type { FieldControls } from './edit-forms.js';
import {
  checkbox,
  dateInput,
  describedBy,
  findById,
  numberInput,
  refSelect,
  selectedOf,
  textOf,
  withCurrent,
} from './field-controls.js';
import { userFieldControls } from './more-tab.edit.js';
import { recordControls } from './record-fields.edit.js';
import { isClosed, pinnedUserFields } from './sale-tab.js';

type Control = FieldControls[string];

/** The error of a required field left empty, as the field's control shows it. */
function requiredError(context: CardContext, field: 'title' | 'saleType'): string | undefined {
  return context.missing.includes(field)
    ? context.t('error.required', { field: context.t(`field.${field}`) })
    : undefined;
}

function titleControl(context: CardContext): Control {
  const { sale } = context;
  const field = { id: 'f-title', error: requiredError(context, 'title') };
  return {
    error: field.error,
    control: () =>
      html`<input
        id=${field.id}
        type="text"
        required
        maxlength=${TEXT_LIMITS.title}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${describedBy(field)}
        .value=${sale.title}
        @input=${(event: Event) => context.edit({ title: (event.target as HTMLInputElement).value })}
      />`,
  };
}

function amountControl(context: CardContext): Control {
  const { sale, lists } = context;
  // No currencies means the CRM has currency turned off: the code shows as text.
  const currencies =
    sale.currency && lists.currencies.length > 0 && !lists.currencies.includes(sale.currency)
      ? [...lists.currencies, sale.currency]
      : lists.currencies;
  return {
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

function saleTypeControl(context: CardContext): Control {
  const { sale, lists } = context;
  const field = { id: 'f-sale-type', error: requiredError(context, 'saleType') };
  return {
    error: field.error,
    control: () => {
      const options = withCurrent(lists.saleTypes, sale.saleType);
      return html`<select
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
    },
  };
}

function stageControl(context: CardContext): Control {
  const { sale } = context;
  return {
    control: () => {
      const options = stageOptions(sale, context.lists.stages);
      const current = currentStageChoice(sale);
      return html`<select
        id="f-stage"
        @change=${(event: Event) => context.pickStage(selectedOf(event), options)}
      >
        <option value="" ?selected=${current === ''} disabled>—</option>
        ${options.map((stage) => {
          const value = stageChoiceOf(stage);
          return html`<option value=${value} ?selected=${value === current}>
            ${stage.name} (${formatPercent(stage.probability, context.locale)})
          </option>`;
        })}
        <option value="sold" ?selected=${current === 'sold'}>${context.t('status.sold')}</option>
        <option value="lost" ?selected=${current === 'lost'}>${context.t('status.lost')}</option>
      </select>`;
    },
  };
}

/** Every control the Sale tab may show; the tab's fields say which it shows. */
export function saleTabControls(context: CardContext): FieldControls {
  const { sale, lists, locale } = context;
  const closed = isClosed(sale);
  const canStall = sale.status === 'open' || sale.status === 'stalled';
  const closedReasons = sale.status === 'sold' || sale.status === 'lost' ? lists.reasons[sale.status] : [];
  return {
    'f-title': titleControl(context),
    'f-description': {
      control: () =>
        html`<textarea
          id="f-description"
          rows="3"
          .value=${sale.description ?? ''}
          @input=${(event: Event) => context.edit({ description: textOf(event) })}
        ></textarea>`,
    },
    'f-amount': amountControl(context),
    'f-sale-type': saleTypeControl(context),
    'f-stage': stageControl(context),
    'f-probability': {
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
    'f-stalled': {
      control: () =>
        checkbox(
          'f-stalled',
          sale.status === 'stalled',
          (stalled) => context.replace(setStalled(sale, stalled)),
          !canStall,
        ),
    },
    'f-reason': {
      control: () =>
        refSelect(context, 'f-reason', closedReasons, sale.reason, (reason) => context.edit({ reason })),
    },
    'f-competitor': {
      control: () =>
        refSelect(context, 'f-competitor', lists.competitors, sale.competitor, (competitor) =>
          context.edit({ competitor }),
        ),
    },
    ...recordControls(context),
    'f-sale-date': {
      control: () =>
        dateInput('f-sale-date', sale.saleDate, (saleDate) => context.edit({ saleDate }), locale),
    },
    'f-reopen-date': {
      control: () =>
        dateInput('f-reopen-date', sale.reopenDate, (reopenDate) => context.edit({ reopenDate }), locale),
    },
    'f-stalled-reason': {
      control: () =>
        refSelect(context, 'f-stalled-reason', lists.reasons.stalled, sale.stalledReason, (stalledReason) =>
          context.edit({ stalledReason }),
        ),
    },
    ...userFieldControls(context, pinnedUserFields(sale), 'pinned-field'),
    'f-completed': {
      control: () =>
        checkbox('f-completed', closed && sale.done === true, (done) => context.edit({ done }), !closed),
    },
  };
}
