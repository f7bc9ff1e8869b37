/**
 * Writes docs/indicateurs.md from the catalogue of figures (src/contract/figures.ts):
 * `npx tsx scripts/write-indicateurs.ts`. tests/contract/figures.test.ts fails when the
 * committed file differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { figuresMarkdown } from '../src/contract/figures-doc.js';

const target = path.resolve(import.meta.dirname, '../docs/indicateurs.md');
writeFileSync(target, figuresMarkdown());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
