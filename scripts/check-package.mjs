// After `rollup -c`: the tarball `npm pack` would publish must hold every path package.json
// promises (exports, types, sideEffects, the manifest), the licences, and every element entry in
// src/ must be exported, so a release never ships a 404. The file list comes from npm itself, not
// from the working tree, so a `files` entry that leaves something out fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cdnFilesLoaded, cdnInputs } from './rollup-cdn.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// --ignore-scripts: check the build that is already in dist/ instead of running prepack again.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  }),
);
const packed = new Set(pack.files.map((file) => file.path));
const inTarball = (path) => packed.has(path.replace(/^\.\//, ''));

const targets = Object.entries(pkg.exports).flatMap(([key, value]) =>
  typeof value === 'string' ? [[key, value]] : Object.values(value).map((path) => [key, path]),
);
const required = [
  ...targets,
  ['types', pkg.types],
  ['customElements', pkg.customElements],
  ['the main entry', './dist/index.js'],
  ['the main types', './dist/index.d.ts'],
  ['the MIT licence', 'LICENSE'],
  ['the third-party notices', 'THIRD_PARTY_NOTICES.md'],
  // scripts/generate-integrations.mjs: typings for React and Vue, data for VS Code and JetBrains.
  ['web-types', pkg['web-types']],
  ...[
    'jsx.d.ts',
    'vue.d.ts',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
  ].map((file) => ['the generated integrations', `./dist/integrations/${file}`]),
];
for (const [key, path] of required) {
  if (!inTarball(path)) problems.push(`${key} points to ${path}, which the packed tarball lacks`);
}
for (const path of pkg.sideEffects) {
  // src/ paths serve the dev server and tests from the repository; only dist/ is published.
  const found = path.startsWith('./dist/') ? inTarball(path) : existsSync(path);
  if (!found) problems.push(`sideEffects names ${path}, which does not exist`);
}
const elementEntries = readdirSync('src').filter(
  (file) => file.endsWith('.ts') && !['index.ts', 'define.ts'].includes(file),
);
for (const file of elementEntries) {
  const entry = `./${file.replace(/\.ts$/, '.js')}`;
  if (!pkg.exports[entry])
    problems.push(`src/${file} registers an element but package.json does not export ${entry}`);
  if (!pkg.sideEffects.includes(`./dist${entry.slice(1)}`))
    problems.push(`sideEffects misses ./dist${entry.slice(1)}`);
  for (const built of [`dist${entry.slice(1)}`, `dist${entry.slice(1, -3)}.d.ts`]) {
    if (!packed.has(built)) problems.push(`the packed tarball lacks ${built}`);
  }
}

// dist/cdn/: every element's file and every chunk it imports, so a CDN page never meets a 404.
const cdnNames = Object.keys(cdnInputs(elementEntries.map((file) => `src/${file}`))).map(
  (name) => `${name}.js`,
);
if (!cdnNames.length) problems.push('no src/<tag>.ts registers an element, so dist/cdn/ would be empty');
for (const name of cdnNames) {
  const files = existsSync(`dist/cdn/${name}`) ? cdnFilesLoaded([name]) : [`dist/cdn/${name}`];
  for (const file of files) if (!packed.has(file)) problems.push(`the packed tarball lacks ${file}`);
}
const litChunks = existsSync('dist/cdn/chunks')
  ? readdirSync('dist/cdn/chunks').filter((file) => file.startsWith('lit-'))
  : [];
// Two: ReactiveElement alone (all the hand-rendering elements need) and lit-html with LitElement
// (scripts/rollup-cdn.mjs); a third would mean a page could load Lit twice.
const litKinds = litChunks.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort();
if (litKinds.join() !== 'lit,lit-reactive')
  problems.push(
    `dist/cdn/chunks/ should hold the lit and lit-reactive chunks once each, not ${litChunks.join(', ')}`,
  );

// Lit's BSD-3-Clause licence asks that its notice travel with the code the one-file bundle and the
// CDN's Lit chunks inline.
for (const file of ['dist/sales-elements.min.js', ...litChunks.map((chunk) => `dist/cdn/chunks/${chunk}`)]) {
  const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!/@license\s+\*\s+Copyright \d{4} Google LLC\s+\*\s+SPDX-License-Identifier: BSD-3-Clause/.test(code))
    problems.push(`${file} lacks Lit's @license comment (BSD-3-Clause)`);
}

if (problems.length) {
  console.error(`The package does not match the build:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `npm pack: ${pack.entryCount} files; ${targets.length} export targets, ${pkg.sideEffects.length} side-effect files, ${cdnNames.length} dist/cdn/ entries with their chunks, the licences and Lit's notice are in it.`,
);
