#!/usr/bin/env node
import module from 'node:module';

// From Node 22.1 on, Node keeps the compiled code of the modules loaded after this line in its
// compile cache (node-compile-cache in the OS temporary folder; NODE_DISABLE_COMPILE_CACHE=1
// turns it off), so that the next runs start faster. Node 20 has no such cache.
module.enableCompileCache?.();
// ALPES_DEBUG=1 prints the stack of an internal error: through the bundle's source maps, it
// names the modules of dist/ (tsc's output, one per module of src/).
if (process.env.ALPES_DEBUG) process.setSourceMapsEnabled(true);
// The bundle of dist/ (scripts/bundle.mjs), which starts faster than its ~70 modules.
const { main } = await import('../dist/bundle/main.js');

process.exitCode = await main(process.argv.slice(2));
