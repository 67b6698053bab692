/**
 * First render with a member in the middle of the selection selected, so the panel finds it and
 * scrolls it into view: 100,000 members against 100.
 */
import { defineScenario } from '../scenario.js';
import { panelWith } from './selection-panel-first-render.js';

export default defineScenario({
  name: 'selection panel first render, middle member selected, 100,000 vs 100',
  budget: 1.5,
  ours: panelWith(100_000, 0.5),
  theirs: panelWith(100, 0.5),
});
