/** `<SalesGuideCard>`: React wrapper of `<sales-guide-card>` (registered on import), with `onSaleGuideStep`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleGuideStepEvent } from '../events/sale-guide-step.js';
import { SaleStageChangeEvent } from '../events/sale-stage-change.js';
import { SalesGuideCard as SalesGuideCardElement } from '../sales-guide-card.js';
import { eventName } from './event-name.js';

export const SalesGuideCard = createComponent({
  react: React,
  tagName: 'sales-guide-card',
  elementClass: SalesGuideCardElement,
  events: {
    onSaleGuideStep: eventName(SaleGuideStepEvent),
    onSaleStageChange: eventName(SaleStageChangeEvent),
  },
  displayName: 'SalesGuideCard',
});
