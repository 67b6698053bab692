/**
 * The raw tag, `<sale-card sale={…}>`. React 19 sets a prop as a property only when the element has
 * it, so before the element is defined a record becomes `sale="[object Object]"`. The element warns
 * about it when it is defined; defined first, the record arrives as a property, and `onsale-save`
 * listens to the `sale-save` event. React 18 sets every prop as an attribute and drops function
 * props, defined or not: on 18 only the wrappers (sales-elements/react) or a ref work.
 */
import { createElement } from 'react';
import { expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { SaleCard } from '../../src/elements/sale-card/sale-card.js';
import type { SaleSaveEvent } from '../../src/events/sale-save.js';
import { cardLists, cardSales, cardToday } from '../../stories/fixtures/sale-card.js';
import { reactMajor } from './react-major.js';
import { render } from './render.js';

test('rendered before the element is defined, the record becomes an attribute and the element names the property', async () => {
  expect(customElements.get('sale-card')).toBeUndefined();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const { container } = render(createElement('sale-card', { sale: cardSales.open, today: cardToday }));
    await vi.waitFor(() => expect(container.querySelector('sale-card')).not.toBeNull());
    const element = container.querySelector<SaleCard>('sale-card')!;
    expect(element.getAttribute('sale')).toBe('[object Object]');

    await import('../../src/sale-card.js');
    await element.updateComplete;
    expect(warn.mock.calls).toEqual([
      [
        '<sale-card>: sale: attribute sale="[object Object]" was set, probably by a framework before the ' +
          'element was defined; set the property instead (el.sale = …).',
      ],
    ]);
    expect(element.sale).toBeUndefined();
    await expect.element(page.getByText('No sale selected')).toBeVisible();
  } finally {
    warn.mockRestore();
  }
});

if (reactMajor >= 19) {
  test('rendered after the element is defined, the record arrives as a property and onsale-save listens', async () => {
    await import('../../src/sale-card.js');
    const onSave = vi.fn<(event: SaleSaveEvent) => void>();
    render(
      createElement('sale-card', {
        sale: cardSales.open,
        ...cardLists,
        today: cardToday,
        'onsale-save': onSave,
      }),
    );
    await expect.element(page.getByRole('heading', { name: cardSales.open.title })).toBeVisible();
    expect(document.querySelector('sale-card')!.hasAttribute('sale')).toBe(false);

    await userEvent.click(page.getByRole('button', { name: 'Edit' }));
    await userEvent.fill(page.getByRole('textbox', { name: 'Title' }), 'Fleet tracking, phase 2');
    await userEvent.click(page.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].detail.changes).toEqual({ title: 'Fleet tracking, phase 2' });
  });
} else {
  test('React 18: rendered after the element is defined, the record still becomes an attribute and onsale-save is dropped', async () => {
    await import('../../src/sale-card.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onSave = vi.fn();
    try {
      const { container } = render(
        createElement('sale-card', { sale: cardSales.open, today: cardToday, 'onsale-save': onSave }),
      );
      await vi.waitFor(() => expect(container.querySelector('sale-card')).not.toBeNull());
      const element = container.querySelector<SaleCard>('sale-card')!;
      await element.updateComplete;
      expect(element.getAttribute('sale')).toBe('[object Object]');
      expect(element.hasAttribute('onsale-save')).toBe(false);
      expect(warn.mock.calls).toEqual([
        [
          '<sale-card>: sale: attribute sale="[object Object]" was set, probably by a framework before the ' +
            'element was defined; set the property instead (el.sale = …).',
        ],
      ]);
      await expect.element(page.getByText('No sale selected')).toBeVisible();

      element.dispatchEvent(new Event('sale-save', { bubbles: true, composed: true }));
      expect(onSave).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
}
