import { expect, fixture, html } from '@open-wc/testing';
import '../src/sale-status-icon.js';
import type { SaleStatusIcon } from '../src/elements/sale-status-icon/sale-status-icon.js';
import { registerMessages } from '../src/i18n/messages.js';
import {
  checkBoldIcon,
  currencyCircleDollarIcon,
  questionIcon,
  warningFillIcon,
  xBoldIcon,
} from '../src/icons/phosphor.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';

const iconOf = (el: SaleStatusIcon) => el.shadowRoot!.querySelector('[part="icon"]')!;

describe('<sale-status-icon>', () => {
  const names = { open: 'Open', sold: 'Sold', lost: 'Lost', stalled: 'Stalled' } as const;

  for (const [status, name] of Object.entries(names)) {
    it(`is an image named "${name}" for ${status}`, async () => {
      const el = await fixture<SaleStatusIcon>(html`<sale-status-icon status=${status}></sale-status-icon>`);
      expect(iconOf(el).getAttribute('role')).to.equal('img');
      expect(iconOf(el).getAttribute('aria-label')).to.equal(name);
      expect(iconOf(el).querySelector('svg')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('speaks Norwegian inside a Norwegian page region', async () => {
    const wrapper = await fixture(
      html`<div lang="nb">
        <sale-status-icon status="open"></sale-status-icon>
        <sale-status-icon status="sold"></sale-status-icon>
        <sale-status-icon status="lost"></sale-status-icon>
        <sale-status-icon status="stalled"></sale-status-icon>
      </div>`,
    );
    const labels = [...wrapper.querySelectorAll('sale-status-icon')].map((el) =>
      iconOf(el).getAttribute('aria-label'),
    );
    expect(labels).to.deep.equal(['Åpent', 'Solgt', 'Tapt', 'Utsatt']);
  });

  it('follows a lang change above it, across a shadow root', async () => {
    const outer = await fixture(html`<div lang="en"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<sale-status-icon status="sold"></sale-status-icon>';
    const el = shadow.querySelector('sale-status-icon')!;
    await el.updateComplete;
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Sold');
    outer.setAttribute('lang', 'no');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Solgt');
  });

  it('uses the label property as its accessible name', async () => {
    const el = await fixture<SaleStatusIcon>(
      html`<sale-status-icon status="sold" label="Won on 3 May"></sale-status-icon>`,
    );
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Won on 3 May');
  });

  it('is hidden from assistive technology when decorative', async () => {
    const el = await fixture<SaleStatusIcon>(
      html`<sale-status-icon status="lost" decorative></sale-status-icon>`,
    );
    expect(iconOf(el).hasAttribute('role')).to.be.false;
    expect(iconOf(el).getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a neutral icon and warns once naming the value for an unknown status', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SaleStatusIcon>(html`<sale-status-icon status="won"></sale-status-icon>`);
      expect(iconOf(el).getAttribute('aria-label')).to.equal('Unknown status');
      expect(iconOf(el).querySelector('svg')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"won"').and.contain('status');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('does not throw for a status that is not a string', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SaleStatusIcon>(html`<sale-status-icon></sale-status-icon>`);
      (el as unknown as { status: unknown }).status = null;
      await el.updateComplete;
      expect(iconOf(el).getAttribute('aria-label')).to.equal('Unknown status');
      expect(warnings.messages[0]).to.contain('null');
    } finally {
      warnings.restore();
    }
  });

  it('colours stalled red and scales with font-size', async () => {
    const el = await fixture<SaleStatusIcon>(
      html`<sale-status-icon status="stalled" style="font-size: 40px"></sale-status-icon>`,
    );
    const svg = iconOf(el).querySelector('svg')!;
    expect(getComputedStyle(iconOf(el)).color).to.equal('rgb(198, 40, 40)');
    expect(svg.getBoundingClientRect().width).to.equal(40);
  });

  it('takes its colour from --sale-status-sold-color', async () => {
    const el = await fixture<SaleStatusIcon>(
      html`<sale-status-icon
        status="sold"
        style="--sale-status-sold-color: rgb(1, 2, 3)"
      ></sale-status-icon>`,
    );
    expect(getComputedStyle(iconOf(el)).color).to.equal('rgb(1, 2, 3)');
  });

  it('uses the system text colour in forced-colors mode, so the icon stays visible', async () => {
    const el = await fixture<SaleStatusIcon>(html`<sale-status-icon status="stalled"></sale-status-icon>`);
    await withForcedColors(() => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const text = getComputedStyle(document.body).color;
      expect(getComputedStyle(iconOf(el)).color).to.equal(text);
    });
  });

  // The element draws its SVG with DOM calls; the list's status column with Lit templates. Both
  // must show the same Phosphor glyph for each status.
  const glyphs = {
    open: currencyCircleDollarIcon,
    sold: checkBoldIcon,
    lost: xBoldIcon,
    stalled: warningFillIcon,
    won: questionIcon,
  };
  for (const [status, glyph] of Object.entries(glyphs)) {
    it(`draws the Phosphor glyph of ${status === 'won' ? 'an unknown status' : status}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SaleStatusIcon>(
          html`<sale-status-icon status=${status}></sale-status-icon>`,
        );
        const svg = iconOf(el).querySelector('svg')!;
        expect(svg.getAttribute('viewBox')).to.equal('0 0 256 256');
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        const paths = [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d'));
        expect(paths).to.have.length(1);
        expect(glyph().strings.join('')).to.contain(`d="${paths[0]}"`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('redraws in place when the status, label and decorative change', async () => {
    const el = await fixture<SaleStatusIcon>(html`<sale-status-icon status="open"></sale-status-icon>`);
    const drawn = () => iconOf(el).querySelector('path')!.getAttribute('d');
    const open = drawn();
    el.status = 'sold';
    await el.updateComplete;
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Sold');
    expect(drawn()).to.not.equal(open);
    el.label = 'Won on 3 May';
    await el.updateComplete;
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Won on 3 May');

    el.decorative = true;
    await el.updateComplete;
    expect(iconOf(el).hasAttribute('role')).to.be.false;
    expect(iconOf(el).hasAttribute('aria-label')).to.be.false;
    expect(iconOf(el).getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();

    el.decorative = false;
    await el.updateComplete;
    expect(iconOf(el).getAttribute('role')).to.equal('img');
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Won on 3 May');
    expect(iconOf(el).hasAttribute('aria-hidden')).to.be.false;
    expect(el.shadowRoot!.querySelectorAll('[part="icon"], svg')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('reflects status and decorative to attributes, and reads them back', async () => {
    const el = await fixture<SaleStatusIcon>(html`<sale-status-icon></sale-status-icon>`);
    el.status = 'lost';
    el.decorative = true;
    await el.updateComplete;
    expect(el.getAttribute('status')).to.equal('lost');
    expect(el.hasAttribute('decorative')).to.be.true;
    el.setAttribute('status', 'stalled');
    el.removeAttribute('decorative');
    await el.updateComplete;
    expect(el.status).to.equal('stalled');
    expect(el.decorative).to.be.false;
    expect(iconOf(el).getAttribute('aria-label')).to.equal('Stalled');
  });

  describe('with a host override of a status name', () => {
    afterEach(() => registerMessages('nb', { 'status.stalled': 'Utsatt' }));

    it('renames itself at once', async () => {
      const el = await fixture<SaleStatusIcon>(
        html`<sale-status-icon lang="nb" status="stalled"></sale-status-icon>`,
      );
      expect(iconOf(el).getAttribute('aria-label')).to.equal('Utsatt');
      registerMessages('nb', { 'status.stalled': 'På vent' });
      await el.updateComplete;
      expect(iconOf(el).getAttribute('aria-label')).to.equal('På vent');
    });
  });
});
