import { expect } from '@open-wc/testing';
import type { SaleCard } from '../../src/sale-card.js';
import { button, field, q, qa, selectTab, startEditing } from '../sale-card.helpers.js';
import { centreY, mountCard, rectOf, wideViewport } from './sale-card-layout.helpers.js';

/** The other fields of the grid row `element`'s field sits in. */
function rowNeighbours(card: SaleCard, element: Element): HTMLElement[] {
  const own = element.closest('.field')!;
  const top = rectOf(own).top;
  return qa(card, '.panel .field').filter((other) => other !== own && Math.abs(rectOf(other).top - top) < 1);
}

const TEXT_CONTROL = ':is(input:not([type="checkbox"]), select)';

describe('<sale-card> alignment', () => {
  before(wideViewport);

  it('keeps record links one line tall and level with the values beside them (view mode)', async () => {
    const card = await mountCard(768);
    for (const name of ['Fjordline Logistikk AS', 'Kari Nordmann', 'Fleet 2025']) {
      const link = button(card, name);
      const lineHeight = rectOf(link.closest('dd')!.previousElementSibling!).height * 1.5;
      expect(rectOf(link).height, `${name} is not a 38px box`).to.be.below(Math.max(lineHeight, 24));
      const neighbours = rowNeighbours(card, link);
      expect(neighbours.length, `${name} has neighbours at 768 px`).to.be.greaterThan(0);
      for (const neighbour of neighbours) {
        const value = neighbour.querySelector('dd')!;
        expect(Math.abs(rectOf(link).top - rectOf(value).top), `${name} level with its row`).to.be.at.most(2);
      }
    }
  });

  for (const width of [768, 1440]) {
    it(`gives a record link a text field's box, level with the inputs beside it (edit mode, ${width} px)`, async () => {
      const card = await mountCard(width);
      await startEditing(card);
      let compared = 0;
      for (const name of ['Fjordline Logistikk AS', 'Kari Nordmann', 'Fleet 2025']) {
        const link = button(card, name);
        for (const neighbour of rowNeighbours(card, link)) {
          const control = neighbour.querySelector(TEXT_CONTROL);
          if (!control) continue;
          compared += 1;
          expect(Math.abs(rectOf(link).top - rectOf(control).top), `${name}: top`).to.be.at.most(2);
          expect(Math.abs(rectOf(link).height - rectOf(control).height), `${name}: height`).to.be.at.most(2);
        }
      }
      expect(compared, 'a link shares a row with a text field').to.be.greaterThan(0);
    });
  }

  it('sets the Stalled and Completed checkboxes on the line of the inputs beside them', async () => {
    const checked = new Set<string>();
    for (const width of [768, 1024, 1440]) {
      const card = await mountCard(width, undefined);
      await startEditing(card);
      for (const label of ['Stalled', 'Completed']) {
        const checkbox = field(card, label);
        const text = qa(card, 'label').find((candidate) => candidate.textContent!.trim() === label)!;
        expect(Math.abs(centreY(text) - centreY(checkbox)), `${label}: its label beside it`).to.be.at.most(2);
        for (const neighbour of rowNeighbours(card, checkbox)) {
          const control = neighbour.querySelector(TEXT_CONTROL);
          if (!control) continue;
          checked.add(label);
          expect(Math.abs(centreY(checkbox) - centreY(control)), `${label} at ${width} px`).to.be.at.most(2);
        }
      }
    }
    expect([...checked].sort()).to.deep.equal(['Completed', 'Stalled']);
  });

  it('lines up the labels of a row, so the controls under them start level', async () => {
    const card = await mountCard(768, undefined);
    await startEditing(card);
    for (const control of qa(card, `.panel ${TEXT_CONTROL}`)) {
      for (const neighbour of rowNeighbours(card, control)) {
        const other = neighbour.querySelector(TEXT_CONTROL);
        if (other) expect(Math.abs(rectOf(other).top - rectOf(control).top), control.id).to.be.at.most(1);
      }
    }
  });

  for (const width of [768, 1024, 1440]) {
    it(`lines up the Add link form's three inputs, each label on one line (${width} px)`, async () => {
      const card = await mountCard(width);
      await startEditing(card);
      await selectTab(card, 'Links');
      const controls = ['#f-link-kind', '#f-link-target', '#f-link-title'].map((id) => q(card, id)!);
      const [kind] = controls;
      for (const control of controls) {
        expect(Math.abs(rectOf(control).left - rectOf(kind!).left), control.id).to.be.at.most(1);
        expect(Math.abs(rectOf(control).width - rectOf(kind!).width), control.id).to.be.at.most(1);
        const label = q(card, `label[for="${control.id}"]`)!;
        const fontSize = parseFloat(getComputedStyle(label).fontSize);
        expect(rectOf(label).height, `${label.textContent} on one line`).to.be.below(fontSize * 1.8);
        expect(
          Math.abs(centreY(label) - centreY(control)),
          `${label.textContent} beside its input`,
        ).to.be.at.most(2);
      }
      expect(q(card, 'label[for="f-link-target"]')!.textContent).to.equal(
        'Target (web address or record id)',
      );
    });
  }

  it('stacks the Add link form at 320 px, each label over its input', async () => {
    const card = await mountCard(320);
    await startEditing(card);
    await selectTab(card, 'Links');
    for (const id of ['f-link-kind', 'f-link-target', 'f-link-title']) {
      const label = rectOf(q(card, `label[for="${id}"]`)!);
      const control = rectOf(q(card, `#${id}`)!);
      expect(control.top, id).to.be.at.least(label.bottom);
      expect(control.width, id).to.be.at.least(200);
    }
  });
});
