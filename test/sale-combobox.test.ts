import { failOnPageErrors } from './helpers/page-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-combobox.js';
import type { SaleCombobox } from '../src/sale-card.js';
import type { LookupContext, LookupKind } from '../src/model/lookup.js';
import type { Ref } from '../src/model/types.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';

const COMPANIES: Ref[] = [
  { id: 11, name: 'Fjordline Logistikk AS' },
  { id: 12, name: 'Fjellkraft AS' },
  { id: 13, name: 'Nordlys Data' },
];

interface Call {
  kind: LookupKind;
  text: string;
  context: LookupContext;
}

/** A lookup over COMPANIES that records how it was asked. */
function companyLookup() {
  const calls: Call[] = [];
  const lookup = (kind: LookupKind, text: string, context: LookupContext) => {
    calls.push({ kind, text, context });
    return Promise.resolve(
      COMPANIES.filter((company) => company.name.toLowerCase().includes(text.toLowerCase())),
    );
  };
  return { calls, lookup };
}

async function renderCombobox(properties: Partial<SaleCombobox> = {}, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><sale-combobox kind="company" label="Company"></sale-combobox></div>`,
  );
  const combobox = wrapper.querySelector('sale-combobox')!;
  Object.assign(combobox, properties);
  await combobox.updateComplete;
  return combobox;
}

const input = (combobox: SaleCombobox) => combobox.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const options = (combobox: SaleCombobox) => [
  ...combobox.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const optionTexts = (combobox: SaleCombobox) => options(combobox).map((option) => option.textContent!.trim());
const status = (combobox: SaleCombobox) =>
  combobox.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const popupText = (combobox: SaleCombobox) =>
  combobox.shadowRoot!.querySelector<HTMLElement>('[part~="popup"]')!.innerText.trim();

async function typeInto(combobox: SaleCombobox, text: string) {
  input(combobox).focus();
  await sendKeys({ type: text });
  await combobox.updateComplete;
}

/** Types and waits until the search has answered and the options show. */
async function search(combobox: SaleCombobox, text: string) {
  await typeInto(combobox, text);
  await waitUntil(() => input(combobox).getAttribute('aria-busy') === 'false', 'the search did not answer');
  await combobox.updateComplete;
}

async function press(combobox: SaleCombobox, key: string) {
  await sendKeys({ press: key });
  await combobox.updateComplete;
}

function recordChanges(combobox: SaleCombobox) {
  const values: (Ref | null)[] = [];
  combobox.addEventListener('sale-combobox-change', (event) => values.push(event.detail.value));
  return values;
}

describe('<sale-combobox>', () => {
  failOnPageErrors();

  it('is an APG combobox: a named input that controls a listbox in its own shadow root', async () => {
    const combobox = await renderCombobox({ value: COMPANIES[0] });
    const field = input(combobox);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-label')).to.equal('Company');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.be.false;
    const listbox = combobox.shadowRoot!.getElementById(field.getAttribute('aria-controls')!);
    expect(listbox?.getAttribute('role')).to.equal('listbox');
    expect(field.value).to.equal('Fjordline Logistikk AS');
    await expect(combobox).to.be.accessible();
  });

  it('searches after a pause in typing, once, and shows the results as options', async () => {
    const { calls, lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup });
    await typeInto(combobox, 'fj');
    expect(calls, 'not before the pause').to.have.length(0);
    await waitUntil(() => options(combobox).length > 0);
    expect(calls.map(({ kind, text }) => [kind, text])).to.deep.equal([['company', 'fj']]);
    expect(calls[0]!.context.signal).to.be.instanceOf(AbortSignal);
    expect(optionTexts(combobox)).to.deep.equal(['Fjordline Logistikk AS', 'Fjellkraft AS']);
    expect(input(combobox).getAttribute('aria-expanded')).to.equal('true');
    await expect(combobox).to.be.accessible();
  });

  it('aborts the search that a newer one replaces', async () => {
    const signals: AbortSignal[] = [];
    const combobox = await renderCombobox({
      lookup: (_kind, _text, { signal }) => {
        signals.push(signal);
        return new Promise<Ref[]>(() => {});
      },
    });
    await typeInto(combobox, 'fj');
    await waitUntil(() => signals.length === 1);
    await typeInto(combobox, 'e');
    await waitUntil(() => signals.length === 2);
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
  });

  it('moves with the arrow keys and picks with Enter', async () => {
    const { lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup });
    const values = recordChanges(combobox);
    await search(combobox, 'fj');
    await press(combobox, 'ArrowDown');
    await press(combobox, 'ArrowDown');
    const field = input(combobox);
    const active = combobox.shadowRoot!.getElementById(field.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent!.trim()).to.equal('Fjellkraft AS');
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await press(combobox, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant'), 'wraps to the first').to.equal(
      options(combobox)[0]!.id,
    );
    await press(combobox, 'ArrowUp');
    await press(combobox, 'Enter');
    expect(values).to.deep.equal([{ id: 12, name: 'Fjellkraft AS' }]);
    expect(field.value).to.equal('Fjellkraft AS');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement).to.equal(combobox);
    await expect(combobox).to.be.accessible();
  });

  it('picks a result with a click, keeping the focus in the field', async () => {
    const { lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup });
    const values = recordChanges(combobox);
    await search(combobox, 'nord');
    options(combobox)[0]!.click();
    await combobox.updateComplete;
    expect(values).to.deep.equal([{ id: 13, name: 'Nordlys Data' }]);
    expect(input(combobox).value).to.equal('Nordlys Data');
  });

  it('opens with ArrowDown to show suggestions for what is typed, even nothing', async () => {
    const { calls, lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup });
    input(combobox).focus();
    await press(combobox, 'ArrowDown');
    await waitUntil(() => options(combobox).length === 3);
    expect(calls.map(({ text }) => text)).to.deep.equal(['']);
  });

  it('closes with Escape, then clears with a second Escape, and lets a third one pass', async () => {
    const { lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup, value: COMPANIES[2] });
    const values = recordChanges(combobox);
    const passed: KeyboardEvent[] = [];
    combobox.parentElement!.addEventListener('keydown', (event) => passed.push(event));
    await search(combobox, 'x');
    await waitUntil(() => popupText(combobox) === 'No matches');
    await press(combobox, 'Escape');
    expect(popupText(combobox)).to.equal('');
    expect(input(combobox).getAttribute('aria-expanded')).to.equal('false');
    expect(values).to.deep.equal([]);
    await press(combobox, 'Escape');
    expect(input(combobox).value).to.equal('');
    expect(values).to.deep.equal([null]);
    expect(passed.map((event) => event.key)).to.not.include('Escape');
    await press(combobox, 'Escape');
    expect(passed.map((event) => event.key)).to.include('Escape');
  });

  it('is busy while the search waits', async () => {
    let answer: ((refs: Ref[]) => void) | undefined;
    const combobox = await renderCombobox({
      lookup: () => new Promise<Ref[]>((resolve) => (answer = resolve)),
    });
    await typeInto(combobox, 'fj');
    expect(input(combobox).getAttribute('aria-busy')).to.equal('true');
    expect(popupText(combobox)).to.equal('Searching…');
    await waitUntil(() => answer !== undefined, 'the search did not start');
    expect(popupText(combobox), 'still waiting').to.equal('Searching…');
    answer!([COMPANIES[0]!]);
    await waitUntil(() => options(combobox).length === 1);
    expect(input(combobox).getAttribute('aria-busy')).to.equal('false');
    expect(popupText(combobox)).to.equal('Fjordline Logistikk AS');
  });

  it('says "No matches", politely, and in Norwegian "Ingen treff"', async () => {
    const { lookup } = companyLookup();
    const english = await renderCombobox({ lookup });
    await search(english, 'zzz');
    expect(popupText(english)).to.equal('No matches');
    expect(status(english)).to.equal('No matches');
    expect(input(english).getAttribute('aria-expanded')).to.equal('false');
    await expect(english).to.be.accessible();
    const norwegian = await renderCombobox({ lookup }, 'nb');
    await search(norwegian, 'zzz');
    expect(status(norwegian)).to.equal('Ingen treff');
    expect(input(norwegian).getAttribute('aria-label')).to.equal('Company');
  });

  it('shows a short error when the search rejects or throws, with no window errors', async () => {
    const rejecting = await renderCombobox({ lookup: () => Promise.reject(new Error('503')) });
    await search(rejecting, 'fj');
    expect(status(rejecting)).to.equal('The search failed. Try again.');
    const throwing = await renderCombobox(
      {
        lookup: () => {
          throw new TypeError('broken');
        },
      },
      'nb',
    );
    await search(throwing, 'fj');
    expect(status(throwing)).to.equal('Søket mislyktes. Prøv igjen.');
  });

  it('says nothing when the host aborts its own search', async () => {
    const combobox = await renderCombobox({
      lookup: () => Promise.reject(new DOMException('Aborted', 'AbortError')),
    });
    await search(combobox, 'fj');
    expect(status(combobox)).to.equal('');
    expect(popupText(combobox)).to.equal('');
  });

  it('clears the choice when the field is emptied and left, and keeps it when typing picked nothing', async () => {
    const { lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup, value: COMPANIES[0] });
    const values = recordChanges(combobox);
    await typeInto(combobox, 'x');
    input(combobox).blur();
    await combobox.updateComplete;
    expect(input(combobox).value, 'typed text gives way to the choice').to.equal('Fjordline Logistikk AS');
    expect(values).to.deep.equal([]);
    input(combobox).focus();
    input(combobox).select();
    await press(combobox, 'Backspace');
    input(combobox).blur();
    await combobox.updateComplete;
    expect(values).to.deep.equal([null]);
  });

  it('hands the chosen company to the search, and a picked person keeps it in the event', async () => {
    const calls: LookupContext[] = [];
    const combobox = await renderCombobox({
      kind: 'person',
      company: COMPANIES[0],
      lookup: (_kind, _text, context) => {
        calls.push(context);
        return Promise.resolve([{ id: 21, name: 'Kari Nordmann', company: COMPANIES[0] } as Ref]);
      },
    });
    const events: unknown[] = [];
    combobox.addEventListener('sale-combobox-change', (event) => events.push(event.detail));
    await search(combobox, 'kari');
    expect(calls[0]!.company).to.deep.equal(COMPANIES[0]);
    options(combobox)[0]!.click();
    expect(events).to.deep.equal([{ value: { id: 21, name: 'Kari Nordmann' }, company: COMPANIES[0] }]);
  });

  it('shows the usable results of a bad answer and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const combobox = await renderCombobox({
        lookup: () => Promise.resolve([COMPANIES[0], { name: 'no id' }, 'text'] as Ref[]),
      });
      await search(combobox, 'f');
      expect(optionTexts(combobox)).to.deep.equal(['Fjordline Logistikk AS']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-combobox>: lookup result\[1\]/);
    } finally {
      warnings.restore();
    }
  });

  it('warns about a lookup that is not a function and searches nothing', async () => {
    const warnings = captureWarnings();
    try {
      const combobox = await renderCombobox({ lookup: 'search' as never });
      await typeInto(combobox, 'fj');
      await press(combobox, 'ArrowDown');
      expect(popupText(combobox)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<sale-combobox>: lookup: expected a function/);
    } finally {
      warnings.restore();
    }
  });

  it('shows its popup above a container that clips, anchored under the field', async () => {
    const { lookup } = companyLookup();
    const wrapper = await fixture<HTMLElement>(
      html`<div class="clip" style="overflow: hidden; block-size: 3em; inline-size: 20em">
        <sale-combobox label="Company"></sale-combobox>
      </div>`,
    );
    const combobox = wrapper.querySelector('sale-combobox')!;
    combobox.lookup = lookup;
    await search(combobox, 'fj');
    const field = input(combobox).getBoundingClientRect();
    const last = options(combobox).at(-1)!.getBoundingClientRect();
    expect(last.bottom).to.be.greaterThan(wrapper.getBoundingClientRect().bottom);
    expect(Math.abs(last.left - field.left)).to.be.lessThan(4);
    const hit = document.elementFromPoint(last.left + 5, last.top + last.height / 2);
    expect(hit, 'the option is on top, not clipped').to.equal(combobox);
    expect(combobox.shadowRoot!.elementFromPoint(last.left + 5, last.top + last.height / 2)).to.equal(
      options(combobox).at(-1),
    );
  });

  it('fits a narrow container, and its results stay on screen', async () => {
    const { lookup } = companyLookup();
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 9em; margin-inline-start: calc(100vw - 10em)">
        <sale-combobox label="Company"></sale-combobox>
      </div>`,
    );
    const combobox = wrapper.querySelector('sale-combobox')!;
    combobox.lookup = lookup;
    await search(combobox, 'fj');
    expect(input(combobox).getBoundingClientRect().width).to.be.at.most(
      wrapper.getBoundingClientRect().width,
    );
    const popup = combobox.shadowRoot!.querySelector('[part~="popup"]')!.getBoundingClientRect();
    expect(popup.left).to.be.at.least(0);
    expect(popup.right).to.be.at.most(document.documentElement.clientWidth);
  });

  it('marks the active option with the system highlight in forced colours', async () => {
    const { lookup } = companyLookup();
    const combobox = await renderCombobox({ lookup });
    await search(combobox, 'fj');
    await press(combobox, 'ArrowDown');
    await withForcedColors(async () => {
      const probe = document.createElement('span');
      probe.style.background = 'Highlight';
      document.body.append(probe);
      const active = options(combobox)[0]!;
      expect(getComputedStyle(active).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
      probe.remove();
      await expect(combobox).to.be.accessible();
    });
  });
});
