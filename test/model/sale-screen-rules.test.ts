import { expect } from '@open-wc/testing';
import {
  newSaleFor,
  stageChangeFor,
  withMemberField,
  withoutMember,
  withSavedMember,
} from '../../src/model/sale-screen-rules.js';
import { isCompleted } from '../../src/model/status.js';
import { isCompletedMember } from '../../src/model/members.js';
import type { SalesGuide } from '../../src/model/types.js';

const guide: SalesGuide = {
  id: 'g',
  name: 'Guide',
  stages: [
    { stageId: 1, name: 'Lead', probability: 10, steps: [] },
    { stageId: 2, name: 'Offer', steps: [] },
  ],
};
const stages = [
  { id: 2, name: 'Offer (list)', probability: 55 },
  { id: 9, name: 'Listed only', probability: 90 },
];

describe('sale-screen rules', () => {
  it('completed means sold or lost, for the model and the panel alike', () => {
    for (const status of ['open', 'sold', 'lost', 'stalled'] as const) {
      expect(isCompletedMember({ id: 1, status }), status).to.equal(isCompleted({ status }));
      expect(isCompletedMember({ id: 1, status, done: true }), status).to.equal(isCompleted({ status }));
    }
    expect(isCompleted({ status: 'lost' })).to.equal(true);
    expect(isCompleted({ status: 'stalled' })).to.equal(false);
  });

  it('a stage picked in the guide sets the stage and its probability', () => {
    expect(stageChangeFor(guide, stages, 1)).to.deep.equal({
      stage: { id: 1, name: 'Lead', probability: 10 },
      probability: 10,
    });
    // Without a probability in the guide, the listed stage's.
    expect(stageChangeFor(guide, stages, '2')).to.deep.equal({
      stage: { id: 2, name: 'Offer', probability: 55 },
      probability: 55,
    });
    expect(stageChangeFor(undefined, stages, 9)?.probability).to.equal(90);
    expect(stageChangeFor(guide, [], 2, 33)?.probability).to.equal(33);
    expect(stageChangeFor(guide, stages, 'unknown')).to.equal(undefined);
  });

  it('a new sale is open, untitled and owned by the current user', () => {
    expect(newSaleFor({ id: 5, name: 'Ola' })).to.deep.equal({
      id: '',
      title: '',
      status: 'open',
      owner: { id: 5, name: 'Ola' },
    });
    expect(newSaleFor()).to.deep.equal({ id: '', title: '', status: 'open' });
  });

  it('a saved sale replaces its member or joins at the end; a deleted one leaves', () => {
    const members = [
      { id: 1, title: 'A', status: 'open' as const },
      { id: 2, title: 'B', status: 'open' as const },
    ];
    expect(
      withSavedMember(members, { id: '2', title: 'B2', status: 'sold' }).map((m) => m.title),
    ).to.deep.equal(['A', 'B2']);
    expect(withSavedMember(members, { id: 3, title: 'C', status: 'open' }).map((m) => m.id)).to.deep.equal([
      1, 2, 3,
    ]);
    expect(withoutMember(members, '1').map((m) => m.id)).to.deep.equal([2]);
    expect(withMemberField(members, 2, { favourite: true })[1]).to.deep.include({ id: 2, favourite: true });
    expect(withMemberField(members, 2, { favourite: true })[0]).to.equal(members[0]);
  });
});
