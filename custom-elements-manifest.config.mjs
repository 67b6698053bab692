// @custom-elements-manifest/analyzer: custom-elements.json is generated from the JSDoc of src/.

/**
 * Private and protected members are implementation details: keep them out of the public docs. The
 * analyzer also records a nameless event for `dispatchEvent(new SomeEvent())` inside a closure;
 * the `@fires` JSDoc already names every event, so drop those.
 */
function tidyManifest() {
  return {
    name: 'tidy-manifest',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its parallel reads finish; sort them so that the
      // committed manifest and a fresh one compare equal (npm test's drift check).
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/icons/phosphor.ts'],
  litelement: true,
  // The analyzer would otherwise rewrite package.json's customElements to wherever it writes.
  packagejson: false,
  plugins: [tidyManifest()],
};
