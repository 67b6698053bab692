// What keeps removed elements alive after the memory check (bench/memory.ts): runs the same mount
// and remove cycles in the bench page, takes a heap snapshot over CDP and prints, for each removed
// instance still in the heap, its shortest retaining path from the GC roots (weak edges skipped).
//
//   node bench/profile/retainers.mjs [element] [cycles]   default: sale-card 1000
//   RETAINER_CLASS=SaleSections                            the JS class to look for (default from the tag)
//   RETAINER_PATHS=5                                       paths printed (default 10)
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startBenchServer } from '../serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const element = process.argv[2] ?? 'sale-card';
const cycles = Number(process.argv[3] ?? 1000);
const className =
  process.env.RETAINER_CLASS ??
  element
    .split('-')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
const maxPaths = Number(process.env.RETAINER_PATHS ?? 10);

const { server, origin } = await startBenchServer(root);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction(() => 'bench' in globalThis);
  // The snapshot is taken while the page is paused in the task that counted, so that work queued
  // for idle time has not run yet. Paused, the page's own stack is a root too: "(Stack roots)" and
  // "C++ native stack roots" paths are that stack (the collection scans the native stack
  // conservatively), not the elements' doing.
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('Debugger.enable');
  await cdp.send('HeapProfiler.enable');
  const paused = new Promise((resolve) => cdp.once('Debugger.paused', resolve));
  const finished = page.evaluate(
    async ([name, count]) => {
      const result = await globalThis.bench.mountAndRemove(name, count);
      debugger; // eslint-disable-line no-debugger
      return result;
    },
    [element, cycles],
  );
  await Promise.race([paused, finished]);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('Debugger.resume');
  const result = await finished;
  console.log(
    `bench: ${result.reachable} of ${result.cycles} removed <${element}> instances reachable after the collection` +
      (result.reachable ? ` (cycles ${result.reachableAt.join(', ')})` : ''),
  );
  printRetainers(JSON.parse(chunks.join('')));
} finally {
  await browser.close();
  await server.stop();
}

function printRetainers(snapshot) {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const N = nodeFields.length;
  const E = edgeFields.length;
  const { nodes, edges, strings } = snapshot;
  const nodeCount = nodes.length / N;
  const f = Object.fromEntries(nodeFields.map((name, i) => [name, i]));
  const g = Object.fromEntries(edgeFields.map((name, i) => [name, i]));

  const firstEdge = new Uint32Array(nodeCount + 1);
  for (let n = 0, e = 0; n < nodeCount; n++) {
    firstEdge[n] = e;
    e += nodes[n * N + f.edge_count] * E;
  }
  firstEdge[nodeCount] = edges.length;

  const name = (n) => strings[nodes[n * N + f.name]];
  const type = (n) => nodeTypes[nodes[n * N + f.type]];
  const edgeName = (e) => {
    const kind = edgeTypes[edges[e + g.type]];
    const value = edges[e + g.name_or_index];
    return kind === 'element' || kind === 'hidden' ? `[${value}]` : strings[value];
  };

  // Distances from the root over strong edges (breadth first), and each node's nearest retainer.
  // The paused page's stack: roots of the snapshot, not of the elements.
  const isStack = (n) => type(n) === 'synthetic' && /Stack roots|native stack/i.test(name(n));
  const distance = new Int32Array(nodeCount);
  const parentNode = new Int32Array(nodeCount);
  const parentEdge = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  function walk(skipStack) {
    distance.fill(-1);
    parentNode.fill(-1);
    parentEdge.fill(-1);
    let head = 0;
    let tail = 0;
    distance[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
      const n = queue[head++];
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += E) {
        const kind = edgeTypes[edges[e + g.type]];
        if (kind === 'weak' || kind === 'shortcut') continue;
        const to = edges[e + g.to_node] / N;
        if (distance[to] !== -1 || (skipStack && isStack(to))) continue;
        distance[to] = distance[n] + 1;
        parentNode[to] = n;
        parentEdge[to] = e;
        queue[tail++] = to;
      }
    }
  }

  const targets = [];
  for (let n = 0; n < nodeCount; n++) {
    if (
      (type(n) === 'object' && name(n) === className) ||
      (type(n) === 'native' && name(n).startsWith(`<${element}`))
    )
      targets.push(n);
  }
  walk(false);
  const anyRoot = targets.filter((n) => distance[n] !== -1).length;
  walk(true);
  const reachable = targets.filter((n) => distance[n] !== -1);
  console.log(
    `\nsnapshot: ${targets.length} ${className} objects (or native <${element}> nodes), ${anyRoot} reachable` +
      ` from the roots, ${reachable.length} of them other than through the paused stack; their shortest paths:`,
  );
  reachable.sort((a, b) => distance[a] - distance[b]);
  for (const target of reachable.slice(0, maxPaths)) {
    const steps = [];
    for (let n = target; parentNode[n] !== -1; n = parentNode[n]) {
      const e = parentEdge[n];
      steps.push(
        `  ${`--${edgeTypes[edges[e + g.type]]} ${edgeName(e)}-->`.padEnd(40)} ${type(n)} ${name(n).slice(0, 90)} @${nodes[n * N + f.id]}`,
      );
    }
    steps.push(`  ${type(0)} ${name(0)}`);
    console.log(`\n${className} @${nodes[target * N + f.id]} (distance ${distance[target]}):`);
    console.log(steps.reverse().join('\n'));
  }
}
