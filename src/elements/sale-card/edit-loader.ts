/**
 * The code of the card's edit mode (edit-forms.ts: the tabs' controls), loaded with `import()`
 * when a card first edits, or earlier in idle time (the card's panel preparation), so a page that
 * only shows sales loads less before its first render. While a card edits, its updates wait for
 * this code (card-tabs.ts), so it never renders half a form. A failed load warns once; the card
 * then shows its fields read-only with a message, and tries again on its next update that needs
 * them (another tab selected, Edit again).
 */
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';

export type EditForms = typeof import('./edit-forms.js');
/** A tab whose fields get their controls from the edit forms. */
export type EditForm = keyof EditForms['EDIT_FORMS'];
type EditLoader = () => Promise<EditForms>;

const LOAD: EditLoader = () => import('./edit-forms.js');

/** The loader in use: `LOAD`, unless a test put another in (`replaceEditLoaderForTests`). */
let loader = LOAD;
let forms: EditForms | undefined;
let loading: Promise<void> | undefined;
/** Whether a failed load has been reported: the panels say so each time, the console once. */
let reported = false;

/** The edit forms; `undefined` while their code is not loaded (or failed to load). */
export function editForms(): EditForms | undefined {
  return forms;
}

/** Loads the edit forms: nothing when they are here, else a promise that never rejects. */
export function loadEditForms(): Promise<void> | undefined {
  if (forms) return undefined;
  // `then(loader)` turns a loader that throws into a rejection too.
  loading ??= Promise.resolve()
    .then(loader)
    .then(
      (module) => void (forms = module),
      (error: unknown) => reportFailure(error),
    )
    .finally(() => (loading = undefined));
  return loading;
}

function reportFailure(error: unknown): void {
  if (reported) return;
  reported = true;
  const reason = error instanceof Error ? error.message : describeValue(error);
  const message = `the edit controls could not be loaded (${reason}); they are tried again when a tab is selected or Edit is chosen`;
  reportProblems('sale-card', [{ field: 'editing', message }]);
}

/**
 * For tests only: from now on the edit forms load with `replacement`, as if their code had never
 * loaded (a failing or slow chunk). Returns a function that puts the real loader back.
 */
export function replaceEditLoaderForTests(replacement: EditLoader): () => void {
  const forget = () => {
    forms = loading = undefined;
    reported = false;
  };
  loader = replacement;
  forget();
  return () => {
    loader = LOAD;
    forget();
  };
}
