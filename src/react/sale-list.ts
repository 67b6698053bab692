/** `<SaleList>`: React wrapper of `<sale-list>` (registered on import), with `onSaleOpen`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleListStateChangeEvent } from '../events/sale-list-state-change.js';
import { SaleOpenEvent } from '../events/sale-open.js';
import { SaleList as SaleListElement } from '../sale-list.js';
import { eventName } from './event-name.js';

export const SaleList = createComponent({
  react: React,
  tagName: 'sale-list',
  elementClass: SaleListElement,
  events: {
    onSaleOpen: eventName(SaleOpenEvent),
    onSaleListStateChange: eventName(SaleListStateChangeEvent),
  },
  displayName: 'SaleList',
});
