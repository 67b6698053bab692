// Every story's frame: Docs tables from the manifest, axe as a test, and the language and colour
// scheme toolbars. A story pins either with `globals: { locale: 'nb' }` or `globals: { scheme: 'dark' }`.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const SCHEMES = {
  light: 'color-scheme: light; background: #ffffff; color: #1b1b1f;',
  dark: 'color-scheme: dark; background: #1b1b1f; color: #f1f1f3;',
} as const;

/**
 * Wraps the story in an element that carries `lang` (the elements' LocaleController reads the
 * closest one) and the colour scheme (the elements' `light-dark()` colours follow it). Not named
 * `.sb-wrapper`: addon-a11y leaves that class out of its axe runs.
 */
const withLanguageAndScheme: Decorator = (story, { globals }) => {
  const lang = globals['locale'] === 'nb' ? 'nb' : 'en';
  const scheme = globals['scheme'] === 'dark' ? 'dark' : 'light';
  return html`<div
    class="story-frame"
    lang=${lang}
    data-scheme=${scheme}
    style="padding: 1rem; ${SCHEMES[scheme]}"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLanguageAndScheme],
  globalTypes: {
    locale: {
      description: 'Language of the elements (the lang attribute around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'nb', title: 'Norsk bokmål', right: 'nb' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme around the story',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Elements'] } },
    // Any axe violation fails the story's test (and shows as an error in the a11y panel).
    a11y: { test: 'error' },
  },
};

export default preview;
