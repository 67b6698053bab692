import meta, { MiddleStage } from '../../stories/sales-guide-card.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

describe('visual: <sales-guide-card>', () => {
  screenshots([{ name: 'sales-guide-card', template: storyTemplate(meta, MiddleStage) }]);
});
