/**
 * An element's Norwegian texts are a lazy chunk: its first render in Norwegian waits for them, a
 * runtime switch to Norwegian re-renders once they arrive, and a failed load shows English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, ReactiveElement } from 'lit';
import { LanguageController, LocaleController } from '../../src/i18n/locale-controller.js';
import { defineMessages } from '../../src/i18n/define-messages.js';
import { registerMessages, type Catalogue } from '../../src/i18n/messages.js';
import '../../src/selection-panel.js';
import { captureWarnings } from '../helpers/console.js';
import { failOnPageErrors } from '../helpers/page-errors.js';

type ProbeKey = 'probe.save' | 'probe.cancel';
const english = { 'probe.save': 'Save', 'probe.cancel': 'Cancel' };
const norwegian = { 'probe.save': 'Lagre', 'probe.cancel': 'Avbryt' };

/** A Norwegian loader the test releases by hand, counting how often it is called. */
function heldLoader() {
  let release = () => {};
  let calls = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const catalogue = defineMessages({
    en: english,
    nb: async () => {
      calls += 1;
      await gate;
      return { default: norwegian };
    },
  });
  return {
    catalogue,
    release: () => release(),
    get calls() {
      return calls;
    },
  };
}

let probes = 0;

/** Defines an element that shows its two texts and a shared one (`status.open`); returns its tag. */
function defineProbe(catalogue: Catalogue<ProbeKey>): string {
  const tag = `lazy-probe-${(probes += 1)}`;
  customElements.define(
    tag,
    class extends LitElement {
      readonly locale = new LocaleController(this, catalogue);
      protected override render() {
        const { t } = this.locale;
        return html`<span>${t('probe.save')} ${t('probe.cancel')} ${t('status.open')}</span>`;
      }
    },
  );
  return tag;
}

/** Mounts a new element of `tag` in a fresh container whose `lang` is `lang`. */
async function mount(tag: string, lang: string): Promise<{ wrapper: HTMLElement; el: LitElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as LitElement;
  wrapper.append(el);
  return { wrapper, el };
}

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();
const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise(requestAnimationFrame);
};
/** The `lang` observer reports on a microtask; a task later it has run. */
const nextMutation = () => new Promise((resolve) => setTimeout(resolve));

describe('lazy Norwegian messages', () => {
  failOnPageErrors();

  it('renders a Norwegian element for the first time once its texts have loaded, never in English first', async () => {
    const loader = heldLoader();
    const tag = defineProbe(loader.catalogue);
    const { el } = await mount(tag, 'nb');
    await frames(3);
    expect(shown(el), 'nothing, rather than English, while the texts load').to.equal('');
    expect(loader.calls).to.equal(1);

    loader.release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre Avbryt Åpent');

    // Loaded once per page: the next element renders at once, without loading again.
    const { el: second } = await mount(tag, 'nb-NO');
    await second.updateComplete;
    expect(shown(second)).to.equal('Lagre Avbryt Åpent');
    expect(loader.calls).to.equal(1);
  });

  it('loads nothing for an English element', async () => {
    const loader = heldLoader();
    const { el } = await mount(defineProbe(loader.catalogue), 'en-GB');
    await el.updateComplete;
    expect(shown(el)).to.equal('Save Cancel Open');
    expect(loader.calls).to.equal(0);
  });

  it('keeps showing English when lang changes to Norwegian, and re-renders once the texts arrive', async () => {
    const loader = heldLoader();
    const { wrapper, el } = await mount(defineProbe(loader.catalogue), 'en');
    expect(shown(el)).to.equal('Save Cancel Open');

    wrapper.setAttribute('lang', 'nb');
    await nextMutation();
    await frames(2);
    expect(shown(el)).to.equal('Save Cancel Open');
    expect(loader.calls).to.equal(1);

    loader.release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre Avbryt Åpent');
  });

  it('falls back to English with one warning naming the language when the texts fail to load', async () => {
    const tag = defineProbe(
      defineMessages({ en: english, nb: () => Promise.reject(new TypeError('Failed to fetch')) }),
    );
    const warnings = captureWarnings();
    try {
      const { el } = await mount(tag, 'nb');
      await el.updateComplete;
      const { el: second } = await mount(tag, 'no');
      await second.updateComplete;
      // Its own texts in English; the shared ones, which are built in, stay Norwegian.
      expect(shown(el)).to.equal('Save Cancel Åpent');
      expect(shown(second)).to.equal('Save Cancel Åpent');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${tag}>`).and.contain('Norwegian (nb)');
      expect(warnings.messages[0]).to.contain('Failed to fetch').and.contain('English');
    } finally {
      warnings.restore();
    }
  });

  it('falls back to English as well when the loader throws rather than rejects', async () => {
    const tag = defineProbe(
      defineMessages({
        en: english,
        nb: () => {
          throw new Error('no chunk');
        },
      }),
    );
    const warnings = captureWarnings();
    try {
      const { el } = await mount(tag, 'nb');
      await el.updateComplete;
      expect(shown(el)).to.equal('Save Cancel Åpent');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('Norwegian (nb)').and.contain('no chunk');
    } finally {
      warnings.restore();
    }
  });

  it("keeps a host's Norwegian overrides, registered before and after the texts load", async () => {
    const loader = heldLoader();
    // The probe's keys are not shipped ones, so the typed overrides do not list them.
    registerMessages('nb', { 'probe.save': 'Lagre nå' } as never);
    const { el } = await mount(defineProbe(loader.catalogue), 'nb');
    loader.release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre nå Avbryt Åpent');

    registerMessages('nb', { 'probe.cancel': 'Angre' } as never);
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre nå Angre Åpent');
    // Overrides are page-wide: put the probe's texts back for the tests after this one.
    registerMessages('nb', norwegian as never);
  });

  it('loads the texts of the elements it renders with its own, so that they render with it', async () => {
    const child = heldLoader();
    const parent = defineMessages({ en: english, nb: () => Promise.resolve({ default: norwegian }) }, [
      child.catalogue,
    ]);
    const { el } = await mount(defineProbe(parent), 'nb');
    await frames(2);
    expect(shown(el), "waits for the child's texts too").to.equal('');
    expect(child.calls).to.equal(1);

    child.release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre Avbryt Åpent');
    // The child, rendered now, finds its texts loaded.
    const { el: inner } = await mount(defineProbe(child.catalogue), 'nb');
    await inner.updateComplete;
    expect(shown(inner)).to.equal('Lagre Avbryt Åpent');
    expect(child.calls).to.equal(1);
  });

  it('holds the first render of a ReactiveElement with a LanguageController (no lit-html) too', async () => {
    const loader = heldLoader();
    const tag = `lazy-probe-${(probes += 1)}`;
    customElements.define(
      tag,
      class extends ReactiveElement {
        readonly language = new LanguageController(this, loader.catalogue);
        protected override update(changed: Map<PropertyKey, unknown>) {
          super.update(changed);
          this.renderRoot.textContent = this.language.t('probe.save');
        }
      },
    );
    const { el } = await mount(tag, 'nb');
    await frames(2);
    expect(shown(el)).to.equal('');
    loader.release();
    await el.updateComplete;
    expect(shown(el)).to.equal('Lagre');
  });

  it('switches a real element at runtime: <selection-panel> from English to Norwegian', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><selection-panel></selection-panel></div>`,
    );
    const panel = wrapper.querySelector('selection-panel')!;
    await panel.updateComplete;
    expect(shown(panel)).to.contain('Selection members').and.contain('No members in this selection');

    wrapper.setAttribute('lang', 'nb');
    await nextMutation();
    await panel.updateComplete;
    expect(shown(panel)).to.contain('Utvalgsmedlemmer').and.contain('Ingen medlemmer i dette utvalget');
  });
});
