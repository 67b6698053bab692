// After `npm run build` (rollup + scripts/generate-integrations.mjs): checks what consumers get in
// dist/integrations/ against custom-elements.json.
// 1. Every event class and every type an element's attributes and properties name is exported from
//    the package's main types (dist/index.d.ts): the generated .d.ts files import them from there.
// 2. test/consumer/ (React 19 TSX, Vue 3) type-checks against the built package, `strict` and
//    `skipLibCheck: false`; `sales-elements/*` resolves through package.json's `exports` by the
//    package's own name, as it does in a consumer's node_modules.
// 3. The JSX and Vue typings, the VS Code custom data and the JetBrains web-types list every tag,
//    attribute, property, event, CSS custom property and part of the manifest.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const problems = [];
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const read = (file) => readFileSync(`dist/integrations/${file}`, 'utf8');
const readJson = (file) => JSON.parse(read(file));

// 1. The types the manifest names are exported from dist/index.d.ts.
const typeTexts = elements.flatMap((element) => [
  ...(element.attributes ?? []).map((attribute) => attribute.type?.text),
  ...(element.members ?? []).filter((member) => member.kind === 'field').map((field) => field.type?.text),
  ...(element.events ?? []).map((event) => event.type?.text),
]);
/** Names the TypeScript and DOM libraries declare, which need no export. */
const globals = new Set([
  'Array',
  'ReadonlyArray',
  'Promise',
  'Record',
  'Partial',
  'Readonly',
  'HTMLElement',
]);
const named = new Set(
  typeTexts
    .flatMap((text) => text?.match(/\b[A-Z]\w*/g) ?? [])
    .concat(elements.map((element) => element.name))
    .filter((name) => !globals.has(name)),
);
const indexProgram = ts.createProgram(['dist/index.d.ts'], {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  types: [],
});
const checker = indexProgram.getTypeChecker();
const indexModule = checker.getSymbolAtLocation(indexProgram.getSourceFile('dist/index.d.ts'));
const exported = new Set(checker.getExportsOfModule(indexModule).map((symbol) => symbol.name));
for (const name of [...named].sort()) {
  if (!exported.has(name)) problems.push(`dist/index.d.ts does not export ${name}, which the manifest names`);
}

// 2. The consumer type tests.
const config = ts.getParsedCommandLineOfConfigFile(
  'test/consumer/tsconfig.json',
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic.messageText),
  },
);
if (config) {
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];
  if (diagnostics.length) {
    problems.push(
      `test/consumer does not type-check:\n${ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: ts.sys.getCurrentDirectory,
        getNewLine: () => '\n',
      })}`,
    );
  }
}

// 3. Every part of the manifest's API in each generated file.
const jsx = read('jsx.d.ts');
const vue = read('vue.d.ts');
const vscodeHtml = new Map(readJson('vscode.html-custom-data.json').tags.map((tag) => [tag.name, tag]));
const vscodeCss = readJson('vscode.css-custom-data.json');
const vscodeCssNames = new Set(
  [...vscodeCss.properties, ...vscodeCss.pseudoElements].map((item) => item.name),
);
const webTypes = readJson('web-types.json').contributions;
const webTypesElements = new Map(webTypes.html.elements.map((element) => [element.name, element]));
const webTypesCss = new Set(
  [...webTypes.css.properties, ...webTypes.css['pseudo-elements']].map((item) => item.name),
);
const names = (items) => new Set((items ?? []).map((item) => item.name));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg['web-types'] !== './dist/integrations/web-types.json')
  problems.push(`package.json's "web-types" is ${pkg['web-types']}, not ./dist/integrations/web-types.json`);

for (const element of elements) {
  const tag = element.tagName;
  const missing = (where, what) => problems.push(`${where} lacks <${tag}>'s ${what}`);
  if (!jsx.includes(`"${tag}": Partial<`)) missing('jsx.d.ts', 'JSX element');
  if (!vue.includes(`"${tag}": DefineComponent<`)) missing('vue.d.ts', 'component');
  const vscode = vscodeHtml.get(tag);
  const jetbrains = webTypesElements.get(tag);
  if (!vscode) missing('vscode.html-custom-data.json', 'tag');
  if (!jetbrains) missing('web-types.json', 'element');
  for (const attribute of element.attributes ?? []) {
    if (vscode && !names(vscode.attributes).has(attribute.name))
      missing('vscode.html-custom-data.json', `attribute ${attribute.name}`);
    if (jetbrains && !names(jetbrains.attributes).has(attribute.name))
      missing('web-types.json', `attribute ${attribute.name}`);
  }
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  for (const field of fields) {
    if (jetbrains && !names(jetbrains.js?.properties).has(field.name))
      missing('web-types.json', `property ${field.name}`);
  }
  for (const event of element.events ?? []) {
    if (!jsx.includes(`"on${event.name}"?:`)) missing('jsx.d.ts', `handler on${event.name}`);
    if (!vue.includes(`"on${event.name}"?:`)) missing('vue.d.ts', `handler on${event.name}`);
    // VS Code's custom data has no events: they are listed in the tag's description.
    if (vscode && !vscode.description.includes(`**${event.name}**`))
      missing('vscode.html-custom-data.json', `event ${event.name} in its description`);
    if (
      jetbrains &&
      !(names(jetbrains.events).has(event.name) && names(jetbrains.js?.events).has(event.name))
    )
      missing('web-types.json', `event ${event.name}`);
  }
  for (const property of element.cssProperties ?? []) {
    if (!vscodeCssNames.has(property.name))
      missing('vscode.css-custom-data.json', `CSS property ${property.name}`);
    if (!webTypesCss.has(property.name)) missing('web-types.json', `CSS property ${property.name}`);
  }
  for (const part of element.cssParts ?? []) {
    if (!vscodeCssNames.has(`::part(${part.name})`))
      missing('vscode.css-custom-data.json', `part ${part.name}`);
    if (!webTypesCss.has(`part(${part.name})`)) missing('web-types.json', `part ${part.name}`);
  }
}

if (problems.length) {
  console.error(`The generated integrations do not match the manifest:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Integrations: ${elements.length} elements in jsx.d.ts, vue.d.ts, VS Code and JetBrains data; ${named.size} manifest types exported; test/consumer type-checks.`,
);
