/**
 * Class modules have no side effects (Lion's split): importing `src/elements/<tag>/<tag>.ts`
 * defines no element, registers no child element and schedules no idle-time work; the registering
 * entries `src/<tag>.ts` do all of that. This page imports nothing else first.
 */
import { expect } from '@open-wc/testing';
import { scheduledWork } from './helpers/scheduled-work.js';
import * as card from '../src/elements/sale-card/sale-card.js';
import * as list from '../src/elements/sale-list/sale-list.js';
import * as sections from '../src/elements/sale-sections/sale-sections.js';
import * as statusIcon from '../src/elements/sale-status-icon/sale-status-icon.js';
import * as tabs from '../src/elements/sale-tabs/sale-tabs.js';
import * as guide from '../src/elements/sales-guide-card/sales-guide-card.js';
import * as panel from '../src/elements/selection-panel/selection-panel.js';
import * as combobox from '../src/elements/sale-combobox/sale-combobox.js';
import * as screen from '../src/elements/sale-screen/sale-screen.js';

const TAGS = [
  'sale-status-icon',
  'sale-tabs',
  'sale-card',
  'selection-panel',
  'sales-guide-card',
  'sale-sections',
  'sale-list',
  'sale-combobox',
  'sale-screen',
];

describe('class modules', () => {
  it('define nothing and schedule nothing when imported', () => {
    const classes = [
      card.SaleCard,
      list.SaleList,
      sections.SaleSections,
      statusIcon.SaleStatusIcon,
      tabs.SaleTabs,
      guide.SalesGuideCard,
      panel.SelectionPanel,
      combobox.SaleCombobox,
      screen.SaleScreen,
    ];
    expect(classes.every((value) => typeof value === 'function')).to.be.true;
    expect(TAGS.filter((tag) => customElements.get(tag) !== undefined)).to.deep.equal([]);
    expect(scheduledWork).to.deep.equal([]);
  });

  it('are registered, with their children, by the entries, which prepare in idle time', async () => {
    await import('../src/sale-card.js');
    expect(
      ['sale-card', 'sale-tabs', 'sale-status-icon'].filter((tag) => !customElements.get(tag)),
    ).to.deep.equal([]);
    await import('../src/sale-sections.js');
    expect(customElements.get('sales-guide-card')).to.exist;
    expect(scheduledWork.length).to.be.greaterThan(0);
  });
});
