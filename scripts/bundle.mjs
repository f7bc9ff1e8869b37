// Bundles tsc's output (dist/ by default, or the folder given) into <dist>/bundle/, which
// bin/alpes-report.js runs: Node 20 loads a few files much faster than the ~160 ES modules of
// a JSON build (zod alone is 95), about 90 ms of a ~1.1 s JSON build of the fixtures.
//
// Paths the code finds from its own location stay right: <dist>/bundle/ is two folders below
// the root like <dist>/render/ (html.ts finds templates/), and the worker entry
// activity-worker.js sits beside the chunks (activity-workers.ts starts it from there).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const dist = path.resolve(process.argv[2] ?? 'dist');
const outdir = path.join(dist, 'bundle');
// Chunk names change with their content: no chunk of an earlier build is left behind.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { main: path.join(dist, 'cli/main.js'), 'activity-worker': path.join(dist, 'load/activity-worker.js') },
  outdir,
  bundle: true,
  // The modules imported on demand (a command, the HTML and PDF renderers) stay separate chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded by Node from node_modules, only for the HTML and PDF formats.
  external: ['@observablehq/plot', '@puppeteer/browsers', 'exceljs', 'handlebars', 'jszip', 'linkedom', 'pdf-lib', 'puppeteer-core'],
  // commander is CommonJS: its require() calls of Node modules need a require in an ES bundle.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  // For the stacks printed with ALPES_DEBUG=1 (bin/alpes-report.js).
  sourcemap: true,
  logLevel: 'warning',
});
