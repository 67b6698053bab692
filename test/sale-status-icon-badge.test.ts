import { expect, fixture, html } from '@open-wc/testing';
import '../src/sale-status-icon.js';
import type { SaleStatusIcon } from '../src/elements/sale-status-icon/sale-status-icon.js';
import { withForcedColors } from './helpers/forced-colors.js';

const iconOf = (el: SaleStatusIcon) => el.shadowRoot!.querySelector<HTMLElement>('[part="icon"]')!;
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

async function renderAll(scheme: 'light' | 'dark') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="color-scheme: ${scheme}; font-size: 32px">
      <sale-status-icon status="open"></sale-status-icon>
      <sale-status-icon status="sold"></sale-status-icon>
      <sale-status-icon status="lost"></sale-status-icon>
      <sale-status-icon status="stalled"></sale-status-icon>
    </div>`,
  );
  return { wrapper, icons: [...wrapper.querySelectorAll('sale-status-icon')] };
}

describe('<sale-status-icon> badge', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`puts every status in a round badge with a tint of its own (${scheme})`, async () => {
      const { wrapper, icons } = await renderAll(scheme);
      const backgrounds = icons.map((el) => {
        const style = getComputedStyle(iconOf(el));
        expect(style.borderTopLeftRadius, el.status).to.equal('50%');
        expect(style.backgroundColor, el.status).to.not.equal(TRANSPARENT);
        return style.backgroundColor;
      });
      expect(new Set(backgrounds).size).to.equal(4, backgrounds.join(' | '));
      await expect(wrapper).to.be.accessible();
    });
  }

  it('keeps the badge one em square, so rows and headers keep their height', async () => {
    const { icons } = await renderAll('light');
    for (const el of icons) {
      const box = iconOf(el).getBoundingClientRect();
      expect(box.width, el.status).to.equal(32);
      expect(box.height, el.status).to.equal(32);
    }
  });

  it('draws the glyph inside the circle, not up to its edge', async () => {
    const { icons } = await renderAll('light');
    for (const el of icons) {
      const badge = iconOf(el).getBoundingClientRect();
      const radius = badge.width / 2;
      const centre = { x: badge.left + radius, y: badge.top + radius };
      for (const shape of iconOf(el).querySelectorAll('svg > *')) {
        const box = shape.getBoundingClientRect();
        // Every corner of the glyph's box lies inside the circle.
        for (const [x, y] of [
          [box.left, box.top],
          [box.right, box.top],
          [box.left, box.bottom],
          [box.right, box.bottom],
        ] as const) {
          expect(Math.hypot(x - centre.x, y - centre.y), `${el.status} glyph corner`).to.be.at.most(
            radius + 0.5,
          );
        }
      }
    }
  });

  it('reads as a status, not a close button: the lost X has a badge like the others', async () => {
    const { icons } = await renderAll('light');
    const lost = icons.find((el) => el.status === 'lost')!;
    expect(iconOf(lost).getAttribute('role')).to.equal('img');
    expect(iconOf(lost).getAttribute('aria-label')).to.equal('Lost');
    expect(getComputedStyle(iconOf(lost)).backgroundColor).to.not.equal(TRANSPARENT);
  });

  it('outlines the badge in the system text colour in forced-colors mode', async () => {
    const { icons } = await renderAll('light');
    await withForcedColors(() => {
      const text = getComputedStyle(document.body).color;
      for (const el of icons) {
        const style = getComputedStyle(iconOf(el));
        expect(style.outlineStyle, el.status).to.equal('solid');
        expect(style.outlineColor, el.status).to.equal(text);
        expect(style.color, el.status).to.equal(text);
      }
    });
  });
});
