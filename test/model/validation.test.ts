import { expect } from '@open-wc/testing';
import { missingRequiredFields } from '../../src/model/validation.js';

describe('validation', () => {
  it('requires a title and a sale type; whitespace is empty', () => {
    expect(missingRequiredFields({ title: 'A', saleType: { id: 1, name: 'T' } })).to.deep.equal([]);
    expect(missingRequiredFields({ title: '  \n' })).to.deep.equal(['title', 'saleType']);
    expect(missingRequiredFields({ saleType: null as never })).to.deep.equal(['title', 'saleType']);
  });
});
