/** `<SaleStatusIcon>`: React wrapper of `<sale-status-icon>` (registered on import). */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { SaleStatusIcon as SaleStatusIconElement } from '../sale-status-icon.js';

export const SaleStatusIcon = createComponent({
  react: React,
  tagName: 'sale-status-icon',
  elementClass: SaleStatusIconElement,
  displayName: 'SaleStatusIcon',
});
