// `npm run test:dist`, after the build: every README block marked `recipe=<name>` (```js recipe=vue-config)
// is an example that works. Its `sales-elements…` imports resolve through package.json `exports` to
// built files whose types export the names it imports; the tags, properties, attributes and events
// it uses exist in custom-elements.json; the CDN URLs name files in dist/; the Vue config's
// isCustomElement accepts every tag of the manifest and nothing else we tried, and the Vue component's
// template compiles with it without looking for Vue components; the Angular component allows custom
// elements. test-dist/cdn-readme.test.ts loads the CDN recipe itself in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTemplate, parse } from 'vue/compiler-sfc';

const REQUIRED = ['cdn', 'cdn-bundle', 'bundler', 'vue-config', 'vue-component', 'angular'];
/** Tags Vue must still treat as its own: near misses of ours, and ordinary HTML. */
const NOT_OURS = [
  'sale',
  'div',
  'my-sale-card',
  'selection-panels',
  'sales-guide',
  'x-sale-card',
  'SaleCard',
];
const CDN_URL = /^https:\/\/cdn\.jsdelivr\.net\/npm\/sales-elements@([^/]+)\/(dist\/.+)$/;

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];
const problem = (recipe, message) => problems.push(`recipe=${recipe}: ${message}`);

const recipes = new Map();
for (const [, lang, name, code] of readme.matchAll(/^```(\w+) recipe=([\w-]+)\n([\s\S]*?)^```$/gm)) {
  if (recipes.has(name)) problem(name, 'appears twice in README.md');
  recipes.set(name, { lang, code });
}
for (const name of REQUIRED) if (!recipes.has(name)) problem(name, 'is missing from README.md');

/** Each tag of the manifest: its public fields (properties), attributes and events. */
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    const members = (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
    );
    elements.set(declaration.tagName, {
      fields: new Set(members.map((member) => member.name)),
      attributes: new Set((declaration.attributes ?? []).map((attribute) => attribute.name)),
      events: new Set((declaration.events ?? []).map((event) => event.name)),
    });
  }
}
const allEvents = new Set([...elements.values()].flatMap((element) => [...element.events]));

/** `import … from '…'` and `import '…'` statements: the specifier and the names imported. */
function importsOf(code) {
  const statements = code.matchAll(/^\s*import\s+(?:type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gm);
  return [...statements].map(([, clause = '', specifier]) => ({
    specifier,
    names: (clause.match(/\{([^}]*)\}/)?.[1] ?? '')
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      )
      .filter(Boolean),
  }));
}

/** The names a declaration file exports, following `export * from './x.js'`. */
function exportedNames(file, seen = new Set()) {
  const names = new Set();
  if (seen.has(file) || !existsSync(file)) return names;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const declared =
    /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|var|function|class|interface|type|enum)\s+(\w+)/gm;
  for (const [, name] of code.matchAll(declared)) names.add(name);
  for (const [, list] of code.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of list.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  for (const [, name] of code.matchAll(/^export\s+\*\s+as\s+(\w+)/gm)) names.add(name);
  for (const [, from] of code.matchAll(/^export\s+(?:type\s+)?\*\s+from\s+['"](\.[^'"]+)['"]/gm)) {
    const target = join(dirname(file), from.replace(/\.js$/, '.d.ts'));
    for (const name of exportedNames(target, seen)) names.add(name);
  }
  return names;
}

/** Our imports resolve through `exports` (as a package importing itself) to built files and types. */
function checkImports(recipe, code) {
  const ours = importsOf(code).filter(({ specifier }) => /^sales-elements(\/|$)/.test(specifier));
  if (!ours.length) problem(recipe, 'imports nothing from sales-elements');
  for (const { specifier, names } of ours) {
    let file;
    try {
      file = fileURLToPath(import.meta.resolve(specifier));
    } catch (error) {
      problem(recipe, `'${specifier}' does not resolve through package.json exports (${error.message})`);
      continue;
    }
    if (!existsSync(file))
      problem(recipe, `'${specifier}' resolves to ${file}, which the build did not make`);
    const target = pkg.exports[`.${specifier.slice('sales-elements'.length)}`];
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types || !existsSync(types)) {
      problem(recipe, `'${specifier}' has no types file in package.json exports, or it was not built`);
      continue;
    }
    const exported = exportedNames(types);
    const missing = names.filter((name) => !exported.has(name));
    if (missing.length) problem(recipe, `'${specifier}' does not export ${missing.join(', ')}`);
  }
}

/**
 * Custom-element tags in markup, each with its bound names. `binding(raw)` turns one attribute as
 * written into `{ kind: 'field' | 'attribute' | 'event' | 'either', name }`, or null to skip it.
 */
function checkMarkup(recipe, markup, binding) {
  const tags = [...markup.matchAll(/<([a-z][\w]*-[\w-]*)((?:\s+[^\s>=]+(?:="[^"]*")?)*)\s*\/?>/g)];
  if (!tags.length) problem(recipe, 'uses no element of ours');
  for (const [, tag, attributes] of tags) {
    const element = elements.get(tag);
    if (!element) {
      problem(recipe, `<${tag}> is not an element of custom-elements.json`);
      continue;
    }
    for (const [, raw] of attributes.matchAll(/\s+([^\s>=]+)(?:="[^"]*")?/g)) {
      const bound = binding(raw);
      if (!bound) continue;
      const { kind, name } = bound;
      const known =
        kind === 'field'
          ? element.fields.has(name)
          : kind === 'attribute'
            ? element.attributes.has(name)
            : kind === 'event'
              ? element.events.has(name)
              : element.fields.has(name) || element.attributes.has(name);
      if (!known)
        problem(recipe, `<${tag}> has no ${kind === 'either' ? 'property or attribute' : kind} '${name}'`);
    }
  }
}

/** Events a script listens to (`addEventListener('sale-…'`) must be events some element fires. */
function checkListeners(recipe, code) {
  for (const [, name] of code.matchAll(/addEventListener\(\s*['"]([\w-]+)['"]/g)) {
    if (!allEvents.has(name)) problem(recipe, `no element fires '${name}'`);
  }
}

/** The CDN URLs name this version's files in dist/. */
function checkCdn(recipe, code, where) {
  const sources = [...code.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map(([, src]) => src);
  if (!sources.length) problem(recipe, 'loads no script');
  for (const src of sources) {
    const [, version, path] = src.match(CDN_URL) ?? [];
    if (!path)
      problem(recipe, `${src} is not a https://cdn.jsdelivr.net/npm/sales-elements@<version>/dist/… URL`);
    else if (version !== pkg.version)
      problem(recipe, `${src} names version ${version}, package.json ${pkg.version}`);
    else if (!where.test(path)) problem(recipe, `${path} is not where this recipe's files are (${where})`);
    else if (!existsSync(path)) problem(recipe, `${path} does not exist after the build`);
  }
}

const htmlAttribute = (raw) => ({ kind: 'attribute', name: raw });

const cdn = recipes.get('cdn');
if (cdn) {
  checkCdn('cdn', cdn.code, /^dist\/cdn\/[\w-]+\.js$/);
  checkMarkup('cdn', cdn.code.replace(/<script[\s\S]*?<\/script>/g, ''), htmlAttribute);
  checkListeners('cdn', cdn.code);
}
const bundle = recipes.get('cdn-bundle');
if (bundle) checkCdn('cdn-bundle', bundle.code, /^dist\/sales-elements\.min\.js$/);

const bundler = recipes.get('bundler');
if (bundler) checkImports('bundler', bundler.code);

/** The Vue config with its two imports replaced by stand-ins: it is imported for its isCustomElement. */
let isCustomElement;
const vueConfig = recipes.get('vue-config');
if (vueConfig) {
  const stubs = {
    "import { defineConfig } from 'vite';": 'const defineConfig = (config) => config;',
    "import vue from '@vitejs/plugin-vue';": "const vue = (options) => ({ name: 'vite:vue', options });",
  };
  let source = vueConfig.code;
  for (const [line, stub] of Object.entries(stubs)) {
    if (!source.includes(line)) problem('vue-config', `the check expects the line ${line}`);
    source = source.replace(line, stub);
  }
  try {
    const config = (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default;
    isCustomElement = config.plugins[0].options.template.compilerOptions.isCustomElement;
    if (typeof isCustomElement !== 'function') throw new Error('no template.compilerOptions.isCustomElement');
  } catch (error) {
    problem('vue-config', `does not run as a Vite config: ${error.message}`);
  }
  if (isCustomElement) {
    const rejected = [...elements.keys()].filter((tag) => !isCustomElement(tag));
    if (rejected.length) problem('vue-config', `isCustomElement rejects our ${rejected.join(', ')}`);
    const accepted = NOT_OURS.filter((tag) => isCustomElement(tag));
    if (accepted.length) problem('vue-config', `isCustomElement accepts ${accepted.join(', ')}`);
  }
}

const vueComponent = recipes.get('vue-component');
if (vueComponent) {
  const { descriptor, errors } = parse(vueComponent.code, { filename: 'recipe.vue' });
  if (errors.length || !descriptor.template || !descriptor.scriptSetup)
    problem('vue-component', `is not a single-file component with <script setup> and <template>: ${errors}`);
  else {
    checkImports('vue-component', descriptor.scriptSetup.content);
    const compile = (compilerOptions) =>
      compileTemplate({
        source: descriptor.template.content,
        filename: 'recipe.vue',
        id: 'recipe',
        compilerOptions,
      });
    // Without the option Vue looks for a component of that name: the check below can fail.
    if (!compile({}).code.includes('resolveComponent'))
      problem(
        'vue-component',
        'compiles without resolveComponent even with no isCustomElement: check the check',
      );
    if (isCustomElement) {
      const { code, errors: compileErrors } = compile({ isCustomElement });
      if (compileErrors.length) problem('vue-component', `does not compile: ${compileErrors.join('; ')}`);
      if (code.includes('resolveComponent'))
        problem('vue-component', 'compiles to a Vue component lookup: isCustomElement misses a tag it uses');
    }
    checkMarkup('vue-component', descriptor.template.content, (raw) => {
      const [, prefix, rest] = raw.match(/^(:|v-bind:|@|v-on:|\.)?(.*)$/);
      const [name, ...modifiers] = rest.split('.');
      if (prefix === '@' || prefix === 'v-on:') return { kind: 'event', name };
      if (prefix === '.' || modifiers.includes('prop'))
        return { kind: 'field', name: prefix === '.' ? rest : name };
      return { kind: prefix ? 'either' : 'attribute', name };
    });
  }
}

const angular = recipes.get('angular');
if (angular) {
  checkImports('angular', angular.code);
  if (!/import\s*\{[^}]*\bCUSTOM_ELEMENTS_SCHEMA\b[^}]*\}\s*from\s*'@angular\/core'/.test(angular.code))
    problem('angular', "does not import CUSTOM_ELEMENTS_SCHEMA from '@angular/core'");
  if (!/schemas:\s*\[[^\]]*\bCUSTOM_ELEMENTS_SCHEMA\b/.test(angular.code))
    problem('angular', 'does not put CUSTOM_ELEMENTS_SCHEMA in schemas');
  const template = angular.code.match(/template:\s*`([\s\S]*?)`/)?.[1];
  if (!template) problem('angular', 'has no inline template');
  else
    checkMarkup('angular', template, (raw) => {
      const property = raw.match(/^\[([\w.-]+)\]$/)?.[1];
      if (property) return { kind: 'field', name: property };
      const event = raw.match(/^\(([\w.-]+)\)$/)?.[1];
      if (event) return { kind: 'event', name: event };
      return { kind: 'attribute', name: raw };
    });
}

if (problems.length) {
  console.error(`README.md recipes that would not work:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`README.md: ${recipes.size} recipes checked (${[...recipes.keys()].join(', ')}).`);
