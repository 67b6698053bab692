import { expect } from '@open-wc/testing';
import { reportProblems } from '../src/diagnostics/report-problems.js';
import { captureWarnings } from './helpers/console.js';

describe('reportProblems', () => {
  it('logs nothing without problems', () => {
    const warnings = captureWarnings();
    try {
      reportProblems('sale-card', []);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('logs one line naming the element and each field', () => {
    const warnings = captureWarnings();
    try {
      reportProblems('sale-list', [
        { field: 'groupBy', message: 'unknown "colour"' },
        { field: 'today', message: 'not a date' },
      ]);
      expect(warnings.messages).to.deep.equal(['<sale-list>: groupBy: unknown "colour"; today: not a date.']);
    } finally {
      warnings.restore();
    }
  });
});

describe('reportProblems with many problems', () => {
  it('lists the first five and counts the rest', () => {
    const warnings = captureWarnings();
    try {
      const problems = Array.from({ length: 8 }, (_, index) => ({ field: `f${index}`, message: 'bad' }));
      reportProblems('selection-panel', problems);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('f4: bad').and.contain('3 more problems').and.not.contain('f5');
    } finally {
      warnings.restore();
    }
  });
});
