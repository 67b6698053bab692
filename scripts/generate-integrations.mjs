// After `rollup -c`: the typings and editor data that consumers get without writing any themselves,
// generated from custom-elements.json into dist/integrations/ by the generators the custom-elements
// community keeps (not by hand), then corrected where a generator's output would not compile or
// would mistype our events (each correction says why):
// - jsx.d.ts: React 19's `JSX.IntrinsicElements` for every tag (`import type {} from 'sales-elements/jsx'`);
// - vue.d.ts: Vue's `GlobalComponents` (`import type {} from 'sales-elements/vue'`);
// - vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code's `html.customData`/`css.customData`;
// - web-types.json: JetBrains IDEs (package.json's "web-types" field points at it).
// The .d.ts files import our types from ../index.js (dist/index.d.ts), which resolves next to them in
// a consumer's node_modules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import ts from 'typescript';

const outdir = 'dist/integrations';
/** Where the generated .d.ts files import our classes and types from, relative to outdir. */
const typesEntry = '../index.js';

const manifestText = readFileSync('custom-elements.json', 'utf8');
/** A fresh copy for each generator: some of them add fields to the manifest they are given. */
const manifest = () => JSON.parse(manifestText);

const declarations = manifest().modules.flatMap((module) => module.declarations ?? []);
/** The event classes the elements fire, by name (the manifest's `@fires {SaleSaveEvent}` types). */
const eventClasses = new Set(
  declarations
    .flatMap((declaration) => declaration.events ?? [])
    .flatMap((event) => event.type?.references ?? [])
    .map((reference) => reference.name),
);
/** Registering entry (`sale-card.js`) of each element class, from the manifest's definitions. */
const entryOfClass = new Map(
  manifest().modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((exported) => exported.kind === 'custom-element-definition')
      .map((exported) => [exported.declaration.name, module.path.replace(/^dist\//, '')]),
  ),
);

mkdirSync(outdir, { recursive: true });
const read = (file) => readFileSync(`${outdir}/${file}`, 'utf8');
const write = (file, text) => writeFileSync(`${outdir}/${file}`, text);

/** Removes each top-level `declare <head> { … }` block whose head matches. */
function dropDeclareBlocks(text, head) {
  return text.replace(/^declare (global|module "[^"]+") \{\n[\s\S]*?^\}\n?/gm, (block, name) =>
    head.test(name) ? '' : block,
  );
}

/** Adds names to the (one) import from typesEntry, each name once. */
function importFromTypesEntry(text, names) {
  const pattern = new RegExp(`import type \\{([^}]*)\\} from "${typesEntry.replaceAll('.', '\\.')}";`);
  const match = pattern.exec(text);
  if (!match) throw new Error(`generate-integrations: no import from ${typesEntry} to extend`);
  const imported = match[1].split(',').map((name) => name.trim());
  const all = [...new Set([...imported, ...names].filter(Boolean))];
  return text.replace(pattern, `import type {\n  ${all.join(',\n  ')},\n} from "${typesEntry}";`);
}

// --- React 19 JSX ---------------------------------------------------------------------------------
generateJsxTypes(manifest(), {
  outdir,
  fileName: 'jsx.d.ts',
  globalTypePath: typesEntry,
  // `onsale-save={(e) => …}`: `e` is the event class with `target` typed as the element.
  stronglyTypedEvents: true,
});
let jsx = read('jsx.d.ts');
// The generator imports an event's type only when the manifest writes it `CustomEvent<Detail>`; ours
// name the event class itself (`SaleSaveEvent`), which the handlers use: import those too.
jsx = importFromTypesEntry(jsx, [...eventClasses].sort());
// The generator augments the JSX of ten runtimes (preact, solid-js, @stencil/core, …) and the global
// namespace. Augmenting a module the consumer has not installed is error TS2664 under
// `skipLibCheck: false`, and React 19 reads only its own `React.JSX`: keep `declare module "react"`.
jsx = dropDeclareBlocks(jsx, /^(?!module "react"$)/);
// Its props shared by every element are framework-neutral: `ref` takes no `useRef()` object,
// `children` is `any`, `style` is a record without React's CSS types, and no React DOM handler
// (`onClick`) is typed. React's own props for an HTML element are exact.
jsx = jsx.replace(
  /^type BaseProps<T extends HTMLElement> = \{\n[\s\S]*?^\};$/m,
  'type BaseProps<T extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<T>, T>;',
);
if (!jsx.includes('= DetailedHTMLProps<'))
  throw new Error('generate-integrations: the JSX generator no longer writes BaseProps as expected');
write('jsx.d.ts', `import type { DetailedHTMLProps, HTMLAttributes } from "react";\n${jsx}`);

// --- Vue 3 GlobalComponents -----------------------------------------------------------------------
// The generator makes every public field a prop, read-only ones too (`editing`, `dirty`): Vue would
// assign them, which throws on a getter-only property. Give it only the settable ones.
const settableOnly = manifest();
for (const declaration of settableOnly.modules.flatMap((module) => module.declarations ?? [])) {
  if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
}
generateVuejsTypes(settableOnly, {
  outdir,
  fileName: 'vue.d.ts',
  globalTypePath: typesEntry,
  hideLogs: true,
});
let vue = read('vue.d.ts');
// The generator imports an event class once per element that fires it: TS2300 duplicate identifier.
vue = importFromTypesEntry(vue, []);
// It wraps the manifest's event type as the detail (`CustomEvent<SaleSaveEvent>`); ours is the
// event class, itself a CustomEvent: `e.detail.changes` must type-check.
vue = vue.replace(/CustomEvent<(\w+)>/g, (text, name) => (eventClasses.has(name) ? name : text));
// It also declares the Vue component types as global JSX intrinsic elements, which would make a
// React or Vue TSX `<sale-card sale={…}>` check its props against a component constructor.
vue = dropDeclareBlocks(vue, /^global$/);
write('vue.d.ts', vue);

// --- Editor data ----------------------------------------------------------------------------------
// An attribute's manifest type may name an alias (`status: SaleStatus`): VS Code would offer the
// word "SaleStatus" as its value and JetBrains would show the name. Both generators read the type
// from `typesSrc` when present: give them the alias spelled out (`'open' | 'sold' | …`).
const expandedTypes = expandAttributeTypes(manifest());
const withExpandedTypes = () => {
  const copy = manifest();
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) {
        const text = expandedTypes.get(attribute.type?.text);
        if (text) attribute.expandedType = { text };
      }
    }
  }
  return copy;
};
generateVsCodeCustomElementData(withExpandedTypes(), {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  typesSrc: 'expandedType',
  hideLogs: true,
});
generateJetBrainsWebTypes(withExpandedTypes(), {
  outdir,
  typesSrc: 'expandedType',
  webTypesFileName: 'web-types.json',
  // package.json's "web-types" field is written by hand: never let a build rewrite package.json.
  packageJson: false,
  // Each element's `source`: the entry a consumer imports to register it, by its package export.
  modulePathTemplate: (className) => `sales-elements/${entryOfClass.get(className)}`,
  hideLogs: true,
});

for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
  // Re-serialize: the generators write hand-built JSON text; this also proves it parses.
  write(file, `${JSON.stringify(JSON.parse(read(file)), null, 2)}\n`);
}

/**
 * Attribute type texts that name our types (`SaleStatus`, `Id | undefined`), each mapped to the
 * union it stands for as TypeScript resolves it against dist/index.d.ts (`"open" | "sold" | …`).
 * Only unions of literals and primitives are spelled out; anything else keeps its name.
 */
function expandAttributeTypes(cem) {
  const texts = [
    ...new Set(
      cem.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((declaration) => declaration.attributes ?? [])
        .map((attribute) => attribute.type?.text)
        .filter((text) => text && /\b[A-Z]/.test(text)),
    ),
  ];
  const names = [...new Set(texts.flatMap((text) => text.match(/\b[A-Z]\w*/g)))];
  const file = `${process.cwd()}/${outdir}/attribute-types.ts`.replaceAll('\\', '/');
  const source = [
    `import type { ${names.join(', ')} } from '${typesEntry}';`,
    ...texts.map((text, index) => `export declare const type${index}: ${text};`),
  ].join('\n');
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  if (problems.length) {
    const text = ts.flattenDiagnosticMessageText(problems[0].messageText, '\n');
    throw new Error(`generate-integrations: cannot resolve the attribute types: ${text}`);
  }
  const checker = program.getTypeChecker();
  const expanded = new Map();
  program.getSourceFile(file).statements.forEach((statement, index) => {
    if (!ts.isVariableStatement(statement)) return;
    const type = checker.getTypeAtLocation(statement.declarationList.declarations[0].name);
    const members = type.isUnion() ? type.types : [type];
    const simple = (member) =>
      member.isLiteral() ||
      member.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Undefined | ts.TypeFlags.Null);
    if (members.every(simple))
      expanded.set(texts[index - 1], members.map((member) => checker.typeToString(member)).join(' | '));
  });
  return expanded;
}
