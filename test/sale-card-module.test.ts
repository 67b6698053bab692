/**
 * The class module is free of side effects; the registering entry does the registering and starts
 * the idle-time preparation. Imports are dynamic so that the test sees each one happen.
 */
import { expect } from '@open-wc/testing';

const TAGS = ['sale-card', 'sale-tabs', 'sale-status-icon'];

/** How many times idle work was queued while `action` ran. */
async function idleWorkQueued(action: () => Promise<unknown>): Promise<number> {
  const original = window.requestIdleCallback;
  let queued = 0;
  window.requestIdleCallback = (callback, options) => {
    queued += 1;
    return original(callback, options);
  };
  try {
    await action();
  } finally {
    window.requestIdleCallback = original;
  }
  return queued;
}

describe('sale-card modules', () => {
  it('importing the class module defines no element and queues no idle work', async () => {
    const queued = await idleWorkQueued(() => import('../src/elements/sale-card/sale-card.js'));
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal([undefined, undefined, undefined]);
    expect(queued).to.equal(0);
  });

  it('importing the entry defines the card and its children and queues the idle-time preparation', async () => {
    const queued = await idleWorkQueued(() => import('../src/sale-card.js'));
    const { SaleCard } = await import('../src/elements/sale-card/sale-card.js');
    expect(customElements.get('sale-card')).to.equal(SaleCard);
    expect(TAGS.every((tag) => customElements.get(tag))).to.be.true;
    expect(queued, 'the locale warm-up and the rehearsal').to.equal(2);
  });
});
