import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PLACEHOLDER } from '../../src/model/placeholder.js';
import type { Sale } from '../../src/model/types.js';
import { superOfficeField } from '../../src/superoffice/entity-field-names.js';
import { fromSaleEntity } from '../../src/superoffice/from-sale-entity.js';
import { hostileValue, trapEverything } from '../fuzz/hostile-values.js';

async function fixture(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`../fixtures/superoffice/${name}`, import.meta.url));
  return (await response.json()) as Record<string, unknown>;
}

const fieldsOf = (warnings: { field: string }[]): string[] => warnings.map((warning) => warning.field);

/** fromSaleEntity of a small valid entity with `fields` on top. */
function read(fields: Record<string, unknown>): ReturnType<typeof fromSaleEntity> {
  return fromSaleEntity({ SaleId: 1, Heading: 'Deal', Status: 'Open', ...fields });
}

describe('fromSaleEntity', () => {
  it('maps the published GET Sale/{id} sample, clamping its Probability of 557 with a warning', async () => {
    const { sale, warnings } = fromSaleEntity(await fixture('sale-entity.sample.json'));
    expect(sale).to.deep.equal({
      id: 856,
      number: '1665940',
      title: 'et',
      status: 'lost',
      done: true,
      probability: 100,
      amount: 22871.932,
      // Amount - Earning: the sample's Earning is more than its Amount.
      cost: -1798.916,
      saleDate: '2018-02-18',
      description: 'vitae',
      reopenDate: '2024-02-27',
      notes: 'illo',
      userFields: [
        { id: 'CustomFields1', label: 'CustomFields1', type: 'text', value: 'nostrum' },
        { id: 'CustomFields2', label: 'CustomFields2', type: 'text', value: 'aut' },
        { id: 'SuperOffice:1', label: 'SuperOffice:1', type: 'text', value: '818973586' },
        { id: 'SuperOffice:2', label: 'SuperOffice:2', type: 'text', value: 'Vito Jerde' },
      ],
      // Its one link's EntityName is "Mraz-Robel", no kind of record.
      links: [],
      nextActivity: { id: 'NextDueDate', title: PLACEHOLDER, date: '2020-03-27' },
      stakeholders: [
        {
          id: 152,
          person: { id: 55, name: 'Jarod Schultz, Schumm and DuBuque Carter' },
          company: { id: 126, name: 'Hilpert-Romaguera' },
          role: "O'Hara-Cartwright",
          comment: 'ab',
          email: 'dejuan@mertz.name',
          phone: '1-244-851-7510',
        },
      ],
      updatedAt: '2016-03-08T14:28:27.2114406+01:00',
    });
    expect(warnings).to.deep.equal([
      {
        field: 'Earning',
        message: '24670.847999999998 is more than the Amount 22871.932; the cost is negative (-1798.916)',
      },
      { field: 'Probability', message: '557 is outside 0-100; clamped to 100' },
      {
        field: 'Links[0].EntityName',
        message: 'expected one of activity, document, project, sale, url, got "Mraz-Robel"; link left out',
      },
    ]);
  });

  it('maps the published PUT Sale/{id} sample request', async () => {
    const { sale, warnings } = fromSaleEntity(await fixture('sale-entity.put-request.sample.json'));
    expect(sale.id).to.equal(266);
    expect(sale.probability).to.equal(100);
    expect(sale.cost).to.equal(2782.992);
    expect(sale.saleDate).to.equal('2007-03-20');
    expect(sale.stakeholders?.[0]?.person).to.deep.equal({
      id: 283,
      name: 'Sven Buckridge, Feeney and Ledner Luettgen',
    });
    expect(fieldsOf(warnings)).to.deep.equal(['Probability', 'Links[0].EntityName', 'Links[1].EntityName']);
  });

  it('maps every field of a realistic entity with all its carriers, without warnings', async () => {
    const { sale, warnings } = fromSaleEntity(await fixture('sale-entity.realistic.json'));
    expect(warnings).to.deep.equal([]);
    const expected: Sale = {
      id: 4102,
      number: 'S-4102',
      title: 'Fleet tracking, Bergen depot',
      status: 'open',
      done: false,
      stage: { id: 4, name: 'Proposal', probability: 40 },
      probability: 40,
      amount: 120000,
      cost: 90000,
      currency: 'NOK',
      // 23:30 at +01:00 is still the 31st.
      saleDate: '2026-03-31',
      saleType: {
        id: 2,
        name: 'Project sale',
        guide: {
          id: 2,
          name: 'Project sale',
          stages: [
            { stageId: 1, name: 'Lead', probability: 10, steps: [] },
            { stageId: 4, name: 'Proposal', probability: 40, steps: [] },
            { stageId: 6, name: 'Negotiation', probability: 75, steps: [] },
          ],
        },
      },
      owner: { id: 14, name: 'Anne Haugen' },
      credited: { id: 21, name: 'Ola Berg' },
      company: { id: 88, name: 'Fjord Logistikk AS' },
      person: { id: 512, name: 'Kari Nordmann' },
      source: { id: 2, name: 'Trade fair' },
      description: 'Fleet tracking for 40 trucks.\nPhase 1: the Bergen depot.',
      competitor: { id: 6, name: 'TrackCo' },
      notes: 'Kari prefers e-mail.',
      userFields: [
        { id: 'SuperOffice:1', label: 'SuperOffice:1', type: 'text', value: 'Bergen' },
        { id: 'x_trucks', label: 'x_trucks', type: 'number', value: 40 },
        { id: 'x_framework', label: 'x_framework', type: 'checkbox', value: true },
        { id: 'SuperOffice:2', label: 'SuperOffice:2', type: 'text', value: null },
        { id: 'SuperOffice:3', label: 'SuperOffice:3', type: 'text', value: 'old value' },
      ],
      links: [
        { id: 991, kind: 'document', title: 'Proposal v2.pdf' },
        { id: 7301, kind: 'activity', title: 'Proposal meeting' },
      ],
      nextActivity: { id: 'NextDueDate', title: 'Walk through the proposal with Kari', date: '2026-03-12' },
      stakeholders: [
        {
          id: 77,
          person: { id: 512, name: 'Kari Nordmann' },
          company: { id: 88, name: 'Fjord Logistikk AS' },
          role: 'Decision maker',
          comment: 'Signs off on budget',
          email: 'kari@fjordlogistikk.no',
          phone: '+47 55 00 00 00',
        },
        {
          id: 78,
          person: { id: 530, name: 'Per Olav Hansen' },
          role: 'Technical contact',
          comment: '',
          email: '',
          phone: '',
        },
      ],
      updatedAt: '2026-03-04T13:05:09.8765432+01:00',
    };
    expect(sale).to.deep.equal(expected);
  });

  describe('ids and carriers', () => {
    it('reads SaleId 0 as a new sale, whose empty Heading is no problem', () => {
      const { sale, warnings } = fromSaleEntity({ SaleId: 0, Heading: '' });
      expect(sale).to.deep.equal({ id: '', title: '', status: 'open' });
      expect(warnings).to.deep.equal([]);
    });

    it('reads id 0 and empty carriers as no link, silently', () => {
      const { sale, warnings } = read({
        Associate: { AssociateId: 0, Name: '', FullName: '' },
        Contact: { ContactId: 0 },
        Person: {},
        Project: { ProjectId: '0', Name: 'ignored' },
        Rating: { Id: 0, Value: '' },
        SaleType: { Id: 0 },
        Currency: { Id: 0 },
        Source: null,
        Competitor: { Id: null },
        Credited: { Id: 0, Value: 'nobody' },
        Reason: { Id: 0 },
        ReasonSold: { Id: 0 },
        ReasonStalled: { Id: 0 },
      });
      expect(sale).to.deep.equal({ id: 1, title: 'Deal', status: 'open' });
      expect(warnings).to.deep.equal([]);
    });

    it("takes a person's name from its parts when FullName is blank, and an owner's login name last", () => {
      const { sale, warnings } = read({
        Person: { PersonId: 5, FullName: ' ', Firstname: 'Kari', MiddleName: null, Lastname: 'Nordmann' },
        Associate: { AssociateId: 9, FullName: '', Name: 'ANH' },
      });
      expect(sale.person).to.deep.equal({ id: 5, name: 'Kari Nordmann' });
      expect(sale.owner).to.deep.equal({ id: 9, name: 'ANH' });
      expect(warnings).to.deep.equal([]);
    });

    it('reads the sale type and the stage from a SaleTypeEntity or an MDO item alike', () => {
      expect(read({ SaleType: { Id: 3, Value: 'Retail' } }).sale.saleType).to.deep.equal({
        id: 3,
        name: 'Retail',
      });
      expect(
        read({ SaleType: { SaleTypeId: 3, Name: 'Retail', HasGuide: false, Stages: [{ Id: 1 }] } }).sale
          .saleType,
      ).to.deep.equal({ id: 3, name: 'Retail' });
      // The stage's probability is the sale's, clamped; 0 without one.
      expect(read({ Rating: { Id: 2, Value: 'Lead' }, Probability: 557 }).sale.stage).to.deep.equal({
        id: 2,
        name: 'Lead',
        probability: 100,
      });
      expect(read({ Rating: { Id: 2, Value: 'Lead' } }).sale.stage).to.deep.equal({
        id: 2,
        name: 'Lead',
        probability: 0,
      });
    });

    it('a SaleTypeEntity that says HasGuide but lists no Stages names the type only: the sale-type list has its guide', () => {
      for (const Stages of [undefined, null]) {
        const { sale, warnings } = read({
          SaleType: {
            Id: 2,
            Value: 'Service agreement',
            SaleTypeId: 2,
            Name: 'Service agreement',
            HasGuide: true,
            Stages,
          },
        });
        expect(sale.saleType).to.deep.equal({ id: 2, name: 'Service agreement' });
        expect(warnings).to.deep.equal([]);
      }
    });

    it('names the SuperOffice field of a bad carrier in its warning', () => {
      const { sale, warnings } = read({
        Contact: 'Acme',
        Person: { PersonId: 5 },
        Project: { ProjectId: { id: 1 }, Name: 'Rollout' },
        Associate: { AssociateId: 9, FullName: 42 },
        Source: { Id: 4, Value: '' },
        SaleType: { SaleTypeId: 3, Name: 'Retail', HasGuide: true, Stages: 'many' },
      });
      expect(sale.company).to.equal(undefined);
      expect(sale.person).to.deep.equal({ id: 5, name: '' });
      expect(sale.project).to.equal(undefined);
      expect(sale.owner).to.deep.equal({ id: 9, name: '42' });
      expect(sale.saleType).to.deep.equal({
        id: 3,
        name: 'Retail',
        guide: { id: 3, name: 'Retail', stages: [] },
      });
      expect(fieldsOf(warnings)).to.deep.equal([
        'SaleType.Stages',
        'Associate.FullName',
        'Contact',
        'Person.FullName',
        'Project.ProjectId',
        'Source.Value',
      ]);
    });

    it('names the field inside a bad guide stage', () => {
      const { warnings } = read({
        SaleType: {
          SaleTypeId: 3,
          Name: 'Retail',
          HasGuide: true,
          Stages: [{ Id: 1, Name: 'Lead', Probability: 300 }, 7],
        },
      });
      expect(fieldsOf(warnings)).to.deep.equal(['SaleType.Stages[0].Probability', 'SaleType.Stages[1]']);
    });
  });

  describe('status, completed and reasons', () => {
    it('maps Status and Completed', () => {
      for (const [Status, status] of [
        ['Open', 'open'],
        ['Sold', 'sold'],
        ['Lost', 'lost'],
        ['Stalled', 'stalled'],
      ]) {
        expect(read({ Status }).sale.status).to.equal(status);
      }
      expect(read({ Completed: 'Completed' }).sale.done).to.equal(true);
      expect(read({ Completed: 'Started' }).sale.done).to.equal(false);
      expect(read({ Completed: 'NotStarted' }).sale.done).to.equal(false);
      const { sale, warnings } = read({ Status: 'Won', Completed: 'Yes' });
      expect(sale.status).to.equal('open');
      expect(sale.done).to.equal(undefined);
      expect(fieldsOf(warnings)).to.deep.equal(['Status', 'Completed']);
    });

    it('takes the reason from ReasonSold on a sold sale and from Reason otherwise', () => {
      const reasons = { Reason: { Id: 1, Value: 'Price' }, ReasonSold: { Id: 2, Value: 'Relationship' } };
      expect(read({ ...reasons, Status: 'Sold' }).sale.reason).to.deep.equal({ id: 2, name: 'Relationship' });
      expect(read({ ...reasons, Status: 'Lost' }).sale.reason).to.deep.equal({ id: 1, name: 'Price' });
      expect(read({ ReasonSold: { Id: 2, Value: 'Relationship' } }).sale.reason).to.deep.equal({
        id: 2,
        name: 'Relationship',
      });
      const stalled = read({ Status: 'Stalled', ReasonStalled: { Id: 3, Value: 'Budget freeze' } });
      expect(stalled.sale.stalledReason).to.deep.equal({ id: 3, name: 'Budget freeze' });
      expect(fieldsOf(read({ Status: 'Sold', ReasonSold: { Id: 2 } }).warnings)).to.deep.equal([
        'ReasonSold.Value',
      ]);
    });
  });

  describe('money', () => {
    it('reads the cost as Amount minus Earning', () => {
      expect(read({ Amount: 1000, Earning: 250 }).sale.cost).to.equal(750);
      expect(read({ Amount: 0.3, Earning: 0.1 }).sale.cost).to.equal(0.2);
      expect(read({ Amount: 1000, Earning: 0 }).sale.cost).to.equal(1000);
      expect(read({ Amount: 1000 }).sale.cost).to.equal(undefined);
    });

    it('reports an Earning it cannot turn into a cost', () => {
      const withoutAmount = read({ Earning: 250 });
      expect(withoutAmount.sale.cost).to.equal(undefined);
      expect(withoutAmount.warnings).to.deep.equal([
        { field: 'Earning', message: 'no Amount to take it from; cost left out' },
      ]);
      expect(read({ Earning: 0 }).warnings).to.deep.equal([]);
      const notNumber = read({ Amount: 1000, Earning: 'lots' });
      expect(notNumber.sale.cost).to.equal(undefined);
      expect(fieldsOf(notNumber.warnings)).to.deep.equal(['Earning']);
    });

    it('reads Currency as its code, from the list item or plain text', () => {
      expect(read({ Currency: { Id: 3, Value: 'NOK' } }).sale.currency).to.equal('NOK');
      expect(read({ Currency: 'sek' }).sale.currency).to.equal('SEK');
      const bad = read({ Currency: { Id: 3, Value: 'Norwegian krone' } });
      expect(bad.sale.currency).to.equal(undefined);
      expect(fieldsOf(bad.warnings)).to.deep.equal(['Currency.Value']);
      expect(fieldsOf(read({ Currency: 17 }).warnings)).to.deep.equal(['Currency']);
    });
  });

  describe('dates', () => {
    it('reads each date as its calendar day in its own offset', () => {
      const { sale, warnings } = read({
        Saledate: '2026-03-31T23:30:00+01:00',
        ReopenDate: '2026-04-01T00:15:00+14:00',
        NextDueDate: '2026-04-02T23:45:00-12:00',
      });
      expect(sale.saleDate).to.equal('2026-03-31');
      expect(sale.reopenDate).to.equal('2026-04-01');
      expect(sale.nextActivity).to.deep.equal({ id: 'NextDueDate', title: PLACEHOLDER, date: '2026-04-02' });
      expect(warnings).to.deep.equal([]);
    });

    it("reads SuperOffice's no-date values as unset, silently", () => {
      const { sale, warnings } = read({
        Saledate: '0001-01-01T00:00:00',
        ReopenDate: '1899-12-30T00:00:00',
        NextDueDate: '0001-01-01T00:00:00Z',
        UpdatedDate: '0001-01-01T00:00:00',
      });
      expect(sale).to.deep.equal({ id: 1, title: 'Deal', status: 'open' });
      expect(warnings).to.deep.equal([]);
    });

    it('keeps UpdatedDate whole, as If-Unmodified-Since needs it', () => {
      expect(read({ UpdatedDate: '2026-03-04T13:05:09.8765432+01:00' }).sale.updatedAt).to.equal(
        '2026-03-04T13:05:09.8765432+01:00',
      );
    });

    it('names the field of a date that is none', () => {
      const { sale, warnings } = read({
        Saledate: 'soon',
        ReopenDate: '2026-02-30T00:00:00+01:00',
        NextDueDate: 12,
        UpdatedDate: 'yesterday',
      });
      expect(sale.saleDate).to.equal(undefined);
      expect(sale.nextActivity).to.equal(undefined);
      expect(fieldsOf(warnings)).to.deep.equal(['Saledate', 'ReopenDate', 'NextDueDate', 'UpdatedDate']);
    });

    it("titles the next due date with the entity's appointment only when it falls on that day", () => {
      const appointment = {
        AppointmentId: 3,
        StartDate: '2026-03-12T09:00:00+01:00',
        Description: '',
        Task: 'Call',
      };
      expect(
        read({ NextDueDate: '2026-03-12T09:00:00+01:00', Appointment: appointment }).sale.nextActivity?.title,
      ).to.equal('Call');
      expect(
        read({ NextDueDate: '2026-03-13T09:00:00+01:00', Appointment: appointment }).sale.nextActivity?.title,
      ).to.equal(PLACEHOLDER);
    });
  });

  describe('lists', () => {
    it('names the stakeholder field that is missing or bad', () => {
      const { sale, warnings } = read({
        SaleStakeholders: [
          { SaleStakeholderId: 1, PersonId: 0 },
          null,
          {
            SaleStakeholderId: 3,
            PersonId: 4,
            Firstname: 'Kari',
            ContactId: 5,
            ContactName: null,
            EmailAddress: 7,
          },
          'Kari',
        ],
      });
      expect(sale.stakeholders).to.deep.equal([
        { id: 3, person: { id: 4, name: 'Kari' }, company: { id: 5, name: '' }, email: '7' },
      ]);
      expect(fieldsOf(warnings)).to.deep.equal([
        'SaleStakeholders[0].PersonId',
        'SaleStakeholders[1]',
        'SaleStakeholders[2].ContactName',
        'SaleStakeholders[2].EmailAddress',
        'SaleStakeholders[3]',
      ]);
      expect(fieldsOf(read({ SaleStakeholders: { length: 1 } }).warnings)).to.deep.equal([
        'SaleStakeholders',
      ]);
    });

    it('reads links by kind, with the linked record’s id (the link’s own when missing)', () => {
      const { sale, warnings } = read({
        Links: [
          { EntityName: 'Sale', Id: 12, Description: 'Follow-up sale', LinkId: 1 },
          { EntityName: 'project', Id: 0, Description: '', ExtraInfo: 'Rollout', LinkId: 2 },
          {
            EntityName: 'url',
            Id: 3,
            Description: 'Spec',
            ExtraInfo: 'https://example.test/spec',
            LinkId: 3,
          },
          { EntityName: 'document', Id: 4, Description: null, LinkId: 4 },
          { EntityName: 42, Id: 5, Description: 'x' },
        ],
      });
      expect(sale.links).to.deep.equal([
        { id: 12, kind: 'sale', title: 'Follow-up sale' },
        { id: 2, kind: 'project', title: 'Rollout' },
        { id: 3, kind: 'url', title: 'Spec', href: 'https://example.test/spec' },
        { id: 4, kind: 'document', title: '' },
      ]);
      expect(fieldsOf(warnings)).to.deep.equal(['Links[3].Description', 'Links[4].EntityName']);
    });

    it('reads CustomFields, then what only the deprecated UserDefinedFields has, and names bad values', () => {
      const { sale, warnings } = read({
        CustomFields: { a: 'text', b: { nested: true } },
        UserDefinedFields: { a: 'older', c: 3 },
      });
      expect(sale.userFields).to.deep.equal([
        { id: 'a', label: 'a', type: 'text', value: 'text' },
        { id: 'b', label: 'b', type: 'text', value: null },
        { id: 'c', label: 'c', type: 'number', value: 3 },
      ]);
      expect(fieldsOf(warnings)).to.deep.equal(['CustomFields.b']);
    });

    it('cuts a runaway CustomFields dictionary, and survives one that cannot be read', () => {
      const many = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`f${index}`, index]));
      const { sale, warnings } = read({ CustomFields: many, UserDefinedFields: trapEverything() });
      expect(sale.userFields).to.have.length(500);
      expect(warnings).to.deep.equal([
        { field: 'CustomFields', message: 'more than 500 fields; the rest left out' },
        {
          field: 'UserDefinedFields',
          message: 'expected a dictionary of field values that can be read; left out',
        },
      ]);
      expect(fieldsOf(read({ CustomFields: ['a'] }).warnings)).to.deep.equal(['CustomFields']);
    });
  });

  describe('hostile input', () => {
    it('gives an empty new sale and one warning for anything that is no object', () => {
      for (const value of [undefined, null, [], 'SaleEntity', 42, true, Symbol('x'), () => 1]) {
        const { sale, warnings } = fromSaleEntity(value);
        expect(sale).to.deep.equal({ id: '', title: '', status: 'open' });
        expect(fieldsOf(warnings)).to.deep.equal(['SaleEntity']);
      }
    });

    it('survives a Proxy whose every trap throws, naming SuperOffice fields', () => {
      const { sale, warnings } = fromSaleEntity(trapEverything());
      expect(sale.id).to.equal('');
      expect(warnings.length).to.be.greaterThan(10);
      expect(fieldsOf(warnings)).to.include.members([
        'SaleId',
        'Heading',
        'Probability',
        'Contact',
        'SaleStakeholders',
      ]);
    });

    it('survives lists whose length cannot be read', () => {
      const unreadable = new Proxy([], {
        get: () => {
          throw new Error('hostile');
        },
      });
      const { sale, warnings } = read({
        Links: unreadable,
        SaleStakeholders: unreadable,
        SaleType: { Id: 1, Value: 'Retail', HasGuide: true, Stages: unreadable },
      });
      expect(sale.links).to.deep.equal([]);
      expect(sale.stakeholders).to.deep.equal([]);
      expect(sale.saleType?.guide?.stages).to.deep.equal([]);
      expect(fieldsOf(warnings)).to.deep.equal(['SaleType.Stages', 'Links', 'SaleStakeholders']);
    });

    it('leaves out a list that claims a billion entries, without reading them', () => {
      const endless = new Proxy([], { get: (_target, key) => (key === 'length' ? 1e9 : { Id: 1 }) });
      const { sale, warnings } = read({ Links: endless, SaleStakeholders: endless });
      expect(sale.links).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        { field: 'Links', message: '1000000000 entries, more than 10000; left out' },
        { field: 'SaleStakeholders', message: '1000000000 entries, more than 10000; left out' },
      ]);
    });

    it('names a field it has no SuperOffice name for as it is', () => {
      const names = { company: { name: 'Contact', keys: { id: 'ContactId' } } };
      expect(superOfficeField('company.id', names)).to.equal('Contact.ContactId');
      expect(superOfficeField('company.extra.deep', names)).to.equal('Contact.extra.deep');
      expect(superOfficeField('unknown[2].x', names)).to.equal('unknown[2].x');
      expect(superOfficeField('odd]name', names)).to.equal('odd]name');
    });

    it('cuts a huge Heading and SaleText with a warning', () => {
      const huge = 'x'.repeat(200_000);
      const { sale, warnings } = read({ Heading: huge, SaleText: huge, Postit: huge });
      expect(sale.title).to.have.length(219);
      expect(sale.description).to.have.length(65_535);
      expect(fieldsOf(warnings)).to.deep.equal(['Heading', 'SaleText', 'Postit']);
    });

    it('never throws, always gives a sale, and names only SuperOffice fields, whatever any field holds', () => {
      const superOfficeField = /^(SaleEntity|[A-Z][A-Za-z]*)(\[\d+\])?(\.|$)/;
      const keys = [
        'SaleId',
        'Heading',
        'Status',
        'Completed',
        'Probability',
        'Amount',
        'Earning',
        'Currency',
        'Saledate',
        'SaleType',
        'Associate',
        'Contact',
        'Person',
        'Project',
        'Rating',
        'Source',
        'Competitor',
        'Credited',
        'Reason',
        'ReasonSold',
        'ReasonStalled',
        'ReopenDate',
        'NextDueDate',
        'UpdatedDate',
        'SaleStakeholders',
        'Links',
        'CustomFields',
        'UserDefinedFields',
        'Appointment',
        'Postit',
        'SaleText',
        'Number',
      ];
      fc.assert(
        fc.property(
          hostileValue,
          fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: 6 }),
          (whole, fields) => {
            for (const input of [whole, { SaleId: 1, Heading: 'Deal', ...fields }]) {
              const { sale, warnings } = fromSaleEntity(input);
              expect(sale.status).to.be.oneOf(['open', 'sold', 'lost', 'stalled']);
              expect(typeof sale.title).to.equal('string');
              for (const warning of warnings) {
                expect(warning.field).to.match(superOfficeField);
                expect(warning.message).to.be.a('string');
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
