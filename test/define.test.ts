import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { captureWarnings } from './helpers/console.js';

describe('define()', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    define('define-test-first', First);
    expect(customElements.get('define-test-first')).to.equal(First);
  });

  it('warns instead of throwing when a second copy of the library registers the same tag', () => {
    class Original extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    define('define-test-twice', Original);
    const warnings = captureWarnings();
    try {
      expect(() => define('define-test-twice', SecondCopy)).not.to.throw();
      expect(customElements.get('define-test-twice')).to.equal(Original);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<define-test-twice>').and.contain('only once');
    } finally {
      warnings.restore();
    }
  });

  it('stays silent when the same class is registered again', () => {
    class Same extends HTMLElement {}
    define('define-test-same', Same);
    const warnings = captureWarnings();
    try {
      define('define-test-same', Same);
      expect(warnings.messages).to.be.empty;
    } finally {
      warnings.restore();
    }
  });

  it('lets a second load of the whole bundle warn, not throw', async () => {
    const warnings = captureWarnings();
    try {
      await import('../src/sale-status-icon.js');
      // A second bundle has its own class objects: simulate it with a fresh subclass.
      const { SaleStatusIcon } = await import('../src/elements/sale-status-icon/sale-status-icon.js');
      define('sale-status-icon', class extends SaleStatusIcon {});
      expect(warnings.messages.some((m) => m.includes('<sale-status-icon>'))).to.be.true;
    } finally {
      warnings.restore();
    }
  });
});
