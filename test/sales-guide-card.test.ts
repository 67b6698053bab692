import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sales-guide-card.js';
import type { SaleStageChangeEvent, SalesGuideCard } from '../src/sales-guide-card.js';
import type { SalesGuide } from '../src/model/types.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';

const GUIDE: SalesGuide = {
  id: 7,
  name: 'Standard sale',
  autoAdvance: true,
  stages: [
    {
      stageId: 1,
      name: 'Lead',
      probability: 10,
      steps: [
        { id: 11, kind: 'activity', title: 'First call', done: true },
        { id: 12, kind: 'document', title: 'Intro letter', done: true },
      ],
    },
    {
      stageId: 2,
      name: 'Needs analysis',
      probability: 30,
      steps: [
        { id: 21, kind: 'activity', title: 'Discovery meeting', purpose: 'Learn what they need', done: true },
        { id: 22, kind: 'activity', title: 'Site visit' },
        { id: 23, kind: 'document', title: 'Needs summary' },
      ],
    },
    {
      stageId: 3,
      name: 'Proposal',
      probability: 60,
      steps: [{ id: 31, kind: 'document', title: 'Proposal' }],
    },
    { stageId: 4, name: 'Negotiation', probability: 80, steps: [] },
  ],
};

/** The guide with the given stage's steps all done. */
function withStageDone(guide: SalesGuide, stageId: number): SalesGuide {
  return {
    ...guide,
    stages: guide.stages.map((stage) =>
      stage.stageId === stageId
        ? { ...stage, steps: stage.steps.map((step) => ({ ...step, done: true })) }
        : stage,
    ),
  };
}

interface Options {
  guide?: unknown;
  stageId?: unknown;
  status?: string;
  readonly?: boolean;
  showAll?: boolean;
  lang?: string;
}

async function render({
  guide = GUIDE,
  stageId = 2,
  status = 'open',
  readonly = false,
  showAll = false,
  lang,
}: Options = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang ?? 'en'}>
      <sales-guide-card
        .guide=${guide as SalesGuide}
        .stageId=${stageId as number}
        status=${status}
        ?readonly=${readonly}
        ?show-all-stages=${showAll}
      ></sales-guide-card>
    </div>`,
  );
  const el = wrapper.querySelector('sales-guide-card')!;
  await el.updateComplete;
  return el;
}

const root = (el: SalesGuideCard) => el.shadowRoot!;
const stageItems = (el: SalesGuideCard) => [...root(el).querySelectorAll<HTMLElement>('[part~="stage"]')];
const stageNames = (el: SalesGuideCard) =>
  stageItems(el).map(
    (item) => item.getAttribute('aria-label') ?? item.textContent!.replace(/\s+/g, ' ').trim(),
  );
const checkboxes = (el: SalesGuideCard) => [
  ...root(el).querySelectorAll<HTMLInputElement>('[part~="step"] input[type="checkbox"]'),
];
const checkboxNamed = (el: SalesGuideCard, title: string) =>
  checkboxes(el).find(
    (box) => root(el).querySelector(`label[for="${box.id}"]`)!.textContent!.trim() === title,
  )!;
const createButtons = (el: SalesGuideCard) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[part~="create"]'),
];
const offerOf = (el: SalesGuideCard) => root(el).querySelector<HTMLElement>('[part~="offer"]');
const buttonNamed = (container: ParentNode, text: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent!.trim() === text)!;
const groupLabels = (el: SalesGuideCard) =>
  [...root(el).querySelectorAll('[role="group"]:not([part~="offer"])')].map((group) =>
    root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim(),
  );
const showAllBox = (el: SalesGuideCard) =>
  root(el).querySelector<HTMLInputElement>('[part~="show-all"] input')!;

function record<K extends 'sale-guide-step' | 'sale-stage-change'>(type: K) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => events.push(event);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

describe('<sales-guide-card>', () => {
  let steps: ReturnType<typeof record<'sale-guide-step'>>;
  let stages: ReturnType<typeof record<'sale-stage-change'>>;
  beforeEach(() => {
    steps = record('sale-guide-step');
    stages = record('sale-stage-change');
  });
  afterEach(() => {
    steps.stop();
    stages.stop();
  });

  describe('stage bar', () => {
    it('shows one button per stage, named with the stage and its position', async () => {
      const el = await render();
      const list = root(el).querySelector('ol[part="stages"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Stages of Standard sale');
      expect(stageItems(el).every((item) => item.localName === 'button')).to.be.true;
      expect(stageNames(el)).to.deep.equal([
        'Lead, done',
        'Needs analysis, current stage',
        'Proposal, upcoming',
        'Negotiation, upcoming',
      ]);
      expect(stageItems(el).map((item) => item.getAttribute('aria-current'))).to.deep.equal([
        null,
        'step',
        null,
        null,
      ]);
      expect(stageItems(el).map((item) => item.getAttribute('part'))).to.deep.equal([
        'stage stage-done',
        'stage stage-current',
        'stage stage-upcoming',
        'stage stage-upcoming',
      ]);
      await expect(el).to.be.accessible();
    });

    it('starts on the first stage without a stageId, and matches a stageId given as text', async () => {
      const el = await render({ stageId: null });
      expect(stageItems(el)[0]!.getAttribute('aria-current')).to.equal('step');
      el.stageId = '3';
      await el.updateComplete;
      expect(stageItems(el)[2]!.getAttribute('aria-current')).to.equal('step');
    });

    it('reads the stage-id attribute', async () => {
      const el = await fixture<SalesGuideCard>(
        html`<sales-guide-card .guide=${GUIDE} stage-id="4"></sales-guide-card>`,
      );
      expect(stageItems(el)[3]!.getAttribute('aria-current')).to.equal('step');
    });

    it('warns and shows the first stage for a stageId that matches no stage', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render({ stageId: 99 });
        expect(stageItems(el)[0]!.getAttribute('aria-current')).to.equal('step');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('stageId: "99"');
      } finally {
        warnings.restore();
      }
    });

    it('emits sale-stage-change for an earlier or a later stage, not for the current one', async () => {
      const el = await render();
      stageItems(el)[0]!.click();
      stageItems(el)[3]!.click();
      stageItems(el)[1]!.click();
      expect(stages.events.map((event) => event.detail)).to.deep.equal([{ stageId: 1 }, { stageId: 4 }]);
      const [event] = stages.events;
      expect(event!.bubbles && event!.composed).to.be.true;
      expect(Object.isFrozen(event!.detail)).to.be.true;
    });

    it('is in the Tab order and picks a stage with Enter and Space', async () => {
      const el = await render();
      stageItems(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(stageItems(el)[1]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(stages.events.map((event) => event.detail.stageId)).to.deep.equal([3, 4]);
    });

    it('fires nothing when the host changes the stage or the guide', async () => {
      const el = await render();
      el.stageId = 3;
      el.guide = withStageDone(GUIDE, 3);
      await el.updateComplete;
      expect(stages.events).to.have.length(0);
      expect(steps.events).to.have.length(0);
    });
  });

  describe('steps', () => {
    it('groups the current stage steps into Follow-ups and Documents', async () => {
      const el = await render();
      expect(groupLabels(el)).to.deep.equal(['Follow-ups', 'Documents']);
      const [followUps, documents] = [...root(el).querySelectorAll('[part="steps"] > [role="group"]')];
      expect(
        [...followUps!.querySelectorAll('label')].map((label) => label.textContent!.trim()),
      ).to.deep.equal(['Discovery meeting', 'Site visit']);
      expect(
        [...documents!.querySelectorAll('label')].map((label) => label.textContent!.trim()),
      ).to.deep.equal(['Needs summary']);
      expect(root(el).querySelectorAll('[role="heading"]')).to.have.length(2);
      expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('labels each checkbox by its title and describes it by its purpose', async () => {
      const el = await render();
      const box = checkboxNamed(el, 'Discovery meeting');
      expect(box.checked).to.be.true;
      expect(root(el).getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Learn what they need',
      );
      const plain = checkboxNamed(el, 'Site visit');
      expect(plain.checked).to.be.false;
      expect(plain.hasAttribute('aria-describedby')).to.be.false;
    });

    it('names each Create button "Create <title>"', async () => {
      const el = await render();
      expect(createButtons(el).map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Create Discovery meeting',
        'Create Site visit',
        'Create Needs summary',
      ]);
      expect(createButtons(el).every((button) => button.textContent!.trim() === 'Create')).to.be.true;
    });

    it('emits create, complete and reopen with the stage and step ids', async () => {
      const el = await render();
      createButtons(el)[1]!.click();
      checkboxNamed(el, 'Site visit').click();
      checkboxNamed(el, 'Discovery meeting').click();
      expect(steps.events.map((event) => event.detail)).to.deep.equal([
        { stageId: 2, stepId: 22, action: 'create' },
        { stageId: 2, stepId: 22, action: 'complete' },
        { stageId: 2, stepId: 21, action: 'reopen' },
      ]);
      expect(steps.events.every((event) => event.bubbles && event.composed)).to.be.true;
    });

    it('toggles a checkbox with Space', async () => {
      const el = await render();
      checkboxNamed(el, 'Site visit').focus();
      await sendKeys({ press: 'Space' });
      expect(steps.events.map((event) => event.detail.action)).to.deep.equal(['complete']);
    });

    it('follows the host: a checkbox shows the guide data again after the next update', async () => {
      const el = await render();
      const box = checkboxNamed(el, 'Site visit');
      box.click();
      expect(box.checked).to.be.true;
      // The host refused the change and sets the guide it has.
      el.guide = { ...GUIDE };
      await el.updateComplete;
      expect(checkboxNamed(el, 'Site visit').checked).to.be.false;
    });

    it('says None for a group without steps', async () => {
      const el = await render({ stageId: 3 });
      const followUps = root(el).querySelector('[part="steps"] > [role="group"]')!;
      expect(followUps.textContent).to.contain('None');
      expect(followUps.querySelector('ul')).to.be.null;
    });

    it('shows a placeholder for a step without a title', async () => {
      const warnings = captureWarnings();
      const guide: SalesGuide = {
        id: 1,
        name: '',
        stages: [{ stageId: 1, name: '', steps: [{ id: 1, kind: 'activity', title: ' ' }] }],
      };
      const el = await render({ guide, stageId: 1 });
      expect(createButtons(el)[0]!.getAttribute('aria-label')).to.equal('Create —');
      expect(stageNames(el)).to.deep.equal(['—, current stage']);
      expect(root(el).querySelector('ol')!.getAttribute('aria-label')).to.equal('Stages of —');
      await expect(el).to.be.accessible();
      warnings.restore();
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('show all stages', () => {
    it('lists every stage under a heading, with its groups one level below', async () => {
      const el = await render({ showAll: true });
      const headings = [...root(el).querySelectorAll('.stage-heading')];
      expect(headings.map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Lead, done',
        'Needs analysis, current stage',
        'Proposal, upcoming',
        'Negotiation, upcoming',
      ]);
      expect(headings.every((heading) => heading.getAttribute('aria-level') === '3')).to.be.true;
      expect(root(el).querySelector('.group-heading')!.getAttribute('aria-level')).to.equal('4');
      expect(groupLabels(el)).to.have.length(8);
      expect(createButtons(el)).to.have.length(6);
      expect(showAllBox(el).checked).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('is toggled by the user through the Show all stages checkbox', async () => {
      const el = await render();
      const label = root(el).querySelector('[part="show-all"]')!;
      expect(label.textContent!.trim()).to.equal('Show all stages');
      showAllBox(el).click();
      await el.updateComplete;
      expect(el.showAllStages).to.be.true;
      expect(el.hasAttribute('show-all-stages')).to.be.true;
      expect(root(el).querySelectorAll('.stage-heading')).to.have.length(4);
      showAllBox(el).click();
      await el.updateComplete;
      expect(el.showAllStages).to.be.false;
      expect(root(el).querySelectorAll('.stage-heading')).to.have.length(0);
    });

    it('emits step events with the stage each step belongs to', async () => {
      const el = await render({ showAll: true });
      createButtons(el)[5]!.click();
      expect(steps.events[0]!.detail).to.deep.equal({ stageId: 3, stepId: 31, action: 'create' });
    });

    it('keeps heading levels within 1-6', async () => {
      const el = await render({ showAll: true });
      el.headingLevel = 6;
      await el.updateComplete;
      expect(root(el).querySelector('.group-heading')!.getAttribute('aria-level')).to.equal('6');
      el.headingLevel = Number.NaN;
      await el.updateComplete;
      expect(root(el).querySelector('.stage-heading')!.getAttribute('aria-level')).to.equal('3');
      el.headingLevel = -2;
      await el.updateComplete;
      expect(root(el).querySelector('.stage-heading')!.getAttribute('aria-level')).to.equal('1');
    });
  });

  describe('auto-advance', () => {
    it('offers the next stage when every step of the current one is done', async () => {
      const el = await render({ guide: withStageDone(GUIDE, 2) });
      const offer = offerOf(el)!;
      expect(offer.getAttribute('role')).to.equal('group');
      expect(root(el).getElementById(offer.getAttribute('aria-labelledby')!)!.textContent).to.contain(
        'Move to Proposal?',
      );
      expect(offer.textContent).to.contain('Every step of Needs analysis is done.');
      // Shown on first render, so it does not take focus from the page.
      expect(root(el).activeElement).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('Yes emits sale-stage-change with the next stage and moves focus to the new current stage', async () => {
      const el = await render({ guide: withStageDone(GUIDE, 2) });
      const onStage = (event: SaleStageChangeEvent) => (el.stageId = event.detail.stageId);
      el.addEventListener('sale-stage-change', onStage);
      buttonNamed(offerOf(el)!, 'Yes').click();
      await el.updateComplete;
      el.removeEventListener('sale-stage-change', onStage);
      expect(stages.events.map((event) => event.detail)).to.deep.equal([{ stageId: 3 }]);
      expect(offerOf(el)).to.be.null;
      expect(root(el).activeElement).to.equal(stageItems(el)[2]);
    });

    it('No hides the offer and focuses the current stage, without an event', async () => {
      const el = await render({ guide: withStageDone(GUIDE, 2) });
      buttonNamed(offerOf(el)!, 'No').click();
      await el.updateComplete;
      expect(offerOf(el)).to.be.null;
      expect(stages.events).to.have.length(0);
      expect(root(el).activeElement).to.equal(stageItems(el)[1]);
    });

    it('appears and takes focus when the user completes the last step', async () => {
      const guide = withStageDone(GUIDE, 2);
      guide.stages[1]!.steps[2]!.done = false;
      const el = await render({ guide });
      expect(offerOf(el)).to.be.null;
      const onStep = () => (el.guide = withStageDone(GUIDE, 2));
      el.addEventListener('sale-guide-step', onStep);
      checkboxNamed(el, 'Needs summary').click();
      await el.updateComplete;
      el.removeEventListener('sale-guide-step', onStep);
      expect(offerOf(el)).to.exist;
      expect(root(el).activeElement).to.equal(offerOf(el));
    });

    it('comes back after No when the user completes a step again', async () => {
      const el = await render({ guide: withStageDone(GUIDE, 2) });
      buttonNamed(offerOf(el)!, 'No').click();
      await el.updateComplete;
      checkboxNamed(el, 'Site visit').click();
      await el.updateComplete;
      checkboxNamed(el, 'Site visit').click();
      await el.updateComplete;
      expect(offerOf(el)).to.exist;
    });

    it('is not offered without autoAdvance, on the last stage, or for a stage without steps', async () => {
      expect(offerOf(await render({ guide: { ...withStageDone(GUIDE, 2), autoAdvance: false } }))).to.be.null;
      const last: SalesGuide = { ...GUIDE, stages: GUIDE.stages.slice(0, 3) };
      expect(offerOf(await render({ guide: withStageDone(last, 3), stageId: 3 }))).to.be.null;
      expect(offerOf(await render({ stageId: 4 }))).to.be.null;
    });
  });

  describe('read-only and finished', () => {
    it('readonly: stages are text with aria-current, steps show their state, no actions', async () => {
      const el = await render({ readonly: true, guide: withStageDone(GUIDE, 2) });
      expect(el.hasAttribute('readonly')).to.be.true;
      expect(root(el).querySelectorAll('[part~="stages"] button')).to.have.length(0);
      expect(stageItems(el)[1]!.getAttribute('aria-current')).to.equal('step');
      expect(checkboxes(el)).to.have.length(0);
      expect(createButtons(el)).to.have.length(0);
      expect(offerOf(el)).to.be.null;
      const rows = [...root(el).querySelectorAll('[part~="step"]')];
      expect(rows.map((row) => row.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Discovery meeting, done Learn what they need',
        'Site visit, done',
        'Needs summary, done',
      ]);
      await expect(el).to.be.accessible();
    });

    it('marks open steps "not done" when read-only', async () => {
      const el = await render({ readonly: true });
      const row = root(el).querySelectorAll('[part~="step-open"]')[0]!;
      expect(row.textContent).to.contain('Site visit, not done');
    });

    for (const [status, note] of [
      ['sold', 'The sale is sold, so the guide is finished.'],
      ['lost', 'The sale is lost, so the guide is finished.'],
    ] as const) {
      it(`${status}: every stage done, a note, and no actions`, async () => {
        const el = await render({ status });
        expect(root(el).querySelector('[part="status"]')!.textContent).to.equal(note);
        expect(stageItems(el).map((item) => item.getAttribute('part'))).to.deep.equal(
          Array(4).fill('stage stage-done'),
        );
        expect(root(el).querySelectorAll('button')).to.have.length(0);
        expect(checkboxes(el)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad data', () => {
    it('shows a message, silently, before a guide is set', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SalesGuideCard>(html`<sales-guide-card></sales-guide-card>`);
        expect(root(el).textContent!.trim()).to.equal('No sales guide to show.');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    for (const [name, guide, field] of [
      ['null', null, 'guide:'],
      ['a string', 'standard', 'guide:'],
      ['missing stages', { id: 1, name: 'G' }, 'guide.stages:'],
      ['stages that are not a list', { id: 1, name: 'G', stages: {} }, 'guide.stages:'],
    ] as const) {
      it(`renders a fallback and warns once for ${name}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await render({ guide });
          expect(root(el).textContent!.trim()).to.match(
            /^(No sales guide to show|This sales guide has no stages)\.$/,
          );
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<sales-guide-card>').and.contain(field);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows stages whose steps are not a list, without steps, and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render({
          guide: {
            id: 1,
            name: 'G',
            stages: [
              { stageId: 1, name: 'A', steps: 'x' },
              { stageId: 2, name: 'B' },
            ],
          },
          stageId: 1,
        });
        expect(stageItems(el)).to.have.length(2);
        expect(checkboxes(el)).to.have.length(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('guide.stages[0].steps').and.contain('guide.stages[1].steps');
      } finally {
        warnings.restore();
      }
    });

    it('treats step titles as text, never markup', async () => {
      const guide: SalesGuide = {
        id: 1,
        name: 'G',
        stages: [
          {
            stageId: 1,
            name: '<b>A</b>',
            steps: [{ id: 1, kind: 'activity', title: '<img src=x onerror=alert(1)>' }],
          },
        ],
      };
      const el = await render({ guide, stageId: 1 });
      expect(root(el).querySelector('img')).to.be.null;
      expect(root(el).querySelector('b')).to.be.null;
      expect(root(el).querySelector('[part~="step"] label')!.textContent).to.equal(
        '<img src=x onerror=alert(1)>',
      );
    });
  });

  describe('language and styles', () => {
    it('speaks Norwegian under lang="nb"', async () => {
      const el = await render({ lang: 'nb', guide: withStageDone(GUIDE, 2) });
      expect(groupLabels(el)).to.deep.equal(['Oppfølginger', 'Dokumenter']);
      expect(createButtons(el)[0]!.getAttribute('aria-label')).to.equal('Opprett Discovery meeting');
      expect(createButtons(el)[0]!.textContent!.trim()).to.equal('Opprett');
      expect(root(el).querySelector('[part="show-all"]')!.textContent!.trim()).to.equal('Vis alle faser');
      expect(offerOf(el)!.textContent).to.contain('Gå til Proposal?');
      expect(buttonNamed(offerOf(el)!, 'Ja')).to.exist;
      expect(buttonNamed(offerOf(el)!, 'Nei')).to.exist;
      expect(stageNames(el)[0]).to.equal('Lead, fullført');
      expect(root(el).querySelector('ol')!.getAttribute('aria-label')).to.equal('Faser i Standard sale');
    });

    it('keeps a visible border on the current stage in forced colours', async () => {
      const el = await render();
      await withForcedColors(() => {
        const current = stageItems(el)[1]!;
        expect(getComputedStyle(current).borderTopStyle).to.equal('solid');
      });
    });
  });
});
