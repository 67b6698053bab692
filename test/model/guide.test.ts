import { expect } from '@open-wc/testing';
import {
  STAGE_POSITIONS,
  currentStageIndex,
  isSameId,
  isStageComplete,
  nextStage,
  readGuide,
  stagePositions,
  stepsByKind,
} from '../../src/model/guide.js';
import type { GuideStage, SalesGuide } from '../../src/model/types.js';

const stage = (stageId: number, name: string, steps: GuideStage['steps'] = []): GuideStage => ({
  stageId,
  name,
  steps,
});

const GUIDE: SalesGuide = {
  id: 1,
  name: 'Standard',
  stages: [
    stage(10, 'Lead', [
      { id: 'a', kind: 'activity', title: 'Call', done: true },
      { id: 'b', kind: 'document', title: 'Offer', done: true },
    ]),
    stage(20, 'Qualify', [
      { id: 'c', kind: 'document', title: 'Brief' },
      { id: 'd', kind: 'activity', title: 'Meeting', done: true },
      { id: 'e', kind: 'activity', title: 'Demo' },
    ]),
    stage(30, 'Close'),
  ],
};

describe('guide model', () => {
  it('lists the three stage positions', () => {
    expect(STAGE_POSITIONS).to.deep.equal(['done', 'current', 'upcoming']);
  });

  it('matches ids by value, numbers and their text alike', () => {
    expect(isSameId(2, '2')).to.be.true;
    expect(isSameId('a', 'a')).to.be.true;
    expect(isSameId(2, 3)).to.be.false;
    expect(isSameId(undefined, undefined)).to.be.false;
    expect(isSameId(null, 'null')).to.be.false;
    expect(isSameId(Object.create(null), Object.create(null))).to.be.false;
    expect(isSameId(Number.NaN, 'NaN')).to.be.false;
  });

  it('finds the current stage, falling back to the first, or -1 without stages', () => {
    expect(currentStageIndex(GUIDE, 20)).to.equal(1);
    expect(currentStageIndex(GUIDE, '30')).to.equal(2);
    expect(currentStageIndex(GUIDE, 99)).to.equal(0);
    expect(currentStageIndex(GUIDE, undefined)).to.equal(0);
    expect(currentStageIndex({ ...GUIDE, stages: [] }, 10)).to.equal(-1);
  });

  it('marks stages before the current one done and later ones upcoming', () => {
    expect(stagePositions(GUIDE, 10)).to.deep.equal(['current', 'upcoming', 'upcoming']);
    expect(stagePositions(GUIDE, 20)).to.deep.equal(['done', 'current', 'upcoming']);
    expect(stagePositions(GUIDE, 30)).to.deep.equal(['done', 'done', 'current']);
    expect(stagePositions(GUIDE, undefined)).to.deep.equal(['current', 'upcoming', 'upcoming']);
  });

  it('marks every stage done when the guide is finished', () => {
    expect(stagePositions(GUIDE, 10, true)).to.deep.equal(['done', 'done', 'done']);
  });

  it('groups steps by kind in guide order', () => {
    const groups = stepsByKind(GUIDE.stages[1]!);
    expect(groups.activity.map((step) => step.id)).to.deep.equal(['d', 'e']);
    expect(groups.document.map((step) => step.id)).to.deep.equal(['c']);
    expect(stepsByKind(GUIDE.stages[2]!)).to.deep.equal({ activity: [], document: [] });
  });

  it('calls a stage complete only when it has steps and all are done', () => {
    expect(isStageComplete(GUIDE.stages[0]!)).to.be.true;
    expect(isStageComplete(GUIDE.stages[1]!)).to.be.false;
    expect(isStageComplete(GUIDE.stages[2]!)).to.be.false;
  });

  it('finds the next stage, none after the last', () => {
    expect(nextStage(GUIDE, 10)?.name).to.equal('Qualify');
    expect(nextStage(GUIDE, '20')?.name).to.equal('Close');
    expect(nextStage(GUIDE, 30)).to.be.undefined;
    expect(nextStage(GUIDE, 99)?.name).to.equal('Qualify');
    expect(nextStage({ ...GUIDE, stages: [] }, 10)).to.be.undefined;
  });

  describe('readGuide', () => {
    it('takes a good guide without warnings', () => {
      const { guide, warnings } = readGuide(GUIDE);
      expect(warnings).to.deep.equal([]);
      expect(guide).to.deep.equal(GUIDE);
      expect(guide).not.to.equal(GUIDE);
    });

    it('treats undefined as no guide yet, silently', () => {
      expect(readGuide(undefined)).to.deep.equal({ warnings: [] });
    });

    it('reports null', () => {
      const { guide, warnings } = readGuide(null);
      expect(guide).to.be.undefined;
      expect(warnings.map((w) => w.field)).to.deep.equal(['guide']);
    });

    it('reports a value that is not a guide', () => {
      const { guide, warnings } = readGuide('standard');
      expect(guide).to.be.undefined;
      expect(warnings.map((w) => w.field)).to.deep.equal(['guide']);
    });

    it('reports missing stages', () => {
      const { guide, warnings } = readGuide({ id: 1, name: 'G' });
      expect(guide?.stages).to.deep.equal([]);
      expect(warnings.map((w) => w.field)).to.deep.equal(['guide.stages']);
      expect(warnings[0]!.message).to.contain('missing');
    });

    it('reports stages that are not a list, once', () => {
      const { guide, warnings } = readGuide({ id: 1, name: 'G', stages: 'many' });
      expect(guide?.stages).to.deep.equal([]);
      expect(warnings.map((w) => w.field)).to.deep.equal(['guide.stages']);
    });

    it('reports a list without usable stages', () => {
      const { warnings } = readGuide({ id: 1, name: 'G', stages: [{ name: 'no id', steps: [] }] });
      expect(warnings.map((w) => w.field)).to.deep.equal(['guide.stages[0].stageId', 'guide.stages']);
    });

    it('reports stages without steps and steps that are not a list', () => {
      const { guide, warnings } = readGuide(
        {
          id: 1,
          name: 'G',
          stages: [
            { stageId: 1, name: 'A' },
            { stageId: 2, name: 'B', steps: 'call them' },
            { stageId: 3, name: 'C', steps: [] },
          ],
        },
        'sale.guide',
      );
      expect(guide?.stages.map((s) => s.steps)).to.deep.equal([[], [], []]);
      expect(warnings.map((w) => w.field)).to.have.members([
        'sale.guide.stages[0].steps',
        'sale.guide.stages[1].steps',
      ]);
    });
  });
});
