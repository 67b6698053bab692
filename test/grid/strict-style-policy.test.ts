/**
 * The grid under a strict style policy (`style-src 'self'`, as a portal may serve): no inline
 * `style` attribute may reach the DOM, only CSSOM writes. The policy is this test page's own (each
 * test file runs in its own page), so every element rendered here is checked against it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/sale-list.js';
import type { SaleList } from '../../src/elements/sale-list/sale-list.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';

const violations: string[] = [];

before(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.composedPath()[0] as Element;
    violations.push(`${event.effectiveDirective} on <${target.localName} class="${target.className}">`);
  });
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'";
  document.head.append(policy);
});

/** Resolves after the violations of what just happened have been reported (they come as events). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the grid under style-src self', () => {
  it('enforces the policy on this page (a style attribute is blocked)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(probe);
    await settle();
    expect(getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
    expect(violations.length).to.be.above(0);
    probe.remove();
    violations.length = 0;
  });

  it('lays out its columns and virtual rows with no violation', async () => {
    const list = await fixture<SaleList>(
      html`<sale-list .sales=${generateSales(500)} today="2025-06-15" group-by="stage"></sale-list>`,
    );
    await list.updateComplete;
    list.columns = ['title', 'amount'];
    await list.updateComplete;
    await settle();
    const row = list.shadowRoot!.querySelector<HTMLElement>('.body [role="row"]:not(.group-row)')!;
    expect(getComputedStyle(row).gridTemplateColumns.split(' ')).to.have.length(2);
    expect(violations).to.deep.equal([]);
  });
});
