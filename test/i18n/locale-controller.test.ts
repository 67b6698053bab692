import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController, LocaleController, closestLang } from '../../src/i18n/locale-controller.js';
import { defineMessages } from '../../src/i18n/define-messages.js';
import { registerMessages } from '../../src/i18n/messages.js';

/** A minimal element that shows what its locale controller resolved. */
class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`<span>${this.locale.t('status.open')}</span><i>${this.locale.intlLocale}</i>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const probeMessages = defineMessages({
  en: { 'probe.greeting': 'Hello {name}' },
  nb: () => Promise.resolve({ default: { 'probe.greeting': 'Hei {name}' } }),
});

/** An element with a catalogue of its own beside the shared messages. */
class CatalogueProbe extends LitElement {
  readonly locale = new LocaleController(this, probeMessages);
  protected override render() {
    return html`<span
      >${this.locale.t('probe.greeting', { name: 'Kari' })} ${this.locale.t('overdue')}</span
    >`;
  }
}
customElements.define('catalogue-probe', CatalogueProbe);

const ownMessages = defineMessages({
  en: { 'own.hint': 'has content' },
  nb: () => Promise.resolve({ default: { 'own.hint': 'har innhold' } }),
});

/** An element that shows only its own catalogue, through the lighter LanguageController. */
class LanguageProbe extends LitElement {
  readonly language = new LanguageController(this, ownMessages);
  protected override render() {
    return html`<span>${this.language.t('own.hint')}</span>`;
  }
}
customElements.define('language-probe', LanguageProbe);

const textOf = (el: LocaleProbe) => el.shadowRoot!.querySelector('span')!.textContent;
const nextMutation = () => new Promise((resolve) => setTimeout(resolve));

describe('LocaleController', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
    registerMessages('en', { 'status.open': 'Open' });
  });

  it('falls back to <html lang> and to English when nothing says otherwise', async () => {
    document.documentElement.lang = 'nn-NO';
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.locale.language).to.equal('nb');
    expect(textOf(el)).to.equal('Åpent');
    document.documentElement.removeAttribute('lang');
    await nextMutation();
    await el.updateComplete;
    expect(el.locale.language).to.equal('en');
    expect(textOf(el)).to.equal('Open');
  });

  it('maps nb, nn and no to Norwegian and every other language to English', async () => {
    const tags = ['nb', 'nn', 'no', 'nb-NO', 'de', 'sv', 'en-GB', ''];
    const wrapper = await fixture(
      html`<div>${tags.map((tag) => html`<div lang=${tag}><locale-probe></locale-probe></div>`)}</div>`,
    );
    const languages = [...wrapper.querySelectorAll<LocaleProbe>('locale-probe')].map(
      (el) => el.locale.language,
    );
    expect(languages).to.deep.equal(['nb', 'nb', 'nb', 'nb', 'en', 'en', 'en', 'en']);
  });

  it('keeps an English regional variant for Intl formatting', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><locale-probe></locale-probe></div>`);
    expect(wrapper.querySelector<LocaleProbe>('locale-probe')!.locale.intlLocale).to.equal('en-GB');
  });

  it('treats a malformed English tag as plain English', async () => {
    const wrapper = await fixture(html`<div lang="en-%%"><locale-probe></locale-probe></div>`);
    expect(wrapper.querySelector<LocaleProbe>('locale-probe')!.locale.intlLocale).to.equal('en');
  });

  it('finds lang across nested shadow roots', async () => {
    const outer = await fixture(html`<section lang="no"><div></div></section>`);
    const first = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    first.innerHTML = '<div></div>';
    const second = first.querySelector('div')!.attachShadow({ mode: 'open' });
    second.innerHTML = '<locale-probe></locale-probe>';
    const probe = second.querySelector<LocaleProbe>('locale-probe')!;
    expect(closestLang(probe)).to.equal('no');
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Åpent');
  });

  it('re-renders when a lang inside a shadow root above it changes', async () => {
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="en"><locale-probe></locale-probe></div>';
    const probe = shadow.querySelector<LocaleProbe>('locale-probe')!;
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Open');
    shadow.querySelector('div')!.setAttribute('lang', 'nb');
    await nextMutation();
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Åpent');
  });

  it('does not re-render when an unrelated lang change leaves its language as it was', async () => {
    const wrapper = await fixture(
      html`<div lang="nb">
        <locale-probe></locale-probe>
        <p lang="en"></p>
      </div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    const before = probe.renders;
    wrapper.querySelector('p')!.setAttribute('lang', 'de');
    await nextMutation();
    await probe.updateComplete;
    expect(probe.renders).to.equal(before);
  });

  it('speaks the language of wherever it is moved to', async () => {
    const wrapper = await fixture(
      html`<div>
        <div lang="en"><locale-probe></locale-probe></div>
        <div lang="nb"></div>
      </div>`,
    );
    const probe = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Open');
    wrapper.querySelector('[lang="nb"]')!.append(probe);
    await probe.updateComplete;
    expect(textOf(probe)).to.equal('Åpent');
  });

  it('stops listening once disconnected', async () => {
    const wrapper = await fixture(html`<div lang="en"><locale-probe></locale-probe></div>`);
    const probe = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    probe.remove();
    wrapper.setAttribute('lang', 'nb');
    await nextMutation();
    expect(probe.locale.language).to.equal('en');
  });

  it('re-renders every element with a host override of a message', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="en"></locale-probe>`);
    registerMessages('en', { 'status.open': 'Active' });
    await el.updateComplete;
    expect(textOf(el)).to.equal('Active');
  });

  it('re-renders when the Intl locale changes within a language (en-US to en-GB)', async () => {
    const wrapper = await fixture(html`<div lang="en-US"><locale-probe></locale-probe></div>`);
    const probe = wrapper.querySelector<LocaleProbe>('locale-probe')!;
    expect(probe.shadowRoot!.querySelector('i')!.textContent).to.equal('en-US');
    wrapper.setAttribute('lang', 'en-GB');
    await nextMutation();
    await probe.updateComplete;
    expect(probe.locale.intlLocale).to.equal('en-GB');
    expect(probe.shadowRoot!.querySelector('i')!.textContent).to.equal('en-GB');
  });

  it("uses the element's own catalogue beside the shared messages, and host overrides of it", async () => {
    const wrapper = await fixture(html`<div lang="nb"><catalogue-probe></catalogue-probe></div>`);
    const probe = wrapper.querySelector<CatalogueProbe>('catalogue-probe')!;
    expect(probe.shadowRoot!.textContent).to.equal('Hei Kari Forfalt');
    // The probes' keys are not shipped ones, so the typed overrides do not list them.
    registerMessages('nb', { 'probe.greeting': 'Hallo {name}' } as never);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Hallo Kari Forfalt');
  });
});

describe('LanguageController', () => {
  afterEach(() => registerMessages('nb', { 'own.hint': 'har innhold' } as never));

  it('shows its catalogue in the language of the closest lang, and follows a change', async () => {
    const wrapper = await fixture(html`<div lang="nb-NO"><language-probe></language-probe></div>`);
    const probe = wrapper.querySelector<LanguageProbe>('language-probe')!;
    expect(probe.language.language).to.equal('nb');
    expect(probe.language.tag).to.equal('nb-NO');
    expect(probe.shadowRoot!.textContent).to.equal('har innhold');
    wrapper.setAttribute('lang', 'en');
    await nextMutation();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('has content');
  });

  it('shows a host override of its messages at once', async () => {
    const wrapper = await fixture(html`<div lang="nb"><language-probe></language-probe></div>`);
    const probe = wrapper.querySelector<LanguageProbe>('language-probe')!;
    registerMessages('nb', { 'own.hint': 'har notater' } as never);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('har notater');
  });
});
