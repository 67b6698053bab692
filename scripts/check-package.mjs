// After `rollup -c`: every path package.json promises (exports, types, sideEffects, the manifest)
// must exist, and every element entry in src/ must be exported, so a release never ships a 404.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const targets = Object.entries(pkg.exports).flatMap(([key, value]) =>
  typeof value === 'string' ? [[key, value]] : Object.values(value).map((path) => [key, path]),
);
for (const [key, path] of [...targets, ['types', pkg.types], ['customElements', pkg.customElements]]) {
  if (!existsSync(path)) problems.push(`${key} points to ${path}, which the build did not produce`);
}
for (const path of pkg.sideEffects) {
  if (!existsSync(path)) problems.push(`sideEffects names ${path}, which does not exist`);
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
}

if (problems.length) {
  console.error(`package.json does not match the build:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package.json: ${targets.length} export targets and ${pkg.sideEffects.length} side-effect files exist.`,
);
