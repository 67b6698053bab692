import meta, { GroupedByStage, Overdue } from '../../stories/sale-list.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

describe('visual: <sale-list>', () => {
  screenshots([
    // Every reason a sale is overdue, beside a sale on time.
    { name: 'sale-list-overdue', template: storyTemplate(meta, Overdue) },
    // 24 generated sales in stage groups with their subtotals (some overdue), scrolled to the top.
    { name: 'sale-list-grouped', template: storyTemplate(meta, GroupedByStage) },
  ]);
});
