/**
 * Mount time of many tab groups: the Sale screen shows a card and section cards with tabs, and a
 * list may show many. 300 groups of four tabs, each tab with a text panel, built the same way for
 * both sides: the group element, its tabs as data (ours) or as elements (Shoelace), four panels.
 *
 * "mount" stops at the elements' updateComplete. Shoelace selects a group's first tab and shows its
 * panel only later, from an IntersectionObserver callback after the next frame (and only for groups
 * in the viewport), so "painted" waits for that on its side (ours is complete at updateComplete) and
 * for the next painted frame on both.
 */
import { allUpdated, defineScenario, nextFrame } from '../scenario.js';

const GROUPS = 300;
const TABS = ['Sale', 'Notes', 'Links', 'Stakeholders'] as const;
const idOf = (tab: string) => tab.toLowerCase();

export default defineScenario({
  name: `mount ${GROUPS} tab groups x ${TABS.length} tabs`,
  budget: 0.3,

  ours: {
    label: 'sale-tabs',
    async load() {
      await import('../../src/sale-tabs.js');
      await customElements.whenDefined('sale-tabs');
    },
    async run(root) {
      const fragment = document.createDocumentFragment();
      const groups = [];
      for (let group = 0; group < GROUPS; group++) {
        const tabs = document.createElement('sale-tabs');
        tabs.label = `Group ${group + 1}`;
        tabs.tabs = TABS.map((label) => ({ id: idOf(label), label }));
        for (const label of TABS) {
          const panel = document.createElement('div');
          panel.slot = idOf(label);
          panel.textContent = `${label} of group ${group + 1}`;
          tabs.append(panel);
        }
        fragment.append(tabs);
        groups.push(tabs);
      }
      root.append(fragment);
      await allUpdated(groups);
    },
  },

  theirs: {
    label: 'Shoelace sl-tab-group',
    async load() {
      await import('@shoelace-style/shoelace/dist/components/tab-group/tab-group.js');
      await import('@shoelace-style/shoelace/dist/components/tab/tab.js');
      await import('@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js');
      await Promise.all(
        ['sl-tab-group', 'sl-tab', 'sl-tab-panel'].map((tag) => customElements.whenDefined(tag)),
      );
      // Shoelace's components read their design tokens from a theme, as in any real use.
      const theme = document.createElement('link');
      theme.rel = 'stylesheet';
      theme.href = '/node_modules/@shoelace-style/shoelace/dist/themes/light.css';
      const loaded = new Promise((resolve, reject) => {
        theme.onload = resolve;
        theme.onerror = reject;
      });
      document.head.append(theme);
      await loaded;
    },
    async run(root) {
      const fragment = document.createDocumentFragment();
      const elements = [];
      for (let group = 0; group < GROUPS; group++) {
        const tabGroup = document.createElement('sl-tab-group');
        for (const label of TABS) {
          const tab = document.createElement('sl-tab');
          tab.slot = 'nav';
          tab.panel = idOf(label);
          tab.textContent = label;
          tabGroup.append(tab);
          elements.push(tab);
        }
        for (const label of TABS) {
          const panel = document.createElement('sl-tab-panel');
          panel.name = idOf(label);
          panel.textContent = `${label} of group ${group + 1}`;
          tabGroup.append(panel);
          elements.push(panel);
        }
        fragment.append(tabGroup);
        elements.push(tabGroup);
      }
      root.append(fragment);
      await allUpdated(elements);
    },
    async settled(root) {
      // Each group activates when its IntersectionObserver first sees it, so only the groups in the
      // viewport do now; their callbacks all run in one task, so the first group tells for them all.
      const first = root.querySelector('sl-tab-group')!;
      while (!first.querySelector('sl-tab[active]')) await nextFrame();
      await allUpdated(root.querySelectorAll('sl-tab-group, sl-tab, sl-tab-panel'));
    },
  },
});
