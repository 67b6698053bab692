/** The <sale-screen> class module defines and schedules nothing; its entry registers it and every element it renders. */
import { expect } from '@open-wc/testing';
import { scheduledWork } from './helpers/scheduled-work.js';
import * as screen from '../src/elements/sale-screen/sale-screen.js';

const TAGS = [
  'sale-screen',
  'selection-panel',
  'sale-card',
  'sale-sections',
  'sale-tabs',
  'sale-status-icon',
  'sales-guide-card',
];

describe('sale-screen modules', () => {
  it('the class module defines nothing and schedules nothing when imported', () => {
    expect(typeof screen.SaleScreen).to.equal('function');
    expect(TAGS.filter((tag) => customElements.get(tag) !== undefined)).to.deep.equal([]);
    expect(scheduledWork).to.deep.equal([]);
  });

  it('the entry registers the screen and its children, and exports the source helpers', async () => {
    const entry = await import('../src/sale-screen.js');
    expect(TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
    expect(customElements.get('sale-screen')).to.equal(entry.SaleScreen);
    expect(typeof entry.createMemorySource).to.equal('function');
    const root = await import('../src/index.js');
    expect(root.createMemorySource).to.equal(entry.createMemorySource);
    expect(root.SaleScreen).to.equal(entry.SaleScreen);
  });
});
