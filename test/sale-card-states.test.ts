/** What the card shows with no sale, and while the host loads one. */
import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers/console.js';
import { SALE, field, q, qa, renderCard, startEditing, viewValue } from './sale-card.helpers.js';

const controls = 'input, select, textarea, button, [tabindex]';

describe('<sale-card> no sale and loading', () => {
  for (const [lang, empty, loading] of [
    ['en', 'No sale selected', 'Loading…'],
    ['nb', 'Ingen salg valgt', 'Laster…'],
  ] as const) {
    describe(lang, () => {
      it(`null shows "${empty}" with no form controls, silently`, async () => {
        const warnings = captureWarnings();
        try {
          const card = await renderCard(null, { lang });
          expect(q(card, 'h2')!.textContent).to.equal(empty);
          expect(qa(card, controls)).to.have.length(0);
          expect(card.editing).to.be.false;
          expect(warnings.messages).to.deep.equal([]);
          await expect(card).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });

      it(`unset shows "${empty}" too, and a sale set later shows`, async () => {
        const card = await renderCard(SALE, { lang });
        card.sale = undefined;
        await card.updateComplete;
        expect(q(card, 'h2')!.textContent).to.equal(empty);
        expect(qa(card, controls)).to.have.length(0);
        card.sale = SALE;
        await card.updateComplete;
        expect(q(card, 'h2')!.textContent).to.equal(SALE.title);
      });

      it(`loading shows a busy card saying "${loading}", its controls inert`, async () => {
        const card = await renderCard(SALE, { lang, loading: true });
        const article = q(card, '[part="card"]')!;
        expect(article.getAttribute('aria-busy')).to.equal('true');
        const status = q(card, '[role="status"][part="loading"]')!;
        expect(status.textContent).to.equal(loading);
        expect(status.checkVisibility()).to.be.true;
        for (const control of qa(card, 'input, select, textarea, button')) {
          // Previous / Next keep a keyboard user's focus and do nothing (sale-card-navigation.test.ts).
          if (/^(Previous|Next|Forrige|Neste)$/.test(control.textContent!.trim()))
            expect(control.getAttribute('aria-disabled'), control.outerHTML).to.equal('true');
          else expect(control.closest('[inert]'), control.outerHTML).to.exist;
        }
        await expect(card).to.be.accessible();
        card.loading = false;
        await card.updateComplete;
        expect(article.getAttribute('aria-busy')).to.equal('false');
        expect(q(card, '[part="loading"]')).to.equal(null);
        expect(q(card, '[inert]')).to.equal(null);
      });

      it(`loading with no sale says "${loading}"`, async () => {
        const card = await renderCard(null, { lang, loading: true });
        expect(q(card, '[part="card"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(q(card, 'h2')!.textContent).to.equal(loading);
        expect(qa(card, controls)).to.have.length(0);
        await expect(card).to.be.accessible();
      });
    });
  }

  it('keeps the draft while loading, and edits on after', async () => {
    const card = await renderCard(SALE);
    await startEditing(card);
    card.loading = true;
    await card.updateComplete;
    expect(field(card, 'Title').closest('[inert]')).to.exist;
    card.loading = false;
    await card.updateComplete;
    expect(field(card, 'Title').closest('[inert]')).to.equal(null);
    expect(card.editing).to.be.true;
    expect(viewValue(card, 'Title')).to.equal(undefined);
  });
});
