/** A wrapper loaded lazily (`React.lazy(() => import('sales-elements/react'))`), as a code-split app does. */
import { lazy, Suspense } from 'react';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { cardLists, cardSales, cardToday } from '../../stories/fixtures/sale-card.js';
import { render } from './render.js';

const LazySaleCard = lazy(() =>
  import('../../src/react/index.js').then(({ SaleCard }) => ({ default: SaleCard })),
);

test('a lazily imported <SaleCard> shows a sale given as an object', async () => {
  // Nothing has defined the element yet: the wrapper's module does, when it loads.
  expect(customElements.get('sale-card')).toBeUndefined();
  render(
    <Suspense fallback={<p>Loading the card…</p>}>
      <LazySaleCard sale={cardSales.open} {...cardLists} today={cardToday} />
    </Suspense>,
  );
  await expect.element(page.getByRole('heading', { name: cardSales.open.title })).toBeVisible();
  expect(customElements.get('sale-card')).toBeDefined();
  await expect.element(page.getByText('Loading the card…')).not.toBeInTheDocument();
});
