/**
 * SuperOffice's choice lists as `SalesLists`: the stage list (`List/Rating/Items`), sale types
 * (`List/SaleType/Items`), currencies (`List/Currency/Items`), MDO lists (`MDOList/{name}`) and the
 * current user (`User/currentPrincipal`). Deleted items are left out, the rest sorted by `Rank`;
 * a nonsense item is left out with a warning.
 */
import { describeValue } from '../model/describe.js';
import { isList, isRecord, readField } from '../model/normalize-fields.js';
import { normalizeRef, normalizeSaleType, normalizeStage } from '../model/normalize-records.js';
import type { DataWarning, Ref, SaleType, Stage } from '../model/types.js';

/** The items of a list answer that are not deleted, by `Rank` (items without one keep their order). */
function liveItems(answer: unknown, where: string, warnings: DataWarning[]): object[] {
  if (!isList(answer)) {
    warnings.push({ field: where, message: `expected a list, got ${describeValue(answer)}; left empty` });
    return [];
  }
  const items: object[] = [];
  answer.forEach((item, index) => {
    if (!isRecord(item)) {
      warnings.push({
        field: `${where}[${index}]`,
        message: `expected an item object, got ${describeValue(item)}; left out`,
      });
    } else if (readField(item, 'Deleted') !== true) items.push(item);
  });
  const rank = (item: object): number => {
    const value = readField(item, 'Rank');
    return typeof value === 'number' && Number.isFinite(value) ? value : Number.MAX_SAFE_INTEGER;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** Sale stages from `SaleStageEntity` items (`SaleStageId`, `Value`, `Probability`). */
export function readStages(answer: unknown, warnings: DataWarning[]): Stage[] {
  const where = 'List/Rating/Items';
  return liveItems(answer, where, warnings).flatMap((item, index) => {
    const stage = normalizeStage(
      {
        id: readField(item, 'SaleStageId'),
        name: readField(item, 'Value'),
        probability: readField(item, 'Probability'),
      },
      `${where}[${index}]`,
      warnings,
    );
    return stage ? [stage] : [];
  });
}

/** Days per SuperOffice duration unit, for a sale type's default sale date. */
const DAYS_PER_UNIT: Record<string, number> = {
  day: 1,
  week: 7,
  month: 30,
  quarter: 91,
  halfyear: 182,
  year: 365,
};

function durationDays(item: object, where: string, warnings: DataWarning[]): number | undefined {
  const amount = readField(item, 'SaleDuration');
  const unit = readField(item, 'DurationUnit');
  if (amount === undefined || amount === null || amount === 0) return undefined;
  const perUnit = typeof unit === 'string' ? DAYS_PER_UNIT[unit.toLowerCase()] : undefined;
  if (typeof amount !== 'number' || perUnit === undefined) {
    warnings.push({
      field: `${where}.SaleDuration`,
      message: `expected a number of days, weeks, months, quarters or years, got ${describeValue(amount)} ${describeValue(unit)}; left out`,
    });
    return undefined;
  }
  return Math.round(amount * perUnit);
}

/** Sale types from `SaleTypeEntity` items; one with `HasGuide` gets a guide over its `Stages`. */
export function readSaleTypes(
  answer: unknown,
  stages: readonly Stage[],
  warnings: DataWarning[],
): SaleType[] {
  const where = 'List/SaleType/Items';
  return liveItems(answer, where, warnings).flatMap((item, index) => {
    const field = `${where}[${index}]`;
    const id = readField(item, 'SaleTypeId');
    const name = readField(item, 'Name');
    const typeStages = readField(item, 'Stages');
    const guideStages =
      readField(item, 'HasGuide') === true && isList(typeStages)
        ? liveItems(typeStages, `${field}.Stages`, warnings).map((stage) => {
            const stageId = readField(stage, 'Id');
            const known = stages.find((candidate) => String(candidate.id) === String(stageId));
            return { stageId, name: readField(stage, 'Name'), probability: known?.probability, steps: [] };
          })
        : [];
    const saleType = normalizeSaleType(
      {
        id,
        name,
        guide: guideStages.length
          ? { id, name, autoAdvance: readField(item, 'IsAutoAdvance') === true, stages: guideStages }
          : undefined,
        duration: durationDays(item, field, warnings),
      },
      field,
      warnings,
    );
    return saleType ? [saleType] : [];
  });
}

/** A currency of `List/Currency/Items`: its ISO code (`Name`) and list id (`CurrencyId`). */
export interface CurrencyItem {
  code: string;
  id?: number;
}

/** Currencies from `CurrencyEntity` items (`Name` is the ISO code). */
export function readCurrencies(answer: unknown, warnings: DataWarning[]): CurrencyItem[] {
  const where = 'List/Currency/Items';
  return liveItems(answer, where, warnings).flatMap((item, index) => {
    const code = readField(item, 'Name');
    const id = readField(item, 'CurrencyId');
    if (typeof code === 'string' && /^[A-Za-z]{3}$/u.test(code.trim())) {
      const currency: CurrencyItem = { code: code.trim().toUpperCase() };
      if (typeof id === 'number' && Number.isFinite(id)) currency.id = id;
      return [currency];
    }
    warnings.push({
      field: `${where}[${index}].Name`,
      message: `expected an ISO 4217 code such as "NOK", got ${describeValue(code)}; left out`,
    });
    return [];
  });
}

/** `{ id, name }` items from an MDO list answer (`Id`, `Name`; `FullName` first when asked). */
export function readMdoItems(
  answer: unknown,
  listName: string,
  warnings: DataWarning[],
  { preferFullName = false } = {},
): Ref[] {
  const where = `MDOList/${listName}`;
  return liveItems(answer, where, warnings).flatMap((item, index) => {
    const fullName = readField(item, 'FullName');
    const name =
      preferFullName && typeof fullName === 'string' && fullName.trim() ? fullName : readField(item, 'Name');
    const ref = normalizeRef({ id: readField(item, 'Id'), name }, `${where}[${index}]`, warnings);
    return ref ? [ref] : [];
  });
}

/** The signed-in user from `User/currentPrincipal`: `{ id: AssociateId, name: FullName }`. */
export function readPrincipal(answer: unknown, warnings: DataWarning[]): Ref | undefined {
  const where = 'User/currentPrincipal';
  if (!isRecord(answer)) {
    warnings.push({
      field: where,
      message: `expected the current user, got ${describeValue(answer)}; left out`,
    });
    return undefined;
  }
  const fullName = readField(answer, 'FullName');
  const name = typeof fullName === 'string' && fullName.trim() ? fullName : readField(answer, 'Associate');
  return normalizeRef({ id: readField(answer, 'AssociateId'), name }, where, warnings);
}
