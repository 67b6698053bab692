/**
 * The worst case the other card scenarios leave out: a page that loads the library and renders a
 * card in the same task, with no idle time before it. Timed from the import of the built bundle
 * (dist/sales-elements.min.js, fetched from the bench's local server in a fresh page, so compiled
 * from scratch) to the rendered card, so it includes parsing and running the whole library and the
 * page's first Intl formatters, which idle time otherwise takes care of. Issue 18's goal is 80 ms;
 * beside it, in the same run, the same page importing and rendering a Lit "hello" element bundled
 * the same way (bench/cold/lit-hello.js): the ratio is what this machine's load cannot move.
 */
import { defineScenario, allUpdated } from '../scenario.js';
import { mountCard } from './sale-card-first-render.js';

/** Imports a bundle the way a page's `<script type="module" src>` would, inside the timed run. */
export function importBundle(path: string): Promise<unknown> {
  return import(/* @vite-ignore */ `${location.origin}/${path}`);
}

export default defineScenario({
  name: 'sale-card import + first render, no idle time (goal 80 ms)',
  ours: {
    label: 'sale-card (dist/sales-elements.min.js)',
    async load() {},
    async run(root) {
      await importBundle('dist/sales-elements.min.js');
      await mountCard(root);
    },
  },
  theirs: {
    label: 'Lit hello element (tmp/bench/out/lit-hello.min.js)',
    async load() {},
    async run(root) {
      await importBundle('tmp/bench/out/lit-hello.min.js');
      const hello = document.createElement('lit-hello');
      root.append(hello);
      await allUpdated([hello]);
    },
  },
});
