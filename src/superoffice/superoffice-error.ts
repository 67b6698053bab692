/**
 * `SuperOfficeError`: what every failed request of `superOfficeSource` rejects with. Its `message`
 * is written for the person at the screen (the card shows it as it is); `status` and
 * `serverMessage` are for the host's code.
 */
import type { Sale } from '../model/types.js';
import type { SourceErrorCode } from '../source/sales-source.js';

export interface SuperOfficeErrorDetails {
  /** The HTTP status; 0 when no answer came (network failure, blocked request). */
  status: number;
  /** The kind of failure; default: `unreachable` for status 0, `conflict` for 412, else `refused`. */
  code?: SourceErrorCode;
  /** For `refused`: the server's words, or its status; default `serverMessage`. */
  detail?: string;
  /** The server's own text: the `Message` of its JSON error body, or its plain-text body. */
  serverMessage?: string;
  /** The `ErrorType` of the server's JSON error body, such as `SoException`. */
  errorType?: string;
  /** The request, as `METHOD path` (no host, no query), for logs. */
  request?: string;
  /** On a 412: the sale as it is stored now, when the source could read it. */
  latest?: Sale;
  cause?: unknown;
}

export class SuperOfficeError extends Error {
  /** The HTTP status; 0 when no answer came. */
  readonly status: number;
  /**
   * The kind of failure (`SourceErrorCode`), so that `<sale-screen>` says it in the page's
   * language: its texts stand in for `message`, which is English.
   */
  readonly code: SourceErrorCode;
  /** For `refused`: what the server said (`serverMessage`), else its status, such as `500 Internal Server Error`. */
  readonly detail?: string;
  /** The server's own text, when it sent one. */
  readonly serverMessage?: string;
  /** The server's error kind (`ErrorType`), when it sent one. */
  readonly errorType?: string;
  /** The request that failed, as `METHOD path`. */
  readonly request?: string;
  /** On a 412 (someone else changed the sale): the stored sale, when it could be read. */
  readonly latest?: Sale;

  constructor(message: string, details: SuperOfficeErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SuperOfficeError';
    this.status = details.status;
    this.code =
      details.code ??
      (details.status === 0 ? 'unreachable' : details.status === 412 ? 'conflict' : 'refused');
    this.detail = details.detail ?? details.serverMessage;
    this.serverMessage = details.serverMessage;
    this.errorType = details.errorType;
    this.request = details.request;
    this.latest = details.latest;
  }

  /** True for a write refused because the sale changed since it was loaded (HTTP 412). */
  get isConflict(): boolean {
    return this.status === 412;
  }
}
