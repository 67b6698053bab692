/**
 * `createMemorySource`: the reference `SalesSource`, holding its data in memory. For Storybook,
 * tests, demos and prototypes; a real host writes the same seven methods over its backend. It
 * copies what goes in and comes out, so neither side can change the other's objects, and it can
 * answer late (`latency`) or fail (`fail`) to show the screen's loading and error states.
 */
import { applyChanges, type FieldChanges } from '../model/draft.js';
import type { LookupKind } from '../model/lookup.js';
import { sameId } from '../model/members.js';
import type { Id, Ref, Sale } from '../model/types.js';
import type { GuideStepRequest, SalesLists, SalesSource, SourceMethod } from './sales-source.js';

export interface MemorySourceData {
  lists: SalesLists;
  /** The selection's members, in order, as whole sales. */
  sales: Sale[];
  /** Records `lookup` searches by name; without them the source has no `lookup`. */
  records?: Partial<Record<LookupKind, Ref[]>>;
}

export interface MemorySourceOptions {
  /** Milliseconds every answer waits. Default 0: answers come in the next microtask. */
  latency?: number;
  /** Methods that reject, or a test that decides per call (`true` rejects). */
  fail?: readonly SourceMethod[] | ((method: SourceMethod, args: readonly unknown[]) => boolean);
}

/** A copy of host data: structured clone keeps dates in text and drops nothing a sale holds. */
const copy = <T>(value: T): T => structuredClone(value);

/** A source over `data` (copied: later changes to `data` do not reach it). */
export function createMemorySource(data: MemorySourceData, options: MemorySourceOptions = {}): SalesSource {
  const lists = copy(data.lists);
  let sales = copy(data.sales);
  const records = data.records ? copy(data.records) : undefined;
  let lastId = sales.reduce((max, sale) => (typeof sale.id === 'number' ? Math.max(max, sale.id) : max), 0);

  const fails = (method: SourceMethod, args: readonly unknown[]): boolean => {
    const { fail } = options;
    if (typeof fail === 'function') return fail(method, args);
    return fail?.includes(method) ?? false;
  };

  /** Runs `work` after the latency, or rejects when the method is set to fail. */
  const answer = <T>(method: SourceMethod, args: readonly unknown[], work: () => T): Promise<T> => {
    const run = () => {
      if (fails(method, args)) throw new Error(`${method} failed`);
      return work();
    };
    const latency = options.latency ?? 0;
    if (latency <= 0) return Promise.resolve().then(run);
    return new Promise<T>((resolve) => setTimeout(resolve, latency)).then(run);
  };

  // Sales by the text of their id (1041 and '1041' alike), so a look-up in a large selection is one step.
  let byId = new Map<string, Sale>();
  const index = () => (byId = new Map(sales.map((sale) => [String(sale.id), sale])));
  index();

  const find = (id: Id): Sale => {
    const sale = byId.get(String(id));
    if (!sale) throw new Error(`No sale ${String(id)}`);
    return sale;
  };

  const replace = (next: Sale): Sale => {
    sales = sales.map((sale) => (sameId(sale.id, next.id) ? next : sale));
    byId.set(String(next.id), next);
    return copy(next);
  };

  const source: SalesSource = {
    lists: () => answer('lists', [], () => copy(lists)),
    members: () => answer('members', [], () => copy(sales)),
    sale: (id) => answer('sale', [id], () => copy(find(id))),
    save: (draft, changes) =>
      answer('save', [draft, changes], () => {
        const known = byId.get(String(draft.id));
        // Only the changed fields: a change stored meanwhile (a guide step, say) is not undone.
        if (known) return replace(applyChanges(known, copy(changes) as FieldChanges<Sale>));
        const created = { ...copy(draft), id: (lastId += 1) };
        sales = [...sales, created];
        byId.set(String(created.id), created);
        return copy(created);
      }),
    remove: (id) =>
      answer('remove', [id], () => {
        find(id);
        sales = sales.filter((sale) => !sameId(sale.id, id));
        index();
      }),
    favourite: (id, value) =>
      answer('favourite', [id, value], () => {
        replace({ ...find(id), favourite: value });
      }),
    guideStep: (saleId, step) =>
      answer('guideStep', [saleId, step], () => replace(actOnStep(find(saleId), step))),
  };
  if (records) {
    source.lookup = (kind, text) =>
      answer('lookup', [kind, text], () => {
        const words = text.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
        const found = (records[kind] ?? []).filter((record) =>
          words.every((word) => record.name.toLocaleLowerCase().includes(word)),
        );
        return copy(found);
      });
  }
  return source;
}

/** The sale with a step of its guide completed or reopened; Create completes the step too. */
function actOnStep(sale: Sale, { stageId, stepId, action }: GuideStepRequest): Sale {
  const guide = sale.saleType?.guide;
  if (!sale.saleType || !guide) return sale;
  const stages = guide.stages.map((stage) =>
    sameId(stage.stageId, stageId)
      ? {
          ...stage,
          steps: stage.steps.map((step) =>
            sameId(step.id, stepId) ? { ...step, done: action !== 'reopen' } : step,
          ),
        }
      : stage,
  );
  return { ...sale, saleType: { ...sale.saleType, guide: { ...guide, stages } } };
}
