/**
 * superOfficeSource labels a sale's custom fields from SuperOffice's published user-field
 * definitions (`POST Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList`): read once per
 * source, and only when a sale has custom fields; when they cannot be read, the ProgIds stay.
 */
import { expect } from '@open-wc/testing';
import type { DataWarning } from '../../src/model/types.js';
import { fromSaleEntity, superOfficeSource } from '../../src/superoffice/index.js';
import {
  BASE,
  errorAnswer,
  fakeServer,
  json,
  sample,
  type RecordedRequest,
  sourceWithWarnings,
} from './fake-server.js';

const DEFINITIONS_ROUTE = 'POST /api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList';

const definition = (ProgId: string, FieldLabel: string, FieldType: string) => ({
  ProgId,
  FieldLabel,
  FieldType,
  ShortLabel: '',
  Type: 'Sale',
});

const DEFINITIONS = [
  definition('SuperOffice:1', 'Customer tier', 'ShortText'),
  definition('SuperOffice:2', 'Trucks', 'Number'),
  definition('SuperOffice:3', 'Go-live', 'Date'),
  definition('SuperOffice:4', 'Framework agreement', 'Checkbox'),
  definition('SuperOffice:5', 'Region', 'List'),
  definition('SuperOffice:6', 'Contract start', 'UnlimitedDate'),
  definition('SuperOffice:7', 'Discount', 'Decimal'),
  definition('SuperOffice:10', 'Odd', 'toString'),
  definition('SuperOffice:8', 'Seats', 'Number'),
  definition('SuperOffice:9', ' Notes ', 'LongText'),
  { ProgId: 'SuperOffice:11', FieldLabel: ' ', FieldType: 'ShortText' },
];

const saleWith = (CustomFields: Record<string, unknown> | undefined, SaleId = 12) => ({
  SaleId,
  Heading: 'Fibre upgrade',
  Status: 'Open',
  UpdatedDate: '2026-12-01T10:11:12+01:00',
  CustomFields,
});

function server(
  definitions: (request: RecordedRequest) => Response = () => json(DEFINITIONS),
  CustomFields: Record<string, unknown> | undefined = { 'SuperOffice:1': 'Gold' },
) {
  return fakeServer((request) => {
    if (request.route === DEFINITIONS_ROUTE) return definitions(request);
    const id = /^GET \/api\/v1\/Sale\/(\d+)$/u.exec(request.route)?.[1];
    return id ? json(saleWith(CustomFields, Number(id))) : errorAnswer(404, `No route ${request.route}`);
  });
}

describe('superOfficeSource: user-defined field labels', () => {
  it('labels and types custom fields by their published definitions', async () => {
    const fake = server(undefined, {
      'SuperOffice:1': 'Gold',
      'SuperOffice:2': 4,
      'SuperOffice:3': '2026-03-01T00:00:00',
      'SuperOffice:4': true,
      'SuperOffice:5': 7,
      'SuperOffice:6': '2026-04-15T23:30:00+02:00',
      'SuperOffice:7': 2.5,
      'SuperOffice:8': '12 seats',
      'SuperOffice:9': 'Long text',
      'SuperOffice:10': 3,
      'SuperOffice:11': 'unlabelled',
      x_extra: 'not defined',
    });
    const warnings: DataWarning[] = [];
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: fake.fetch,
      headers: { Authorization: 'Bearer abc' },
      onWarnings: (found) => warnings.push(...found),
    });
    const sale = await source.sale(12);
    expect(sale.userFields).to.deep.equal([
      { id: 'SuperOffice:1', label: 'Customer tier', type: 'text', value: 'Gold' },
      { id: 'SuperOffice:2', label: 'Trucks', type: 'number', value: 4 },
      { id: 'SuperOffice:3', label: 'Go-live', type: 'date', value: '2026-03-01' },
      { id: 'SuperOffice:4', label: 'Framework agreement', type: 'checkbox', value: true },
      // A drop-down holds its item's id, and the card has no items to offer: shown by its value.
      { id: 'SuperOffice:5', label: 'Region', type: 'number', value: 7 },
      { id: 'SuperOffice:6', label: 'Contract start', type: 'date', value: '2026-04-15' },
      { id: 'SuperOffice:7', label: 'Discount', type: 'number', value: 2.5 },
      // A value that is no number keeps the type it shows, under its label.
      { id: 'SuperOffice:8', label: 'Seats', type: 'text', value: '12 seats' },
      { id: 'SuperOffice:9', label: ' Notes ', type: 'text', value: 'Long text' },
      { id: 'SuperOffice:10', label: 'Odd', type: 'number', value: 3 },
      { id: 'SuperOffice:11', label: 'SuperOffice:11', type: 'text', value: 'unlabelled' },
      { id: 'x_extra', label: 'x_extra', type: 'text', value: 'not defined' },
    ]);
    expect(warnings).to.deep.equal([]);
    const asked = fake.requests.find((request) => request.route === DEFINITIONS_ROUTE)!;
    expect(asked.url.href).to.equal(
      `${BASE}/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList`,
    );
    expect(asked.body).to.deep.equal({ OwnerType: 'Sale' });
    expect(asked.headers.get('Authorization')).to.equal('Bearer abc');
    expect(asked.headers.get('Content-Type')).to.equal('application/json');
  });

  it('reads the published sample: its field is labelled and typed by FieldLabel and FieldType', async () => {
    const published = await sample('udef-field-list.sample.json');
    const fake = server(() => json(published), { et: false, other: 'x' });
    const source = superOfficeSource({ baseUrl: BASE, fetch: fake.fetch, onWarnings: () => {} });
    const sale = await source.sale(12);
    expect(sale.userFields).to.deep.equal([
      { id: 'et', label: 'nostrum', type: 'checkbox', value: false },
      { id: 'other', label: 'other', type: 'text', value: 'x' },
    ]);
  });

  it('asks once per source, also for sales read at the same time, and not for a sale without fields', async () => {
    const fake = server();
    const source = superOfficeSource({ baseUrl: BASE, fetch: fake.fetch, onWarnings: () => {} });
    const [first, second] = await Promise.all([source.sale(1), source.sale(2)]);
    const third = await source.sale(3);
    for (const sale of [first, second, third]) expect(sale.userFields?.[0]?.label).to.equal('Customer tier');
    expect(fake.routes().filter((route) => route === DEFINITIONS_ROUTE)).to.have.length(1);

    const plain = server(undefined, {});
    const other = superOfficeSource({ baseUrl: BASE, fetch: plain.fetch, onWarnings: () => {} });
    await other.sale(1);
    expect(plain.routes()).to.deep.equal(['GET /api/v1/Sale/1', 'GET /api/v1/Sale/1/Activities']);
  });

  it('labels the sale a save answers with', async () => {
    let stored = saleWith({ 'SuperOffice:2': 4 });
    const fake = fakeServer((request) => {
      if (request.route === DEFINITIONS_ROUTE) return json(DEFINITIONS);
      if (request.route === 'PATCH /api/v1/Sale/12') stored = { ...stored, ...(request.body as object) };
      return json(stored);
    });
    const source = superOfficeSource({ baseUrl: BASE, fetch: fake.fetch, onWarnings: () => {} });
    const loaded = await source.sale(12);
    const userFields = loaded.userFields!.map((field) => ({ ...field, value: 5 }));
    const saved = await source.save({ ...loaded, userFields }, { userFields });
    expect(saved.userFields).to.deep.equal([
      { id: 'SuperOffice:2', label: 'Trucks', type: 'number', value: 5 },
    ]);
  });

  it('shows the sale with ProgId labels when the definitions cannot be read, and warns once', async () => {
    const fake = server(() => errorAnswer(403, 'No access to UserDefinedFieldInfo'));
    const { source, warnings } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.title).to.equal('Fibre upgrade');
    expect(sale.userFields).to.deep.equal([
      { id: 'SuperOffice:1', label: 'SuperOffice:1', type: 'text', value: 'Gold' },
    ]);
    await source.sale(13);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.field).to.equal('UserDefinedFieldInfo');
    expect(warnings[0]!.message).to.contain('No access to UserDefinedFieldInfo');
    expect(fake.routes().filter((route) => route === DEFINITIONS_ROUTE)).to.have.length(1);
  });

  it('an answer that is no list of definitions keeps the ProgIds, with one warning', async () => {
    const fake = server(() => json({ Message: 'not a list' }));
    const { source, warnings } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.userFields?.[0]?.label).to.equal('SuperOffice:1');
    expect(warnings.map((warning) => warning.field)).to.deep.equal(['UserDefinedFieldInfo']);
  });

  it('fromSaleEntity takes the definitions, and survives options that are no options', () => {
    const entity = saleWith({ 'SuperOffice:3': '0001-01-01T00:00:00', 'SuperOffice:4': 1 });
    const userFields = new Map([
      ['SuperOffice:3', { label: 'Go-live', type: 'date' as const }],
      ['SuperOffice:4', { label: 'Framework agreement', type: 'checkbox' as const }],
    ]);
    expect(fromSaleEntity(entity, { userFields }).sale.userFields).to.deep.equal([
      { id: 'SuperOffice:3', label: 'Go-live', type: 'date', value: null },
      // 1 is no true/false: the field shows the number it holds.
      { id: 'SuperOffice:4', label: 'Framework agreement', type: 'number', value: 1 },
    ]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    [null, 7, hostile, { userFields: 'no map' }].forEach((options, index) => {
      const { sale } = fromSaleEntity(entity, options as never);
      expect(sale.userFields?.[1]?.label, `options #${index}`).to.equal('SuperOffice:4');
    });
  });
});
