import { expect } from '@open-wc/testing';
import { diffFields, type FieldChanges } from '../../src/model/draft.js';
import type { Sale } from '../../src/model/types.js';
import { fromSaleEntity } from '../../src/superoffice/from-sale-entity.js';
import { entityId, toSaleEntity } from '../../src/superoffice/to-sale-entity.js';

const BASE: Sale = { id: 4102, title: 'Fleet tracking', status: 'open', amount: 1000, cost: 600 };
const AT_PLUS_ONE = { offsetMinutes: 60 };

/** A sale with every field `toSaleEntity` writes set to a good value. */
function editedSale(): Sale {
  return {
    id: 4102,
    number: 'S-4102',
    title: 'Fleet tracking, phase 2',
    status: 'stalled',
    done: false,
    stage: { id: 4, name: 'Proposal', probability: 40 },
    probability: 40,
    amount: 120000,
    cost: 90000,
    currency: 'NOK',
    saleDate: '2026-03-31',
    saleType: { id: 2, name: 'Project sale' },
    owner: { id: 14, name: 'Anne Haugen' },
    credited: { id: 21, name: 'Ola Berg' },
    company: { id: 88, name: 'Fjord Logistikk AS' },
    person: { id: 512, name: 'Kari Nordmann' },
    project: { id: '7', name: 'Rollout' },
    source: { id: 2, name: 'Trade fair' },
    description: 'Two lines\nof text',
    competitor: { id: 6, name: 'TrackCo' },
    reason: { id: 1, name: 'Price' },
    reopenDate: '2026-05-01',
    stalledReason: { id: 3, name: 'Budget freeze' },
    notes: 'Kari prefers e-mail.',
    userFields: [
      { id: 'SuperOffice:1', label: 'Region', type: 'text', value: 'Bergen' },
      { id: 'x_trucks', label: 'Trucks', type: 'number', value: 40 },
      { id: 'x_framework', label: 'Framework', type: 'checkbox', value: true },
    ],
    links: [
      { id: 991, kind: 'document', title: 'Proposal v2.pdf' },
      { id: 7301, kind: 'activity', title: 'Proposal meeting' },
      { id: 5, kind: 'url', title: 'Spec', href: 'https://example.test/spec' },
    ],
    stakeholders: [
      {
        id: 77,
        person: { id: 512, name: 'Kari Nordmann' },
        company: { id: 88, name: 'Fjord Logistikk AS' },
        role: 'Decision maker',
        comment: 'Signs off',
        email: 'kari@fjordlogistikk.no',
        phone: '+47 55 00 00 00',
      },
      { id: 'new-1', person: { id: 530, name: 'Per Olav Hansen' } },
    ],
  };
}

describe('toSaleEntity', () => {
  it('writes only the changed fields', () => {
    expect(toSaleEntity({ ...BASE, title: 'New title' }, { title: 'New title' })).to.deep.equal({
      Heading: 'New title',
    });
    expect(toSaleEntity(BASE, {})).to.deep.equal({});
  });

  it('writes every field of our model that SaleEntity stores, under its SuperOffice name', () => {
    const sale = editedSale();
    const entity = toSaleEntity(sale, diffFields(BASE, sale), AT_PLUS_ONE);
    expect(entity).to.deep.equal({
      Number: 'S-4102',
      Heading: 'Fleet tracking, phase 2',
      Status: 'Stalled',
      Completed: 'Started',
      Rating: { Id: 4, Value: 'Proposal' },
      Probability: 40,
      Amount: 120000,
      Earning: 30000,
      EarningPercent: 25,
      Currency: { Value: 'NOK' },
      Saledate: '2026-03-31T00:00:00+01:00',
      SaleType: { Id: 2, Value: 'Project sale' },
      Associate: { AssociateId: 14, FullName: 'Anne Haugen' },
      Credited: { Id: 21, Value: 'Ola Berg' },
      Contact: { ContactId: 88, Name: 'Fjord Logistikk AS' },
      Person: { PersonId: 512, FullName: 'Kari Nordmann' },
      Project: { ProjectId: 7, Name: 'Rollout' },
      Source: { Id: 2, Value: 'Trade fair' },
      SaleText: 'Two lines\nof text',
      Competitor: { Id: 6, Value: 'TrackCo' },
      Reason: { Id: 1, Value: 'Price' },
      ReopenDate: '2026-05-01T00:00:00+01:00',
      ReasonStalled: { Id: 3, Value: 'Budget freeze' },
      Postit: 'Kari prefers e-mail.',
      CustomFields: { 'SuperOffice:1': 'Bergen', x_trucks: 40, x_framework: true },
      Links: [
        { EntityName: 'document', Id: 991, Description: 'Proposal v2.pdf' },
        { EntityName: 'appointment', Id: 7301, Description: 'Proposal meeting' },
        { EntityName: 'url', Id: 5, Description: 'Spec', ExtraInfo: 'https://example.test/spec' },
      ],
      SaleStakeholders: [
        {
          SaleStakeholderId: 77,
          PersonId: 512,
          Firstname: 'Kari',
          MiddleName: '',
          Lastname: 'Nordmann',
          ContactId: 88,
          ContactName: 'Fjord Logistikk AS',
          StakeholderRoleName: 'Decision maker',
          Comment: 'Signs off',
          EmailAddress: 'kari@fjordlogistikk.no',
          Phone: '+47 55 00 00 00',
        },
        {
          // A stakeholder added in the card has no SuperOffice id yet.
          SaleStakeholderId: 0,
          PersonId: 530,
          Firstname: 'Per Olav',
          MiddleName: '',
          Lastname: 'Hansen',
          ContactId: 0,
          ContactName: '',
          StakeholderRoleName: '',
          Comment: '',
          EmailAddress: '',
          Phone: '',
        },
      ],
    });
  });

  it('is a JSON merge patch: null clears a field or carrier', () => {
    const changes: FieldChanges<Sale> = {
      company: null,
      person: null,
      owner: null,
      project: null,
      stage: null,
      saleDate: null,
      description: null,
      currency: null,
      probability: null,
      cost: null,
      userFields: null,
      links: null,
      stakeholders: null,
    };
    expect(toSaleEntity({ ...BASE, cost: undefined }, changes)).to.deep.equal({
      Contact: null,
      Person: null,
      Associate: null,
      Project: null,
      Rating: null,
      Saledate: null,
      SaleText: null,
      Currency: null,
      Probability: null,
      Earning: null,
      EarningPercent: null,
      CustomFields: null,
      Links: [],
      SaleStakeholders: [],
    });
  });

  it('leaves out what SaleEntity does not write', () => {
    const changes: FieldChanges<Sale> = {
      id: 9,
      nextActivity: { id: 1, title: 'Call', date: '2026-03-01' },
      activities: [],
      quote: { id: 1, title: 'Q' },
      favourite: true,
      updatedAt: '2026-03-01T10:00:00Z',
    };
    expect(toSaleEntity(BASE, changes)).to.deep.equal({});
  });

  it('writes the reason as ReasonSold on a sold sale', () => {
    const reason = { id: 2, name: 'Relationship' };
    expect(toSaleEntity({ ...BASE, status: 'sold', reason }, { reason })).to.deep.equal({
      ReasonSold: { Id: 2, Value: 'Relationship' },
    });
    expect(toSaleEntity({ ...BASE, status: 'lost', reason }, { reason })).to.deep.equal({
      Reason: { Id: 2, Value: 'Relationship' },
    });
  });

  it('writes Status and Completed as SuperOffice spells them', () => {
    expect(toSaleEntity(BASE, { status: 'sold', done: true })).to.deep.equal({
      Status: 'Sold',
      Completed: 'Completed',
    });
    expect(toSaleEntity(BASE, { status: 'lost', done: null })).to.deep.equal({
      Status: 'Lost',
      Completed: 'Started',
    });
    expect(toSaleEntity(BASE, { status: null })).to.deep.equal({ Status: 'Open' });
  });

  describe('Earning', () => {
    it('keeps our cost when the amount changes', () => {
      expect(toSaleEntity({ ...BASE, amount: 2000 }, { amount: 2000 })).to.deep.equal({
        Amount: 2000,
        Earning: 1400,
        EarningPercent: 70,
      });
    });

    it('follows a changed cost', () => {
      expect(toSaleEntity({ ...BASE, cost: 250 }, { cost: 250 })).to.deep.equal({
        Earning: 750,
        EarningPercent: 75,
      });
      expect(toSaleEntity({ ...BASE, amount: 0, cost: 0 }, { amount: 0, cost: 0 })).to.deep.equal({
        Amount: 0,
        Earning: 0,
        EarningPercent: 0,
      });
    });

    it('is not written without both an amount and a cost', () => {
      expect(toSaleEntity({ ...BASE, cost: undefined, amount: 5 }, { amount: 5 })).to.deep.equal({
        Amount: 5,
      });
      expect(toSaleEntity({ ...BASE, amount: undefined }, { amount: null })).to.deep.equal({ Amount: null });
    });
  });

  it('writes a one-word stakeholder name as the last name, which reads back whole', () => {
    const stakeholders = [{ id: 3, person: { id: 9, name: 'Madonna' } }];
    const entity = toSaleEntity(BASE, { stakeholders });
    expect(entity.SaleStakeholders?.[0]).to.include({ Firstname: '', Lastname: 'Madonna' });
    expect(
      fromSaleEntity({ SaleId: 1, Heading: 'x', ...entity }).sale.stakeholders?.[0]?.person,
    ).to.deep.equal({
      id: 9,
      name: 'Madonna',
    });
  });

  it('rounds the probability to the whole percent SuperOffice stores', () => {
    expect(toSaleEntity(BASE, { probability: 33.6 })).to.deep.equal({ Probability: 34 });
  });

  it('writes the currency list item id when the source knows it', () => {
    const currencyId = (code: string): number | undefined => ({ NOK: 3 })[code];
    expect(toSaleEntity(BASE, { currency: 'NOK' }, { currencyId })).to.deep.equal({
      Currency: { Id: 3, Value: 'NOK' },
    });
    expect(toSaleEntity(BASE, { currency: 'SEK' }, { currencyId })).to.deep.equal({
      Currency: { Value: 'SEK' },
    });
  });

  it('writes dates at midnight with an offset, which read back as the same day', () => {
    for (const offsetMinutes of [14 * 60, 60, 0, -12 * 60]) {
      const entity = toSaleEntity(
        BASE,
        { saleDate: '2026-03-31', reopenDate: '2026-12-31' },
        { offsetMinutes },
      );
      const { sale } = fromSaleEntity({ SaleId: 1, Heading: 'x', ...entity });
      expect(sale.saleDate).to.equal('2026-03-31');
      expect(sale.reopenDate).to.equal('2026-12-31');
    }
    expect(toSaleEntity(BASE, { saleDate: 'not a date' })).to.deep.equal({ Saledate: null });
  });

  it('writes ids as SuperOffice numbers; anything else is no stored record (0)', () => {
    expect(
      [12, '12', ' 7 ', 0, -3, 1.5, 'new-1', '', undefined, Number.NaN].map((id) => entityId(id)),
    ).to.deep.equal([12, 12, 7, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps every changed field through a round trip (fromSaleEntity of what it writes)', () => {
    const sale = editedSale();
    const changes = diffFields(BASE, sale);
    const { sale: back, warnings } = fromSaleEntity({
      SaleId: sale.id,
      ...toSaleEntity(sale, changes, AT_PLUS_ONE),
    });
    expect(warnings).to.deep.equal([]);
    const differences = diffFields(sale, back);
    // What the entity cannot hold: user field labels and types (the entity has values only), a new
    // stakeholder's id (SuperOffice gives one on save), an id given as numeric text (it is a number).
    expect(Object.keys(differences).sort()).to.deep.equal(['project', 'stakeholders', 'userFields']);
    expect(back.project).to.deep.equal({ id: 7, name: 'Rollout' });
    expect(back.stage).to.deep.equal(sale.stage);
    expect(back.userFields?.map((field) => [field.id, field.value])).to.deep.equal(
      sale.userFields?.map((field) => [field.id, field.value]),
    );
    expect(back.stakeholders?.map(({ id: _id, ...rest }) => rest)).to.deep.equal(
      sale.stakeholders?.map(({ id: _id, ...rest }) => ({
        role: '',
        comment: '',
        email: '',
        phone: '',
        ...rest,
      })),
    );
    expect(back.stakeholders?.map((stakeholder) => stakeholder.id)).to.deep.equal([77, 0]);
  });
});
