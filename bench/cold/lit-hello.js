/* global customElements */
// The cold-start baseline issue 18 asks for: the smallest Lit element a page could load, bundled
// and minified like dist/sales-elements.min.js (Lit inlined, production build). bench/run.mjs builds
// it into tmp/bench/out/lit-hello.min.js; bench/scenarios/sale-card-cold.ts imports and renders it.
import { LitElement, css, html } from 'lit';

class LitHello extends LitElement {
  static properties = { name: {} };
  static styles = css`
    :host {
      display: block;
      font: inherit;
    }
  `;

  constructor() {
    super();
    this.name = 'world';
  }

  render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}

customElements.define('lit-hello', LitHello);
