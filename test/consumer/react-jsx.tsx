/**
 * React 19 consumer: `sales-elements/jsx` types every tag's properties and `onsale-*` handlers, with
 * nothing but the import below. `sales-elements/*` resolves through package.json's `exports` (the
 * package's own name, as a consumer's node_modules would), so this checks the built dist/.
 * Each `@ts-expect-error` fails the check if the line below it compiles.
 */
import type {} from 'sales-elements/jsx';
import { useRef, type ReactElement } from 'react';
import type { SaleCard, SaleChanges, SaleOpenEvent } from 'sales-elements';

export function Positive(): ReactElement {
  const card = useRef<SaleCard>(null);
  let changes: SaleChanges = {};
  return (
    <>
      <sale-card
        ref={card}
        sale={{ id: 1, title: 'x' }}
        onsale-save={(e) => (changes = e.detail.changes)}
        onsale-navigate={(e) => e.detail.direction === 'next' && e.target.dirty}
        skip-completed
        style={{ '--sale-card-accent-color': 'rebeccapurple' }}
      />
      <sale-status-icon status="sold" label={String(Object.keys(changes).length)} />
      <sale-list sales={[]} group-by="stage" onsale-open={(e) => e.detail.id} />
      <sale-tabs tabs={[{ id: 'a', label: 'A' }]} onsale-tab-change={(e) => e.preventDefault()}>
        <div slot="a">A</div>
      </sale-tabs>
      <selection-panel members={[]} onsale-select={(e) => e.detail.index} />
      <sale-screen heading="Sales" onClick={(e) => e.currentTarget} />
      <sale-sections selected="activities" />
      <sales-guide-card heading-level={3} />
      <sale-combobox kind="company" />
    </>
  );
}

export function Negative(): ReactElement {
  return (
    <>
      <sale-card
        // @ts-expect-error a number is not a sale
        sale={42}
      />
      <sale-card
        // @ts-expect-error the sale-save detail has no such property
        onsale-save={(e) => e.detail.bogus}
      />
      {/* A handler whose parameter does not fit is reported at the tag. */}
      {/* @ts-expect-error sale-open's handler gets a SaleOpenEvent, not a number */}
      <sale-list onsale-open={(e: number) => e} />
      {/* @ts-expect-error a handler of another event */}
      <sale-card onsale-save={(e: SaleOpenEvent) => e.detail.id} />
      <sale-status-icon
        // @ts-expect-error not a SaleStatus
        status="bogus"
      />
      <sale-card
        // @ts-expect-error `editing` is read-only
        editing
      />
      <sale-tabs
        // @ts-expect-error not a property of <sale-tabs>
        bogus
      />
    </>
  );
}
