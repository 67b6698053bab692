// Fails when custom-elements.json no longer matches the JSDoc in src/ (it regenerates the manifest
// into a temporary folder and compares: fix with `npm run manifest` and commit the result), or
// when it would mislead the tools that read it: module paths must name the shipped dist/ files,
// every tag must have one definition pointing at its class, and every event type must name an
// event class the manifest declares. `--dist` also checks that every named file exists in dist/
// (run it after `npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = [
  'sale-card',
  'sale-combobox',
  'sale-list',
  'sale-screen',
  'sale-sections',
  'sale-status-icon',
  'sale-tabs',
  'sales-guide-card',
  'selection-panel',
];

const root = new URL('..', import.meta.url).pathname;
const checkDist = process.argv.includes('--dist');

/** The source file a dist/ path was made from: dist/x/y.js (or .d.ts) ← src/x/y.ts. */
const sourceOf = (path) => `src/${path.slice('dist/'.length)}`.replace(/(\.d)?\.ts$|\.js$/, '.ts');

/** Every `module` reference in the manifest (declarations, exports, superclasses, event types). */
function moduleReferences(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => moduleReferences(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string') found.push(item);
      else moduleReferences(item, found);
    }
  }
  return found;
}

/** What is wrong with the manifest for a tool that reads it; empty when nothing is. */
function problemsOf(manifest) {
  const problems = [];
  const paths = new Set(manifest.modules.map((module) => module.path));
  const classes = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.set(declaration.name, { module: module.path, declaration });
    }
  }
  const exists = (path) => existsSync(join(root, path));

  for (const module of manifest.modules) {
    if (!/^dist\/.+\.js$/.test(module.path))
      problems.push(`module path ${module.path} is not a dist/ .js file`);
    else if (!exists(sourceOf(module.path))) problems.push(`${module.path}: no ${sourceOf(module.path)}`);
    else if (checkDist && !exists(module.path))
      problems.push(`${module.path} is not in dist/ after the build`);
  }
  for (const module of new Set(moduleReferences(manifest.modules))) {
    if (module.endsWith('.d.ts')) {
      // A types-only module: it emits no .js, so a reference names its declarations.
      if (!exists(sourceOf(module))) problems.push(`reference to ${module}: no ${sourceOf(module)}`);
      else if (checkDist && !exists(module)) problems.push(`reference to ${module}, which is not in dist/`);
    } else if (!paths.has(module)) {
      problems.push(`reference to ${module}, which is not a module of the manifest`);
    }
  }

  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((definition) => ({ ...definition, in: module.path })),
  );
  const defined = definitions.map((definition) => definition.name).sort();
  if (JSON.stringify(defined) !== JSON.stringify(TAGS)) {
    problems.push(`definitions are for [${defined.join(', ')}], not one each for [${TAGS.join(', ')}]`);
  }
  for (const definition of definitions) {
    // Each tag has its own entry, dist/<tag>.js (<sale-combobox> too: the card loads it on demand).
    const entry = `dist/${definition.name}.js`;
    if (definition.in !== entry)
      problems.push(`<${definition.name}> is defined in ${definition.in}, not ${entry}`);
    const target = classes.get(definition.declaration?.name);
    if (!target || target.module !== definition.declaration.module) {
      problems.push(`<${definition.name}>'s declaration does not point at the module of its class`);
    } else if (target.declaration.tagName !== definition.name) {
      problems.push(
        `<${definition.name}> is defined as ${definition.declaration.name}, whose tag is ${target.declaration.tagName}`,
      );
    }
  }

  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const name = event.type?.text;
        const eventClass = classes.get(name);
        const reference = event.type?.references?.find((r) => r.name === name);
        if (!eventClass)
          problems.push(`${declaration.name}'s ${event.name} event has type ${name}, not a declared class`);
        else if (reference?.module !== eventClass.module) {
          problems.push(`${declaration.name}'s ${event.name} event does not reference ${eventClass.module}`);
        }
      }
    }
  }
  return problems;
}

// The analyzer resolves --outdir against the working directory even when it is absolute.
const outdir = join('node_modules', '.cache', 'manifest-check');
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', outdir], { cwd: root, stdio: 'pipe' });
  const fresh = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
  let committed;
  try {
    committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  } catch {
    committed = undefined;
  }
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    console.error('custom-elements.json is out of date with src/. Run `npm run manifest` and commit it.');
    process.exit(1);
  }
  const problems = problemsOf(fresh);
  if (problems.length) {
    console.error(`custom-elements.json would mislead tools:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const tags = fresh.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const events = fresh.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
  console.log(
    `custom-elements.json is up to date (${tags.length} elements, ${fresh.modules.length} dist/ modules, ` +
      `${events.length} typed events${checkDist ? ', all files in dist/' : ''}).`,
  );
} finally {
  rmSync(join(root, outdir), { recursive: true, force: true });
}
