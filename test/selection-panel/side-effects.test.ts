/** Importing the class module defines nothing and schedules nothing; the registering entry does both. */
import { expect } from '@open-wc/testing';

describe('selection-panel modules', () => {
  it('the class module has no side effects; src/selection-panel.ts registers and warms up', async () => {
    const scheduled: string[] = [];
    const originalIdle = window.requestIdleCallback;
    window.requestIdleCallback = (callback, options) => {
      scheduled.push('idle');
      return originalIdle.call(window, callback, options);
    };
    try {
      const { SelectionPanel } = await import('../../src/elements/selection-panel/selection-panel.js');
      expect(SelectionPanel).to.be.a('function');
      expect(customElements.get('selection-panel')).to.equal(undefined);
      expect(customElements.get('sale-status-icon')).to.equal(undefined);
      expect(scheduled).to.deep.equal([]);

      await import('../../src/selection-panel.js');
      expect(customElements.get('selection-panel')).to.equal(SelectionPanel);
      expect(customElements.get('sale-status-icon')).to.exist;
      expect(scheduled).to.deep.equal(['idle']);
    } finally {
      window.requestIdleCallback = originalIdle;
    }
  });
});
