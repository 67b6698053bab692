import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { SaleGuideStepEvent, type GuideStepAction } from '../../events/sale-guide-step.js';
import { SaleStageChangeEvent } from '../../events/sale-stage-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { PLACEHOLDER } from '../../model/format.js';
import { renderIcon } from '../../icons/icon.js';
import { checkBoldIcon, circleIcon, plusIcon } from '../../icons/phosphor.js';
import { STAGE_ICONS } from '../../icons/stage-icons.js';
import {
  currentStageIndex,
  isSameId,
  isStageComplete,
  nextStage,
  readGuide,
  stagePositions,
  stepsByKind,
  type StagePosition,
} from '../../model/guide.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';
import { isSaleStatus } from '../../model/status.js';
import {
  SALE_STATUSES,
  type DataWarning,
  type GuideStage,
  type GuideStep,
  type GuideStepKind,
  type Id,
  type SalesGuide,
  type SaleStatus,
} from '../../model/types.js';
import { isUnset } from '../../properties/is-unset.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import { textAttribute } from '../../properties/text-attribute.js';
import { salesGuideCardMessages } from './sales-guide-card.messages.js';
import { salesGuideCardStyles } from './sales-guide-card.styles.js';

const GROUPS = [
  ['activity', 'guide.followUps'],
  ['document', 'guide.documents'],
] as const satisfies readonly (readonly [GuideStepKind, string])[];

type MessageKey = keyof (typeof salesGuideCardMessages)['en'];

/** Text for a name that may be blank, so no row or button is ever nameless. */
const shown = (text: string | undefined): string => (text?.trim() ? text : PLACEHOLDER);

/**
 * The sales guide of a sale: a bar with one button per stage (done stages show a check, the
 * current one a filled circle, later ones an empty circle), and the current stage's steps in two
 * groups, Follow-ups and Documents. Each step has a checkbox that completes or reopens it and a
 * Create button. "Show all stages" lists every stage's steps. With `guide.autoAdvance`, a stage
 * whose steps are all done offers to move to the next one. A sold or lost sale shows the guide as
 * finished, and `readonly` shows it without any action.
 *
 * The element never changes the guide itself: it reports what the user did and the host sets the
 * new `guide` and `stageId`.
 *
 * @tagname sales-guide-card
 * @summary A sale's sales guide: stage bar, follow-ups and documents of the current stage.
 *
 * @fires {SaleGuideStepEvent} sale-guide-step - The user clicked a step's Create button (`action: 'create'`) or its checkbox (`'complete'` / `'reopen'`). `detail: { stageId, stepId, action }`.
 * @fires {SaleStageChangeEvent} sale-stage-change - The user picked another stage in the stage bar, or said Yes to the auto-advance offer. `detail: { stageId }`.
 *
 * @csspart stages - The list of stages (`<ol>`).
 * @csspart stage - Each stage (a button, or text when there are no actions); also `stage-done`, `stage-current` or `stage-upcoming`.
 * @csspart stage-done - Also on each stage before the current one (and every stage of a finished guide).
 * @csspart stage-current - Also on the current stage, which has `aria-current="step"`.
 * @csspart stage-upcoming - Also on each stage after the current one.
 * @csspart status - The note that the guide is finished (sold or lost sale).
 * @csspart offer - The auto-advance question with its Yes and No buttons.
 * @csspart show-all - The "Show all stages" checkbox and its label.
 * @csspart steps - The box around the Follow-ups and Documents groups of one stage.
 * @csspart step - Each step row; also `step-done` or `step-open`.
 * @csspart step-done - Also on each step that is done.
 * @csspart step-open - Also on each step that is not done.
 * @csspart create - Each step's Create button.
 *
 * @cssprop [--sale-guide-done-color=var(--sale-color-success)] - Colour of the check of done stages and steps.
 * @cssprop [--sale-guide-current-color=var(--sale-color-accent)] - Colour of the current stage, the offer and the buttons.
 * @cssprop [--sale-guide-muted-color=var(--sale-color-text-muted)] - Colour of secondary text and upcoming stages.
 * @cssprop [--sale-guide-border-color=var(--sale-color-border)] - Borders of stages, steps and buttons.
 * @cssprop [--sale-guide-hover-background=var(--sale-color-surface-hover)] - Background of a button under the pointer.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SalesGuideCard extends LitElement {
  static override styles = salesGuideCardStyles;

  static override properties = {
    guide: { attribute: false },
    stageId: { attribute: 'stage-id' },
    status: { reflect: true, converter: textAttribute },
    readonly: { type: Boolean, reflect: true },
    showAllStages: { type: Boolean, attribute: 'show-all-stages', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    guardObjectAttributes(this);
  }

  /** The sales guide: `{ id, name, autoAdvance?, stages: { stageId, name, steps }[] }`. Bad data shows what it can and warns. */
  guide?: SalesGuide;

  /** The sale's current stage (a `stageId` of the guide). Unknown or missing: the first stage. */
  stageId?: Id;

  /** The sale's status. `sold` and `lost` show the guide as finished: every stage done, no actions. */
  status: SaleStatus = 'open';

  /** Shows the guide without any action: no stage buttons, checkboxes, Create buttons or offers. */
  readonly = false;

  /** Lists the steps of every stage under stage headings instead of only the current stage's. The user toggles it too. */
  showAllStages = false;

  /** The level (1-6) of the headings inside the card; group headings under a stage heading use one more. Default 3. */
  headingLevel = 3;

  /** @internal The stage whose auto-advance offer the user answered with No. */
  private dismissedOffer?: string;
  /** @internal The guide as normalized from `guide`. */
  private shownGuide?: SalesGuide;
  /** @internal The user just completed a step: an offer that appears next takes focus. */
  private offerFocusPending = false;
  /** @internal The user answered the offer: focus the current stage after the update. */
  private stageFocusPending = false;
  /** @internal */
  private readonly locale = new LocaleController(this, salesGuideCardMessages);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: DataWarning[] = [];
    if (changed.has('guide')) {
      const { guide, warnings } = readGuide(this.guide);
      this.shownGuide = guide;
      problems.push(...warnings);
    }
    if ((changed.has('guide') || changed.has('stageId')) && this.shownGuide && this.stageId != null) {
      const known = this.shownGuide.stages.some((stage) => isSameId(stage.stageId, this.stageId));
      if (!known && this.shownGuide.stages.length > 0) {
        problems.push({
          field: 'stageId',
          message: `${describeValue(typeof this.stageId === 'number' ? String(this.stageId) : this.stageId)} matches no stage; showing the first`,
        });
      }
    }
    if (changed.has('status') && !isUnset(this.status) && !isSaleStatus(this.status)) {
      problems.push({
        field: 'status',
        message: `expected one of ${SALE_STATUSES.join(', ')}, got ${describeValue(this.status)}; showing the guide as open`,
      });
    }
    reportProblems('sales-guide-card', problems);
  }

  protected override render() {
    const guide = this.shownGuide;
    if (!guide) return html`<p class="message">${this.t('guide.empty')}</p>`;
    if (guide.stages.length === 0) return html`<p class="message">${this.t('guide.noStages')}</p>`;
    const finished = this.status === 'sold' || this.status === 'lost';
    const actions = !this.readonly && !finished;
    const positions = stagePositions(guide, this.stageId, finished);
    const current = currentStageIndex(guide, this.stageId);
    return html`
      ${this.renderStages(guide, positions, actions)}
      ${finished ? html`<p part="status">${this.t(`guide.finished.${this.status as 'sold' | 'lost'}`)}</p>` : nothing}
      ${actions ? this.renderOffer(guide, guide.stages[current]!) : nothing}
      <label part="show-all">
        <input
          type="checkbox"
          .checked=${live(Boolean(this.showAllStages))}
          @change=${this.onShowAllChange}
        />
        ${this.t('guide.showAll')}
      </label>
      ${
        this.showAllStages
          ? guide.stages.map((stage, index) =>
              this.renderStageSection(stage, index, positions[index]!, actions),
            )
          : this.renderSteps(guide.stages[current]!, current, actions, this.level(0))
      }
    `;
  }

  protected override updated(): void {
    const offer = this.renderRoot.querySelector<HTMLElement>('[part~="offer"]');
    if (offer && this.offerFocusPending) offer.focus();
    this.offerFocusPending = false;
    if (this.stageFocusPending) {
      this.stageFocusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
    }
  }

  /** @internal */
  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.locale.t(key, params);
  }

  /** @internal A heading level `offset` below `headingLevel`, kept within 1-6. */
  private level(offset: number): number {
    const base = Number.isInteger(this.headingLevel) ? this.headingLevel : 3;
    return Math.min(6, Math.max(1, base + offset));
  }

  /** @internal */
  private renderStages(guide: SalesGuide, positions: StagePosition[], actions: boolean): TemplateResult {
    return html`<ol part="stages" aria-label=${this.t('guide.stages', { guide: shown(guide.name) })}>
      ${guide.stages.map((stage, index) => {
        const position = positions[index]!;
        const part = `stage stage-${position}`;
        const current = position === 'current' ? 'step' : undefined;
        const name = shown(stage.name);
        const state = this.t(`guide.position.${position}`);
        const icon = renderIcon(STAGE_ICONS[position]());
        // A button's name is one string: hidden text beside the visible name would read as "Lead , done".
        return html`<li>
          ${
            actions
              ? html`<button
                  type="button"
                  part=${part}
                  aria-current=${ifDefined(current)}
                  aria-label="${name}, ${state}"
                  @click=${() => this.pickStage(stage, position)}
                >
                  ${icon}<span>${name}</span>
                </button>`
              : html`<span part=${part} aria-current=${ifDefined(current)}
                  >${icon}<span>${name}</span><span class="visually-hidden">, ${state}</span></span
                >`
          }
        </li>`;
      })}
    </ol>`;
  }

  /** @internal The auto-advance question, when the current stage is complete and a next one exists. */
  private renderOffer(guide: SalesGuide, stage: GuideStage): TemplateResult | typeof nothing {
    const next = nextStage(guide, stage.stageId);
    if (!guide.autoAdvance || !next || !isStageComplete(stage)) return nothing;
    if (this.dismissedOffer === String(stage.stageId)) return nothing;
    return html`<div part="offer" role="group" aria-labelledby="offer-question" tabindex="-1">
      <p id="offer-question">
        <span>${this.t('guide.allDone', { stage: shown(stage.name) })}</span>
        <strong>${this.t('guide.moveTo', { stage: shown(next.name) })}</strong>
      </p>
      <button type="button" @click=${() => this.answerOffer(next)}>${this.t('guide.yes')}</button>
      <button type="button" @click=${() => this.answerOffer(undefined, stage)}>${this.t('guide.no')}</button>
    </div>`;
  }

  /** @internal One stage under its heading, for "Show all stages". */
  private renderStageSection(
    stage: GuideStage,
    index: number,
    position: StagePosition,
    actions: boolean,
  ): TemplateResult {
    return html`<div role="heading" aria-level=${this.level(0)} class="stage-heading" id="stage-${index}">
        ${shown(stage.name)}<span class="visually-hidden">, ${this.t(`guide.position.${position}`)}</span>
      </div>
      ${this.renderSteps(stage, index, actions, this.level(1))}`;
  }

  /** @internal The Follow-ups and Documents groups of one stage. */
  private renderSteps(stage: GuideStage, index: number, actions: boolean, level: number): TemplateResult {
    const groups = stepsByKind(stage);
    return html`<div part="steps">
      ${GROUPS.map(([kind, label]) => {
        const id = `group-${index}-${kind}`;
        const steps = groups[kind];
        return html`<div role="group" aria-labelledby=${id}>
          <div role="heading" aria-level=${level} class="group-heading" id=${id}>${this.t(label)}</div>
          ${
            steps.length === 0
              ? html`<p class="message">${this.t('guide.none')}</p>`
              : html`<ul>
                  ${steps.map((step, position) =>
                    this.renderStep(stage, step, `${index}-${kind}-${position}`, actions),
                  )}
                </ul>`
          }
        </div>`;
      })}
    </div>`;
  }

  /** @internal */
  private renderStep(stage: GuideStage, step: GuideStep, key: string, actions: boolean): TemplateResult {
    const done = step.done === true;
    const title = shown(step.title);
    const purpose = step.purpose?.trim()
      ? html`<span class="purpose" id="purpose-${key}">${step.purpose}</span>`
      : nothing;
    const part = `step ${done ? 'step-done' : 'step-open'}`;
    if (!actions) {
      return html`<li part=${part}>
        <span class="mark">${renderIcon((done ? checkBoldIcon : circleIcon)())}</span>
        <span
          >${title}<span class="visually-hidden"
            >, ${this.t(done ? 'guide.step.done' : 'guide.step.open')}</span
          >
          ${purpose}</span
        >
      </li>`;
    }
    return html`<li part=${part}>
      <input
        type="checkbox"
        id="step-${key}"
        .checked=${live(done)}
        aria-describedby=${purpose === nothing ? nothing : `purpose-${key}`}
        @change=${(event: Event) =>
          this.actOnStep(stage, step, (event.target as HTMLInputElement).checked ? 'complete' : 'reopen')}
      />
      <span><label for="step-${key}">${title}</label>${purpose}</span>
      <button
        type="button"
        part="create"
        aria-label=${this.t('guide.create', { title })}
        @click=${() => this.actOnStep(stage, step, 'create')}
      >
        ${renderIcon(plusIcon())}${this.t('guide.createShort')}
      </button>
    </li>`;
  }

  /** @internal */
  private pickStage(stage: GuideStage, position: StagePosition): void {
    if (position === 'current') return;
    const event = new SaleStageChangeEvent({ stageId: stage.stageId });
    this.dispatchEvent(event);
  }

  /** @internal */
  private actOnStep(stage: GuideStage, step: GuideStep, action: GuideStepAction): void {
    if (action === 'complete') {
      // Completing a step again is a new chance to offer moving on, even after an earlier No.
      this.offerFocusPending = true;
      this.dismissedOffer = undefined;
      this.requestUpdate();
    }
    const event = new SaleGuideStepEvent({ stageId: stage.stageId, stepId: step.id, action });
    this.dispatchEvent(event);
  }

  /** @internal Yes moves to `next`; No (`dismissed` given) hides the offer for that stage. */
  private answerOffer(next: GuideStage | undefined, dismissed?: GuideStage): void {
    this.stageFocusPending = true;
    if (next) {
      this.dismissedOffer = undefined;
      const event = new SaleStageChangeEvent({ stageId: next.stageId });
      this.dispatchEvent(event);
    } else {
      this.dismissedOffer = String(dismissed!.stageId);
    }
    this.requestUpdate();
  }

  /** @internal */
  private readonly onShowAllChange = (event: Event): void => {
    this.showAllStages = (event.target as HTMLInputElement).checked;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sales-guide-card': SalesGuideCard;
  }
}
