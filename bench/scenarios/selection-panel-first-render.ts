/**
 * First render of a selection panel with 100,000 members against the same panel with 100: the
 * cost must not grow with the selection (the list is virtualized, rows are normalized and formatted
 * only when rendered). Timed until the first rows are in the DOM, plus the harness's layout pass.
 */
import type { SelectionPanel } from '../../src/selection-panel.js';
import type { MemberInput } from '../../src/model/members.js';
import { SELECTION_TODAY, generateMembers } from '../../stories/fixtures/selection-panel.js';
import { defineScenario, type Contender } from '../scenario.js';

/** Resolves once the panel has rendered and its virtualizer has put the first rows in the DOM. */
export async function rowsRendered(panel: SelectionPanel): Promise<void> {
  await panel.updateComplete;
  const root = panel.shadowRoot!;
  if (root.querySelector('[role="option"]')) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[role="option"]')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** A panel with `count` members; `selectedAt` (0-1) picks a member to select and scroll to. */
export function panelWith(count: number, selectedAt?: number): Contender {
  let members: MemberInput[] = [];
  return {
    label: `selection-panel, ${count.toLocaleString('en')} members`,
    async load() {
      await import('../../src/selection-panel.js');
      await customElements.whenDefined('selection-panel');
      // Generating the host's data is not the panel's cost.
      members = generateMembers(count);
    },
    async run(root) {
      const panel = document.createElement('selection-panel');
      panel.style.height = '600px';
      panel.today = SELECTION_TODAY;
      panel.members = members;
      if (selectedAt !== undefined) panel.selected = members[Math.floor(selectedAt * (count - 1))]!.id;
      root.append(panel);
      await rowsRendered(panel);
    },
  };
}

export default defineScenario({
  name: 'selection panel first render, 100,000 vs 100 members',
  budget: 1.5,
  ours: panelWith(100_000),
  theirs: panelWith(100),
});
