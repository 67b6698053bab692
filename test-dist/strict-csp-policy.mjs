// The strict Content Security Policy of issue 12, as a strict portal serves it: shared by the
// strict-CSP test page (test-dist/strict-csp.test.ts) and the demo that `npm start` serves
// (server/app.mjs), so both hold the library to the same rules.

/** The policy, allowing inline scripts that carry `nonce`. */
export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** A fresh nonce: unguessable, and new for every page. */
export function newNonce() {
  // Web Crypto and base64 exist both in Node (the dev server) and in the browser (the test page).
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return globalThis.btoa(String.fromCharCode(...bytes));
}
