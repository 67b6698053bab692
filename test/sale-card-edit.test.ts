import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Sale } from '../src/model/types.js';
import {
  SALE,
  SALE_TYPES,
  button,
  check,
  field,
  hasButton,
  q,
  qa,
  record,
  renderCard,
  statusOf,
  selectTab,
  setValue,
  startEditing,
  type,
  viewValue,
} from './sale-card.helpers.js';

describe('<sale-card> edit mode', () => {
  it('Edit on another tab focuses the first control of that tab', async () => {
    const card = await renderCard();
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    // The Sale panel, hidden from here on, keeps the controls it was last rendered with.
    await startEditing(card);
    await selectTab(card, 'Details');
    button(card, 'Cancel').click();
    await card.updateComplete;
    await selectTab(card, 'Notes');
    await startEditing(card);
    expect(card.shadowRoot!.activeElement === field(card, 'Notes')).to.be.true;
  });

  it('Edit puts every tab in edit mode with labelled native controls and focuses the first', async () => {
    const card = await renderCard();
    await startEditing(card);
    expect(card.editing).to.be.true;
    const title = field(card, 'Title');
    expect(title.localName).to.equal('input');
    expect(title.value).to.equal(SALE.title);
    expect(card.shadowRoot!.activeElement === title).to.be.true;
    expect(field(card, 'Description').localName).to.equal('textarea');
    expect(field(card, 'Sale type').localName).to.equal('select');
    expect(field(card, 'Stalled').type).to.equal('checkbox');
    expect(hasButton(card, 'Edit')).to.be.false;
    expect(button(card, 'Save').disabled).to.be.false;
    await expect(card).to.be.accessible();
    for (const tab of ['Details', 'More', 'Notes', 'Links']) {
      await selectTab(card, tab);
      expect(qa(card, '.panel input, .panel select, .panel textarea').length, tab).to.be.greaterThan(0);
      await expect(card).to.be.accessible();
    }
  });

  it('a sale without id opens in edit mode', async () => {
    const card = await renderCard({ title: '', status: 'open' });
    expect(card.editing).to.be.true;
    expect(hasButton(card, 'Delete')).to.be.false;
  });

  it('readonly has no Edit and leaves edit mode', async () => {
    const card = await renderCard();
    await startEditing(card);
    card.readonly = true;
    await card.updateComplete;
    expect(card.editing).to.be.false;
    expect(hasButton(card, 'Edit')).to.be.false;
    const fresh = await renderCard({ title: 'New', status: 'open' }, { readonly: true });
    expect(fresh.editing).to.be.false;
  });

  it('Save is disabled while Title or Sale type is empty, and the field says why', async () => {
    const card = await renderCard();
    await startEditing(card);
    const title = field(card, 'Title');
    await type(card, title, '   ');
    expect(button(card, 'Save').disabled).to.be.true;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const error = q(card, `#${title.getAttribute('aria-describedby')}`)!;
    expect(error.textContent).to.equal('Title is required.');
    expect(q(card, '#save-blocked')!.textContent!.trim()).to.equal('To save, fill in: Title.');
    await setValue(card, field<HTMLSelectElement>(card, 'Sale type'), '');
    expect(field(card, 'Sale type').getAttribute('aria-invalid')).to.equal('true');
    expect(q(card, '#save-blocked')!.textContent!.trim()).to.equal('To save, fill in: Title, Sale type.');
    await expect(card).to.be.accessible();
    await type(card, title, 'Renamed');
    await setValue(card, field<HTMLSelectElement>(card, 'Sale type'), 'new');
    expect(button(card, 'Save').disabled).to.be.false;
    expect(title.getAttribute('aria-invalid')).to.equal('false');
  });

  it('Save emits the whole draft and only the changed fields, then waits for the host', async () => {
    const card = await renderCard();
    const saves = record(card, 'sale-save');
    const drafts = record(card, 'sale-draft-change');
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Fleet tracking for 50 trucks');
    expect(drafts.at(-1)!.detail).to.deep.equal({
      dirty: true,
      changes: { title: 'Fleet tracking for 50 trucks' },
    });
    button(card, 'Save').click();
    await card.updateComplete;
    expect(saves).to.have.length(1);
    expect(saves[0]!.detail.changes).to.deep.equal({ title: 'Fleet tracking for 50 trucks' });
    expect(saves[0]!.detail.sale).to.deep.equal({ ...SALE, title: 'Fleet tracking for 50 trucks' });
    expect(Object.isFrozen(saves[0]!.detail)).to.be.true;
    const save = button(card, 'Saving…');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(q(card, '[part="card"]')!.getAttribute('aria-busy')).to.equal('true');
    save.click();
    expect(saves).to.have.length(1, 'no second save while busy');
    card.sale = saves[0]!.detail.sale;
    await card.updateComplete;
    expect(card.editing).to.be.false;
    expect(viewValue(card, 'Title')).to.equal('Fleet tracking for 50 trucks');
    expect(card.shadowRoot!.activeElement === button(card, 'Edit')).to.be.true;
  });

  it('an unchanged sale saves with changes {} and Enter in a field submits', async () => {
    const card = await renderCard();
    const saves = record(card, 'sale-save');
    await startEditing(card);
    field(card, 'Title').focus();
    await sendKeys({ press: 'Enter' });
    expect(saves).to.have.length(1);
    expect(saves[0]!.detail.changes).to.deep.equal({});
  });

  it('an error from the host shows in an alert and keeps the draft', async () => {
    const card = await renderCard();
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Draft title');
    button(card, 'Save').click();
    await card.updateComplete;
    card.error = 'The server is down.';
    await card.updateComplete;
    const alert = q(card, '[role="alert"]')!;
    expect(alert.textContent).to.equal('The server is down.');
    expect(card.editing).to.be.true;
    expect(field(card, 'Title').value).to.equal('Draft title');
    expect(button(card, 'Save').getAttribute('aria-disabled')).to.equal('false');
    await expect(card).to.be.accessible();
  });

  it('Cancel leaves edit mode and drops the draft', async () => {
    const card = await renderCard();
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Throw away');
    expect(card.dirty).to.be.true;
    button(card, 'Cancel').click();
    await card.updateComplete;
    expect(card.editing).to.be.false;
    expect(card.dirty).to.be.false;
    expect(viewValue(card, 'Title')).to.equal(SALE.title);
    expect(card.shadowRoot!.activeElement === button(card, 'Edit')).to.be.true;
  });

  it('the draft survives tab switches', async () => {
    const card = await renderCard();
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Kept');
    await selectTab(card, 'Notes');
    await type(card, field(card, 'Notes'), 'A note');
    await selectTab(card, 'Sale');
    expect(field(card, 'Title').value).to.equal('Kept');
    await selectTab(card, 'Notes');
    expect(field(card, 'Notes').value).to.equal('A note');
    expect(card.editing).to.be.true;
  });

  it('the draft survives the host setting the same sale again, and reports conflicting changes', async () => {
    const card = await renderCard();
    const drafts = record(card, 'sale-draft-change');
    await startEditing(card);
    await type(card, field(card, 'Title'), 'My title');
    const before = drafts.length;
    card.sale = { ...SALE, description: 'Updated elsewhere' };
    await card.updateComplete;
    expect(field(card, 'Title').value).to.equal('My title');
    expect(field(card, 'Description').value).to.equal('Updated elsewhere');
    expect(q(card, '[role="status"]')!.textContent).to.equal('');
    card.sale = { ...SALE, title: 'Their title', description: 'Updated elsewhere' };
    await card.updateComplete;
    expect(field(card, 'Title').value).to.equal('My title');
    expect(q(card, '[role="status"]')!.textContent).to.contain('Title');
    expect(drafts).to.have.length(before, 'host updates fire no draft events');
    await expect(card).to.be.accessible();
  });

  it('"Use their version" takes the host\'s value of the conflicting fields and keeps the rest', async () => {
    const card = await renderCard();
    const drafts = record(card, 'sale-draft-change');
    await startEditing(card);
    await type(card, field(card, 'Title'), 'My title');
    await type(card, field(card, 'Description'), 'My description');
    card.sale = { ...SALE, title: 'Their title' };
    await card.updateComplete;
    expect(field(card, 'Title').value).to.equal('My title');
    button(card, 'Use their version').click();
    await card.updateComplete;
    expect(field(card, 'Title').value).to.equal('Their title');
    expect(field<HTMLTextAreaElement>(card, 'Description').value).to.equal('My description');
    expect(q(card, '[role="status"]')!.textContent).to.equal('');
    expect(hasButton(card, 'Use their version')).to.be.false;
    expect(drafts.at(-1)!.detail).to.deep.equal({ dirty: true, changes: { description: 'My description' } });
  });

  it('a different sale from the host replaces the draft, handing the draft over in sale-draft-discard first', async () => {
    const card = await renderCard();
    const discards = record(card, 'sale-draft-discard');
    let titleWhenFired: string | undefined;
    card.addEventListener('sale-draft-discard', () => (titleWhenFired = field(card, 'Title').value));
    await startEditing(card);
    await type(card, field(card, 'Title'), 'Mine');
    card.sale = { ...SALE, id: 2, title: 'Another' };
    await card.updateComplete;
    expect(card.editing).to.be.false;
    expect(viewValue(card, 'Title')).to.equal('Another');
    expect(discards).to.have.length(1);
    expect(discards[0]!.detail.sale).to.deep.equal({ ...SALE, title: 'Mine' });
    expect(discards[0]!.detail.changes).to.deep.equal({ title: 'Mine' });
    expect(discards[0]!.bubbles && discards[0]!.composed).to.be.true;
    expect(titleWhenFired, 'fired while the draft still shows').to.equal('Mine');
  });

  describe('status and stage', () => {
    it('choosing a stage copies its probability; the user may override it', async () => {
      const card = await renderCard();
      await startEditing(card);
      const stage = field<HTMLSelectElement>(card, 'Stage');
      expect([...stage.options].map((option) => option.textContent!.trim())).to.deep.equal([
        '—',
        'Lead (10%)',
        'Proposal (50%)',
        'Negotiation (80%)',
        'Sold',
        'Lost',
      ]);
      await setValue(card, stage, 'stage:3');
      expect(field(card, 'Probability %').value).to.equal('80');
      await setValue(card, field(card, 'Probability %'), '65');
      await setValue(card, field(card, 'Probability %'), '150');
      expect(field(card, 'Probability %').value).to.equal('100');
      await setValue(card, field(card, 'Probability %'), '');
      expect(card.dirty).to.be.true;
    });

    it('Sold dates the sale today and shows Reason and Competitor; Completed becomes possible', async () => {
      const card = await renderCard();
      const saves = record(card, 'sale-save');
      await startEditing(card);
      expect(field(card, 'Completed').disabled).to.be.true;
      await setValue(card, field<HTMLSelectElement>(card, 'Stage'), 'sold');
      expect(statusOf(card)).to.equal('sold', 'the icon follows the draft');
      expect(field(card, 'Sale date').value).to.equal('2025-05-15');
      expect(field(card, 'Probability %').value).to.equal('100');
      expect(field(card, 'Stalled').disabled).to.be.true;
      await setValue(card, field<HTMLSelectElement>(card, 'Reason'), 's1');
      await setValue(card, field<HTMLSelectElement>(card, 'Competitor'), '3');
      await check(card, field(card, 'Completed'));
      button(card, 'Save').click();
      expect(saves[0]!.detail.changes).to.deep.equal({
        status: 'sold',
        probability: 100,
        saleDate: '2025-05-15',
        reason: { id: 's1', name: 'Best price' },
        competitor: { id: 3, name: 'ScanCo' },
        done: true,
      });
    });

    it('Lost offers the lost reasons; back to a stage reopens it', async () => {
      const card = await renderCard();
      await startEditing(card);
      await setValue(card, field<HTMLSelectElement>(card, 'Stage'), 'lost');
      const reasons = [...field<HTMLSelectElement>(card, 'Reason').options].map((option) =>
        option.textContent!.trim(),
      );
      expect(reasons).to.deep.equal(['None', 'Too expensive']);
      await setValue(card, field<HTMLSelectElement>(card, 'Reason'), '');
      await setValue(card, field<HTMLSelectElement>(card, 'Stage'), 'stage:1');
      expect(statusOf(card)).to.equal('open');
      expect(field(card, 'Probability %').value).to.equal('10');
    });

    it('Stalled shows Re-open date and Reason in place of Next activity', async () => {
      const card = await renderCard();
      const saves = record(card, 'sale-save');
      await startEditing(card);
      await check(card, field(card, 'Stalled'));
      expect(statusOf(card)).to.equal('stalled');
      await setValue(card, field(card, 'Re-open date'), '2025-09-01');
      await setValue(card, field<HTMLSelectElement>(card, 'Reason'), 'st1');
      expect(qa(card, '.label').some((label) => label.textContent === 'Next activity')).to.be.false;
      button(card, 'Save').click();
      expect(saves[0]!.detail.changes).to.deep.equal({
        status: 'stalled',
        reopenDate: '2025-09-01',
        stalledReason: { id: 'st1', name: 'Budget frozen' },
      });
      await check(card, field(card, 'Stalled'));
    });

    it('a guided sale type offers its guide stages and starts on the first', async () => {
      const card = await renderCard();
      await startEditing(card);
      await setValue(card, field<HTMLSelectElement>(card, 'Sale type'), 'guided');
      const stage = field<HTMLSelectElement>(card, 'Stage');
      expect(stage.selectedOptions[0]!.textContent!.trim()).to.equal('Qualify (20%)');
      expect([...stage.options].map((option) => option.value)).to.deep.equal([
        '',
        'stage:7',
        'stage:8',
        'sold',
        'lost',
      ]);
      expect(field(card, 'Probability %').value).to.equal('20');
    });

    it('amount and currency edit together', async () => {
      const card = await renderCard();
      const saves = record(card, 'sale-save');
      await startEditing(card);
      await setValue(card, field(card, 'Amount'), '500000');
      const currency = q<HTMLSelectElement>(card, 'select[aria-label="Currency"]')!;
      await setValue(card, currency, 'EUR');
      button(card, 'Save').click();
      expect(saves[0]!.detail.changes).to.deep.equal({ amount: 500000, currency: 'EUR' });
    });

    it('without currencies the currency shows as text', async () => {
      const card = await renderCard(SALE, { currencies: [] });
      await startEditing(card);
      expect(q(card, '.with-unit .unit')!.textContent).to.equal('NOK');
    });

    it('pinned user fields are editable on the Sale tab', async () => {
      const card = await renderCard();
      await startEditing(card);
      await setValue(card, field<HTMLSelectElement>(card, 'Region'), 'North');
      expect((card as unknown as { dirty: boolean }).dirty).to.be.true;
      await selectTab(card, 'More');
      expect(field<HTMLSelectElement>(card, 'Region').value).to.equal('North');
    });
  });

  describe('Details', () => {
    async function details(sale: Sale = SALE) {
      const card = await renderCard(sale);
      await startEditing(card);
      await selectTab(card, 'Details');
      return card;
    }

    it('editing cost recalculates profit and profit %', async () => {
      const card = await details();
      await setValue(card, field(card, 'Total cost'), '240000');
      expect(field(card, 'Profit').value).to.equal('240000');
      expect(field(card, 'Profit %').value).to.equal('50');
    });

    it('editing profit recalculates cost and profit %', async () => {
      const card = await details();
      await setValue(card, field(card, 'Profit'), '48000');
      expect(field(card, 'Total cost').value).to.equal('432000');
      expect(field(card, 'Profit %').value).to.equal('10');
    });

    it('editing profit % recalculates cost and profit', async () => {
      const card = await details();
      const saves = record(card, 'sale-save');
      await setValue(card, field(card, 'Profit %'), '40');
      expect(field(card, 'Total cost').value).to.equal('288000');
      expect(field(card, 'Profit').value).to.equal('192000');
      await setValue(card, field<HTMLSelectElement>(card, 'Source'), '2');
      await setValue(card, field<HTMLSelectElement>(card, 'Competitor'), '3');
      await setValue(card, field<HTMLSelectElement>(card, 'Credited'), '');
      button(card, 'Save').click();
      expect(saves[0]!.detail.changes).to.deep.equal({
        cost: 288000,
        source: { id: 2, name: 'Fair' },
        competitor: { id: 3, name: 'ScanCo' },
        credited: null,
      });
    });

    it('without an amount, profit and profit % are disabled with a hint', async () => {
      const card = await details({ ...SALE, amount: undefined });
      expect(field(card, 'Profit').disabled).to.be.true;
      expect(field(card, 'Profit %').disabled).to.be.true;
      expect(q(card, `#${field(card, 'Profit').getAttribute('aria-describedby')}`)!.textContent).to.equal(
        'Enter an amount to set profit.',
      );
      await expect(card).to.be.accessible();
    });
  });

  describe('More, Notes and Links', () => {
    it('edits user fields by type', async () => {
      const long = { id: 'u6', label: 'Background', type: 'text' as const, value: 'x'.repeat(60) };
      const card = await renderCard({ ...SALE, userFields: [...SALE.userFields!, long] });
      const saves = record(card, 'sale-save');
      await startEditing(card);
      await selectTab(card, 'More');
      expect(field(card, 'Background').localName).to.equal('textarea');
      await setValue(card, field(card, 'Trucks'), '50');
      await check(card, field(card, 'Signed NDA'));
      await setValue(card, field(card, 'Kick-off'), '2025-08-01');
      await type(card, field(card, 'Contact note'), 'Longer');
      await setValue(card, field<HTMLSelectElement>(card, 'Region'), '');
      button(card, 'Save').click();
      const values = saves[0]!.detail.changes.userFields!.map((userField) => userField.value);
      expect(values).to.deep.equal([null, 50, false, '2025-08-01', 'Longer', 'x'.repeat(60)]);
    });

    it('clearing the note deletes it', async () => {
      const card = await renderCard({ ...SALE, notes: 'Old note' });
      const saves = record(card, 'sale-save');
      await startEditing(card);
      await selectTab(card, 'Notes');
      await type(card, field(card, 'Notes'), '');
      button(card, 'Save').click();
      expect(saves[0]!.detail.changes).to.deep.equal({ notes: null });
      expect('notes' in saves[0]!.detail.sale).to.be.false;
    });

    it('adds and removes links', async () => {
      const card = await renderCard();
      const saves = record(card, 'sale-save');
      await startEditing(card);
      await selectTab(card, 'Links');
      button(card, 'Add').click();
      await card.updateComplete;
      expect(q(card, '#f-link-error')!.textContent).to.equal('Fill in the target and the description.');
      expect(field(card, 'Target (web address or record id)').getAttribute('aria-invalid')).to.equal('true');
      await type(card, field(card, 'Target (web address or record id)'), 'https://example.org');
      await type(card, field(card, 'Description'), 'Homepage');
      button(card, 'Add').click();
      await card.updateComplete;
      await setValue(card, field<HTMLSelectElement>(card, 'Type'), 'sale');
      await type(card, field(card, 'Target (web address or record id)'), '1050');
      await type(card, field(card, 'Description'), 'Related sale');
      button(card, 'Add').click();
      await card.updateComplete;
      button(card, 'Remove Offer.pdf').click();
      await card.updateComplete;
      await expect(card).to.be.accessible();
      button(card, 'Save').click();
      const links = saves[0]!.detail.changes.links!;
      expect(links.map((link) => link.title)).to.deep.equal(['Tender', 'Bad', 'Homepage', 'Related sale']);
      expect(links[2]).to.include({ kind: 'url', href: 'https://example.org' });
      expect(links[3]).to.deep.equal({ id: '1050', kind: 'sale', title: 'Related sale' });
    });
  });

  it('shows the new sale type list with the current one kept', async () => {
    const card = await renderCard({ ...SALE, saleType: { id: 'old', name: 'Retired type' } });
    await startEditing(card);
    const options = [...field<HTMLSelectElement>(card, 'Sale type').options].map((option) =>
      option.textContent!.trim(),
    );
    expect(options).to.deep.equal(['—', ...SALE_TYPES.map((saleType) => saleType.name), 'Retired type']);
  });
});
