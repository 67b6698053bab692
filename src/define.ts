/**
 * Registers a custom element once. A page that loads the library twice (two bundles, or a bundle
 * and the per-element entry) gets a warning instead of the DOMException `customElements.define`
 * would throw, and keeps the first definition.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `sales-elements: <${tag}> is already defined; this copy is not registered. Load it only once.`,
    );
    return;
  }
  customElements.define(tag, constructor);
}
