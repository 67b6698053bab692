/**
 * `sales-elements/superoffice`: connect the elements to a SuperOffice tenant. Host-side and DOM-free
 * (no Lit, no elements): `superOfficeSource` is a `SalesSource` for `<sale-screen>`, and
 * `fromSaleEntity` / `toSaleEntity` map SuperOffice's `SaleEntity` to our `Sale` and back.
 */
export { superOfficeSource, CONFLICT_MESSAGE, type SuperOfficeSourceOptions } from './superoffice-source.js';
export { SuperOfficeError, type SuperOfficeErrorDetails } from './superoffice-error.js';
export type { FetchFunction, HeadersOption } from './http.js';
export { fromSaleEntity } from './from-sale-entity.js';
export { toSaleEntity } from './to-sale-entity.js';
export type * from './sale-entity.js';
export type { SalesLists, SalesSource, SourceErrorCode } from '../source/sales-source.js';
