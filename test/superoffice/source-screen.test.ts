/**
 * `<sale-screen>` over `superOfficeSource` and a recording fetch: the screen shows a sale from the
 * API, a save goes out as a PATCH, and a 412 answer shows the "changed by someone else" message in
 * the card, as the user sees it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { superOfficeSource } from '../../src/superoffice/index.js';
import { button, field, startEditing, type } from '../sale-card.helpers.js';
import { cardOf, renderScreen, settled, shownTitle } from '../sale-screen.helpers.js';
import { BASE, errorAnswer, fakeServer, json, type RecordedRequest } from './fake-server.js';

const ROW = {
  PrimaryKey: 12,
  EntityName: 'sale',
  saleId: 12,
  heading: 'Fibre upgrade',
  saleStatus: 'Open',
  completed: false,
  date: '2026-12-24',
  amount: 120000,
  currency: 'NOK',
  probPercent: 50,
  stage: 'Proposal',
  saleType: 'New business',
  updatedDate: '2026-12-01T09:11:12Z',
  associateId: 3,
  'associate/fullName': 'Kari Nordmann',
  contactId: 7,
  'contact/name': 'Nordlys AS',
};

const ENTITY = {
  SaleId: 12,
  Heading: 'Fibre upgrade',
  Status: 'Open',
  Completed: 'Started',
  Amount: 120000,
  Currency: { Id: 1, Value: 'NOK' },
  Saledate: '2026-12-24T00:00:00+01:00',
  Probability: 50,
  Rating: { Id: 2, Value: 'Proposal' },
  SaleType: { Id: 4, Value: 'New business' },
  Associate: { AssociateId: 3, FullName: 'Kari Nordmann' },
  Contact: { ContactId: 7, Name: 'Nordlys AS' },
  UpdatedDate: '2026-12-01T10:11:12.3456789+01:00',
};

/** A tenant with one sale; `onPatch` answers the PATCH, `stored` each GET of the sale. */
function tenant(onPatch: (request: RecordedRequest) => Response, stored: () => object = () => ENTITY) {
  return fakeServer((request) => {
    switch (request.route) {
      case 'GET /api/v1/List/Rating/Items':
        return json([
          { SaleStageId: 1, Value: 'Lead', Probability: 10, Rank: 1, Deleted: false },
          { SaleStageId: 2, Value: 'Proposal', Probability: 50, Rank: 2, Deleted: false },
        ]);
      case 'GET /api/v1/List/SaleType/Items':
        return json([{ SaleTypeId: 4, Name: 'New business', Rank: 1, Deleted: false, HasGuide: false }]);
      case 'GET /api/v1/List/Currency/Items':
        return json([{ CurrencyId: 1, Name: 'NOK', Rank: 1, Deleted: false }]);
      case 'GET /api/v1/User/currentPrincipal':
        return json({ AssociateId: 3, FullName: 'Kari Nordmann' });
      case 'POST /api/v1/Agents/Favourite/GetFavourites':
        return json([]);
      case 'GET /api/v1/Sale':
        return json({ value: [ROW] });
      case 'GET /api/v1/Sale/12':
        return json(stored());
      case 'PATCH /api/v1/Sale/12':
        return onPatch(request);
      default:
        // The MDO lists this tenant does not have.
        return errorAnswer(404, `No route ${request.route}`);
    }
  });
}

describe('<sale-screen> over superOfficeSource', () => {
  it('shows the sale from the API and saves an edit as a PATCH of the changed field', async () => {
    const server = tenant((request) =>
      json({ ...ENTITY, ...(request.body as object), UpdatedDate: '2026-12-02T08:00:00Z' }),
    );
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    const screen = await renderScreen(source);
    expect(shownTitle(screen)).to.equal('Fibre upgrade');
    expect(server.routes()).to.include('GET /api/v1/Sale/12');

    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Fibre upgrade, phase 2');
    button(card, 'Save').click();
    await waitUntil(() => shownTitle(screen) === 'Fibre upgrade, phase 2' && !card.editing, 'the saved sale');
    const patch = server.requests.find((request) => request.method === 'PATCH')!;
    expect(patch.body).to.deep.equal({ Heading: 'Fibre upgrade, phase 2' });
    expect(patch.headers.get('If-Unmodified-Since')).to.equal('Tue, 01 Dec 2026 09:11:12 GMT');
    expect(patch.headers.get('Content-Type')).to.equal('application/merge-patch+json');
  });

  it('a 412 answer shows "changed by someone else" on the card and keeps the edit', async () => {
    const server = tenant(() => errorAnswer(412, 'Sale changed since If-Unmodified-Since'));
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    const screen = await renderScreen(source);
    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'My title');
    button(card, 'Save').click();
    const errorText = () => card.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? '';
    await waitUntil(() => errorText() !== '', 'the save error shows');
    await settled(screen);
    expect(errorText()).to.equal(
      'Someone else changed this sale after you opened it, so your changes were not saved. ' +
        'Save again to replace their version of the fields you changed.',
    );
    expect(card.dirty).to.equal(true);
    expect(field(card, 'Title').value).to.equal('My title');
    await expect(screen).to.be.accessible();
  });

  for (const [status, serverSays, shown] of [
    [
      412,
      'Sale changed since If-Unmodified-Since',
      'Noen andre endret dette salget etter at du åpnet det, så endringene dine ble ikke lagret. ' +
        'Lagre igjen for å erstatte deres versjon av feltene du endret.',
    ],
    [400, 'Heading is too long', 'Serveren svarte: Heading is too long'],
  ] as const) {
    it(`says a ${status} in the page's language (nb), with the server's own words where it gave them`, async () => {
      const server = tenant(() => errorAnswer(status, serverSays));
      const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
      const screen = await renderScreen(source, { lang: 'nb' });
      const card = cardOf(screen);
      button(card, 'Rediger').click();
      await card.updateComplete;
      await type(card, field(card, 'Tittel'), 'Min tittel');
      button(card, 'Lagre').click();
      const errorText = () => card.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? '';
      await waitUntil(() => errorText() !== '', 'the save error shows');
      await settled(screen);
      expect(errorText()).to.equal(shown);
      expect(field(card, 'Tittel').value).to.equal('Min tittel');
    });
  }

  it("says a server that cannot be reached in the page's language (nb)", async () => {
    let reachable = true;
    const server = tenant(() => json({}));
    const source = superOfficeSource({
      baseUrl: BASE,
      fetch: (input: string, init?: RequestInit) =>
        reachable ? server.fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')),
      onWarnings: () => {},
    });
    const screen = await renderScreen(source, { lang: 'nb' });
    const card = cardOf(screen);
    button(card, 'Rediger').click();
    await card.updateComplete;
    await type(card, field(card, 'Tittel'), 'Min tittel');
    reachable = false;
    button(card, 'Lagre').click();
    const errorText = () => card.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? '';
    await waitUntil(() => errorText() !== '', 'the save error shows');
    expect(errorText()).to.equal('Fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.');
  });

  it('after a 412 the card names what the other user changed and offers their version', async () => {
    let theirs = false;
    const server = tenant(
      () => {
        theirs = true;
        return errorAnswer(412, 'Sale changed since If-Unmodified-Since');
      },
      () =>
        theirs ? { ...ENTITY, Heading: 'Their title', UpdatedDate: '2026-12-02T10:00:00+01:00' } : ENTITY,
    );
    const source = superOfficeSource({ baseUrl: BASE, fetch: server.fetch, onWarnings: () => {} });
    const screen = await renderScreen(source);
    const card = cardOf(screen);
    await startEditing(card);
    await type(card, field(card, 'Title'), 'My title');
    button(card, 'Save').click();
    const notice = () => card.shadowRoot!.querySelector('[part~="notice"]')?.textContent?.trim() ?? '';
    await waitUntil(() => notice() !== '', 'the conflict notice shows');
    await settled(screen);
    expect(notice()).to.contain('Title');
    expect(button(card, 'Use their version')).to.exist;
    expect(card.dirty).to.equal(true);
    expect(field(card, 'Title').value).to.equal('My title');
    button(card, 'Use their version').click();
    await settled(screen);
    expect(field(card, 'Title').value).to.equal('Their title');
  });
});
