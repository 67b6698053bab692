import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftController } from '../../src/controllers/draft-controller.js';

interface Item {
  id: number;
  title: string;
  note?: string;
}

function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

const make = (initial: Item = { id: 1, title: 'A' }) => {
  const host = fakeHost();
  const drafts = new DraftController<Item>(host, initial, { sameRecord: (a, b) => a.id === b.id });
  return { host, drafts };
};

describe('DraftController', () => {
  it('registers with its host and starts clean, not editing', () => {
    const { host, drafts } = make();
    expect(host.controllers).to.have.length(1);
    drafts.hostConnected();
    expect(drafts.editing).to.be.false;
    expect(drafts.dirty).to.be.false;
    expect(drafts.changes).to.deep.equal({});
  });

  it('tracks changes by field while editing', () => {
    const { host, drafts } = make({ id: 1, title: 'A', note: 'n' });
    drafts.edit();
    drafts.edit();
    expect(drafts.dirty).to.be.false;
    drafts.update({ title: 'B' });
    expect(drafts.changes).to.deep.equal({ title: 'B' });
    drafts.set({ id: 1, title: 'B' });
    expect(drafts.changes).to.deep.equal({ title: 'B', note: null });
    expect(drafts.dirty).to.be.true;
    expect(host.updates).to.be.greaterThan(2);
  });

  it('discard returns to the base and leaves edit mode', () => {
    const { drafts } = make();
    drafts.edit();
    drafts.update({ title: 'B' });
    drafts.discard();
    expect(drafts.draft).to.deep.equal({ id: 1, title: 'A' });
    expect(drafts.editing).to.be.false;
  });

  it('keeps the draft over a newer version of the same record and reports conflicts', () => {
    const { drafts } = make({ id: 1, title: 'A', note: 'n' });
    drafts.edit();
    drafts.update({ title: 'Mine' });
    expect(drafts.receive({ id: 1, title: 'A', note: 'theirs' })).to.be.true;
    expect(drafts.draft).to.deep.equal({ id: 1, title: 'Mine', note: 'theirs' });
    expect(drafts.conflicts).to.deep.equal([]);
    drafts.receive({ id: 1, title: 'Theirs', note: 'theirs' });
    expect(drafts.draft.title).to.equal('Mine');
    expect(drafts.conflicts).to.deep.equal(['title']);
    // The same change on both sides is no conflict, and a resolved one goes away.
    drafts.update({ title: 'Theirs' });
    drafts.receive({ id: 1, title: 'Theirs', note: 'theirs' });
    expect(drafts.conflicts).to.deep.equal([]);
    expect(drafts.dirty).to.be.false;
  });

  it('takes their version of the conflicting fields, including one they cleared, and keeps the rest', () => {
    const { drafts } = make({ id: 1, title: 'A', note: 'n' });
    drafts.acceptTheirs();
    expect(drafts.draft).to.deep.equal({ id: 1, title: 'A', note: 'n' }, 'nothing to take without conflicts');
    drafts.edit();
    drafts.update({ title: 'My title', note: 'my note' });
    drafts.receive({ id: 1, title: 'Their title' });
    expect(drafts.conflicts).to.deep.equal(['title', 'note']);
    drafts.acceptTheirs();
    expect(drafts.draft).to.deep.equal({ id: 1, title: 'Their title' });
    expect(drafts.conflicts).to.deep.equal([]);
    expect(drafts.dirty).to.be.false;
  });

  it('replaces the draft with a different record or when not editing', () => {
    const { drafts } = make();
    expect(drafts.receive({ id: 1, title: 'B' })).to.be.false;
    expect(drafts.draft.title).to.equal('B');
    drafts.edit();
    drafts.update({ title: 'Mine' });
    expect(drafts.receive({ id: 2, title: 'Other' })).to.be.false;
    expect(drafts.editing).to.be.false;
    expect(drafts.draft).to.deep.equal({ id: 2, title: 'Other' });
  });
});
