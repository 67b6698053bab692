/** `<SaleCard>`: React wrapper of `<sale-card>` (registered on import), with `onSaleSave`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleDeleteEvent } from '../events/sale-delete.js';
import { SaleDraftChangeEvent } from '../events/sale-draft-change.js';
import { SaleDraftDiscardEvent } from '../events/sale-draft-discard.js';
import { SaleFavouriteChangeEvent } from '../events/sale-favourite-change.js';
import { SaleLinkOpenEvent } from '../events/sale-link-open.js';
import { SaleNavigateEvent } from '../events/sale-navigate.js';
import { SalePrintEvent } from '../events/sale-print.js';
import { SaleSaveEvent } from '../events/sale-save.js';
import { SaleSkipCompletedChangeEvent } from '../events/sale-skip-completed-change.js';
import { SaleTabChangeEvent } from '../events/sale-tab-change.js';
import { SaleTabChangedEvent } from '../events/sale-tab-changed.js';
import { SaleCard as SaleCardElement } from '../sale-card.js';
import { eventName } from './event-name.js';

export const SaleCard = createComponent({
  react: React,
  tagName: 'sale-card',
  elementClass: SaleCardElement,
  events: {
    onSaleSave: eventName(SaleSaveEvent),
    onSaleDraftChange: eventName(SaleDraftChangeEvent),
    onSaleDraftDiscard: eventName(SaleDraftDiscardEvent),
    onSaleNavigate: eventName(SaleNavigateEvent),
    onSaleSkipCompletedChange: eventName(SaleSkipCompletedChangeEvent),
    onSaleLinkOpen: eventName(SaleLinkOpenEvent),
    onSaleFavouriteChange: eventName(SaleFavouriteChangeEvent),
    onSalePrint: eventName(SalePrintEvent),
    onSaleDelete: eventName(SaleDeleteEvent),
    onSaleTabChange: eventName(SaleTabChangeEvent),
    onSaleTabChanged: eventName(SaleTabChangedEvent),
  },
  displayName: 'SaleCard',
});
