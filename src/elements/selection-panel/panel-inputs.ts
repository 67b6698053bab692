/**
 * How `<selection-panel>` reads each of its properties, whatever JavaScript value a host sets:
 * null-prototype objects, boxed primitives, Proxies, getters that throw, arrays with holes, NaN.
 * Each reader returns the value the panel uses and, for a value it cannot use, one warning naming
 * the field. `undefined` and `null` mean the default, silently. No reader throws.
 */
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';
import { asId } from '../../model/normalize-fields.js';
import { resolveToday } from '../../model/today.js';
import type { DataWarning, Id } from '../../model/types.js';
import { problem, readFlag, type Read } from '../../properties/read.js';

export { readFlag, type Read };

const isUnset = (value: unknown): value is null | undefined => value === undefined || value === null;

/**
 * `members` as a plain array. A Proxy or an array with throwing getters would throw later, inside
 * filtering and rendering, so the entries are copied out once per value; an entry that cannot be
 * read becomes a hole (a placeholder row with its own warning).
 */
export function readMembers(value: unknown): Read<readonly unknown[]> {
  if (isUnset(value)) return { value: [] };
  let isList: boolean;
  try {
    isList = Array.isArray(value);
  } catch {
    isList = false; // a revoked Proxy
  }
  if (!isList) {
    return problem([], 'members', `expected a list of members, got ${describeValue(value)}; shown as empty`);
  }
  const list = value as readonly unknown[];
  try {
    return { value: Array.prototype.slice.call(list) };
  } catch {
    return copyEntryByEntry(list);
  }
}

function copyEntryByEntry(list: readonly unknown[]): Read<readonly unknown[]> {
  let length: number;
  try {
    length = list.length;
  } catch {
    return problem(
      [],
      'members',
      `expected a list of members, got a list that cannot be read; shown as empty`,
    );
  }
  const copy: unknown[] = new Array(length);
  for (let index = 0; index < length; index++) {
    try {
      copy[index] = list[index];
    } catch {
      // Left as a hole: the row reports it as a member that is missing.
    }
  }
  return { value: copy };
}

/** `selected`: an id (text, or a finite number). */
export function readSelected(value: unknown): Read<Id | undefined> {
  if (isUnset(value)) return { value: undefined };
  const id = asId(value);
  if (id !== undefined) return { value: id };
  return problem(
    undefined,
    'selected',
    `expected an id (text or a finite number), got ${describeValue(value)}; nothing selected`,
  );
}

/** A text property: `''` when unset, and for a value that is no text (`instead` says what that means). */
export function readText(value: unknown, field: string, instead: string): Read<string> {
  if (isUnset(value)) return { value: '' };
  if (typeof value === 'string') return { value };
  return problem('', field, `expected text, got ${describeValue(value)}; ${instead}`);
}

/**
 * The last reading of one property, re-read only when the host sets another value (`Object.is`,
 * so NaN is one value), so a bad value warns once and not on every render.
 */
export class PropertyReader<T> {
  #raw: unknown;
  #read: Read<T> | undefined;

  constructor(
    private readonly read: (value: unknown) => Read<T>,
    private readonly report: Report,
  ) {}

  of(raw: unknown): T {
    if (this.#read === undefined || !Object.is(raw, this.#raw)) {
      this.#raw = raw;
      this.#read = this.read(raw);
      if (this.#read.warning) this.report([this.#read.warning]);
    }
    return this.#read.value;
  }
}

type Report = (warnings: readonly DataWarning[]) => void;

/** The panel's properties as it uses them, each re-read only when the host sets another value. */
export class PanelInputs {
  readonly members: PropertyReader<readonly unknown[]>;
  readonly selected: PropertyReader<Id | undefined>;
  readonly heading: PropertyReader<string>;
  readonly search: PropertyReader<string>;
  readonly skipCompleted: PropertyReader<boolean>;
  readonly #todayWarning: PropertyReader<unknown>;

  constructor(report: Report) {
    this.members = new PropertyReader(readMembers, report);
    this.selected = new PropertyReader(readSelected, report);
    this.heading = new PropertyReader(
      (value) => readText(value, 'heading', 'using the default heading'),
      report,
    );
    this.search = new PropertyReader((value) => readText(value, 'search', 'no search'), report);
    this.skipCompleted = new PropertyReader((value) => readFlag(value, 'skipCompleted'), report);
    this.#todayWarning = new PropertyReader(
      (value) => ({ value, warning: resolveToday(value).warning }),
      report,
    );
  }

  /** The day overdue is judged against, read on every call: the real date changes while a page stays open. */
  today(value: unknown): string {
    this.#todayWarning.of(value);
    return resolveToday(value).today;
  }
}

/** Data problems collected while an element renders, logged as one warning once the render is done. */
export class ProblemBatch {
  #problems: DataWarning[] = [];

  constructor(
    private readonly tag: string,
    private readonly listedAtMost?: number,
  ) {}

  readonly add: Report = (warnings) => {
    if (warnings.length === 0) return;
    if (this.#problems.length === 0) queueMicrotask(this.#flush);
    this.#problems.push(...warnings);
  };

  readonly #flush = (): void => {
    const problems = this.#problems;
    this.#problems = [];
    reportProblems(this.tag, problems, this.listedAtMost);
  };
}
