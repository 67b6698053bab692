/** What the card's two dialogs say and offer: unsaved changes before leaving, and Delete. */
import type { RequiredSaleField } from '../../model/validation.js';
import type { CardContext } from './card-context.js';
import type { DialogContent } from './confirm-dialog.js';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The names of the empty required fields, for "To save, fill in: …". */
export function missingFieldNames(t: CardContext['t'], missing: readonly RequiredSaleField[]): string {
  return missing.map((field) => t(field === 'title' ? 'field.title' : 'field.saleType')).join(', ');
}

/** Save / Discard / Cancel before leaving a sale with unsaved changes. Save is off while it cannot save. */
export function unsavedChangesDialog(
  t: CardContext['t'],
  missing: readonly RequiredSaleField[],
  choose: (choice: UnsavedChoice) => void,
): DialogContent {
  const blocked = missing.length > 0;
  return {
    title: t('dialog.unsaved.title'),
    body: t('dialog.unsaved.body'),
    note: blocked ? t('save.blocked', { fields: missingFieldNames(t, missing) }) : undefined,
    actions: [
      {
        label: t('action.save'),
        kind: 'primary',
        disabled: blocked,
        initialFocus: !blocked,
        run: () => choose('save'),
      },
      { label: t('action.discard'), run: () => choose('discard') },
      { label: t('action.cancel'), initialFocus: blocked, run: () => choose('cancel') },
    ],
  };
}

/** Delete or Cancel, with Cancel focused: deleting cannot be undone. */
export function deleteDialog(
  t: CardContext['t'],
  title: string,
  confirm: (confirmed: boolean) => void,
): DialogContent {
  return {
    title: t('dialog.delete.title'),
    body: t('dialog.delete.body', { title: title || t('card.untitled') }),
    actions: [
      { label: t('action.delete'), kind: 'danger', run: () => confirm(true) },
      { label: t('action.cancel'), initialFocus: true, run: () => confirm(false) },
    ],
  };
}
