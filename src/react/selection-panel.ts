/** `<SelectionPanel>`: React wrapper of `<selection-panel>` (registered on import), with `onSaleSelect`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleSelectEvent } from '../events/sale-select.js';
import { SaleSkipCompletedChangeEvent } from '../events/sale-skip-completed-change.js';
import { SelectionPanel as SelectionPanelElement } from '../selection-panel.js';
import { eventName } from './event-name.js';

export const SelectionPanel = createComponent({
  react: React,
  tagName: 'selection-panel',
  elementClass: SelectionPanelElement,
  events: {
    onSaleSelect: eventName(SaleSelectEvent),
    onSaleSkipCompletedChange: eventName(SaleSkipCompletedChangeEvent),
  },
  displayName: 'SelectionPanel',
});
