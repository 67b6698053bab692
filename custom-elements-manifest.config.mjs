// @custom-elements-manifest/analyzer: custom-elements.json is generated from the JSDoc of src/.

/** Private and protected members are implementation details: keep them out of the public docs. */
function dropNonPublicMembers() {
  return {
    name: 'drop-non-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
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
  plugins: [dropNonPublicMembers()],
};
