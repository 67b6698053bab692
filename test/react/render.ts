/** Mounts React trees into the page for the React tests, and unmounts them after each test. */
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

const mounted: { root: Root; container: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, container } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
});

/** Renders `tree` with react-dom/client into a fresh container in the page. */
export function render(tree: ReactNode): { root: Root; container: HTMLElement } {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  root.render(tree);
  mounted.push({ root, container });
  return { root, container };
}
