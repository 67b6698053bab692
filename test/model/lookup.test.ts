import { expect } from '@open-wc/testing';
import { contactForCompany, MAX_LOOKUP_RESULTS, readLookupResults } from '../../src/model/lookup.js';
import type { DataWarning } from '../../src/model/types.js';

const ACME = { id: 1, name: 'Acme' };
const GLOBEX = { id: 2, name: 'Globex' };
const KARI = { id: 21, name: 'Kari Nordmann' };

describe('lookup', () => {
  describe('contactForCompany', () => {
    it('drops a contact who belongs to another company', () => {
      expect(contactForCompany(KARI, ACME, GLOBEX)).to.equal(undefined);
    });

    it('keeps a contact of the chosen company, matching ids as text', () => {
      expect(contactForCompany(KARI, ACME, { id: '1', name: 'Acme Inc.' })).to.equal(KARI);
    });

    it('keeps a contact whose company is not known', () => {
      expect(contactForCompany(KARI, undefined, GLOBEX)).to.equal(KARI);
    });

    it('keeps the contact when the company is only cleared, and has nothing to keep without one', () => {
      expect(contactForCompany(KARI, ACME, undefined)).to.equal(KARI);
      expect(contactForCompany(undefined, ACME, GLOBEX)).to.equal(undefined);
    });
  });

  describe('readLookupResults', () => {
    it('keeps { id, name } records and a person’s company, dropping other fields', () => {
      const warnings: DataWarning[] = [];
      const results = readLookupResults([{ ...KARI, company: ACME, email: 'k@x.no' }, GLOBEX], warnings);
      expect(results).to.deep.equal([{ ...KARI, company: ACME }, GLOBEX]);
      expect(warnings).to.deep.equal([]);
    });

    it('leaves out what is not a record, naming where it was', () => {
      const warnings: DataWarning[] = [];
      expect(readLookupResults([ACME, null, { name: 'no id' }, 7], warnings)).to.deep.equal([ACME]);
      expect(warnings.map(({ field }) => field)).to.deep.equal(['lookup result[2].id', 'lookup result[3]']);
    });

    it('reads an answer that is not a list as no results, with a warning', () => {
      const warnings: DataWarning[] = [];
      expect(readLookupResults({ results: [ACME] }, warnings)).to.deep.equal([]);
      expect(warnings.map(({ field }) => field)).to.deep.equal(['lookup']);
    });

    it('survives hostile answers: throwing getters and revoked proxies', () => {
      const warnings: DataWarning[] = [];
      const { proxy, revoke } = Proxy.revocable([ACME], {});
      revoke();
      const throwing = new Proxy([ACME], {
        get() {
          throw new Error('trap');
        },
      });
      expect(readLookupResults(proxy, warnings)).to.deep.equal([]);
      expect(readLookupResults(throwing, warnings)).to.deep.equal([]);
    });

    it(`shows at most ${MAX_LOOKUP_RESULTS} results`, () => {
      const many = Array.from({ length: 80 }, (_, index) => ({ id: index, name: `Company ${index}` }));
      expect(readLookupResults(many, [])).to.have.length(MAX_LOOKUP_RESULTS);
    });
  });
});
