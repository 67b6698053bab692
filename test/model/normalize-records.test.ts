import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Normalizer } from '../../src/model/normalize-fields.js';
import {
  HostRecord,
  listOf,
  normalizeActivity,
  normalizeGuide,
  normalizeGuideStage,
  normalizeGuideStep,
  normalizeLink,
  normalizeQuote,
  normalizeRef,
  normalizeSaleType,
  normalizeStage,
  normalizeStakeholder,
  normalizeUserField,
  withoutUndefined,
} from '../../src/model/normalize-records.js';
import type { DataWarning } from '../../src/model/types.js';

function run<T>(normalize: Normalizer<T>, value: unknown, field = 'item') {
  const warnings: DataWarning[] = [];
  const result = normalize(value, field, warnings);
  return { result, warnings, fields: warnings.map((warning) => warning.field) };
}

describe('normalize records', () => {
  describe('HostRecord', () => {
    it('names properties by path, and top-level ones by key alone', () => {
      expect(new HostRecord({}, 'links[2]', []).fieldOf('href')).to.equal('links[2].href');
      expect(new HostRecord({}, '', []).fieldOf('title')).to.equal('title');
    });

    it('opens objects and reports other values, but not absent ones', () => {
      expect(HostRecord.open({}, 'company', [], 'a reference')).to.be.instanceOf(HostRecord);
      const warnings: DataWarning[] = [];
      expect(HostRecord.open('Acme', 'company', warnings, 'a reference')).to.equal(undefined);
      expect(HostRecord.open(undefined, 'owner', warnings, 'a reference')).to.equal(undefined);
      expect(warnings).to.deep.equal([
        { field: 'company', message: 'expected a reference, got "Acme"; left out' },
      ]);
    });

    it('reads a throwing getter as a bad value, reported once', () => {
      const source = {
        id: 1,
        get name(): string {
          throw new Error('lazy load failed');
        },
      };
      const { result, warnings } = run(normalizeRef, source, 'owner');
      expect(result).to.deep.equal({ id: 1, name: '' });
      expect(warnings).to.deep.equal([
        { field: 'owner.name', message: 'expected text, got a property that threw when read; left out' },
      ]);
    });
  });

  describe('withoutUndefined and listOf', () => {
    it('drops undefined properties but keeps null, false and empty values', () => {
      expect(withoutUndefined({ a: undefined, b: null, c: false, d: '' })).to.deep.equal({
        b: null,
        c: false,
        d: '',
      });
    });

    it('makes a list normalizer from an item normalizer', () => {
      expect(run(listOf(normalizeRef), [{ id: 1, name: 'A' }, 'B']).result).to.deep.equal([
        { id: 1, name: 'A' },
      ]);
    });
  });

  describe('normalizeRef', () => {
    it('keeps id and name only', () => {
      expect(run(normalizeRef, { id: 'c1', name: 'Acme', extra: 1 }).result).to.deep.equal({
        id: 'c1',
        name: 'Acme',
      });
    });

    it('leaves out strings and references without an id', () => {
      expect(run(normalizeRef, 'Acme', 'company')).to.deep.include({
        result: undefined,
        fields: ['company'],
      });
      const { result, warnings } = run(normalizeRef, { name: 'Acme' }, 'company');
      expect(result).to.equal(undefined);
      expect(warnings).to.deep.equal([
        {
          field: 'company.id',
          message: 'expected an id (text or a finite number), got nothing; reference left out',
        },
      ]);
    });

    it("keeps a reference without a name as '' with a warning", () => {
      expect(run(normalizeRef, { id: 3 }, 'owner')).to.deep.include({
        result: { id: 3, name: '' },
        fields: ['owner.name'],
      });
    });
  });

  describe('normalizeStage', () => {
    it('keeps a good stage', () => {
      expect(run(normalizeStage, { id: 1, name: 'Lead', probability: 10 })).to.deep.include({
        result: { id: 1, name: 'Lead', probability: 10 },
        warnings: [],
      });
    });

    it('assumes 0 for a missing probability, with a warning', () => {
      expect(run(normalizeStage, { id: 1, name: 'Lead' }, 'stage')).to.deep.include({
        result: { id: 1, name: 'Lead', probability: 0 },
        fields: ['stage.probability'],
      });
    });

    it('reports a bad probability once and clamps an out-of-range one', () => {
      expect(run(normalizeStage, { id: 1, name: 'Lead', probability: 'x' })).to.deep.include({
        result: { id: 1, name: 'Lead', probability: 0 },
        fields: ['item.probability'],
      });
      expect(run(normalizeStage, { id: 1, name: 'Lead', probability: 120 }).result).to.deep.include({
        probability: 100,
      });
    });

    it('leaves out a stage without an id', () => {
      expect(run(normalizeStage, { name: 'Lead' }).result).to.equal(undefined);
    });
  });

  describe('normalizeActivity', () => {
    it('keeps a good activity and its optional fields', () => {
      const activity = { id: 5, title: 'Call', date: '2026-01-05', done: false, type: 'Phone' };
      expect(run(normalizeActivity, activity)).to.deep.include({ result: activity, warnings: [] });
    });

    it('keeps the company, contact and owner of an activity, and warns about a bad one', () => {
      const activity = {
        id: 6,
        title: 'Meeting',
        date: '2026-01-06',
        company: { id: 1, name: 'Fjordline' },
        person: { id: 2, name: 'Kari Nordmann' },
        owner: { id: 3, name: 'Ola' },
      };
      expect(run(normalizeActivity, activity)).to.deep.include({ result: activity, warnings: [] });
      const { result, fields } = run(normalizeActivity, { ...activity, owner: 'Ola' });
      const { owner: _owner, ...withoutOwner } = activity;
      expect(result, 'a bad owner costs the owner, not the activity').to.deep.equal(withoutOwner);
      expect(fields).to.deep.equal(['item.owner']);
    });

    it('leaves out an activity without a valid date, with one warning', () => {
      const { result, warnings } = run(
        normalizeActivity,
        { id: 5, title: 'Call', date: 'soon' },
        'activities[0]',
      );
      expect(result).to.equal(undefined);
      expect(warnings).to.deep.equal([
        { field: 'activities[0].date', message: 'expected an ISO date, got "soon"; activity left out' },
      ]);
    });

    it('leaves out an activity without an id and reports only the id', () => {
      expect(run(normalizeActivity, { date: 'bad' })).to.deep.include({
        result: undefined,
        fields: ['item.id'],
      });
    });

    it('keeps an activity with bad optional fields, reporting each', () => {
      const { result, fields } = run(normalizeActivity, { id: 5, date: '2026-01-05', done: 'yes', type: {} });
      expect(result).to.deep.equal({ id: 5, title: '', date: '2026-01-05' });
      expect(fields).to.deep.equal(['item.title', 'item.done', 'item.type']);
    });
  });

  describe('normalizeLink', () => {
    it('keeps a good link', () => {
      const link = { id: 'l1', kind: 'url', title: 'Site', date: '2026-01-01', href: 'https://example.com' };
      expect(run(normalizeLink, link)).to.deep.include({ result: link, warnings: [] });
    });

    it('leaves out a link of unknown kind', () => {
      const { result, warnings } = run(normalizeLink, { id: 1, kind: 'ftp', title: 'x' }, 'links[1]');
      expect(result).to.equal(undefined);
      expect(warnings[0]!.field).to.equal('links[1].kind');
      expect(warnings[0]!.message).to.equal(
        'expected one of activity, document, project, sale, url, got "ftp"; link left out',
      );
    });

    it('keeps a link whose href is bad without the href', () => {
      expect(run(normalizeLink, { id: 1, kind: 'url', title: 'x', href: 42n }, 'links[2]')).to.deep.include({
        result: { id: 1, kind: 'url', title: 'x' },
        fields: ['links[2].href'],
      });
    });

    it('leaves out a link without an id', () => {
      expect(run(normalizeLink, { kind: 'url' }).result).to.equal(undefined);
    });
  });

  describe('normalizeUserField', () => {
    const field = (type: string, value: unknown) => ({ id: 'u', label: 'Field', type, value });

    it('keeps values that fit their type', () => {
      expect(run(normalizeUserField, field('text', 'a\nb')).result).to.deep.include({ value: 'a\nb' });
      expect(run(normalizeUserField, field('list', 'Gold')).result).to.deep.include({ value: 'Gold' });
      expect(run(normalizeUserField, field('number', 7)).result).to.deep.include({ value: 7 });
      expect(run(normalizeUserField, field('date', '2026-01-01')).result).to.deep.include({
        value: '2026-01-01',
      });
      expect(run(normalizeUserField, field('checkbox', true)).result).to.deep.include({ value: true });
    });

    it('shows a missing value as null, quietly', () => {
      expect(run(normalizeUserField, { id: 'u', label: 'L', type: 'text' })).to.deep.include({
        result: { id: 'u', label: 'L', type: 'text', value: null },
        warnings: [],
      });
    });

    it('shows a value that does not fit its type as null, with a warning', () => {
      for (const [type, value] of [
        ['number', 'many'],
        ['date', 'today'],
        ['checkbox', 'yes'],
        ['text', {}],
      ] as const) {
        const { result, fields } = run(normalizeUserField, field(type, value), 'userFields[0]');
        expect(result).to.deep.include({ value: null });
        expect(fields).to.deep.equal(['userFields[0].value']);
      }
    });

    it('keeps text options and the pinned flag', () => {
      const { result, fields } = run(normalizeUserField, {
        ...field('list', 'A'),
        options: ['A', 2, {}],
        pinned: true,
      });
      expect(result).to.deep.include({ options: ['A', '2'], pinned: true });
      expect(fields).to.deep.equal(['item.options[1]', 'item.options[2]']);
    });

    it('leaves out a field of unknown type or without an id', () => {
      expect(run(normalizeUserField, field('colour', 'red')).fields).to.deep.equal(['item.type']);
      expect(run(normalizeUserField, { type: 'text' }).result).to.equal(undefined);
    });
  });

  describe('normalizeStakeholder', () => {
    const person = { id: 'p1', name: 'Kari' };

    it('keeps a stakeholder with its person, company, role and comment', () => {
      const stakeholder = {
        id: 1,
        person,
        company: { id: 'c', name: 'Acme' },
        role: 'Decision maker',
        comment: 'Hi',
      };
      expect(run(normalizeStakeholder, stakeholder)).to.deep.include({ result: stakeholder, warnings: [] });
    });

    it('cuts the comment at the 2047 characters the database keeps', () => {
      const { result } = run(normalizeStakeholder, { id: 1, person, comment: 'c'.repeat(3000) });
      expect(result?.comment).to.have.length(2047);
    });

    it('leaves out a stakeholder without a person, with one warning', () => {
      expect(run(normalizeStakeholder, { id: 1 }, 'stakeholders[0]')).to.deep.include({
        result: undefined,
        fields: ['stakeholders[0].person'],
      });
      expect(run(normalizeStakeholder, { id: 1, person: 'Kari' }, 'stakeholders[0]')).to.deep.include({
        result: undefined,
        fields: ['stakeholders[0].person'],
      });
      expect(run(normalizeStakeholder, { person }).result).to.equal(undefined);
    });
  });

  describe('normalizeQuote', () => {
    it('keeps a good quote', () => {
      const quote = {
        id: 'q',
        title: 'Offer',
        version: 2,
        amount: 100,
        currency: 'NOK',
        status: 'Draft',
        validUntil: '2026-02-01',
      };
      expect(run(normalizeQuote, quote)).to.deep.include({ result: quote, warnings: [] });
    });

    it('leaves out a quote without an id and reports bad fields of a kept one', () => {
      expect(run(normalizeQuote, { title: 'Offer' }).result).to.equal(undefined);
      expect(run(normalizeQuote, { id: 1, title: 'Offer', amount: NaN, currency: 'kroner' })).to.deep.include(
        {
          result: { id: 1, title: 'Offer' },
          fields: ['item.amount', 'item.currency'],
        },
      );
    });
  });

  describe('sale types and guides', () => {
    const guide = {
      id: 'g',
      name: 'Guide',
      autoAdvance: true,
      stages: [
        {
          stageId: 1,
          name: 'Lead',
          probability: 10,
          steps: [
            { id: 's', kind: 'activity', title: 'Call', purpose: 'Meet', done: false, autoSuggest: true },
          ],
        },
      ],
    };

    it('keeps a good sale type with its guide', () => {
      const saleType = { id: 't', name: 'Type', guide };
      expect(run(normalizeSaleType, saleType)).to.deep.include({ result: saleType, warnings: [] });
    });

    it('gives missing guide stages and steps as empty lists', () => {
      expect(run(normalizeGuide, { id: 'g', name: 'G' }).result).to.deep.equal({
        id: 'g',
        name: 'G',
        stages: [],
      });
      expect(run(normalizeGuideStage, { stageId: 1, name: 'S' }).result).to.deep.equal({
        stageId: 1,
        name: 'S',
        steps: [],
      });
    });

    it('leaves out guide parts without their ids or with an unknown step kind', () => {
      expect(run(normalizeGuide, { name: 'G' }).result).to.equal(undefined);
      expect(run(normalizeGuideStage, { name: 'S' }).fields).to.deep.equal(['item.stageId']);
      expect(run(normalizeGuideStep, { title: 'x', kind: 'activity' }).result).to.equal(undefined);
      expect(run(normalizeGuideStep, { id: 1, kind: 'email' }).fields).to.deep.equal(['item.kind']);
      expect(run(normalizeSaleType, { name: 'T' }).result).to.equal(undefined);
    });

    it('names nested problems by their full path', () => {
      const bad = {
        id: 't',
        name: 'Type',
        guide: { ...guide, stages: [{ stageId: 1, name: 'L', steps: [{ id: 1 }] }] },
      };
      expect(run(normalizeSaleType, bad, 'saleType').fields).to.deep.equal([
        'saleType.guide.stages[0].steps[0].kind',
      ]);
    });
  });

  describe('properties', () => {
    const normalizers = [
      normalizeRef,
      normalizeStage,
      normalizeActivity,
      normalizeLink,
      normalizeUserField,
      normalizeStakeholder,
      normalizeQuote,
      normalizeGuideStep,
      normalizeGuideStage,
      normalizeGuide,
      normalizeSaleType,
    ];
    const keys = [
      'id',
      'stageId',
      'name',
      'title',
      'date',
      'kind',
      'type',
      'value',
      'person',
      'steps',
      'stages',
    ];

    it('never throw and report every problem under the field they were given', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), fc.anything())),
          (value) => {
            for (const normalize of normalizers) {
              const warnings: DataWarning[] = [];
              normalize(value, 'x', warnings);
              expect(warnings.every((warning) => warning.field.startsWith('x'))).to.be.true;
            }
          },
        ),
      );
    });
  });
});
