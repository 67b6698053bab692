/**
 * A sale's follow-ups from `GET /api/v1/Sale/{id}/Activities`: an OData list over the
 * "SaleActivity" archive provider (docs/en/api/archive-providers/reference/saleactivity.md), asked
 * for appointments only (`$entities`), read through the model's `normalizeActivity`.
 */
import { normalizeList } from '../model/normalize-fields.js';
import { normalizeActivity } from '../model/normalize-records.js';
import type { Activity, DataWarning } from '../model/types.js';
import { column, idColumn, readRows, textColumn } from './odata.js';
import { PEOPLE_COLUMNS, readDate, readFlag, readRef } from './sale-rows.js';

/** The query of the request: the provider's column names (the Activities section sorts the rows itself). */
export const ACTIVITY_QUERY = {
  $select: ['appointmentId', 'date', 'completed', 'type', 'text', ...PEOPLE_COLUMNS].join(','),
  $entities: 'appointment',
};

/** The answer's rows as activities; a row without an id or a date is left out with a warning. */
export function activitiesFromAnswer(answer: unknown, warnings: DataWarning[]): Activity[] {
  const rows = readRows(answer, 'activities', warnings).flatMap((row) =>
    row === undefined
      ? []
      : {
          id: idColumn(row, 'appointmentId') ?? idColumn(row, 'PrimaryKey'),
          // A follow-up without a text is named by its type, as SuperOffice's own lists do.
          title: textColumn(row, 'text') ?? textColumn(row, 'type'),
          date: readDate(column(row, 'date')),
          done: readFlag(column(row, 'completed')),
          type: textColumn(row, 'type'),
          owner: readRef(row, 'associateId', 'associate/fullName'),
          company: readRef(row, 'contactId', 'contact/name'),
          person: readRef(row, 'personId', 'person/fullName'),
        },
  );
  return normalizeList(rows, 'activities', warnings, normalizeActivity) ?? [];
}
