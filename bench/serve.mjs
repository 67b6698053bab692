// The bench pages' dev server, shared by bench/run.mjs and bench/profile/run.mjs: the repository
// root on a free loopback port, production builds of Lit (without its dev-mode checks, for us and
// for Shoelace alike), TypeScript compiled on the fly.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `root` (a path ending in a slash); returns the server and its origin. */
export async function startBenchServer(root) {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port,
      nodeResolve: { exportConditions: ['production'] },
      // TypeScript only. Any other target makes the plugin reprint every .js file too, with an inline
      // source map: the built bundles would load two to three times their size.
      plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: `${root}tsconfig.json` })],
      injectWebSocket: false,
      watch: false,
      open: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { server, origin: `http://127.0.0.1:${port}` };
}
