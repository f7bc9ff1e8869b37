/**
 * Writes schema/metrics.schema.json, the JSON Schema of metrics.json, from the zod schema in
 * src/contract/metrics-schema.ts: `npx tsx scripts/write-metrics-schema.ts`.
 *
 * The file is committed and shipped in the package; tests/contract/metrics-schema.test.ts fails
 * when it differs from what this script writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { metricsJsonSchemaText } from '../src/contract/metrics-schema.js';

const target = path.resolve(import.meta.dirname, '../schema/metrics.schema.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, metricsJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
