import { expect } from '@open-wc/testing';
import { resolveToday } from '../../src/model/today.js';

describe('resolveToday', () => {
  const now = new Date(2026, 11, 6, 9, 30);

  it('gives the day of a valid ISO date or timestamp', () => {
    expect(resolveToday('2025-06-15', now)).to.deep.equal({ today: '2025-06-15' });
    expect(resolveToday('2025-06-15T23:10:00Z', now)).to.deep.equal({ today: '2025-06-15' });
  });

  it('gives the real date, silently, when unset', () => {
    for (const unset of [undefined, null, '']) {
      expect(resolveToday(unset, now)).to.deep.equal({ today: '2026-12-06' });
    }
  });

  it('gives the real date and a warning naming today for anything else', () => {
    for (const bad of [
      'tomorrow',
      '2025-02-30',
      20250615,
      Object.create(null),
      Symbol('x'),
      new String('2025-06-15'),
    ]) {
      const { today, warning } = resolveToday(bad, now);
      expect(today).to.equal('2026-12-06');
      expect(warning?.field).to.equal('today');
      expect(warning?.message).to.contain('using the real date');
    }
  });
});
