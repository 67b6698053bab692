/**
 * A recording `fetch` for the superOfficeSource tests: every request is kept (method, URL, headers,
 * parsed body, signal) and answered by the test's `answer` function, as a SuperOffice server would.
 */
import type { DataWarning } from '../../src/model/types.js';
import { superOfficeSource } from '../../src/superoffice/index.js';
export interface RecordedRequest {
  method: string;
  url: URL;
  /** `METHOD /api/v1/path` without the query. */
  route: string;
  headers: Headers;
  body: unknown;
  signal?: AbortSignal | null;
}

export type Answer = (request: RecordedRequest) => Response | Promise<Response>;

export const BASE = 'https://online.superoffice.com/Cust12345';

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** SuperOffice's error body. */
export function errorAnswer(status: number, message: string, errorType = 'SoException'): Response {
  return json({ Error: true, ErrorType: errorType, Message: message }, status);
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function fakeServer(answer: Answer) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      route: `${init.method ?? 'GET'} ${url.pathname.replace('/Cust12345', '')}`,
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : JSON.parse(text),
      signal: init.signal,
    };
    requests.push(request);
    const { signal } = init;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) throw aborted();
    if (!signal) return answer(request);
    // Like a real fetch: aborting rejects the pending request.
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(aborted()), { once: true });
      Promise.resolve(answer(request)).then(resolve, reject);
    });
  };
  const routes = () => requests.map((request) => request.route);
  return { fetch, requests, routes };
}

/** A published sample from test/fixtures/superoffice/, read over the test server. */
export async function sample<T = unknown>(name: string): Promise<T> {
  const response = await window.fetch(new URL(`../fixtures/superoffice/${name}`, import.meta.url));
  return (await response.json()) as T;
}

/** A source at `BASE` over `fetch` that collects the warnings it reports. */
export function sourceWithWarnings(fetch: ReturnType<typeof fakeServer>['fetch']) {
  const warnings: DataWarning[] = [];
  const source = superOfficeSource({ baseUrl: BASE, fetch, onWarnings: (found) => warnings.push(...found) });
  return { source, warnings };
}
