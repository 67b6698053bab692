/**
 * SuperOffice's OData archive lists (`GET /api/v1/Sale?$select=…`, `/Contact`, `/Person`, …): the
 * text of a `$filter`, and the rows of an answer (`{ "value": [ … ] }`) read without trusting them.
 */
import { describeValue } from '../model/describe.js';
import { isList, isRecord, readField } from '../model/normalize-fields.js';
import type { DataWarning } from '../model/types.js';

/** A text value inside `$filter`: single-quoted, with `'` doubled (OData's escape). */
export function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The conditions joined with `and`, or undefined when there are none. */
export function allOf(...conditions: (string | undefined | false)[]): string | undefined {
  const kept = conditions.filter((condition): condition is string => Boolean(condition));
  return kept.length ? kept.join(' and ') : undefined;
}

/**
 * The rows of an OData answer, in their places: a row that is no object is undefined (and reported),
 * so later warnings can still name rows by their position in the answer.
 */
export function readRows(answer: unknown, where: string, warnings: DataWarning[]): (object | undefined)[] {
  const value = isRecord(answer) ? readField(answer, 'value') : undefined;
  if (!isList(value)) {
    warnings.push({
      field: where,
      message: `expected an OData answer { "value": [ … ] }, got ${describeValue(answer)}; no rows read`,
    });
    return [];
  }
  return value.map((row, index) => {
    if (isRecord(row)) return row;
    warnings.push({
      field: `${where}[${index}]`,
      message: `expected a row object, got ${describeValue(row)}; left out`,
    });
    return undefined;
  });
}

/** A column of a row; `readField` never throws on a hostile getter. */
export function column(row: object, name: string): unknown {
  return readField(row, name);
}

/** A record id from a column: a finite number other than 0 (SuperOffice's "none"), or non-empty text. */
export function idColumn(row: object, name: string): number | string | undefined {
  const value = column(row, name);
  if (typeof value === 'number') return Number.isFinite(value) && value !== 0 ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && value.trim() !== '0') return value.trim();
  return undefined;
}

/** A text column, trimmed; undefined when empty or not text. */
export function textColumn(row: object, name: string): string | undefined {
  const value = column(row, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
