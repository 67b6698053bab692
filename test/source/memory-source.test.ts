import { expect } from '@open-wc/testing';
import { createMemorySource } from '../../src/source/memory-source.js';
import type { Sale, SalesGuide } from '../../src/model/types.js';

const guide: SalesGuide = {
  id: 'g',
  name: 'Guide',
  stages: [
    { stageId: 1, name: 'Lead', probability: 10, steps: [{ id: 's1', kind: 'activity', title: 'Call' }] },
    { stageId: 2, name: 'Offer', probability: 50, steps: [] },
  ],
};
const sales: Sale[] = [
  { id: 1, title: 'Fleet', status: 'open', saleType: { id: 't', name: 'New', guide } },
  { id: 2, title: 'Support', status: 'sold' },
];
const lists = {
  stages: [{ id: 1, name: 'Lead', probability: 10 }],
  saleTypes: [],
  currentUser: { id: 5, name: 'Ola' },
};

describe('createMemorySource', () => {
  it('answers lists, members and one sale with copies of its data', async () => {
    const source = createMemorySource({ lists, sales });
    expect(await source.lists()).to.deep.equal(lists);
    const members = await source.members();
    expect(members.map((sale) => sale.title)).to.deep.equal(['Fleet', 'Support']);
    members[0]!.title = 'Changed outside';
    expect((await source.sale(1)).title).to.equal('Fleet');
    expect((await source.sale('2')).title).to.equal('Support');
  });

  it('stores only the changed fields of a draft, and gives a new sale the next id at the end', async () => {
    const source = createMemorySource({ lists, sales });
    const saved = await source.save({ ...sales[0]!, title: 'Draft title', amount: 5 }, { title: 'Fleet 2' });
    expect(saved).to.include({ id: 1, title: 'Fleet 2' });
    expect(saved.amount).to.equal(undefined);
    const created = await source.save({ id: '', title: 'New one', status: 'open' }, { title: 'New one' });
    expect(created).to.include({ id: 3, title: 'New one' });
    expect((await source.members()).map((sale) => sale.id)).to.deep.equal([1, 2, 3]);
    const cleared = await source.save(created, { title: null } as never);
    expect(cleared.title).to.equal(undefined);
  });

  it('removes sales and stores the favourite flag', async () => {
    const source = createMemorySource({ lists, sales });
    await source.favourite(2, true);
    expect((await source.sale(2)).favourite).to.equal(true);
    await source.remove(1);
    expect((await source.members()).map((sale) => sale.id)).to.deep.equal([2]);
    let error: unknown;
    await source.sale(1).catch((reason) => (error = reason));
    expect(String(error)).to.contain('No sale 1');
  });

  it('completes and reopens guide steps and returns the updated sale', async () => {
    const source = createMemorySource({ lists, sales });
    const done = await source.guideStep!(1, { stageId: 1, stepId: 's1', action: 'complete' });
    expect(done!.saleType!.guide!.stages[0]!.steps[0]!.done).to.equal(true);
    const reopened = await source.guideStep!(1, { stageId: 1, stepId: 's1', action: 'reopen' });
    expect(reopened!.saleType!.guide!.stages[0]!.steps[0]!.done).to.equal(false);
  });

  it('fails the methods it is told to, by name or by a test per call', async () => {
    const byName = createMemorySource({ lists, sales }, { fail: ['save'] });
    let error: unknown;
    await byName.save(sales[0]!, {}).catch((reason) => (error = reason));
    expect((error as Error).message).to.equal('save failed');
    const byCall = createMemorySource(
      { lists, sales },
      { fail: (method, args) => method === 'sale' && args[0] === 2 },
    );
    expect((await byCall.sale(1)).id).to.equal(1);
    error = undefined;
    await byCall.sale(2).catch((reason) => (error = reason));
    expect((error as Error).message).to.equal('sale failed');
  });

  it('answers after its latency', async () => {
    const source = createMemorySource({ lists, sales }, { latency: 40 });
    const started = performance.now();
    await source.lists();
    expect(performance.now() - started).to.be.at.least(35);
  });

  it('offers lookup only over records it was given, matching every word of the name', async () => {
    expect(createMemorySource({ lists, sales }).lookup).to.equal(undefined);
    const source = createMemorySource({
      lists,
      sales,
      records: {
        company: [
          { id: 1, name: 'Fjordline Logistikk' },
          { id: 2, name: 'Bergen Bygg' },
        ],
      },
    });
    const signal = new AbortController().signal;
    expect(await source.lookup!('company', 'fjord LOG', { signal })).to.deep.equal([
      { id: 1, name: 'Fjordline Logistikk' },
    ]);
    expect(await source.lookup!('person', 'kari', { signal })).to.deep.equal([]);
  });
});
