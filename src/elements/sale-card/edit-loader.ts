/**
 * The code of the card's edit mode (edit-forms.ts: the tabs' controls), loaded with `import()`
 * when a card first edits, or earlier in idle time (the card's panel preparation), so a page that
 * only shows sales loads less before its first render. While a card edits, its updates wait for
 * this code (card-tabs.ts), so it never renders half a form. A failed load warns once; the card
 * then shows its fields read-only with a message, and tries again on its next update that needs
 * them (another tab selected, Edit again).
 */
import { reportProblems } from '../../diagnostics/report-problems.js';
import { onDemand } from '../../prepare/on-demand.js';

export type EditForms = typeof import('./edit-forms.js');
/** A tab whose fields get their controls from the edit forms. */
export type EditForm = keyof EditForms['EDIT_FORMS'];

const editCode = onDemand(
  () => import('./edit-forms.js'),
  (reason) =>
    reportProblems('sale-card', [
      {
        field: 'editing',
        message: `the edit controls could not be loaded (${reason}); they are tried again when a tab is selected or Edit is chosen`,
      },
    ]),
);

/** The edit forms; `undefined` while their code is not loaded (or failed to load). */
export const editForms = (): EditForms | undefined => editCode.get();

/** Loads the edit forms: nothing when they are here, else a promise that never rejects. */
export const loadEditForms = (): Promise<void> | undefined => editCode.load();

/**
 * For tests only: from now on the edit forms load with `replacement`, as if their code had never
 * loaded (a failing or slow chunk). Returns a function that puts the real loader back.
 */
export const replaceEditLoaderForTests = (replacement: () => Promise<EditForms>): (() => void) =>
  editCode.replaceForTests(replacement);
