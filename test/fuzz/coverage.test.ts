import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENTS, publicProperties, RUNS_PER_PROPERTY } from './fuzz-properties.js';

describe('the fuzz suite', () => {
  it('covers every element and at least 10,000 values in all', () => {
    const registered = [
      'sale-status-icon',
      'sale-tabs',
      'sale-card',
      'sale-combobox',
      'selection-panel',
      'sales-guide-card',
      'sale-sections',
      'sale-list',
      'sale-screen',
    ];
    expect(Object.keys(ELEMENTS)).to.have.members(registered);
    const properties = registered.flatMap((tag) => publicProperties(tag));
    expect(properties.length * RUNS_PER_PROPERTY).to.be.at.least(10_000);
  });

  it('starts each element from good data in every public property', () => {
    for (const [tag, data] of Object.entries(ELEMENTS)) {
      expect(Object.keys(data), tag).to.include.members(publicProperties(tag));
    }
  });
});
