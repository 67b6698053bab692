/** `<SaleScreen>`: React wrapper of `<sale-screen>` (registered on import), with `onSaleSelect`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleDeleteEvent } from '../events/sale-delete.js';
import { SaleFavouriteChangeEvent } from '../events/sale-favourite-change.js';
import { SaleGuideStepEvent } from '../events/sale-guide-step.js';
import { SaleNavigateEvent } from '../events/sale-navigate.js';
import { SaleSaveEvent } from '../events/sale-save.js';
import { SaleSelectEvent } from '../events/sale-select.js';
import { SaleSkipCompletedChangeEvent } from '../events/sale-skip-completed-change.js';
import { SaleStageChangeEvent } from '../events/sale-stage-change.js';
import { SaleScreen as SaleScreenElement } from '../sale-screen.js';
import { eventName } from './event-name.js';

export const SaleScreen = createComponent({
  react: React,
  tagName: 'sale-screen',
  elementClass: SaleScreenElement,
  events: {
    onSaleSelect: eventName(SaleSelectEvent),
    onSaleSave: eventName(SaleSaveEvent),
    onSaleNavigate: eventName(SaleNavigateEvent),
    onSaleFavouriteChange: eventName(SaleFavouriteChangeEvent),
    onSaleDelete: eventName(SaleDeleteEvent),
    onSaleSkipCompletedChange: eventName(SaleSkipCompletedChangeEvent),
    onSaleStageChange: eventName(SaleStageChangeEvent),
    onSaleGuideStep: eventName(SaleGuideStepEvent),
  },
  displayName: 'SaleScreen',
});
