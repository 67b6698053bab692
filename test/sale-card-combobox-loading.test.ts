import { failOnPageErrors } from './helpers/page-errors.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { SaleCard } from '../src/sale-card.js';
import type { Ref } from '../src/model/types.js';
import {
  SALE,
  button,
  field,
  q,
  record,
  renderCard,
  selectTab,
  setValue,
  startEditing,
} from './sale-card.helpers.js';

/**
 * <sale-combobox> arrives on demand (elements/sale-card/combobox-loader.ts). This page holds its
 * registration back until a test releases it, so what a user sees while it loads is deterministic.
 */
const realDefine = customElements.define.bind(customElements);
let release: (() => void) | undefined;
customElements.define = (name, constructor, options) => {
  if (name === 'sale-combobox') release = () => realDefine(name, constructor, options);
  else realDefine(name, constructor, options);
};

const lookup = async (): Promise<Ref[]> => [{ id: 32, name: 'Fjord 2026' }];
const TARGET = 'Target (web address or record id)';

async function savedLinks(card: SaleCard) {
  const saves = record(card, 'sale-save');
  button(card, 'Save').click();
  await card.updateComplete;
  return saves[0]!.detail.changes.links!;
}

describe('<sale-card> while <sale-combobox> loads', () => {
  failOnPageErrors();

  it('keeps a record id the user is typing when the combobox arrives, and picks by search after adding it', async () => {
    const card = await renderCard(SALE, { lookup });
    await startEditing(card);
    // Until it is defined, Company is read-only as without a lookup, never a dead element.
    expect(q(card, 'sale-combobox')).to.equal(null);
    await selectTab(card, 'Links');
    await setValue(card, field<HTMLSelectElement>(card, 'Type'), 'project');
    const target = field(card, TARGET);
    target.focus();
    await setValue(card, target, '32');

    await waitUntil(() => release, 'the card asks for <sale-combobox>');
    release!();
    await customElements.whenDefined('sale-combobox');
    await card.updateComplete;

    // The typed field stays, with the text, under the cursor.
    expect(field(card, TARGET)).to.equal(target);
    expect(target.value).to.equal('32');
    expect(card.shadowRoot!.activeElement).to.equal(target);
    await setValue(card, field(card, 'Description'), 'Typed');
    button(card, 'Add').click();
    await card.updateComplete;
    // The next link is picked by searching, now that the combobox is here.
    expect(q(card, 'sale-combobox#f-link-target')).to.not.equal(null);
    expect((await savedLinks(card)).at(-1)).to.deep.equal({ id: '32', kind: 'project', title: 'Typed' });
  });
});
