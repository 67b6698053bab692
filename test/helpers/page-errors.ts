/**
 * Fails each test of the surrounding `describe` that puts a window `error` or an unhandled promise
 * rejection on the page: an embeddable element must never raise one on its host.
 */
import { expect } from '@open-wc/testing';

export function failOnPageErrors(): void {
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
  beforeEach(() => {
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageErrors).to.deep.equal([]);
  });
}
