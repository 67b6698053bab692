import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { NO_REHEARSAL_ATTRIBUTE, rehearseWhenIdle } from '../../src/prepare/rehearse.js';

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

/** Everything added to and removed from <body> while `during` runs. */
async function bodyChanges(during: () => Promise<void>) {
  const added: Node[] = [];
  const removed: Node[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      added.push(...record.addedNodes);
      removed.push(...record.removedNodes);
    }
  });
  observer.observe(document.body, { childList: true });
  await during();
  observer.disconnect();
  return { added, removed };
}

/** A test element that counts its renders and records what it was connected inside. */
function testElement(tag: string) {
  class Rehearsed extends LitElement {
    static override properties = { text: {} };
    static renders: { text: string; hidden: boolean }[] = [];
    text = '';
    override render() {
      const stage = this.parentElement!;
      Rehearsed.renders.push({
        text: this.text,
        hidden: !this.checkVisibility({ visibilityProperty: true }) && stage.inert,
      });
      return html`<p>${this.text}</p>`;
    }
  }
  if (tag) customElements.define(tag, Rehearsed);
  return Rehearsed;
}

describe('performance machinery: rehearseWhenIdle', () => {
  afterEach(() => document.documentElement.removeAttribute(NO_REHEARSAL_ATTRIBUTE));

  it('renders one hidden instance when idle, then removes it', async () => {
    const Element = testElement('rehearsal-test-a');
    const { added, removed } = await bodyChanges(async () => {
      rehearseWhenIdle(Element, { cast: (element) => (element.text = 'made up') });
      rehearseWhenIdle(Element, { cast: (element) => (element.text = 'twice') });
      expect(Element.renders, 'nothing before the page is idle').to.deep.equal([]);
      await idle();
      await idle();
      await idle();
    });
    expect(Element.renders).to.deep.equal([{ text: 'made up', hidden: true }]);
    expect(added).to.have.length(1);
    expect(removed).to.deep.equal(added);
    expect(document.querySelector('rehearsal-test-a')).to.equal(null);
  });

  it('acts after the first render, while the instance is still on the page, then removes it', async () => {
    const Element = testElement('rehearsal-test-c');
    const seen: string[] = [];
    const { added, removed } = await bodyChanges(async () => {
      rehearseWhenIdle(Element, {
        cast: (element) => (element.text = 'first'),
        async act(element, layOut) {
          seen.push(`${element.isConnected} ${element.shadowRoot!.textContent}`);
          element.text = 'second';
          await element.updateComplete;
          layOut();
          seen.push(`${element.isConnected} ${element.shadowRoot!.textContent}`);
        },
      });
      for (let moment = 0; moment < 4; moment++) await idle();
    });
    expect(seen).to.deep.equal(['true first', 'true second']);
    expect(Element.renders.map((render) => render.text)).to.deep.equal(['first', 'second']);
    expect(removed).to.deep.equal(added);
  });

  it('does nothing on a page that opted out', async () => {
    document.documentElement.setAttribute(NO_REHEARSAL_ATTRIBUTE, '');
    const Element = testElement('rehearsal-test-b');
    const { added } = await bodyChanges(async () => {
      rehearseWhenIdle(Element, { cast: (element) => (element.text = 'made up') });
      await idle();
      await idle();
    });
    expect(added).to.deep.equal([]);
    expect(Element.renders).to.deep.equal([]);
  });

  it('does nothing for a class that is not registered', async () => {
    const Element = testElement('');
    const { added } = await bodyChanges(async () => {
      rehearseWhenIdle(Element, { cast: (element) => (element.text = 'made up') });
      await idle();
      await idle();
    });
    expect(added).to.deep.equal([]);
  });
});

describe('performance machinery: the card and list rehearsals', () => {
  it('leave nothing behind, fire no events and log nothing', async () => {
    const logged: string[] = [];
    const events: string[] = [];
    const { warn, error } = console;
    const dispatch = EventTarget.prototype.dispatchEvent;
    console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('sale-')) events.push(event.type);
      return dispatch.call(this, event);
    };
    try {
      const { added, removed } = await bodyChanges(async () => {
        await import('../../src/sale-card.js');
        await import('../../src/sale-list.js');
        for (let moment = 0; moment < 6; moment++) await idle();
      });
      const rehearsed = added.flatMap((node) =>
        [...(node as HTMLElement).querySelectorAll('sale-card, sale-list')].map(
          (element) => element.localName,
        ),
      );
      expect(rehearsed.sort()).to.deep.equal(['sale-card', 'sale-list']);
      expect(removed).to.have.members(added);
      // The card's other tabs were built during its rehearsal too.
      const card = added
        .map((node) => (node as HTMLElement).querySelector('sale-card'))
        .find((element) => element)!;
      expect(card.shadowRoot!.querySelectorAll('.panel')).to.have.length(5);
    } finally {
      console.warn = warn;
      console.error = error;
      EventTarget.prototype.dispatchEvent = dispatch;
    }
    expect(logged).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(document.querySelectorAll('sale-card, sale-list')).to.have.length(0);
  });
});
