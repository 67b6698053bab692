import type { Id, SaleLink } from '../model/types.js';

/** A record a sale refers to on its Sale tab. */
export interface SaleRecordLink {
  id: Id;
  kind: 'company' | 'person' | 'project';
  title: string;
}

/** What `sale-link-open` carries: a link of the Links tab, or the company, contact or project. */
export type SaleLinkTarget = SaleLink | SaleRecordLink;

/** The user activated a link to a record (not a web address), which the host opens. */
export interface SaleLinkOpenDetail {
  /** The record the user wants to open: a link of the Links tab, or the company, contact or project. */
  readonly link: SaleLinkTarget;
}

/** The user activated a link to a record (not a web address), which the host opens. */
export class SaleLinkOpenEvent extends CustomEvent<SaleLinkOpenDetail> {
  static readonly eventName = 'sale-link-open';

  constructor(detail: SaleLinkOpenDetail) {
    super(SaleLinkOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ link: detail.link }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-link-open': SaleLinkOpenEvent;
  }
}
