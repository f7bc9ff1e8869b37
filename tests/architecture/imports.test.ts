import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ are the pipeline, in this order. A module may import its own stage and
 * the stages before it, never one after it: `contract/` (the input and output schemas, pure) is
 * imported by every stage, and `cli/` by none.
 */
const STAGES = ['contract', 'config', 'read', 'load', 'compute', 'render', 'write', 'pipeline.ts', 'diff', 'explain', 'cli'];

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file, static and dynamic, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((spec) => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
}

const stageOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
const rel = (file: string) => path.relative(SRC, file);

/** Every cycle's first edge back, found by a depth-first search (empty when the graph is acyclic). */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('src/ reads in pipeline order', () => {
  it('every folder of src/ is a known stage', () => {
    expect([...new Set([...graph.keys()].map(stageOf))].filter((stage) => !STAGES.includes(stage))).toEqual([]);
  });

  it('every relative import names an existing file', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${rel(file)} -> ${rel(t)}`));
    expect(missing).toEqual([]);
  });

  it('no stage imports a later stage', () => {
    const backwards = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => STAGES.indexOf(stageOf(target)) > STAGES.indexOf(stageOf(file)))
        .map((target) => `${rel(file)} -> ${rel(target)}`),
    );
    expect(backwards).toEqual([]);
  });

  it('no import cycle between files', () => {
    expect(cycles(graph).map((cycle) => cycle.map(rel).join(' -> '))).toEqual([]);
  });

  it('no import cycle between folders (within a stage, between its subfolders)', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = path.dirname(file);
      for (const target of targets) {
        const to = path.dirname(target);
        if (to !== from) folders.set(from, (folders.get(from) ?? new Set()).add(to));
      }
    }
    const edges = new Map([...folders].map(([from, tos]) => [from, [...tos]]));
    expect(cycles(edges).map((cycle) => cycle.map(rel).join(' -> '))).toEqual([]);
  });

  it('compute/ touches no file system, clock, environment or process', () => {
    const impure = [...graph.keys()]
      .filter((file) => stageOf(file) === 'compute')
      .filter((file) => /from 'node:|\bprocess\.|Date\.now|new Date\(\s*\)|performance\./.test(readFileSync(file, 'utf8')))
      .map(rel);
    expect(impure).toEqual([]);
  });

  it('finds what it checks for (the import reader sees static, type-only and dynamic imports)', () => {
    const pipeline = graph.get(path.join(SRC, 'pipeline.ts'))!.map(rel);
    expect(pipeline).toContain(path.join('compute', 'metrics.ts'));
    expect(cycles(new Map([['a', ['b']], ['b', ['a']]]))).toEqual([['a', 'b', 'a']]);
  });
});
