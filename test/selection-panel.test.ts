import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/selection-panel.js';
import type { SaleSelectEvent, SelectionPanel } from '../src/selection-panel.js';
import type { MemberInput } from '../src/model/members.js';
import {
  SELECTION_TODAY,
  generateMembers,
  mixedMembers,
  overdueMixedIds,
} from '../stories/fixtures/selection-panel.js';
import { captureWarnings } from './helpers/console.js';
import { withForcedColors } from './helpers/forced-colors.js';

const listboxOf = (el: SelectionPanel) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]');
const optionsOf = (el: SelectionPanel) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const titleOf = (option: HTMLElement) => option.querySelector('[part="title"]')!.textContent!.trim();
const countText = (el: SelectionPanel) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const searchInput = (el: SelectionPanel) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
const skipCheckbox = (el: SelectionPanel) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
/** The option aria-activedescendant names, if it is rendered. */
const activeOption = (el: SelectionPanel) => {
  const id = listboxOf(el)?.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

/** Waits until the virtualizer has rendered and positioned its rows and the element is idle. */
async function settled(el: SelectionPanel) {
  for (let frame = 0; frame < 4; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

async function render(
  members: unknown,
  { selected, lang, height = '320px' }: { selected?: number | string; lang?: string; height?: string } = {},
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang ?? 'en'}>
      <selection-panel
        style="height: ${height}"
        today=${SELECTION_TODAY}
        .members=${members as MemberInput[]}
        .selected=${selected}
      ></selection-panel>
    </div>`,
  );
  const el = wrapper.querySelector('selection-panel')!;
  await settled(el);
  return el;
}

function recordSelections() {
  const events: SaleSelectEvent[] = [];
  const listener = (event: SaleSelectEvent) => events.push(event);
  document.addEventListener('sale-select', listener);
  return { events, stop: () => document.removeEventListener('sale-select', listener) };
}

async function press(el: SelectionPanel, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settled(el);
  }
}

describe('<selection-panel>', () => {
  let selections: ReturnType<typeof recordSelections>;
  beforeEach(() => (selections = recordSelections()));
  afterEach(() => selections.stop());

  describe('structure and ARIA', () => {
    it('renders a listbox named by the heading, with one option per member', async () => {
      const el = await render(mixedMembers);
      const listbox = listboxOf(el)!;
      const heading = el.shadowRoot!.getElementById(listbox.getAttribute('aria-labelledby')!)!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal('Selection members');
      expect(listbox.getAttribute('tabindex')).to.equal('0');
      expect(optionsOf(el).map(titleOf)).to.deep.equal(mixedMembers.map((member) => member.title));
      expect(optionsOf(el).map((option) => option.getAttribute('aria-selected'))).to.deep.equal(
        mixedMembers.map(() => 'false'),
      );
      expect(optionsOf(el)[2]!.getAttribute('aria-posinset')).to.equal('3');
      expect(optionsOf(el)[2]!.getAttribute('aria-setsize')).to.equal(String(mixedMembers.length));
      await expect(el).to.be.accessible();
    });

    it('uses the heading property and describes the listbox with the count', async () => {
      const el = await render(mixedMembers);
      el.heading = 'Hot leads';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Hot leads');
      const description = el.shadowRoot!.getElementById(listboxOf(el)!.getAttribute('aria-describedby')!)!;
      expect(description.textContent!.trim()).to.equal('8 members');
      expect(description.getAttribute('role')).to.equal('status');
    });

    it('reads the heading attribute', async () => {
      const el = await fixture<SelectionPanel>(
        html`<selection-panel heading="Call list" .members=${mixedMembers}></selection-panel>`,
      );
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Call list');
    });

    it('shows status icon, title, company, sale date and amount in each row', async () => {
      const el = await render(mixedMembers);
      const [first] = optionsOf(el);
      expect(first!.querySelector('sale-status-icon')!.getAttribute('status')).to.equal('open');
      expect(first!.querySelector('.company')!.textContent).to.equal('Fjordline Logistikk AS');
      expect(first!.querySelector('.date')!.textContent).to.equal('Jun 30, 2025');
      expect(first!.querySelector('.amount')!.textContent).to.equal('NOK\u00a0480,000');
    });
  });

  describe('overdue', () => {
    it('marks overdue members in red and in words, never sold or lost ones', async () => {
      const el = await render(mixedMembers);
      const overdue = optionsOf(el).filter((option) => option.part.contains('option-overdue'));
      expect(overdue.map(titleOf)).to.deep.equal(
        overdueMixedIds.map((id) => mixedMembers.find((member) => member.id === id)!.title),
      );
      for (const option of overdue) {
        const word = option.querySelector('[part="overdue"]')!;
        expect(word.textContent).to.equal('Overdue');
        expect(getComputedStyle(option.querySelector('[part="title"]')!).color).to.equal('rgb(198, 40, 40)');
      }
      const sold = optionsOf(el).find((option) => titleOf(option) === 'Solar panels on the new hall')!;
      expect(sold.querySelector('[part="overdue"]')).to.equal(null);
    });

    it('judges overdue against the today property', async () => {
      const el = await render(mixedMembers);
      el.today = '2025-01-01';
      await settled(el);
      expect(optionsOf(el).filter((option) => option.part.contains('option-overdue'))).to.have.length(0);
      el.today = '2025-12-31';
      await settled(el);
      // Every open and stalled member has a date before the last day of the year.
      expect(optionsOf(el).filter((option) => option.part.contains('option-overdue'))).to.have.length(5);
    });

    it('falls back to the real date for a bad today, with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render(mixedMembers);
        el.today = 'yesterday';
        await settled(el);
        expect(warnings.messages.join('\n')).to.contain('today: expected an ISO date');
        // Everything in the fixture lies before the real date of any run after 2025.
        expect(
          optionsOf(el).filter((option) => option.part.contains('option-overdue')).length,
        ).to.be.greaterThan(3);
      } finally {
        warnings.restore();
      }
    });

    it('keeps overdue visible in forced-colours mode through the word and the bar', async () => {
      const el = await render(mixedMembers);
      await withForcedColors(async () => {
        const option = optionsOf(el).find((row) => row.part.contains('option-overdue'))!;
        expect(option.querySelector('[part="overdue"]')!.textContent).to.equal('Overdue');
        expect(getComputedStyle(option).borderInlineStartStyle).to.equal('solid');
      });
    });
  });

  describe('count, search and skip completed', () => {
    it('formats the count in the locale, singular and plural', async () => {
      const el = await render(generateMembers(1234));
      expect(countText(el)).to.equal('1,234 members');
      el.members = generateMembers(1);
      await el.updateComplete;
      expect(countText(el)).to.equal('1 member');
    });

    it('speaks Norwegian under lang="nb"', async () => {
      const el = await render(generateMembers(1234), { lang: 'nb' });
      expect(countText(el)).to.equal('1\u00a0234 medlemmer');
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Utvalgsmedlemmer');
      expect(searchInput(el).placeholder).to.equal('Søk i tittel eller firma');
      expect(el.shadowRoot!.querySelector('[part="skip-completed"]')!.textContent!.trim()).to.equal(
        'Hopp over utførte salg',
      );
      el.members = mixedMembers;
      await settled(el);
      expect(optionsOf(el)[1]!.querySelector('[part="overdue"]')!.textContent).to.equal('Forfalt');
      el.members = generateMembers(1);
      await el.updateComplete;
      expect(countText(el)).to.equal('1 medlem');
    });

    it('filters by title and company as the user types, in any letter case', async () => {
      const el = await render(mixedMembers);
      searchInput(el).focus();
      await sendKeys({ type: 'BERGEN' });
      await settled(el);
      expect(optionsOf(el).map(titleOf)).to.deep.equal(['Annual support agreement']);
      expect(countText(el)).to.equal('1 of 8 members');
      expect(el.search).to.equal('BERGEN');
      el.search = 'office  MOVE';
      await settled(el);
      expect(optionsOf(el).map(titleOf)).to.deep.equal(['Office move, phase 2']);
      el.search = 'ålesund';
      await settled(el);
      expect(optionsOf(el).map(titleOf)).to.deep.equal(['Cloud backup, three sites']);
    });

    it('says so when nothing matches, and when the selection is empty', async () => {
      const el = await render(mixedMembers);
      el.search = 'no such sale';
      await el.updateComplete;
      expect(listboxOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No members match');
      expect(countText(el)).to.equal('0 of 8 members');
      el.members = [];
      el.search = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
        'No members in this selection',
      );
      expect(countText(el)).to.equal('0 members');
      await expect(el).to.be.accessible();
    });

    it('hides sold and lost members when the user ticks Skip completed sales', async () => {
      const el = await render(mixedMembers);
      const changes: boolean[] = [];
      el.addEventListener('sale-skip-completed-change', (event) => changes.push(event.detail.value));
      skipCheckbox(el).click();
      await settled(el);
      expect(el.skipCompleted).to.equal(true);
      expect(changes).to.deep.equal([true]);
      const titles = optionsOf(el).map(titleOf);
      expect(titles).not.to.include('Annual support agreement');
      expect(titles).not.to.include('Warehouse scanners');
      // Completed means sold or lost, whatever the Completed flag says (the card counts the same way).
      expect(titles).not.to.include('Solar panels on the new hall');
      expect(titles).to.include('Office move, phase 2');
      expect(countText(el)).to.equal('5 of 8 members');
      skipCheckbox(el).click();
      await settled(el);
      expect(changes).to.deep.equal([true, false]);
      expect(optionsOf(el)).to.have.length(8);
    });

    it('reflects skipCompleted set by the host in the checkbox', async () => {
      const el = await render(mixedMembers);
      el.skipCompleted = true;
      await settled(el);
      expect(skipCheckbox(el).checked).to.equal(true);
      expect(optionsOf(el)).to.have.length(5);
    });
  });

  describe('selection', () => {
    it('selects on click and fires sale-select with the id and the index into members', async () => {
      const el = await render(mixedMembers);
      const option = optionsOf(el)[3]!;
      option.click();
      await el.updateComplete;
      expect(selections.events.map((event) => event.detail)).to.deep.equal([{ id: 1042, index: 3 }]);
      const [event] = selections.events;
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(Object.isFrozen(event!.detail)).to.equal(true);
      expect(el.selected).to.equal(1042);
      expect(optionsOf(el)[3]!.getAttribute('aria-selected')).to.equal('true');
      expect(optionsOf(el)[3]!.part.contains('option-selected')).to.equal(true);
      // Clicking the selected member again changes nothing.
      optionsOf(el)[3]!.click();
      await el.updateComplete;
      expect(selections.events).to.have.length(1);
    });

    it('keeps the selection when a listener cancels sale-select', async () => {
      const el = await render(mixedMembers, { selected: 1041 });
      el.addEventListener('sale-select', (event) => event.preventDefault(), { once: true });
      optionsOf(el)[2]!.click();
      await el.updateComplete;
      expect(selections.events).to.have.length(1);
      expect(el.selected).to.equal(1041);
      expect(optionsOf(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('matches selected as text or number and fires nothing when the host sets it', async () => {
      const el = await render(mixedMembers, { selected: '1044' });
      expect(optionsOf(el)[6]!.getAttribute('aria-selected')).to.equal('true');
      el.selected = 1043;
      await settled(el);
      expect(optionsOf(el)[4]!.getAttribute('aria-selected')).to.equal('true');
      expect(selections.events).to.have.length(0);
    });

    it('reads the selected attribute', async () => {
      const el = await fixture<SelectionPanel>(
        html`<selection-panel selected="1042" .members=${mixedMembers}></selection-panel>`,
      );
      await settled(el);
      expect(optionsOf(el)[3]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('scrolls the selected member into view when selected changes', async () => {
      const members = generateMembers(100_000);
      const el = await render(members, { selected: 50_000 });
      const listbox = listboxOf(el)!;
      const selected = el.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!;
      expect(titleOf(selected)).to.equal(members[49_999]!.title);
      const box = selected.getBoundingClientRect();
      const bounds = listbox.getBoundingClientRect();
      expect(box.top).to.be.at.least(bounds.top - 1);
      expect(box.bottom).to.be.at.most(bounds.bottom + 1);
      el.selected = 99_990;
      await settled(el);
      const next = el.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!;
      expect(titleOf(next)).to.equal(members[99_989]!.title);
      expect(next.getBoundingClientRect().top).to.be.at.least(listbox.getBoundingClientRect().top - 1);
    });
  });

  describe('keyboard (APG listbox)', () => {
    it('Tab focuses the listbox with the selected member active, arrows move, Enter selects', async () => {
      const el = await render(mixedMembers, { selected: 1045 });
      searchInput(el).focus();
      await press(el, 'Tab', 'Tab');
      expect(el.shadowRoot!.activeElement).to.equal(listboxOf(el));
      expect(titleOf(activeOption(el)!)).to.equal('Cloud backup, three sites');
      await press(el, 'ArrowDown');
      expect(titleOf(activeOption(el)!)).to.equal('Sales training for the spring kick-off');
      expect(activeOption(el)!.classList.contains('active')).to.equal(true);
      expect(selections.events).to.have.length(0);
      await press(el, 'Enter');
      expect(selections.events.map((event) => event.detail)).to.deep.equal([{ id: 1046, index: 2 }]);
      await press(el, 'ArrowUp', 'ArrowUp', 'ArrowUp', ' ');
      expect(selections.events.map((event) => event.detail.id)).to.deep.equal([1046, 1041]);
      await press(el, 'End');
      expect(titleOf(activeOption(el)!)).to.equal('Security audit');
      await press(el, 'ArrowDown');
      expect(titleOf(activeOption(el)!)).to.equal('Security audit');
      await press(el, 'Home');
      expect(titleOf(activeOption(el)!)).to.equal('Fleet tracking for 40 trucks');
      await expect(el).to.be.accessible();
    });

    it('starts on the first member when nothing is selected', async () => {
      const el = await render(mixedMembers);
      el.focus();
      await settled(el);
      expect(titleOf(activeOption(el)!)).to.equal('Fleet tracking for 40 trucks');
    });

    it('PageDown and PageUp move by a page, and Home/End reach both ends of 100,000 members', async () => {
      const members = generateMembers(100_000);
      const el = await render(members);
      el.focus();
      await settled(el);
      await press(el, 'PageDown');
      const afterPage = Number(activeOption(el)!.getAttribute('aria-posinset'));
      expect(afterPage).to.be.greaterThan(2);
      expect(afterPage).to.be.lessThan(20);
      await press(el, 'PageUp');
      expect(activeOption(el)!.getAttribute('aria-posinset')).to.equal('1');
      await press(el, 'End');
      expect(titleOf(activeOption(el)!)).to.equal(members[99_999]!.title);
      expect(activeOption(el)!.getAttribute('aria-posinset')).to.equal('100000');
      await press(el, 'ArrowUp');
      expect(titleOf(activeOption(el)!)).to.equal(members[99_998]!.title);
      await press(el, 'Home');
      expect(titleOf(activeOption(el)!)).to.equal(members[0]!.title);
      expect(optionsOf(el).length).to.be.lessThan(100);
    });

    it('Enter without an active option only activates one, and modified keys are left alone', async () => {
      const el = await render(mixedMembers);
      const listbox = listboxOf(el)!;
      listbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await settled(el);
      expect(selections.events).to.have.length(0);
      expect(titleOf(activeOption(el)!)).to.equal('Fleet tracking for 40 trucks');
      const withCtrl = new KeyboardEvent('keydown', {
        key: 'ArrowDown',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      listbox.dispatchEvent(withCtrl);
      expect(withCtrl.defaultPrevented).to.equal(false);
      const letter = new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true });
      listbox.dispatchEvent(letter);
      expect(letter.defaultPrevented).to.equal(false);
    });

    it('ArrowUp with no active option starts at the selected member', async () => {
      const el = await render(mixedMembers, { selected: 1043 });
      const listbox = listboxOf(el)!;
      // The host's selection made it active; filter it away and back to forget that.
      el.search = 'fleet';
      await settled(el);
      el.search = '';
      await settled(el);
      listbox.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }),
      );
      await settled(el);
      expect(titleOf(activeOption(el)!)).to.equal('Warehouse scanners');
    });

    it('moves the active option within one frame with 100,000 members', async () => {
      const el = await render(generateMembers(100_000));
      el.focus();
      await settled(el);
      const listbox = listboxOf(el)!;
      const times: number[] = [];
      for (let step = 0; step < 10; step++) {
        const start = performance.now();
        listbox.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
        );
        await el.updateComplete;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      expect(times[5]).to.be.lessThan(16);
      await settled(el);
      expect(activeOption(el)!.getAttribute('aria-posinset')).to.equal('11');
    });

    it('keeps the active option and selection through scrolling away and back', async () => {
      const members = generateMembers(5_000);
      const el = await render(members, { selected: 3 });
      el.focus();
      await settled(el);
      const listbox = listboxOf(el)!;
      listbox.scrollTop = 100_000;
      await settled(el);
      await settled(el);
      expect(listbox.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(listbox);
      listbox.scrollTop = 0;
      await settled(el);
      await settled(el);
      expect(titleOf(activeOption(el)!)).to.equal(members[2]!.title);
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')).to.equal(activeOption(el));
      // A key brings a row scrolled out of view back.
      listbox.scrollTop = 100_000;
      await settled(el);
      await press(el, 'ArrowDown');
      expect(titleOf(activeOption(el)!)).to.equal(members[3]!.title);
    });
  });

  describe('pointer', () => {
    it('a real click focuses the listbox and selects the row under the pointer', async () => {
      const el = await render(mixedMembers, { selected: 1041 });
      const option = optionsOf(el)[1]!;
      const box = option.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)],
      });
      await settled(el);
      expect(selections.events.map((event) => event.detail.id)).to.deep.equal([1045]);
      expect(el.shadowRoot!.activeElement).to.equal(listboxOf(el));
      expect(titleOf(activeOption(el)!)).to.equal('Cloud backup, three sites');
    });

    it('ignores clicks between rows', async () => {
      const el = await render(mixedMembers.slice(0, 2));
      listboxOf(el)!.click();
      listboxOf(el)!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await el.updateComplete;
      expect(selections.events).to.have.length(0);
    });
  });

  describe('next() and previous()', () => {
    it('return the neighbouring member id without changing the selection', async () => {
      const el = await render(mixedMembers, { selected: 1045 });
      expect(el.next()).to.equal(1046);
      expect(el.previous()).to.equal(1041);
      expect(el.selected).to.equal(1045);
      el.selected = 1048;
      expect(el.next()).to.equal(undefined);
      el.selected = 1041;
      expect(el.previous()).to.equal(undefined);
      el.selected = undefined;
      expect(el.next()).to.equal(1041);
      expect(el.previous()).to.equal(1048);
      expect(selections.events).to.have.length(0);
    });

    it('honour skipCompleted and the search, also when the selected member is hidden', async () => {
      const el = await render(mixedMembers, { selected: 1046 });
      el.skipCompleted = true;
      expect(el.next()).to.equal(1044);
      el.selected = 1042;
      expect(el.next()).to.equal(1044);
      expect(el.previous()).to.equal(1046);
      el.search = 'office';
      expect(el.next()).to.equal(1044);
      expect(el.previous()).to.equal(undefined);
    });
  });

  describe('bad data', () => {
    it('shows placeholders for bad members, warns once per render and never throws', async () => {
      const warnings = captureWarnings();
      try {
        const members = [
          null,
          42,
          { title: 'No id' },
          { id: 1, title: '<b>Bold</b>', status: 'won', saleDate: 'soon', amount: 'lots', company: 7 },
          { id: 2 },
          { id: 3, title: 'Lean', company: 'Text Company AS', status: 2, done: true },
        ];
        const el = await render(members);
        expect(optionsOf(el).map(titleOf)).to.deep.equal(['—', '—', '—', '<b>Bold</b>', '—', 'Lean']);
        expect(el.shadowRoot!.querySelector('b')).to.equal(null);
        const [nothing, , , bold, untitled, lean] = optionsOf(el);
        // Entries without an id cannot be selected.
        expect(nothing!.getAttribute('aria-disabled')).to.equal('true');
        expect(nothing!.part.contains('option-invalid')).to.equal(true);
        nothing!.click();
        await el.updateComplete;
        expect(selections.events).to.have.length(0);
        expect(bold!.querySelector('.date')!.textContent).to.equal('—');
        expect(bold!.querySelector('.amount')!.textContent).to.equal('—');
        expect(bold!.querySelector('.company')!.textContent).to.equal('—');
        expect(untitled!.querySelector('.company')!.textContent).to.equal('—');
        expect(lean!.querySelector('.company')!.textContent).to.equal('Text Company AS');
        expect(lean!.querySelector('sale-status-icon')!.getAttribute('status')).to.equal('sold');
        expect(countText(el)).to.equal('6 members');
        // One message for the rows' first render.
        expect(warnings.messages).to.have.length(1);
        const text = warnings.messages.join('\n');
        expect(text).to.contain(
          'members[0]: expected a member { id, title }, got null; left out; shown as a placeholder',
        );
        expect(text).to.contain('members[2].id');
        expect(text).to.contain('members[3].saleDate');
        expect(text).to.contain('members[4].title');
        // Rendering again (a new today, scrolling back) reports nothing new.
        warnings.messages.length = 0;
        el.today = '2025-01-01';
        await settled(el);
        expect(warnings.messages).to.deep.equal([]);
        // next() and previous() step over entries without an id; a search leaves them out.
        el.selected = 1;
        expect(el.previous()).to.equal(undefined);
        expect(el.next()).to.equal(2);
        el.selected = undefined;
        expect(el.next()).to.equal(1);
        expect(el.previous()).to.equal(3);
        el.search = 'bold';
        await settled(el);
        expect(optionsOf(el).map(titleOf)).to.deep.equal(['<b>Bold</b>']);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('treats members that are no list as an empty selection', async () => {
      const warnings = captureWarnings();
      try {
        const el = await render({ not: 'a list' });
        expect(el.shadowRoot!.querySelector('[part="empty"]')).to.exist;
        expect(el.next()).to.equal(undefined);
        expect(warnings.messages.join()).to.contain('expected a list of members');
        el.members = null as unknown as MemberInput[];
        await el.updateComplete;
        expect(countText(el)).to.equal('0 members');
      } finally {
        warnings.restore();
      }
    });

    it('lists at most a few problems in one warning', async () => {
      const warnings = captureWarnings();
      try {
        await render(Array.from({ length: 30 }, (_, index) => ({ id: index, title: '', saleDate: 'x' })));
        // One message per batch of newly rendered rows, not one per problem.
        expect(warnings.messages.length).to.be.within(1, 3);
        expect(warnings.messages[0]).to.match(/\d+ more problems\.$/);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('virtualization', () => {
    it('keeps fewer than 100 rows in the DOM with 100,000 members', async () => {
      const el = await render(generateMembers(100_000), { height: '900px' });
      expect(countText(el)).to.equal('100,000 members');
      expect(optionsOf(el).length).to.be.greaterThan(5);
      expect(optionsOf(el).length).to.be.lessThan(100);
      el.search = 'fleet tracking 99';
      await settled(el);
      expect(optionsOf(el).length).to.be.lessThan(100);
      expect(optionsOf(el).every((option) => /^Fleet tracking \d*99/.test(titleOf(option)))).to.equal(true);
    });

    it('moves focus to the search box when there is no list', async () => {
      const el = await render([]);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(searchInput(el));
    });
  });
});
