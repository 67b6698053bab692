/**
 * Rehearsal renders. The first time a page renders an element, most of the time goes to work done
 * once per page: Lit parses each template's HTML, the JavaScript engine compiles the element's
 * code, the browser builds its style sheets. For the sale card and the sales list that takes more
 * than the render itself (figures in the README, "Idle-time preparation"). A host usually loads the library and then waits
 * for its data, so the elements do that work in the wait: once per page, when the browser is idle,
 * one throwaway instance renders made-up data and is laid out (which builds the style rules and
 * loads the fonts the real one will need) inside a container that cannot be seen or reached:
 * `visibility: hidden`, clipped to no height, fixed so it moves nothing on the page, `inert` and
 * `aria-hidden`. It is removed at the next idle moment, fires no events and logs nothing.
 *
 * A host that would rather not spend that idle time sets `data-sales-elements-no-rehearsal` on
 * `<html>` before the page goes idle.
 */
import { whenIdle } from './idle.js';

export const NO_REHEARSAL_ATTRIBUTE = 'data-sales-elements-no-rehearsal';

/** Laid out, never painted: invisible, clipped to no height, out of the page's flow. */
const STAGE_STYLE =
  'position: fixed; inset: 0 auto auto 0; inline-size: min(100vw, 60rem); block-size: 0; ' +
  'overflow: hidden; contain: strict; visibility: hidden; pointer-events: none';

type RenderingElement = HTMLElement & { readonly updateComplete: Promise<unknown> };

const scheduled = new WeakSet<CustomElementConstructor>();

/** What a rehearsal does with its instance. */
export interface Rehearsal<T> {
  /** Gives the instance its made-up data, before it is connected. */
  cast(instance: T): void;
  /**
   * Runs in a later idle moment, after the first render and whatever it scheduled for idle time:
   * shows what a user would see next without firing events (the card shows each tab), with
   * `layOut` making the browser lay out what is shown.
   */
  act?(instance: T, layOut: () => void): Promise<void> | void;
}

/**
 * Once per page and element class: when the page is next idle, renders a hidden instance as
 * `rehearsal` says, then removes it. Runs only when the class is registered (under whatever tag
 * the page gave it) and the page has not opted out.
 */
export function rehearseWhenIdle<T extends RenderingElement>(
  element: new () => T,
  rehearsal: Rehearsal<T>,
): void {
  if (typeof document === 'undefined' || scheduled.has(element)) return;
  scheduled.add(element);
  whenIdle(() => {
    const tag = customElements.getName(element);
    if (!tag || document.documentElement.hasAttribute(NO_REHEARSAL_ATTRIBUTE)) return;
    const stage = document.createElement('div');
    stage.inert = true;
    stage.setAttribute('aria-hidden', 'true');
    stage.style.cssText = STAGE_STYLE;
    const instance = document.createElement(tag) as T;
    rehearsal.cast(instance);
    stage.append(instance);
    (document.body ?? document.documentElement).append(stage);
    // Lays the rehearsal out now, in idle time, rather than in the next frame.
    const layOut = () => void stage.offsetHeight;
    // The rest waits for another idle moment, after what the first render scheduled for idle time
    // (the card builds its other tabs then).
    void instance.updateComplete.then(() =>
      whenIdle(async () => {
        try {
          layOut();
          await rehearsal.act?.(instance, layOut);
        } finally {
          stage.remove();
        }
      }),
    );
  });
}
