/**
 * Warnings name the SuperOffice field a problem came from (`Probability`, `Contact.ContactId`,
 * `SaleStakeholders[0].PersonId`), although the values are checked by our own normalizers, which
 * name our fields (`probability`, `company.id`, `stakeholders[0].person`). A `FieldName` tree says
 * how one of our paths reads in SuperOffice's words.
 */
import type { DataWarning } from '../model/types.js';

export interface FieldName {
  /** The SuperOffice name of this step; `''` leaves the step out (our `saleType.guide.stages` is `SaleType.Stages`). */
  name: string;
  /** The name when a warning is about this step itself rather than a field inside it. */
  self?: string;
  /** The names of the fields inside, by our name. */
  keys?: Record<string, FieldName | string>;
  /** For a list: the SuperOffice name of each item, when items come from differently named fields. */
  items?: readonly string[];
}

const STEP = /^([^[\]]*)(\[(\d+)\])?$/;

function nodeOf(spec: FieldName | string | undefined): FieldName | undefined {
  return typeof spec === 'string' ? { name: spec } : spec;
}

/** Our warning path (`stakeholders[2].person.name`) in SuperOffice's words, as far as `names` know it. */
export function superOfficeField(field: string, names: Record<string, FieldName | string>): string {
  const steps = field.split('.');
  const out: string[] = [];
  let keys: Record<string, FieldName | string> | undefined = names;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const match = STEP.exec(step);
    const node: FieldName | undefined = match ? nodeOf(keys?.[match[1]!]) : undefined;
    if (!match || !node) {
      out.push(...steps.slice(index));
      break;
    }
    const last = index === steps.length - 1;
    const item = match[3] === undefined ? undefined : Number(match[3]);
    if (item !== undefined && node.items?.[item] !== undefined) {
      out.push(node.items[item]!);
    } else {
      const name = last && !match[2] && node.self !== undefined ? node.self : node.name;
      if (name) out.push(`${name}${match[2] ?? ''}`);
    }
    keys = node.keys;
  }
  return out.join('.');
}

/** The same warnings with their fields named as SuperOffice names them. */
export function renameWarnings(
  warnings: readonly DataWarning[],
  names: Record<string, FieldName | string>,
): DataWarning[] {
  return warnings.map(({ field, message }) => ({ field: superOfficeField(field, names), message }));
}
