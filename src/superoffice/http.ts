/**
 * The HTTP layer under `superOfficeSource`: one `request()` that adds the host's headers (read again
 * for every request, so a fresh token is used), sends JSON, reads JSON, and turns every failure
 * (no answer, an error status, an answer that is not JSON) into a `SuperOfficeError` whose message a
 * user can read.
 */
import { describeValue } from '../model/describe.js';
import { SuperOfficeError } from './superoffice-error.js';

/** The host's headers: fixed, or made per request (a fresh `Authorization: Bearer …`). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** The one `fetch` the source needs: the standard signature. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpOptions {
  baseUrl: string | URL;
  fetch?: FetchFunction;
  headers?: HeadersOption;
}

export type QueryValue = string | number | boolean | undefined;

export interface RequestOptions {
  /** Query parameters; undefined ones are left out. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** The body's media type; default `application/json`. */
  contentType?: string;
  /** Headers for this request only, such as `If-Unmodified-Since`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type Request = (method: string, path: string, options?: RequestOptions) => Promise<unknown>;

/** How much of a plain-text error body a message repeats. */
const SHOWN_TEXT = 300;

/**
 * The API root (`{baseUrl}/api/v1`) from the host's `baseUrl`. A value that is no absolute http(s)
 * address is a programmer error and throws a TypeError at once, not at the first request.
 */
export function apiRoot(baseUrl: unknown): string {
  const example = "such as 'https://online.superoffice.com/Cust12345'";
  if (typeof baseUrl !== 'string' && !(baseUrl instanceof URL)) {
    throw new TypeError(
      `superOfficeSource: baseUrl must be the tenant's address as text or a URL, ${example}; got ${describeValue(baseUrl)}`,
    );
  }
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw new TypeError(
      `superOfficeSource: baseUrl must be an absolute address, ${example}; got ${describeValue(String(baseUrl))}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`superOfficeSource: baseUrl must be an http or https address; got ${url.protocol}`);
  }
  url.search = '';
  url.hash = '';
  return `${url.href.replace(/\/+$/u, '')}/api/v1`;
}

const isAbort = (error: unknown, signal: AbortSignal | undefined): boolean =>
  signal?.aborted === true ||
  (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError');

/** The server's text from an error body: JSON `{ Message }`, else plain text (not an HTML page). */
function readErrorBody(text: string): { serverMessage?: string; errorType?: string } {
  const trimmed = text.trim();
  if (!trimmed) return {};
  try {
    const json: unknown = JSON.parse(trimmed);
    if (typeof json === 'object' && json !== null) {
      const { Message, ErrorType, message } = json as Record<string, unknown>;
      const found = typeof Message === 'string' ? Message : typeof message === 'string' ? message : undefined;
      return {
        serverMessage: found?.trim() || undefined,
        errorType: typeof ErrorType === 'string' ? ErrorType : undefined,
      };
    }
    return typeof json === 'string' && json.trim() ? { serverMessage: json.trim() } : {};
  } catch {
    // An HTML error page says nothing a user can read in a card.
    if (trimmed.startsWith('<')) return {};
    return { serverMessage: trimmed.length > SHOWN_TEXT ? `${trimmed.slice(0, SHOWN_TEXT)}…` : trimmed };
  }
}

/** The message for an error status: the server's text with the status, or the status alone. */
/** A status as the server gave it: `500 Internal Server Error`. */
const answeredText = (status: number, statusText: string) => `${status}${statusText ? ` ${statusText}` : ''}`;

function statusMessage(status: number, statusText: string, serverMessage: string | undefined): string {
  const answered = answeredText(status, statusText);
  if (serverMessage) return `${serverMessage.replace(/[.\s]+$/u, '')} (the server answered ${answered}).`;
  return `The server answered ${answered}.`;
}

/** A `request()` bound to one tenant, fetch and set of headers. */
export function createRequest(options: HttpOptions): Request {
  const root = apiRoot(options.baseUrl);
  const { fetch: hostFetch, headers: hostHeaders } = options;
  if (hostFetch !== undefined && typeof hostFetch !== 'function') {
    throw new TypeError(`superOfficeSource: fetch must be a function; got ${describeValue(hostFetch)}`);
  }
  const headersWork =
    hostHeaders === undefined ||
    typeof hostHeaders === 'function' ||
    (typeof hostHeaders === 'object' && hostHeaders !== null);
  if (!headersWork) {
    throw new TypeError(
      `superOfficeSource: headers must be an object or a function that returns one; got ${describeValue(hostHeaders)}`,
    );
  }

  return async (method, path, { query, body, contentType, headers, signal } = {}) => {
    const url = new URL(`${root}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const request = `${method} ${url.pathname}`;
    const sent = new Headers(typeof hostHeaders === 'function' ? await hostHeaders() : hostHeaders);
    sent.set('Accept', 'application/json');
    if (body !== undefined) sent.set('Content-Type', contentType ?? 'application/json');
    for (const [name, value] of Object.entries(headers ?? {})) sent.set(name, value);

    const run = hostFetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await run(url.href, {
        method,
        headers: sent,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (isAbort(error, signal)) throw error;
      const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
      throw new SuperOfficeError(
        `Could not reach the server at ${url.host}${reason}. Check the connection and try again.`,
        { status: 0, request, cause: error },
      );
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (isAbort(error, signal)) throw error;
      throw new SuperOfficeError(`The server's answer broke off (${response.status}). Try again.`, {
        status: response.status,
        code: 'badAnswer',
        request,
        cause: error,
      });
    }

    if (!response.ok) {
      const { serverMessage, errorType } = readErrorBody(text);
      throw new SuperOfficeError(statusMessage(response.status, response.statusText, serverMessage), {
        status: response.status,
        detail: serverMessage ?? answeredText(response.status, response.statusText),
        serverMessage,
        errorType,
        request,
      });
    }
    if (response.status === 204 || text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const start = text.trim().slice(0, 40);
      throw new SuperOfficeError(
        `The server's answer was not JSON (it began ${JSON.stringify(start)}). Check that baseUrl is the SuperOffice address.`,
        { status: response.status, code: 'badAnswer', request, cause: error },
      );
    }
  };
}
