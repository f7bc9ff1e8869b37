import { describe, expect, it } from 'vitest';
import { computeMde } from '../../src/compute/mde.js';
import { computeIndicators } from '../../src/compute/metrics.js';
import type { Registers } from '../../src/load/registers.js';
import { ACTION_OWNERS, ACTION_THEMES, ACTION_TYPES } from '../../src/contract/vocabularies.js';
import { action, activity, context2024, d, youngPerson, registers } from '../helpers/records.js';

/**
 * Every indicator that looks up an action's participants must reach them through one index,
 * not by rescanning participations.csv per action (issue #19: that cost grew with actions x
 * participations). Counted, not timed: a proxy counts the rows read.
 */
type Participation = Registers['participations'][number];

function countingRows(rows: Participation[]): { rows: Participation[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { rows: proxy, reads: () => reads };
}

/** `actions` actions of every type, theme and owner, with 2 000 participations spread over them. */
function rowsReadFor(actions: number): { reads: number; participations: number } {
  const list = Array.from({ length: actions }, (_, i) =>
    action({
      actionId: `A${i}`,
      date: d(`${String((i % 28) + 1).padStart(2, '0')}/05/2024`),
      type: ACTION_TYPES[i % ACTION_TYPES.length]!,
      theme: ACTION_THEMES[i % ACTION_THEMES.length]!,
      owner: ACTION_OWNERS[i % ACTION_OWNERS.length]!,
      title: `Action ${i % 7}`,
    }),
  );
  const participations = Array.from({ length: 2_000 }, (_, i): Participation => ({ actionId: `A${i % actions}`, participant: i % 500, youngPerson: i % 3, communeInTerritory: true }));
  const counted = countingRows(participations);
  const data = registers({ youngPeople: [youngPerson(), youngPerson(), youngPerson()], actions: list, participations: counted.rows });
  computeIndicators(data, activity(data, []), context2024);
  computeMde(data, undefined, context2024);
  return { reads: counted.reads(), participations: participations.length };
}

describe('indicators read each participation a bounded number of times', () => {
  it('whatever the number of actions', () => {
    const few = rowsReadFor(30);
    const many = rowsReadFor(600);
    // One pass to index them (and none per action): scanning per action would read 600 x 2 000.
    expect(few.reads).toBeLessThanOrEqual(2 * few.participations);
    expect(many.reads).toBeLessThanOrEqual(2 * many.participations);
    expect(few.reads).toBeGreaterThan(0);
  });
});
