/**
 * Helpers for the dist/cdn/ tests (cdn.test.ts, cdn-strict-csp.test.ts): a fresh page (an iframe
 * whose `srcdoc` inherits this page's origin, so `/dist/...` paths load from the test server), the
 * files a CDN entry imports, and waiting for elements in that page to render.
 */

/** `/dist/cdn/<file>`, as the test server serves it. */
export const cdnPath = (file: string) => new URL(`../dist/cdn/${file}`, import.meta.url).pathname;

/** Resolves once the frame has loaded `html` and run its module scripts. */
export async function openFrame(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'CDN page';
  Object.assign(frame.style, { width: '1000px', height: '1200px', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * The paths of every file a page loads for the CDN entry `file`: the entry and, transitively, the
 * chunks it imports. Rollup writes static imports as `import{…}from"./x.js"` or `import"./x.js"`.
 * With `dynamic`, also the chunks it may load later, with `import("./x.js")`, and theirs.
 */
export async function cdnFiles(file: string, { dynamic = false } = {}): Promise<Set<string>> {
  const files = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    if (files.has(path)) return;
    files.add(path);
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const code = await response.text();
    const imports = [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)];
    if (dynamic) imports.push(...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g));
    await Promise.all(
      imports.map(([, specifier]) => visit(new URL(specifier, new URL(path, location.href)).pathname)),
    );
  };
  await visit(cdnPath(file));
  return files;
}

/** The paths of the scripts the frame's page has loaded so far (Resource Timing). */
export function loadedScripts(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

/** Every element under `root`, through shadow roots, matching `selector`. */
export function deepAll<T extends Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  }
  // The frame's nodes come from another realm, where `instanceof Element` is false.
  const { shadowRoot } = root as Partial<Element>;
  if (shadowRoot) found.push(...deepAll<T>(shadowRoot, selector));
  return found;
}

/** Every text node and accessible label under `node`, shadow roots included. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent!);
    if (current.nodeType === Node.ELEMENT_NODE) {
      const element = current as Element;
      const label = element.getAttribute('aria-label');
      if (label) parts.push(label);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    current.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

type Updatable = Element & { updateComplete: Promise<unknown> };

/** Waits for the element and every Lit element inside it to finish updating. */
export async function settled(element: Element): Promise<void> {
  const inner = [element, ...deepAll(element, '*')].filter(
    (candidate): candidate is Updatable => 'updateComplete' in candidate,
  );
  await Promise.all(inner.map((candidate) => candidate.updateComplete));
}

/** Creates `<tag>` in the frame with its properties (copied into the frame's realm), and renders it. */
export async function mount(
  win: Window,
  tag: string,
  properties: Record<string, unknown>,
): Promise<HTMLElement> {
  const element = win.document.createElement(tag);
  Object.assign(element, win.structuredClone(properties));
  win.document.body.append(element);
  await settled(element);
  return element;
}
