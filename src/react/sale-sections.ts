/** `<SaleSections>`: React wrapper of `<sale-sections>` (registered on import), with `onSaleTabChange`-style event props. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleActivityAddEvent } from '../events/sale-activity-add.js';
import { SaleActivityCompleteEvent } from '../events/sale-activity-complete.js';
import { SaleActivityOpenEvent } from '../events/sale-activity-open.js';
import { SaleGuideStepEvent } from '../events/sale-guide-step.js';
import { SaleQuoteCreateEvent } from '../events/sale-quote-create.js';
import { SaleQuoteOpenEvent } from '../events/sale-quote-open.js';
import { SaleStageChangeEvent } from '../events/sale-stage-change.js';
import { SaleStakeholderAddEvent } from '../events/sale-stakeholder-add.js';
import { SaleStakeholderEditEvent } from '../events/sale-stakeholder-edit.js';
import { SaleStakeholderRemoveEvent } from '../events/sale-stakeholder-remove.js';
import { SaleTabChangeEvent } from '../events/sale-tab-change.js';
import { SaleTabChangedEvent } from '../events/sale-tab-changed.js';
import { SaleSections as SaleSectionsElement } from '../sale-sections.js';
import { eventName } from './event-name.js';

export const SaleSections = createComponent({
  react: React,
  tagName: 'sale-sections',
  elementClass: SaleSectionsElement,
  events: {
    onSaleTabChange: eventName(SaleTabChangeEvent),
    onSaleTabChanged: eventName(SaleTabChangedEvent),
    onSaleActivityOpen: eventName(SaleActivityOpenEvent),
    onSaleActivityComplete: eventName(SaleActivityCompleteEvent),
    onSaleActivityAdd: eventName(SaleActivityAddEvent),
    onSaleStakeholderAdd: eventName(SaleStakeholderAddEvent),
    onSaleStakeholderEdit: eventName(SaleStakeholderEditEvent),
    onSaleStakeholderRemove: eventName(SaleStakeholderRemoveEvent),
    onSaleQuoteCreate: eventName(SaleQuoteCreateEvent),
    onSaleQuoteOpen: eventName(SaleQuoteOpenEvent),
    onSaleGuideStep: eventName(SaleGuideStepEvent),
    onSaleStageChange: eventName(SaleStageChangeEvent),
  },
  displayName: 'SaleSections',
});
