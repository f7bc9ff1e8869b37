#!/usr/bin/env node
import module from 'node:module';

// From Node 22.1 on, Node keeps the compiled code of the modules loaded after this line in its
// compile cache (node-compile-cache in the OS temporary folder; NODE_DISABLE_COMPILE_CACHE=1
// turns it off), so that the next runs start faster. Node 20 has no such cache.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
