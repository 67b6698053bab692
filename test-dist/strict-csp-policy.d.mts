/** The strict Content Security Policy of issue 12, allowing inline scripts that carry `nonce`. */
export function strictPolicy(nonce: string): string;
/** A fresh nonce: unguessable, and new for every page. */
export function newNonce(): string;
