// @ts-check
// An error a handler throws to answer with a status and SuperOffice's error body
// `{ Error: true, ErrorType, Message }`; anything else thrown becomes a 500.

export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message the human text, sent as `Message`
   * @param {string} [type] `ErrorType` (default from the status)
   */
  constructor(status, message, type) {
    super(message);
    this.status = status;
    this.type = type ?? TYPES[status] ?? 'Error';
  }
}

/** @type {Record<number, string>} */
const TYPES = {
  400: 'BadRequest',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
};

/** @param {string} message */
export const badRequest = (message) => new HttpError(400, message);
