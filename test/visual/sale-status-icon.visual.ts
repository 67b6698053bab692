import { html } from 'lit';
import meta, { AllStatuses, Badges } from '../../stories/sale-status-icon.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

const allStatuses = storyTemplate(meta, AllStatuses);
const badges = storyTemplate(meta, Badges);

describe('visual: <sale-status-icon>', () => {
  screenshots([
    {
      // All four statuses beside their names, then the round badges at 2rem.
      name: 'sale-status-icon',
      template: (globals) =>
        html`${allStatuses(globals)}
          <div style="margin-block-start: 1rem">${badges(globals)}</div>`,
    },
  ]);
});
