/**
 * Every property of `<selection-panel>` survives any JavaScript value: the panel neither throws nor
 * renders blank, and says once, naming the field, what it could not use. `undefined` is the default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import type { MemberInput } from '../../src/model/members.js';
import { SELECTION_TODAY, mixedMembers } from '../../stories/fixtures/selection-panel.js';
import { captureWarnings } from '../helpers/console.js';

const throwing = (): never => {
  throw new Error('hostile');
};
const trapEverything = () =>
  new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing });

type Field = 'members' | 'selected' | 'heading' | 'skipCompleted' | 'today' | 'search';

const HOSTILE: Record<Field, [string, () => unknown][]> = {
  members: [
    ['a null-prototype object', () => Object.create(null)],
    ['a boxed string', () => new String('members')],
    ['a Proxy whose every trap throws', trapEverything],
    ['NaN', () => NaN],
    ['a Map', () => new Map([[1, { id: 1, title: 'Map' }]])],
  ],
  selected: [
    ['NaN', () => NaN],
    ['a null-prototype object', () => Object.create(null)],
    ['a boxed number', () => new Number(1041)],
    ['a Proxy whose every trap throws', trapEverything],
    ['a Symbol', () => Symbol('selected')],
  ],
  heading: [
    ['a number', () => 42],
    ['a null-prototype object', () => Object.create(null)],
    ['a boxed string', () => new String('Boxed')],
    ['a Proxy whose every trap throws', trapEverything],
  ],
  skipCompleted: [
    ['text', () => 'yes'],
    ['a boxed false', () => new Boolean(false)],
    ['a null-prototype object', () => Object.create(null)],
    ['NaN', () => NaN],
  ],
  today: [
    ['NaN', () => NaN],
    ['a null-prototype object', () => Object.create(null)],
    ['a Proxy whose every trap throws', trapEverything],
    ['a frozen array', () => Object.freeze(['2025-06-15'])],
  ],
  search: [
    ['a number', () => 42],
    ['a null-prototype object', () => Object.create(null)],
    ['a Proxy whose every trap throws', trapEverything],
    ['a boxed string', () => new String('fleet')],
  ],
};

async function settled(el: SelectionPanel) {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

async function panel(): Promise<SelectionPanel> {
  const el = await fixture<SelectionPanel>(
    html`<selection-panel
      style="height: 320px"
      today=${SELECTION_TODAY}
      .members=${mixedMembers}
    ></selection-panel>`,
  );
  await settled(el);
  return el;
}

const headingOf = (el: SelectionPanel) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const optionCount = (el: SelectionPanel) => el.shadowRoot!.querySelectorAll('[role="option"]').length;
const emptyText = (el: SelectionPanel) => el.shadowRoot!.querySelector('[part="empty"]')?.textContent ?? '';

/** Not blank: a heading, a count, and either rows or the message that there are none. */
function expectNotBlank(el: SelectionPanel) {
  expect(headingOf(el)).not.to.equal('');
  expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).not.to.equal('');
  expect(optionCount(el) > 0 || emptyText(el) !== '').to.equal(true);
}

describe('<selection-panel> survives any property value', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const [field, values] of Object.entries(HOSTILE) as [Field, [string, () => unknown][]][]) {
    for (const [name, make] of values) {
      it(`${field} = ${name}: renders, and warns once naming the field`, async () => {
        const el = await panel();
        warnings.messages.length = 0;
        (el as unknown as Record<Field, unknown>)[field] = make();
        await settled(el);
        expectNotBlank(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(new RegExp(`^<selection-panel>: ${field}: expected `));
        // Rendering again does not repeat the warning.
        el.requestUpdate();
        await settled(el);
        expect(warnings.messages).to.have.length(1);
        // next() and previous() keep working.
        expect(() => [el.next(), el.previous()]).not.to.throw();
      });
    }
  }

  it('falls back to the defaults for bad values: the heading, no search, all members, the real date', async () => {
    const el = await panel();
    el.heading = Object.create(null) as string;
    el.search = 42 as unknown as string;
    el.skipCompleted = 'yes' as unknown as boolean;
    await settled(el);
    expect(headingOf(el)).to.equal('Selection members');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
    expect(optionCount(el)).to.equal(mixedMembers.length);
  });

  it('treats undefined as the default for every property, silently', async () => {
    const el = await panel();
    warnings.messages.length = 0;
    for (const field of Object.keys(HOSTILE) as Field[]) {
      (el as unknown as Record<Field, unknown>)[field] = undefined;
    }
    await settled(el);
    expect(warnings.messages).to.deep.equal([]);
    expect(headingOf(el)).to.equal('Selection members');
    expect(emptyText(el)).to.equal('No members in this selection');
  });

  it('shows list entries it cannot read as placeholder rows: holes, throwing getters, Proxies', async () => {
    const el = await panel();
    warnings.messages.length = 0;
    const members: unknown[] = [mixedMembers[0], , trapEverything(), Object.create(null), mixedMembers[1]]; // eslint-disable-line no-sparse-arrays
    Object.defineProperty(members, 3, { get: throwing });
    el.members = members as MemberInput[];
    await settled(el);
    const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.textContent);
    expect(titles).to.deep.equal([mixedMembers[0]!.title, '—', '—', '—', mixedMembers[1]!.title]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('members[1]');
    expect(warnings.messages[0]).to.contain('members[3]');
  });

  it('renders a huge heading and search as text', async () => {
    const el = await panel();
    warnings.messages.length = 0;
    const huge = `<b>${'x'.repeat(200_000)}</b>`;
    el.heading = huge;
    el.search = huge;
    await settled(el);
    expect(headingOf(el)).to.equal(huge);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(emptyText(el)).to.equal('No members match');
    expect(warnings.messages).to.deep.equal([]);
  });
});
