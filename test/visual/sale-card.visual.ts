import meta, { EditMode, Open } from '../../stories/sale-card.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

/** Clicks the card's Edit button, as the EditMode story's play function does. */
async function enterEditMode(frame: HTMLElement): Promise<void> {
  const card = frame.querySelector('sale-card')!;
  const edit = [...card.shadowRoot!.querySelectorAll('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === 'Edit',
  );
  if (!edit) throw new Error('<sale-card> has no Edit button.');
  edit.click();
  await card.updateComplete;
}

describe('visual: <sale-card>', () => {
  screenshots([
    { name: 'sale-card-view', template: storyTemplate(meta, Open) },
    { name: 'sale-card-edit', template: storyTemplate(meta, EditMode), prepare: enterEditMode },
  ]);
});
