import { describe, expect, it } from 'vitest';
import { computeMde } from '../../src/compute/mde.js';
import { computeIndicators } from '../../src/compute/metrics.js';
import type { Registers } from '../../src/load/registers.js';
import { ACTION_OWNERS, ACTION_THEMES, ACTION_TYPES } from '../../src/contract/vocabularies.js';
import { RecordTable } from '../../src/load/record-table.js';
import { action, activity, aid, context2024, d, enrolment, situation, youngPerson, registers, type ParticipationInput } from '../helpers/records.js';
import { METROPOLE_NORD_OUEST } from '../../src/contract/territory.js';
import { AID_TYPES, PROGRAMMES, SITUATION_TYPES, SUBTYPE_VOCABULARIES } from '../../src/contract/vocabularies.js';

/**
 * Every indicator that looks up an action's participants must reach them through one index,
 * not by rescanning participations.csv per action (issue #19: that cost grew with actions x
 * participations). Counted, not timed: the participations table's row visits are counted.
 */
function countingTableVisits(table: Registers['participations']): () => number {
  let reads = 0;
  const own = table as unknown as Record<string, (...args: unknown[]) => unknown>;
  const proto = RecordTable.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  own.pass = function (this: unknown, ...args: unknown[]) {
    const callback = args[0] as (...row: unknown[]) => void;
    return proto.pass!.call(this, (...row: unknown[]) => {
      reads++;
      callback(...row);
    });
  };
  for (const method of ['get', 'field']) {
    own[method] = function (this: unknown, ...args: unknown[]) {
      reads++;
      return proto[method]!.apply(this, args);
    };
  }
  return () => reads;
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
  const participations = Array.from({ length: 2_000 }, (_, i): ParticipationInput => ({ actionId: `A${i % actions}`, participant: i % 500, youngPerson: i % 3, communeInTerritory: true }));
  const data = registers({ youngPeople: [youngPerson(), youngPerson(), youngPerson()], actions: list, participations });
  const reads = countingTableVisits(data.participations);
  computeIndicators(data, activity(data, []), context2024);
  computeMde(data, undefined, context2024);
  return { reads: reads(), participations: participations.length };
}

describe('indicators read each participation a bounded number of times', () => {
  it('whatever the number of actions', () => {
    const few = rowsReadFor(30);
    const many = rowsReadFor(600);
    // Two reads a row to index them (a pass, then each row's action), then a field or two of
    // each participation per indicator that counts it; scanning per action would read 600 x 2 000.
    expect(few.reads).toBeLessThanOrEqual(4 * few.participations);
    expect(many.reads).toBeLessThanOrEqual(4 * many.participations);
    expect(few.reads).toBeGreaterThan(0);
  });
});

/**
 * Row visits (scan, filter, where, get, field) of the registers kept by column: young people,
 * situations, enrolments, aids. The pass over a table is wrapped once for the test.
 */
function countingVisits(): { visits: () => number; restore: () => void } {
  let visits = 0;
  const proto = RecordTable.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = { pass: proto.pass!, get: proto.get!, field: proto.field! };
  proto.pass = function (this: unknown, ...args: unknown[]) {
    const callback = args[0] as (...row: unknown[]) => void;
    return originals.pass.call(this, (...row: unknown[]) => {
      visits++;
      callback(...row);
    });
  };
  proto.get = function (this: unknown, ...args: unknown[]) {
    visits++;
    return originals.get.apply(this, args);
  };
  proto.field = function (this: unknown, ...args: unknown[]) {
    visits++;
    return originals.field.apply(this, args);
  };
  return { visits: () => visits, restore: () => Object.assign(proto, originals) };
}

/** `n` young people of every commune, each with two situations, an enrolment and two aids of every kind. */
function visitsFor(n: number): { visits: number; records: number } {
  const communes = METROPOLE_NORD_OUEST.communes;
  const youngPeople = Array.from({ length: n }, (_, i) => youngPerson({ commune: communes[i % communes.length]!, firstArrival: d(`${String((i % 28) + 1).padStart(2, '0')}/03/2024`) }));
  const situations = youngPeople.flatMap((_, i) =>
    [0, 1].map((k) => {
      const type = SITUATION_TYPES[(i + k) % SITUATION_TYPES.length]!;
      const subTypes = SUBTYPE_VOCABULARIES[type]?.values;
      return situation(i, { type, subType: subTypes ? subTypes[(i + k) % subTypes.length] : undefined, start: d(`0${k + 1}/04/2024`) });
    }),
  );
  const enrolments = youngPeople.map((_, i) => enrolment(i, { programme: PROGRAMMES[i % PROGRAMMES.length]! }));
  const aids = youngPeople.flatMap((_, i) => [0, 1].map((k) => aid(i, { type: AID_TYPES[(i + k) % AID_TYPES.length]!, date: d(`0${k + 1}/06/2024`) })));
  const data = registers({ youngPeople, situations, enrolments, aids });
  // Every file provided (a section whose file holds no row is not computed at all).
  for (const file of ['imilo/jeunes.csv', 'imilo/evenements.csv', 'imilo/propositions.csv', 'imilo/situations.csv', 'imilo/dispositifs.csv', 'imilo/aides.csv', 'actions/actions.csv', 'actions/participations.csv']) {
    data.inputs[`2024/${file}`] = { rows: 1, sha256: '' };
  }
  const events = youngPeople.map((_, i): Parameters<typeof activity>[1][number] => ({ date: d('02/05/2024'), nature: 'Entretien individuel', status: 'Réalisé', youngPerson: i }));
  const counter = countingVisits();
  try {
    computeIndicators(data, activity(data, events), context2024);
    return { visits: counter.visits(), records: youngPeople.length + situations.length + enrolments.length + aids.length };
  } finally {
    counter.restore();
  }
}

describe('indicators visit each register row a bounded number of times', () => {
  it('twice the records cost twice the visits, and a bounded number per record', () => {
    const small = visitsFor(500);
    const large = visitsFor(1_000);
    // A scan of one register per row of another would make the ratio about 4.
    expect(large.visits / small.visits).toBeLessThanOrEqual(2.1);
    // One pass per aid type, programme or section: a constant of the contract, not of the data.
    expect(large.visits / large.records).toBeLessThan(20);
    expect(small.visits).toBeGreaterThan(small.records);
  });
});
