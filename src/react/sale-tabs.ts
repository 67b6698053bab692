/** `<SaleTabs>`: React wrapper of `<sale-tabs>` (registered on import), with `onSaleTabChange`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleTabChangeEvent } from '../events/sale-tab-change.js';
import { SaleTabChangedEvent } from '../events/sale-tab-changed.js';
import { SaleTabs as SaleTabsElement } from '../sale-tabs.js';
import { eventName } from './event-name.js';

export const SaleTabs = createComponent({
  react: React,
  tagName: 'sale-tabs',
  elementClass: SaleTabsElement,
  events: {
    onSaleTabChange: eventName(SaleTabChangeEvent),
    onSaleTabChanged: eventName(SaleTabChangedEvent),
  },
  displayName: 'SaleTabs',
});
