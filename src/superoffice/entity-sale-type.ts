/**
 * The parts of a `SaleEntity` that need more than a renamed field: the sale type with its stages,
 * and `NextDueDate` as the next activity.
 */
import { isAbsent, isRecord, readField } from '../model/normalize-fields.js';
import { PLACEHOLDER } from '../model/placeholder.js';
import { firstText, LIST_ITEM, readItems, readRef } from './entity-carriers.js';
import { calendarDate, isNoDate } from './entity-dates.js';
import type { DataWarning } from '../model/types.js';
import type { FieldName } from './entity-field-names.js';

/** The entity read so far, in our field names, with the SuperOffice name of each. */
export interface EntityDraft {
  draft: Record<string, unknown>;
  names: Record<string, FieldName | string>;
  warnings: DataWarning[];
}

/**
 * The sale type: the entity's MDO item (`Id`, `Value`), or a `SaleTypeEntity` (`SaleTypeId`,
 * `Name`). When the latter says `HasGuide` and lists its `Stages`, they become the guide's stages
 * (without steps: those come from `GET /api/v1/Sale/{id}/Guide`), which the card's Stage list offers.
 * `HasGuide` without `Stages` leaves the guide to the sale-type list.
 */
export function readSaleType(value: unknown, { draft, names, warnings }: EntityDraft): void {
  const read = readRef(value, LIST_ITEM, 'SaleType');
  if (!read) return;
  names.saleType = {
    ...read.names,
    keys: {
      ...read.names.keys,
      guide: {
        name: '',
        self: 'Stages',
        keys: {
          stages: { name: 'Stages', keys: { stageId: 'Id', name: 'Name', probability: 'Probability' } },
        },
      },
    },
  };
  // Without its Stages (HasGuide alone) the carrier says nothing of the guide: the sale-type list,
  // which the source adds, has it; an empty guide here would hide that one.
  const rawStages = isRecord(value) ? readField(value, 'Stages') : undefined;
  if (
    !isRecord(read.ref) ||
    !isRecord(value) ||
    readField(value, 'HasGuide') !== true ||
    isAbsent(rawStages)
  ) {
    draft.saleType = read.ref;
    return;
  }
  const stages = readItems(rawStages, 'SaleType.Stages', warnings);
  const guideStages = stages
    ? stages
        .filter((stage) => !(isRecord(stage) && readField(stage, 'Deleted') === true))
        .map((stage) =>
          isRecord(stage)
            ? {
                stageId: readField(stage, 'Id'),
                name: firstText(stage, ['Name', 'Value']),
                probability: readField(stage, 'Probability'),
                steps: [],
              }
            : stage,
        )
    : rawStages;
  const { id, name } = read.ref as { id: unknown; name: unknown };
  draft.saleType = { id, name, guide: { id, name, stages: guideStages } };
}

/**
 * `NextDueDate` ("closest future activity date, or most recent if no future activities") as the
 * next activity, the one thing our model shows it as. The entity names no activity, so the title is
 * the appointment it carries when that falls on the same day, else the placeholder. Whether that
 * activity is done is not known.
 */
export function readNextDue(
  value: unknown,
  appointment: unknown,
  draft: Record<string, unknown>,
  names: Record<string, FieldName | string>,
): void {
  if (isAbsent(value) || isNoDate(value)) return;
  const date = calendarDate(value) ?? value;
  const sameDay =
    isRecord(appointment) && date === calendarDate(readField(appointment, 'StartDate'))
      ? firstText(appointment, ['Description', 'Task'])
      : undefined;
  const title = typeof sameDay === 'string' && sameDay.trim() !== '' ? sameDay : PLACEHOLDER;
  draft.nextActivity = { id: 'NextDueDate', title, date };
  names.nextActivity = {
    name: '',
    self: 'NextDueDate',
    keys: { id: 'NextDueDate', date: 'NextDueDate', title: 'Appointment.Description' },
  };
}
