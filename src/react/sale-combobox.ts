/** `<SaleCombobox>`: React wrapper of `<sale-combobox>` (registered on import), with `onSaleComboboxChange`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleComboboxChangeEvent } from '../events/sale-combobox-change.js';
import { SaleCombobox as SaleComboboxElement } from '../sale-combobox.js';
import { eventName } from './event-name.js';

export const SaleCombobox = createComponent({
  react: React,
  tagName: 'sale-combobox',
  elementClass: SaleComboboxElement,
  events: {
    onSaleComboboxChange: eventName(SaleComboboxChangeEvent),
  },
  displayName: 'SaleCombobox',
});
