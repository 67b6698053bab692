/** The React wrappers (sales-elements/react) with React 19 and 18: properties in, typed events out. */
import type { ComponentProps } from 'react';
import { expect, expectTypeOf, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SaleSaveEvent } from '../../src/events/sale-save.js';
import { SaleCard, SaleStatusIcon } from '../../src/react/index.js';
import { cardLists, cardSales, cardToday } from '../../stories/fixtures/sale-card.js';
import { render } from './render.js';

test('<SaleCard> shows the sale it is given as an object', async () => {
  render(<SaleCard sale={cardSales.open} {...cardLists} today={cardToday} />);
  await expect.element(page.getByRole('heading', { name: cardSales.open.title })).toBeVisible();
});

test('editing and saving calls onSaleSave with the SaleSaveEvent', async () => {
  const onSaleSave = vi.fn<(event: SaleSaveEvent) => void>();
  render(<SaleCard sale={cardSales.open} {...cardLists} today={cardToday} onSaleSave={onSaleSave} />);
  await userEvent.click(page.getByRole('button', { name: 'Edit' }));
  await userEvent.fill(page.getByRole('textbox', { name: 'Title' }), 'Fleet tracking, phase 2');
  await userEvent.click(page.getByRole('button', { name: 'Save' }));

  expect(onSaleSave).toHaveBeenCalledTimes(1);
  const [event] = onSaleSave.mock.calls[0]!;
  expect(event).toBeInstanceOf(SaleSaveEvent);
  expect(event.detail.changes).toEqual({ title: 'Fleet tracking, phase 2' });
  expect(event.detail.sale.title).toBe('Fleet tracking, phase 2');
});

test('event props are typed with the event classes', () => {
  type SaveHandler = NonNullable<ComponentProps<typeof SaleCard>['onSaleSave']>;
  expectTypeOf<Parameters<SaveHandler>[0]>().toEqualTypeOf<SaleSaveEvent>();
  // @ts-expect-error -- a sale is a record, not a number
  expect(() => <SaleCard sale={42} />).not.toThrow();
});

test('<SaleStatusIcon status="sold"> is an image named Sold', async () => {
  render(<SaleStatusIcon status="sold" />);
  await expect.element(page.getByRole('img', { name: 'Sold' })).toBeVisible();
});
