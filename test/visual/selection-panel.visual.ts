import meta, { MixWithOverdue } from '../../stories/selection-panel.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

describe('visual: <selection-panel>', () => {
  screenshots([{ name: 'selection-panel', template: storyTemplate(meta, MixWithOverdue) }]);
});
