/**
 * superOfficeSource reads a sale's follow-ups from `GET Sale/{id}/Activities` (the "SaleActivity"
 * archive provider), next to the entity; when they cannot be read, the sale still shows without them.
 */
import { expect } from '@open-wc/testing';
import {
  errorAnswer,
  fakeServer,
  json,
  sample,
  type RecordedRequest,
  sourceWithWarnings,
} from './fake-server.js';

const ENTITY = {
  SaleId: 12,
  Heading: 'Fibre upgrade',
  Status: 'Open',
  UpdatedDate: '2026-12-01T10:11:12+01:00',
};

const ROWS = {
  'odata.metadata': 'https://www.example.com/api/v1/archive$metadata',
  value: [
    {
      PrimaryKey: 31,
      EntityName: 'appointment',
      appointmentId: 31,
      date: '2026-12-10T23:30:00+01:00',
      completed: false,
      type: 'Meeting',
      text: 'Site visit',
      associateId: 3,
      'associate/fullName': 'Kari Nordmann',
      contactId: 7,
      'contact/name': 'Nordlys AS',
      personId: 21,
      'person/fullName': 'Ola Hansen',
    },
    {
      PrimaryKey: 32,
      EntityName: 'appointment',
      appointmentId: 32,
      date: '2026-11-02T09:00:00',
      completed: 1,
      type: 'Phone call',
      text: '',
      associateId: 3,
      'associate/fullName': 'Kari Nordmann',
      contactId: 0,
      personId: 0,
    },
  ],
};

const ACTIVITIES_ROUTE = 'GET /api/v1/Sale/12/Activities';

function server(activities: (request: RecordedRequest) => Response | Promise<Response>) {
  return fakeServer((request) => {
    if (request.route === ACTIVITIES_ROUTE) return activities(request);
    if (request.route === 'GET /api/v1/Sale/12') return json(ENTITY);
    if (request.route === 'PATCH /api/v1/Sale/12') {
      return json({ ...ENTITY, ...(request.body as object), UpdatedDate: '2026-12-02T08:00:00Z' });
    }
    return errorAnswer(404, `No route ${request.route}`);
  });
}

describe('superOfficeSource: a sale’s activities', () => {
  it('reads the follow-ups as the sale’s activities, with their date, type, state and people', async () => {
    const fake = server(() => json(ROWS));
    const { source, warnings } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.title).to.equal('Fibre upgrade');
    expect(sale.activities).to.deep.equal([
      {
        id: 31,
        title: 'Site visit',
        date: '2026-12-10',
        done: false,
        type: 'Meeting',
        owner: { id: 3, name: 'Kari Nordmann' },
        company: { id: 7, name: 'Nordlys AS' },
        person: { id: 21, name: 'Ola Hansen' },
      },
      {
        id: 32,
        title: 'Phone call',
        date: '2026-11-02',
        done: true,
        type: 'Phone call',
        owner: { id: 3, name: 'Kari Nordmann' },
      },
    ]);
    expect(warnings).to.deep.equal([]);
    const request = fake.requests.find((each) => each.route === ACTIVITIES_ROUTE)!;
    expect(request.url.searchParams.get('$entities')).to.equal('appointment');
    expect(request.url.searchParams.get('$select')?.split(',')).to.include.members([
      'appointmentId',
      'date',
      'completed',
      'type',
      'text',
      'associate/fullName',
      'contact/name',
      'person/fullName',
    ]);
  });

  it('asks for the activities while the entity is on its way', async () => {
    let activitiesAsked!: () => void;
    const asked = new Promise<void>((resolve) => (activitiesAsked = resolve));
    const fake = fakeServer(async (request) => {
      if (request.route === ACTIVITIES_ROUTE) {
        activitiesAsked();
        return json(ROWS);
      }
      // The entity answers only once the activities were asked for (or fails after a while).
      const waited = await Promise.race([
        asked.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
      ]);
      return waited ? json(ENTITY) : errorAnswer(500, 'The activities were not asked for in parallel');
    });
    const { source } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.activities).to.have.length(2);
  });

  it('shows the sale without activities, with one warning naming them, when they cannot be read', async () => {
    const fake = server(() => errorAnswer(500, 'Archive provider failed'));
    const { source, warnings } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.title).to.equal('Fibre upgrade');
    expect(sale.activities).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.field).to.equal('activities');
    expect(warnings[0]!.message).to.contain('Archive provider failed');
  });

  it('leaves out the rows of the published sample, which are persons without a date, naming each', async () => {
    const published = await sample('sale-activities.sample.json');
    const fake = server(() => json(published));
    const { source, warnings } = sourceWithWarnings(fake.fetch);
    const sale = await source.sale(12);
    expect(sale.activities).to.deep.equal([]);
    expect(warnings.map((warning) => warning.field)).to.deep.equal([
      'activities[0].date',
      'activities[1].date',
    ]);
  });

  it('keeps the activities on the sale a save answers with', async () => {
    const fake = server(() => json(ROWS));
    const { source } = sourceWithWarnings(fake.fetch);
    const loaded = await source.sale(12);
    const stored = await source.save({ ...loaded, title: 'Fibre upgrade, phase 2' }, { title: 'x' });
    expect(stored.title).to.equal('x');
    expect(stored.activities?.map((activity) => activity.id)).to.deep.equal([31, 32]);
  });
});
