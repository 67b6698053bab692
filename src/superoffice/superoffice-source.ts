/**
 * `superOfficeSource`: a `SalesSource` over SuperOffice's REST API, so `<sale-screen>` reads and
 * writes a tenant's sales. The requests it makes are listed in docs/superoffice-protocol.md. Auth is
 * the host's: `headers` (an object, or a function called for every request) or its own `fetch`.
 */
import { describeValue } from '../model/describe.js';
import { reportProblems } from '../diagnostics/report-problems.js';
import type { FieldChanges } from '../model/draft.js';
import { isRecord } from '../model/normalize-fields.js';
import { isNewSale } from '../model/normalize.js';
import type { Activity, DataWarning, Id, Ref, Sale } from '../model/types.js';
import type { SalesLists, SalesSource } from '../source/sales-source.js';
import { httpDate } from './entity-dates.js';
import { fromSaleEntity } from './from-sale-entity.js';
import { createRequest, type HttpOptions, type Request } from './http.js';
import { readCurrencies, readMdoItems, readPrincipal, readSaleTypes, readStages } from './lists.js';
import { searchRecords } from './lookup.js';
import { readRows } from './odata.js';
import { ACTIVITY_QUERY, activitiesFromAnswer } from './sale-activities.js';
import { SALE_COLUMNS, salesFromRows, type RowCatalogue } from './sale-rows.js';
import { SuperOfficeError } from './superoffice-error.js';
import { toSaleEntity } from './to-sale-entity.js';
import { readUserFieldInfos, type UserFieldInfos } from './user-field-info.js';

export interface SuperOfficeSourceOptions extends HttpOptions {
  /** The selection's `$filter` (FindSale columns), e.g. `associateId eq 3`; default: all sales. */
  filter?: string;
  /** The selection's `$orderBy`; default `date desc`. */
  orderBy?: string;
  /** Rows per request of the selection (`$top`); default 200. */
  pageSize?: number;
  /** The most members read; default 2000. */
  limit?: number;
  /** Gets the problems found in the server's data; default: one `console.warn` per answer. */
  onWarnings?: (warnings: readonly DataWarning[]) => void;
}

/** What a 412 says: the message the card shows. */
export const CONFLICT_MESSAGE =
  'Someone else changed this sale after you opened it, so your changes were not saved. ' +
  'Save again to replace their version of the fields you changed.';

const FAVOURITE_TABLE = 'sale';

const positiveWhole = (value: unknown, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new TypeError(
    `superOfficeSource: ${name} must be a whole number above 0; got ${describeValue(value)}`,
  );
};

const optionalText = (value: unknown, name: string): string | undefined => {
  if (value === undefined || typeof value === 'string') return value?.trim() || undefined;
  throw new TypeError(`superOfficeSource: ${name} must be text; got ${describeValue(value)}`);
};

/** What went wrong, for a warning. */
const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : describeValue(error));

/** A request that answers undefined instead of failing when the server has no such resource. */
const unlessMissing = <T>(pending: Promise<T>): Promise<T | undefined> =>
  pending.catch((error: unknown) => {
    if (error instanceof SuperOfficeError && error.status === 404) return undefined;
    throw error;
  });

/** A promise kept while it succeeds; a failed one is forgotten, so the next call asks again. */
function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    kept ??= load().catch((error: unknown) => {
      kept = undefined;
      throw error;
    });
    return kept;
  };
}

/**
 * A `SalesSource` over the SuperOffice tenant at `baseUrl`. Throws a TypeError at once for options
 * that cannot work (a `baseUrl` that is no http(s) address, a `fetch` that is no function, …);
 * everything that fails later rejects with a `SuperOfficeError`.
 */
export function superOfficeSource(options: SuperOfficeSourceOptions): SalesSource {
  if (!isRecord(options)) {
    throw new TypeError(
      `superOfficeSource: expected options { baseUrl, headers?, fetch? }, got ${describeValue(options)}`,
    );
  }
  const request: Request = createRequest(options);
  const filter = optionalText(options.filter, 'filter');
  const orderBy = optionalText(options.orderBy, 'orderBy') ?? 'date desc';
  const pageSize = positiveWhole(options.pageSize, 'pageSize', 200);
  const limit = positiveWhole(options.limit, 'limit', 2000);
  const { onWarnings } = options;
  if (onWarnings !== undefined && typeof onWarnings !== 'function') {
    throw new TypeError(`superOfficeSource: onWarnings must be a function; got ${describeValue(onWarnings)}`);
  }
  const report = (warnings: readonly DataWarning[]): void => {
    if (warnings.length === 0) return;
    if (onWarnings) onWarnings(warnings);
    else reportProblems('superoffice-source', warnings);
  };

  /** Per sale id, the `UpdatedDate` last seen: what the next write sends as If-Unmodified-Since. */
  const updatedDates = new Map<string, string>();
  /** The user's favourite sales, once read. */
  let favourites: Set<string> | undefined;
  /** The stage and sale type lists, once read: a sale's carriers name them, the lists add the rest. */
  let known: RowCatalogue | undefined;
  /** List ids of currencies by ISO code, for writing `Currency`. */
  const currencyIds = new Map<string, number>();

  /** The sale with what only the lists know (a stage's probability, a sale type's guide), marked as favourite or not. */
  const remember = (sale: Sale): Sale => {
    if (sale.updatedAt) updatedDates.set(String(sale.id), sale.updatedAt);
    const result = { ...sale };
    const stage = sale.stage && known?.stages.find((each) => String(each.id) === String(sale.stage?.id));
    if (stage) result.stage = stage;
    const saleType =
      sale.saleType && known?.saleTypes.find((each) => String(each.id) === String(sale.saleType?.id));
    // The entity's carrier names the type; the list adds its guide and duration.
    if (saleType) result.saleType = { ...saleType, ...sale.saleType };
    if (favourites) result.favourite = favourites.has(String(sale.id));
    return result;
  };

  const entityOf = (sale: Sale, changes: FieldChanges<Sale>) =>
    toSaleEntity(sale, changes, { currencyId: (code) => currencyIds.get(code) });

  /** The labels and types of the sale's user-defined fields, once read (or once failed: then none). */
  let fieldInfos: UserFieldInfos | undefined;
  let fieldInfosRead: Promise<void> | undefined;
  const readFieldInfos = async (): Promise<void> => {
    let problem = 'not a list';
    try {
      fieldInfos = readUserFieldInfos(
        await request('POST', '/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList', {
          body: { OwnerType: 'Sale' },
        }),
      );
    } catch (error) {
      problem = reasonOf(error);
    }
    if (fieldInfos) return;
    // Labels are a convenience: the sale still shows, its fields named by ProgId.
    fieldInfos = new Map();
    report([
      { field: 'UserDefinedFieldInfo', message: `could not be read (${problem}); fields keep their ProgId` },
    ]);
  };

  /** Per sale id, its follow-ups as last read: a SaleEntity names none, so every answer gets them here. */
  const activitiesOf = new Map<string, Activity[]>();

  /**
   * A sale's follow-ups, also kept in `activitiesOf`; never rejects. A failure leaves them out with
   * one warning, so the sale still shows; a 404 is a server without the list (or a missing sale).
   */
  const readActivities = async (id: Id): Promise<Activity[] | undefined> => {
    const key = String(id);
    let activities: Activity[] | undefined;
    try {
      const answer = await unlessMissing(
        request('GET', `${salePath(id)}/Activities`, { query: ACTIVITY_QUERY }),
      );
      const warnings: DataWarning[] = [];
      if (answer !== undefined) activities = activitiesFromAnswer(answer, warnings);
      report(warnings);
    } catch (error) {
      report([{ field: 'activities', message: `could not be read (${reasonOf(error)}); none shown` }]);
    }
    if (activities) activitiesOf.set(key, activities);
    else activitiesOf.delete(key);
    return activities;
  };

  /** A SaleEntity answer as a Sale; an answer that is no sale (no id) rejects. */
  const saleFrom = async (answer: unknown, what: string): Promise<Sale> => {
    let read = fromSaleEntity(answer, { userFields: fieldInfos });
    // Only a sale with user fields waits for their definitions, and only the first one.
    if (!fieldInfos && read.sale.userFields?.length) {
      await (fieldInfosRead ??= readFieldInfos());
      read = fromSaleEntity(answer, { userFields: fieldInfos });
    }
    const { sale, warnings } = read;
    report(warnings);
    if (isNewSale(sale)) {
      throw new SuperOfficeError(`The server's answer to ${what} was not a sale.`, {
        status: 200,
        code: 'badAnswer',
      });
    }
    const activities = activitiesOf.get(String(sale.id));
    return remember(activities ? { ...sale, activities } : sale);
  };

  const salePath = (id: Id): string => `/Sale/${encodeURIComponent(String(id))}`;

  const principal = memo(async (): Promise<Ref | undefined> => {
    const answer = await unlessMissing(request('GET', '/User/currentPrincipal'));
    if (answer === undefined) return undefined;
    const warnings: DataWarning[] = [];
    const user = readPrincipal(answer, warnings);
    report(warnings);
    return user;
  });

  const catalogue = memo(async (): Promise<RowCatalogue> => {
    const [stageAnswer, typeAnswer] = await Promise.all([
      request('GET', '/List/Rating/Items'),
      request('GET', '/List/SaleType/Items'),
    ]);
    const warnings: DataWarning[] = [];
    const stages = readStages(stageAnswer, warnings);
    const saleTypes = readSaleTypes(typeAnswer, stages, warnings);
    report(warnings);
    known = { stages, saleTypes };
    return known;
  });

  const mdoList = async (name: string): Promise<Ref[] | undefined> => {
    const answer = await unlessMissing(request('GET', `/MDOList/${name}`, { query: { flat: true } }));
    if (answer === undefined) return undefined;
    const warnings: DataWarning[] = [];
    const items = readMdoItems(answer, name, warnings);
    report(warnings);
    return items;
  };

  /** The user's favourite sale ids; undefined when the server keeps none or they cannot be read. */
  const readFavourites = async (): Promise<Set<string> | undefined> => {
    try {
      const user = await principal();
      if (!user) return undefined;
      const answer = await request('POST', '/Agents/Favourite/GetFavourites', {
        body: { TableName: FAVOURITE_TABLE, AssociateId: user.id },
      });
      if (!Array.isArray(answer)) return undefined;
      const ids = answer.flatMap((item: unknown) => {
        const recordId = isRecord(item) ? (item as { RecordId?: unknown }).RecordId : undefined;
        return typeof recordId === 'number' || typeof recordId === 'string' ? [String(recordId)] : [];
      });
      return new Set(ids);
    } catch (error) {
      // The stars are a convenience: the selection still opens without them.
      if (!(error instanceof SuperOfficeError && error.status === 404)) {
        report([
          {
            field: 'favourites',
            message: `could not be read (${reasonOf(error)}); no sale shows as a favourite`,
          },
        ]);
      }
      return undefined;
    }
  };

  const source: SalesSource = {
    async lists() {
      const [{ stages, saleTypes }, currencies, sources, competitors, credited, lost, sold, stalled, user] =
        await Promise.all([
          catalogue(),
          unlessMissing(request('GET', '/List/Currency/Items')).then((answer) => {
            if (answer === undefined) return undefined;
            const warnings: DataWarning[] = [];
            const currencies = readCurrencies(answer, warnings);
            report(warnings);
            for (const { code, id } of currencies) if (id !== undefined) currencyIds.set(code, id);
            return currencies.map(({ code }) => code);
          }),
          mdoList('source'),
          mdoList('comptr'),
          mdoList('credited'),
          mdoList('reason'),
          mdoList('reasonsold'),
          mdoList('reasonstalled'),
          principal(),
        ]);
      const lists: SalesLists = { stages: [...stages], saleTypes: [...saleTypes] };
      if (currencies) lists.currencies = currencies;
      if (sources) lists.sources = sources;
      if (competitors) lists.competitors = competitors;
      if (credited) lists.credited = credited;
      if (lost || sold || stalled) {
        lists.reasons = {};
        if (lost) lists.reasons.lost = lost;
        if (sold) lists.reasons.sold = sold;
        if (stalled) lists.reasons.stalled = stalled;
      }
      if (user) lists.currentUser = user;
      return lists;
    },

    async members() {
      const [catalogueNow, favourite] = await Promise.all([
        // Without the lists, rows still show; only their stage and sale type stay unnamed.
        catalogue().catch((): RowCatalogue => ({ stages: [], saleTypes: [] })),
        readFavourites(),
      ]);
      favourites = favourite;
      const warnings: DataWarning[] = [];
      const members: Sale[] = [];
      const seen = new Set<string>();
      for (let skip = 0; members.length < limit; skip += pageSize) {
        const top = Math.min(pageSize, limit - members.length);
        const answer = await request('GET', '/Sale', {
          query: {
            $select: SALE_COLUMNS.join(','),
            $filter: filter,
            $orderBy: orderBy,
            $top: top,
            $skip: skip,
          },
        });
        const rows = readRows(answer, `GET /Sale?$skip=${skip}`, warnings);
        const fresh = salesFromRows(rows, catalogueNow, warnings, skip).filter(
          (sale) => !seen.has(String(sale.id)),
        );
        for (const sale of fresh) {
          seen.add(String(sale.id));
          members.push(remember(sale));
        }
        // A short page is the last; a page with nothing new means the server ignores $skip.
        if (rows.length < top || fresh.length === 0) break;
      }
      report(warnings);
      return members;
    },

    async sale(id) {
      const [answer, activities] = await Promise.all([request('GET', salePath(id)), readActivities(id)]);
      const sale = await saleFrom(answer, `GET Sale/${String(id)}`);
      // This read's own list, whatever another read of the same sale left in `activitiesOf` meanwhile.
      return activities ? { ...sale, activities } : sale;
    },

    async save(draft: Sale, changes: FieldChanges<Sale>) {
      if (isNewSale(draft)) {
        const body = entityOf(draft, draft as FieldChanges<Sale>);
        return saleFrom(await request('POST', '/Sale', { body }), 'POST Sale');
      }
      const path = salePath(draft.id);
      const patch = entityOf(draft, changes);
      if (Object.keys(patch).length === 0)
        return saleFrom(await request('GET', path), `GET Sale/${draft.id}`);
      const since = updatedDates.get(String(draft.id)) ?? draft.updatedAt;
      const ifUnmodifiedSince = since ? httpDate(since) : undefined;
      try {
        const answer = await request('PATCH', path, {
          body: patch,
          contentType: 'application/merge-patch+json',
          headers: ifUnmodifiedSince ? { 'If-Unmodified-Since': ifUnmodifiedSince } : undefined,
        });
        return await saleFrom(answer, `PATCH Sale/${draft.id}`);
      } catch (error) {
        if (!(error instanceof SuperOfficeError && error.status === 412)) throw error;
        // Read what is stored now: the error carries it, and the next save is made against it.
        const latest = await request('GET', path).then(
          (answer) => saleFrom(answer, `GET Sale/${draft.id}`),
          () => undefined,
        );
        throw new SuperOfficeError(CONFLICT_MESSAGE, {
          status: 412,
          code: 'conflict',
          serverMessage: error.serverMessage,
          errorType: error.errorType,
          request: error.request,
          latest,
          cause: error,
        });
      }
    },

    async remove(id) {
      await request('DELETE', salePath(id));
      updatedDates.delete(String(id));
      activitiesOf.delete(String(id));
      favourites?.delete(String(id));
    },

    async favourite(id, value) {
      const user = await principal();
      if (!user) {
        throw new SuperOfficeError(
          'Favourites need the signed-in user, and the server did not say who that is.',
          {
            status: 404,
            request: 'GET /api/v1/User/currentPrincipal',
          },
        );
      }
      const recordId = typeof id === 'number' ? id : Number(id);
      if (value) {
        await request('POST', '/Agents/Favourite/AddFavourite', {
          body: { TableName: FAVOURITE_TABLE, RecordId: recordId, AssociateId: user.id, ExtraInfo: '' },
        });
        favourites?.add(String(id));
      } else {
        await request('POST', '/Agents/Favourite/RemoveFavourite', {
          body: { TableName: FAVOURITE_TABLE, RecordId: recordId, AssociateId: user.id },
        });
        favourites?.delete(String(id));
      }
    },

    async lookup(kind, text, context) {
      const warnings: DataWarning[] = [];
      const found = await searchRecords(request, kind, text, context, warnings);
      report(warnings);
      return found;
    },
  };
  return source;
}
