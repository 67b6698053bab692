// What a page loads before its first render, from a Rollup build's output: the entry chunks and,
// transitively, their static imports. Every other chunk is reached only by an `import()` (the card's
// <sale-combobox> and lazy tabs, the Norwegian texts), so it loads later, if at all. Used by
// scripts/check-size.mjs and bench/profile/bytes.mjs.

/** The output's chunks by file name, and the names of those loaded before the first render. */
export function initialChunks(output) {
  const chunks = new Map(
    output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    chunks.get(fileName).imports.forEach(visit);
  };
  [...chunks.values()].filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  return { chunks, initial };
}
