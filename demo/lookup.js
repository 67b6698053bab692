// The demo's `lookup` for <sale-card>: searches the sample records by name the way a host's backend
// search would, after a short network-like delay, and gives up as soon as the card aborts the search.

/** At most this many suggestions, like a server's page of results. */
const MAX_RESULTS = 20;

const matches = (name, words) => words.every((word) => name.toLocaleLowerCase().includes(word));

/** Waits `ms`, or rejects with the signal's reason as soon as it is aborted. */
function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        window.clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * A `lookup(kind, text, context)` over `sources`: for each kind, a function returning its records
 * (`{ id, name }`; persons also `{ company }`). Every word of `text` must appear in the name (any
 * case); empty text lists the first records. A contact search with `context.company` lists only
 * that company's people.
 */
export function createLookup(sources, { delay = 150 } = {}) {
  return async function lookup(kind, text, context = {}) {
    const { signal, company } = context;
    await wait(delay, signal);
    const words = String(text ?? '')
      .toLocaleLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    let records = sources[kind]?.() ?? [];
    if (kind === 'person' && company) {
      records = records.filter((person) => String(person.company?.id) === String(company.id));
    }
    return records.filter((record) => matches(record.name, words)).slice(0, MAX_RESULTS);
  };
}
