// The visual gate's page: Inter from @fontsource/inter, a frame like Storybook's story frame, no
// motion and no caret, then one screenshot per screen, width and colour scheme, compared with its
// baseline in test/visual/baseline/ (web-test-runner.visual.config.mjs).
import { render, type TemplateResult } from 'lit';
import type { ReactiveElement } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';

/** The widths of issue 19's gate: a phone and a laptop. */
export const WIDTHS = [390, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Tall enough that most screens fit; taller ones are captured beyond it. */
const VIEWPORT_HEIGHT = 900;

/** The weights the elements use (normal text, 500, 600 and the browser's bold headings), latin only. */
const INTER_WEIGHTS = [400, 500, 600, 700];

/**
 * The frame of every screenshot: Storybook's story frame (padding, background and text colour of
 * each scheme) with a pinned font. The elements inherit `font-family` and take `light-dark()`
 * colours from the inherited `color-scheme`, which follows the emulated `prefers-color-scheme`.
 * `caret-color` is inherited into shadow roots, so no text field blinks in a screenshot. The
 * elements have no transitions or animations of their own; the rule below keeps it so for the frame.
 */
const PAGE_STYLES = `
  :root { color-scheme: light dark; }
  body { margin: 0; background: light-dark(#ffffff, #1b1b1f); }
  .visual-frame {
    box-sizing: border-box;
    display: flow-root;
    inline-size: 100%;
    padding: 1rem;
    background: light-dark(#ffffff, #1b1b1f);
    color: light-dark(#1b1b1f, #f1f1f3);
    font-family: Inter, sans-serif;
    font-size: 16px;
    caret-color: transparent;
  }
  *, *::before, *::after { transition: none !important; animation: none !important; }
`;

let pageReady: Promise<void> | undefined;

/** Loads the Inter faces and the page styles once per test file. */
function preparePage(): Promise<void> {
  pageReady ??= (async () => {
    const style = document.createElement('style');
    style.textContent = PAGE_STYLES;
    document.head.append(style);
    await Promise.all(
      INTER_WEIGHTS.map(async (weight) => {
        const face = new FontFace(
          'Inter',
          `url(/node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2) format('woff2')`,
          { weight: String(weight), style: 'normal', display: 'block' },
        );
        document.fonts.add(await face.load());
      }),
    );
    await document.fonts.ready;
  })();
  return pageReady;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Every Lit element in `root`, its shadow roots included. */
function litElements(root: Element): ReactiveElement[] {
  const found: ReactiveElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if ('updateComplete' in element) found.push(element as ReactiveElement);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * Waits until nothing in `root` is about to change: every element's update done, the fonts ready,
 * two animation frames (resize observers and virtualized rows run after layout), and again while
 * any element has a new update pending.
 */
export async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    await Promise.all(litElements(root).map((element) => element.updateComplete));
    await document.fonts.ready;
    await frame();
    await frame();
    if (!litElements(root).some((element) => element.isUpdatePending)) return;
  }
  throw new Error('The screen kept re-rendering: no stable screenshot.');
}

/** Storybook's render context, as far as the stories read it. */
export type StoryGlobals = { locale: string; scheme: Scheme };

type StoryRender<A> = (args: A, context: never) => unknown;

/** The template a story renders in Storybook: the meta's args and render, overridden by the story's. */
export function storyTemplate<A>(
  meta: { args?: Partial<A>; render?: StoryRender<A> },
  story: { args?: Partial<A>; render?: StoryRender<A> },
  overrides: Partial<A> = {},
): (globals: StoryGlobals) => unknown {
  const renderStory = story.render ?? meta.render;
  if (!renderStory) throw new Error('The story has no render function.');
  const args = { ...meta.args, ...story.args, ...overrides } as A;
  return (globals) => renderStory(args, { globals, args } as never);
}

export interface Screen {
  /** The screenshot's file name (test/visual/baseline/<name>-<width>-<scheme>.png). */
  name: string;
  /** What to render inside the frame. */
  template: (globals: StoryGlobals) => unknown;
  /** Brings the rendered screen into the state to capture (e.g. edit mode), as a user would. */
  prepare?: (frame: HTMLElement) => Promise<void>;
}

/**
 * The failure message names the screenshot, the changed pixels and their share, the diff and the
 * new screenshot, and how to accept the change.
 */
function explain(name: string, frame: HTMLElement, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const pixels = /(\d+) pixels/.exec(message)?.[1];
  const { width, height } = frame.getBoundingClientRect();
  const share = pixels
    ? ` ${pixels} pixels differ, ${((Number(pixels) / (Math.round(width) * Math.round(height))) * 100).toFixed(3)} % of ${Math.round(width)} × ${Math.round(height)}.`
    : '';
  // With no baseline there is nothing to diff against; otherwise (a changed size included) the
  // plugin has written a diff image beside the new screenshot.
  const diff = /no baseline/.test(message) ? '' : `, diff: reports/visual/${name}-diff.png`;
  return new Error(
    `Screenshot ${name} does not match test/visual/baseline/${name}.png.${share}\n${message}\n` +
      `New screenshot: reports/visual/${name}.png${diff}. If the change is intended, run ` +
      '`npm run test:visual:update` and commit the baselines.',
  );
}

/** One test per screen, width and scheme, each comparing a fresh render with its baseline. */
export function screenshots(screens: Screen[]): void {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const screen of screens) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const name = `${screen.name}-${width}-${scheme}`;
        it(name, async () => {
          await preparePage();
          await setViewport({ width, height: VIEWPORT_HEIGHT });
          await emulateMedia({ colorScheme: scheme });
          const host = document.createElement('div');
          host.className = 'visual-frame';
          host.lang = 'en';
          document.body.append(host);
          try {
            render(screen.template({ locale: 'en', scheme }) as TemplateResult, host);
            await settled(host);
            if (screen.prepare) {
              await screen.prepare(host);
              await settled(host);
            }
            try {
              await visualDiff(host, name);
            } catch (error) {
              throw explain(name, host, error);
            }
          } finally {
            render(null, host);
            host.remove();
          }
        });
      }
    }
  }
}
