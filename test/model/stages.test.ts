import { expect } from '@open-wc/testing';
import {
  chooseSaleType,
  chooseStage,
  currentStageChoice,
  setStalled,
  stageChoiceOf,
  stageOptions,
  stagesFor,
} from '../../src/model/stages.js';
import type { Sale, SaleType, Stage } from '../../src/model/types.js';

const STAGES: Stage[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Offer', probability: 60 },
];
const GUIDED: SaleType = {
  id: 'g',
  name: 'Guided',
  guide: {
    id: 'g',
    name: 'G',
    stages: [
      { stageId: 2, name: 'Offer', steps: [] },
      { stageId: 9, name: 'Unknown', steps: [] },
      { stageId: 3, name: 'Close', probability: 90, steps: [] },
    ],
  },
};
const OPEN: Sale = { id: 1, title: 'S', status: 'open', stage: STAGES[0], probability: 10 };

describe('stages', () => {
  it('stagesFor uses the guide stages (probability from the guide, the stage list, or 0)', () => {
    expect(stagesFor(undefined, STAGES)).to.deep.equal(STAGES);
    expect(stagesFor({ id: 'x', name: 'X', guide: { id: 1, name: 'G', stages: [] } }, STAGES)).to.deep.equal(
      STAGES,
    );
    expect(stagesFor(GUIDED, STAGES).map((stage) => stage.probability)).to.deep.equal([60, 0, 90]);
  });

  it('stageOptions keeps a current stage missing from the list', () => {
    const gone = { id: 7, name: 'Old', probability: 5 };
    expect(stageOptions({ stage: gone }, STAGES)).to.deep.equal([...STAGES, gone]);
    expect(stageOptions({ stage: STAGES[0] }, STAGES)).to.deep.equal(STAGES);
  });

  it('currentStageChoice', () => {
    expect(currentStageChoice(OPEN)).to.equal('stage:1');
    expect(currentStageChoice({ status: 'lost' })).to.equal('lost');
    expect(currentStageChoice({ status: 'open' })).to.equal('');
    expect(stageChoiceOf({ id: 'x' })).to.equal('stage:x');
  });

  it('choosing a stage opens the sale, copies the probability, clears Completed; stalled stays stalled', () => {
    const sold = { ...OPEN, status: 'sold' as const, done: true };
    const next = chooseStage(sold, 'stage:2', STAGES, '2025-01-01');
    expect(next).to.include({ status: 'open', probability: 60 });
    expect('done' in next).to.be.false;
    expect(chooseStage({ ...OPEN, status: 'stalled' }, 'stage:2', STAGES, '2025-01-01').status).to.equal(
      'stalled',
    );
    expect(chooseStage(OPEN, 'stage:99', STAGES, '2025-01-01')).to.equal(OPEN);
  });

  it('Sold and Lost close the sale and date it today unless already closed', () => {
    expect(chooseStage(OPEN, 'sold', STAGES, '2025-01-01')).to.include({
      status: 'sold',
      probability: 100,
      saleDate: '2025-01-01',
    });
    const lost = chooseStage(
      { ...OPEN, status: 'sold', saleDate: '2024-12-01' },
      'lost',
      STAGES,
      '2025-01-01',
    );
    expect(lost).to.include({ status: 'lost', probability: 0, saleDate: '2024-12-01' });
    expect(lost.stage).to.deep.equal(STAGES[0], 'the stage at closing is kept');
  });

  it('setStalled toggles only between open and stalled', () => {
    const stalled = setStalled(OPEN, true);
    expect(stalled.status).to.equal('stalled');
    const reopened = setStalled(
      { ...stalled, reopenDate: '2025-02-01', stalledReason: { id: 1, name: 'R' } },
      false,
    );
    expect(reopened).to.deep.equal(OPEN);
    const sold = { ...OPEN, status: 'sold' as const };
    expect(setStalled(sold, true)).to.equal(sold);
    expect(setStalled(OPEN, false)).to.equal(OPEN);
  });

  it('a guided sale type starts on its first stage unless closed; no type removes it', () => {
    expect(chooseSaleType(OPEN, GUIDED, STAGES)).to.include({ probability: 60 });
    expect(chooseSaleType(OPEN, GUIDED, STAGES).stage!.id).to.equal(2);
    const sold = { ...OPEN, status: 'sold' as const };
    expect(chooseSaleType(sold, GUIDED, STAGES).stage).to.equal(STAGES[0]);
    expect('saleType' in chooseSaleType({ ...OPEN, saleType: GUIDED }, undefined, STAGES)).to.be.false;
    expect(chooseSaleType(OPEN, { id: 'p', name: 'Plain' }, STAGES).stage).to.equal(STAGES[0]);
  });
});
