// @custom-elements-manifest/analyzer: custom-elements.json is generated from the JSDoc of src/, and
// describes the files that ship (dist/), so that tools reading it can import what it names.
import { posix } from 'node:path';

/**
 * Private and protected members are implementation details: keep them out of the public docs. The
 * analyzer also records a nameless event for `dispatchEvent(new SomeEvent())` inside a closure,
 * and one named after the argument for `new SomeEvent(detail)` (a bogus `detail` event); the
 * `@fires` JSDoc already names every event and its class, so drop those.
 */
function tidyManifest() {
  return {
    name: 'tidy-manifest',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its parallel reads finish; sort them so that the
      // committed manifest and a fresh one compare equal (npm test's drift check).
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      // `export type * from` a module the manifest leaves out (types only) names nothing a tool can
      // load; the analyzer records it as a JavaScript re-export.
      const bare = (path) => path?.replace(/^\//, '').replace(/\.[jt]s$/, '');
      const listed = new Set(customElementsManifest.modules.map((module) => bare(module.path)));
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.name !== '*' || listed.has(bare(entry.declaration?.module)),
        );
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) {
            const documented = new Set(
              declaration.events.filter((event) => event.description).map((event) => event.type?.text),
            );
            declaration.events = declaration.events.filter(
              (event) => event.name && (event.description || !documented.has(event.type?.text)),
            );
          }
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

/** Every class the manifest declares, by name, with the (source) module that declares it. */
function classModules(manifest) {
  const modules = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') modules.set(declaration.name, module.path);
    }
  }
  return modules;
}

/**
 * Custom element definitions where our entries register them. The analyzer only sees the
 * `customElements.define(tag, constructor)` inside src/define.ts, a helper, and records a bogus
 * definition of a tag called "tag" there. The entries call `define('sale-card', SaleCard)`: record
 * those instead, one per tag, in the entry named after the tag when it registers it (sale-card.ts
 * also registers sale-status-icon, which has its own entry), else in the first entry that does.
 */
function registeredDefinitions() {
  /** tag → [{ entry, className }] */
  const registrations = new Map();
  return {
    name: 'registered-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define' || moduleDoc.path === 'src/define.ts') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      const entries = registrations.get(tag.text) ?? [];
      entries.push({ entry: moduleDoc.path, className: constructor.text });
      registrations.set(tag.text, entries);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        if (module.exports)
          module.exports = module.exports.filter((e) => e.kind !== 'custom-element-definition');
      }
      const classes = classModules(customElementsManifest);
      const byPath = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      for (const [tag, entries] of [...registrations].sort(([a], [b]) => a.localeCompare(b))) {
        entries.sort((a, b) => a.entry.localeCompare(b.entry));
        const { entry, className } = entries.find((e) => e.entry === `src/${tag}.ts`) ?? entries[0];
        const module = byPath.get(entry);
        const classModule = classes.get(className);
        if (!module || !classModule)
          throw new Error(`manifest: cannot place <${tag}> (${className} in ${entry})`);
        (module.exports ??= []).push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: classModule },
        });
      }
    },
  };
}

/**
 * `@fires {SaleSaveEvent} sale-save` gives the event's type as text only; add a reference to the
 * module that declares the class, so that generators can import the type.
 */
function eventTypeReferences() {
  return {
    name: 'event-type-references',
    packageLinkPhase({ customElementsManifest }) {
      const classes = classModules(customElementsManifest);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const name = event.type?.text;
            if (!classes.has(name)) continue;
            event.type.references = [{ name, module: classes.get(name), start: 0, end: name.length }];
          }
        }
      }
    },
  };
}

/**
 * `class X extends CustomEvent` is recorded as a superclass in X's own module; it is a global.
 * Name it as the schema does: `package: "global:"`.
 */
function globalSuperclasses() {
  return {
    name: 'global-superclasses',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const local = new Set((module.declarations ?? []).map((declaration) => declaration.name));
        for (const declaration of module.declarations ?? []) {
          const { superclass } = declaration;
          if (superclass?.module === module.path && !local.has(superclass.name)) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
        }
      }
    },
  };
}

/**
 * Module paths and references name the files that ship: `src/x/y.ts` (or a `./y.js` specifier, or
 * `/src/x/y.js`, as the analyzer records some re-exports) becomes `dist/x/y.js`, the file rollup
 * emits. A re-export recorded as declared by the re-exporting module points at the declaring one.
 * Modules that hold only types (nothing the analyzer records) emit no .js file: they are left out,
 * and a reference to one (`export type { X } from './types-only.js'`) names its .d.ts.
 */
function shippedPaths() {
  const typesOnly = new Set();
  const toDist = (reference, from) => {
    let path = reference;
    if (path.startsWith('./') || path.startsWith('../')) path = posix.join(posix.dirname(from), path);
    path = path.replace(/^\//, '');
    if (!path.startsWith('src/')) return reference;
    const source = path.replace(/\.js$/, '.ts');
    return `dist/${source.slice('src/'.length)}`.replace(/\.ts$/, typesOnly.has(source) ? '.d.ts' : '.js');
  };
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string') value.module = toDist(item, from);
      else rewrite(item, from);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = customElementsManifest;
      const recorded = (module) => module.declarations?.length || module.exports?.length;
      for (const module of manifest.modules) if (!recorded(module)) typesOnly.add(module.path);
      manifest.modules = manifest.modules.filter(recorded);
      const declaredIn = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaredIn.set(declaration.name, declaredIn.has(declaration.name) ? null : module.path);
        }
      }
      for (const module of manifest.modules) {
        const local = new Set((module.declarations ?? []).map((declaration) => declaration.name));
        for (const exported of module.exports ?? []) {
          const { declaration } = exported;
          if (exported.kind !== 'js' || declaration?.module !== module.path || local.has(declaration.name))
            continue;
          if (declaredIn.get(declaration.name)) declaration.module = declaredIn.get(declaration.name);
        }
      }
      for (const module of manifest.modules) {
        rewrite(module, module.path);
        module.path = toDist(module.path, module.path);
      }
      manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers are components, not elements: in the manifest they would be a second SaleCard.
  // sale-entity.ts holds only types (the SaleEntity carrier), so the build emits no module for it.
  exclude: ['src/**/*.test.ts', 'src/icons/phosphor.ts', 'src/react/**', 'src/superoffice/sale-entity.ts'],
  litelement: true,
  // The analyzer would otherwise rewrite package.json's customElements to wherever it writes.
  packagejson: false,
  // Order matters: the path rewrite runs last, when every reference is in place.
  plugins: [
    tidyManifest(),
    registeredDefinitions(),
    eventTypeReferences(),
    globalSuperclasses(),
    shippedPaths(),
  ],
};
