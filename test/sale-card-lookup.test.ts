import { failOnPageErrors } from './helpers/page-errors.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleCard, SaleCombobox } from '../src/sale-card.js';
import type { LookupContext, LookupKind } from '../src/model/lookup.js';
import type { Ref } from '../src/model/types.js';
import { captureWarnings } from './helpers/console.js';
import {
  SALE,
  button,
  field,
  q,
  record,
  renderCard,
  selectTab,
  setValue,
  shownValue,
  startEditing,
  type,
} from './sale-card.helpers.js';

const FJORDLINE = SALE.company!;
const RECORDS: Record<LookupKind, (Ref & { company?: Ref })[]> = {
  company: [FJORDLINE, { id: 12, name: 'Fjellkraft AS' }],
  person: [
    { id: 22, name: 'Per Fjell', company: { id: 12, name: 'Fjellkraft AS' } },
    { id: 23, name: 'Fjola Berg' },
  ],
  project: [{ id: 32, name: 'Fjord 2026' }],
  owner: [{ id: 6, name: 'Fjodor Lie' }],
  sale: [{ id: 1050, name: 'Fjord ferries' }],
  activity: [],
  document: [{ id: 'd9', name: 'Fjord offer.pdf' }],
};

/** A lookup over RECORDS, by name, that records how it was asked. */
function fakeLookup() {
  const calls: { kind: LookupKind; text: string; context: LookupContext }[] = [];
  const lookup = (kind: LookupKind, text: string, context: LookupContext) => {
    calls.push({ kind, text, context });
    return Promise.resolve(
      RECORDS[kind].filter((ref) => ref.name.toLowerCase().includes(text.toLowerCase())),
    );
  };
  return { calls, lookup };
}

const combobox = (card: SaleCard, label: string) => field<SaleCombobox>(card, label);
const inputOf = (box: SaleCombobox) => box.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
const optionsOf = (box: SaleCombobox) => [
  ...box.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];

/** Types into the combobox labelled `label` and waits for its answer. */
async function search(card: SaleCard, label: string, text: string) {
  const box = combobox(card, label);
  inputOf(box).focus();
  inputOf(box).select();
  await sendKeys({ type: text });
  await waitUntil(() => inputOf(box).getAttribute('aria-busy') === 'false', `no answer for ${label}`);
  await box.updateComplete;
  return box;
}

/** Searches and picks the option named `name`. */
async function pick(card: SaleCard, label: string, text: string, name: string) {
  const box = await search(card, label, text);
  const option = optionsOf(box).find((candidate) => candidate.textContent!.trim() === name);
  if (!option) throw new Error(`No option "${name}" for ${label}`);
  option.click();
  await card.updateComplete;
}

async function savedChanges(card: SaleCard) {
  const saves = record(card, 'sale-save');
  button(card, 'Save').click();
  await card.updateComplete;
  return saves[0]!.detail.changes;
}

describe('<sale-card> with lookup', () => {
  failOnPageErrors();

  // <sale-combobox> loads on demand when a card first gets a lookup (the fields stay read-only
  // until then): wait once, as a user would, until the first card's Company field is a combobox.
  before(async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    await waitUntil(
      () => q(card, 'sale-combobox')?.shadowRoot?.querySelector('[role="combobox"]'),
      'the record fields become comboboxes',
    );
  });

  it('keeps Company, Contact, Project and Owner read-only without a lookup', async () => {
    const card = await renderCard();
    await startEditing(card);
    expect(q(card, 'sale-combobox')).to.equal(null);
    expect(shownValue(card, 'Company')).to.equal('Fjordline Logistikk AS');
    expect(shownValue(card, 'Owner')).to.equal('Ola Hansen');
  });

  it('shows the records as links in view mode, with a lookup too', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    expect(q(card, 'sale-combobox')).to.equal(null);
    expect(shownValue(card, 'Contact')).to.equal('Kari Nordmann');
  });

  it('makes the four fields labelled comboboxes in edit mode', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    for (const [label, name] of [
      ['Company', 'Fjordline Logistikk AS'],
      ['Contact', 'Kari Nordmann'],
      ['Project', 'Fleet 2025'],
      ['Owner', 'Ola Hansen'],
    ]) {
      const input = inputOf(combobox(card, label!));
      expect(input.getAttribute('aria-label'), label).to.equal(label);
      expect(input.value, label).to.equal(name);
    }
    await expect(card).to.be.accessible();
  });

  it('focuses the input when its label is clicked', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    const label = [...card.shadowRoot!.querySelectorAll('label')].find(
      (candidate) => candidate.textContent!.trim() === 'Project',
    )!;
    label.click();
    expect(combobox(card, 'Project').shadowRoot!.activeElement).to.equal(inputOf(combobox(card, 'Project')));
  });

  it('sets the picked record as { id, name } in the draft, and reports it on save', async () => {
    const { calls, lookup } = fakeLookup();
    const card = await renderCard(SALE, { lookup });
    await startEditing(card);
    const drafts = record(card, 'sale-draft-change');
    await pick(card, 'Project', 'fjord', 'Fjord 2026');
    await pick(card, 'Owner', 'fjo', 'Fjodor Lie');
    expect(calls.map(({ kind }) => kind)).to.deep.equal(['project', 'owner']);
    expect(drafts.at(-1)!.detail.dirty).to.be.true;
    expect(await savedChanges(card)).to.deep.equal({
      project: { id: 32, name: 'Fjord 2026' },
      owner: { id: 6, name: 'Fjodor Lie' },
    });
  });

  it('never lets the inner combobox event out of the card', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    const escaped = record(card, 'sale-combobox-change');
    await pick(card, 'Project', 'fjord', 'Fjord 2026');
    expect(escaped).to.have.length(0);
  });

  it('clears a field emptied and left: null in changes', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    await type(card, inputOf(combobox(card, 'Project')), '');
    inputOf(combobox(card, 'Project')).blur();
    await card.updateComplete;
    expect(await savedChanges(card)).to.deep.equal({ project: null });
  });

  it('hands contact searches the chosen company', async () => {
    const { calls, lookup } = fakeLookup();
    const card = await renderCard(SALE, { lookup });
    await startEditing(card);
    await search(card, 'Contact', 'fj');
    expect(calls.at(-1)).to.deep.include({ kind: 'person', text: 'fj' });
    expect(calls.at(-1)!.context.company).to.deep.equal(FJORDLINE);
  });

  it('clears a contact of another company when the company changes, and keeps one whose company is unknown', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    await pick(card, 'Contact', 'fj', 'Fjola Berg');
    await pick(card, 'Company', 'fjell', 'Fjellkraft AS');
    expect(inputOf(combobox(card, 'Contact')).value, 'company unknown: kept').to.equal('Fjola Berg');
    await pick(card, 'Contact', 'per', 'Per Fjell');
    await pick(card, 'Company', 'fjord', 'Fjordline Logistikk AS');
    expect(inputOf(combobox(card, 'Contact')).value, 'of Fjellkraft: cleared').to.equal('');
    expect(await savedChanges(card)).to.deep.equal({ person: null });
  });

  it('uses a stakeholder to know the company of the sale’s contact', async () => {
    const sale = {
      ...SALE,
      stakeholders: [{ id: 's1', person: SALE.person!, company: FJORDLINE }],
    };
    const card = await renderCard(sale, { lookup: fakeLookup().lookup });
    await startEditing(card);
    await pick(card, 'Company', 'fjell', 'Fjellkraft AS');
    expect(await savedChanges(card)).to.deep.equal({
      company: { id: 12, name: 'Fjellkraft AS' },
      person: null,
    });
  });

  it('closes the popup with Escape without leaving edit mode', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    await startEditing(card);
    await search(card, 'Company', 'fj');
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(card.editing).to.be.true;
    expect(inputOf(combobox(card, 'Company')).getAttribute('aria-expanded')).to.equal('false');
  });

  it('says "Ingen treff" in Norwegian, and survives a failing lookup', async () => {
    const card = await renderCard(SALE, {
      lang: 'nb',
      lookup: (kind: LookupKind) =>
        kind === 'company' ? Promise.resolve([]) : Promise.reject(new Error('down')),
    });
    button(card, 'Rediger').click();
    await card.updateComplete;
    const company = await search(card, 'Firma', 'zzz');
    expect(company.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Ingen treff');
    const project = await search(card, 'Prosjekt', 'x');
    expect(project.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'Søket mislyktes. Prøv igjen.',
    );
    expect(card.editing).to.be.true;
  });

  it('shows the popup over the rest of the card, not clipped by the panel', async () => {
    const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
    card.style.setProperty('overflow', 'hidden');
    await startEditing(card);
    const box = await search(card, 'Company', 'f');
    const last = optionsOf(box).at(-1)!.getBoundingClientRect();
    expect(box.shadowRoot!.elementFromPoint(last.left + 5, last.top + last.height / 2)).to.equal(
      optionsOf(box).at(-1),
    );
  });

  it('warns once about a lookup that is not a function, and keeps the fields read-only', async () => {
    const warnings = captureWarnings();
    try {
      const card = await renderCard(SALE, { lookup: { search: true } as never });
      await startEditing(card);
      expect(q(card, 'sale-combobox')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-card>: lookup: expected a function/);
    } finally {
      warnings.restore();
    }
  });

  describe('the Links tab', () => {
    it('picks a record target by searching and adds it with its name', async () => {
      const { calls, lookup } = fakeLookup();
      const card = await renderCard(SALE, { lookup });
      await startEditing(card);
      await selectTab(card, 'Links');
      await setValue(card, field<HTMLSelectElement>(card, 'Type'), 'document');
      await pick(card, 'Target (web address or record id)', 'fjord', 'Fjord offer.pdf');
      expect(calls.at(-1)!.kind).to.equal('document');
      await setValue(card, field<HTMLSelectElement>(card, 'Type'), 'project');
      await pick(card, 'Target (web address or record id)', 'fjord', 'Fjord 2026');
      await type(card, field(card, 'Description'), 'The project');
      button(card, 'Add').click();
      await card.updateComplete;
      await expect(card).to.be.accessible();
      const links = (await savedChanges(card)).links!;
      expect(links.at(-1)).to.deep.equal({ id: 32, kind: 'project', title: 'The project' });
    });

    it('adds a picked record with its name when the description is empty', async () => {
      const card = await renderCard(SALE, { lookup: fakeLookup().lookup });
      await startEditing(card);
      await selectTab(card, 'Links');
      await setValue(card, field<HTMLSelectElement>(card, 'Type'), 'sale');
      button(card, 'Add').click();
      await card.updateComplete;
      expect(q(card, '#f-link-error')!.textContent).to.equal('Fill in the target and the description.');
      await pick(card, 'Target (web address or record id)', 'ferr', 'Fjord ferries');
      button(card, 'Add').click();
      await card.updateComplete;
      expect(q(card, '#f-link-error')).to.equal(null);
      expect((await savedChanges(card)).links!.at(-1)).to.deep.equal({
        id: 1050,
        kind: 'sale',
        title: 'Fjord ferries',
      });
    });

    for (const [lang, message] of [
      ['en', 'Enter a web address that starts with http://, https:// or mailto:.'],
      ['nb', 'Skriv en nettadresse som begynner med http://, https:// eller mailto:.'],
    ] as const) {
      it(`refuses a web address that is not http(s) or mailto, with an inline error (${lang})`, async () => {
        const card = await renderCard(SALE, { lang });
        button(card, lang === 'en' ? 'Edit' : 'Rediger').click();
        await card.updateComplete;
        await selectTab(card, lang === 'en' ? 'Links' : 'Koblinger');
        const target =
          lang === 'en' ? 'Target (web address or record id)' : 'Mål (nettadresse eller post-id)';
        const title = lang === 'en' ? 'Description' : 'Beskrivelse';
        const add = lang === 'en' ? 'Add' : 'Legg til';
        await type(card, field(card, target), 'javascript:alert(1)');
        await type(card, field(card, title), 'Bad');
        button(card, add).click();
        await card.updateComplete;
        expect(q(card, '#f-link-error')!.textContent).to.equal(message);
        expect(field(card, target).getAttribute('aria-invalid')).to.equal('true');
        expect(field(card, target).getAttribute('aria-describedby')).to.equal('f-link-error');
        expect(card.dirty, 'not added').to.be.false;
        await type(card, field(card, target), 'mailto:kari@example.com');
        button(card, add).click();
        await card.updateComplete;
        expect(q(card, '#f-link-error')).to.equal(null);
        expect(card.dirty).to.be.true;
      });
    }
  });
});
