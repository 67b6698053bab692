import meta, { Activities, EmptyLists } from '../../stories/sale-sections.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

describe('visual: <sale-sections>', () => {
  screenshots([
    { name: 'sale-sections-activities', template: storyTemplate(meta, Activities) },
    // A sale without activities: the Activities tab's empty state and its action.
    { name: 'sale-sections-empty', template: storyTemplate(meta, EmptyLists, { selected: 'activities' }) },
  ]);
});
