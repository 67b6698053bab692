// Play-function helpers: find an element in a story and look into its shadow root, where the
// testing-library queries of storybook/test do not reach.
import type { ReactiveElement } from 'lit';

type TagName = keyof HTMLElementTagNameMap;

/** Every `tag` in the story, each after its first render. */
export async function renderedAll<K extends TagName>(
  canvas: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K][]> {
  const elements = [...canvas.querySelectorAll(tag)];
  if (elements.length === 0) throw new Error(`No <${tag}> in the story.`);
  await Promise.all(elements.map((element) => (element as unknown as ReactiveElement).updateComplete));
  return elements;
}

/** The first `tag` in the story, after its first render. */
export async function rendered<K extends TagName>(
  canvas: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  const [first] = await renderedAll(canvas, tag);
  return first!;
}

/** The shadow-root element exposed as `part="name"`; throws when there is none. */
export function shadowPart(host: Element, name: string): HTMLElement {
  const part = host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!part) throw new Error(`<${host.localName}> has no part "${name}".`);
  return part;
}
