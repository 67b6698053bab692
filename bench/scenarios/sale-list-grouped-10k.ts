/**
 * 10,000 sales grouped by stage, first render: the absolute budget of 100 ms (median mount
 * on the bench machine). Timed from setting `sales` until the first rows are in the DOM, plus the
 * harness's layout pass.
 */
import { defineScenario } from '../scenario.js';
import { listWith } from './sale-list-first-render.js';

export default defineScenario({
  name: 'sale-list first render, 10,000 sales by stage',
  budgetMs: 100,
  ours: listWith(10_000, 'stage', false),
});
