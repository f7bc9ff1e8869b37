import { describe, expect, it } from 'vitest';
import { generateScale, scaleOf } from '../../scripts/generate-scale.js';
import { proportionsOf } from '../../scripts/lib/proportions.js';
import { temporaryDir } from '../helpers/report.js';

describe('generate-scale', () => {
  it('writes every file in the proportions of fixtures/2024, per young person', () => {
    const fixtures = proportionsOf();
    // The association's own year (seed 001): 2 366 young people, 634 actions, 4 326 participations.
    expect(fixtures.actions).toBeCloseTo(634 / 2366, 3);
    expect(fixtures.participationsPerAction).toBeCloseTo(4326 / 634, 3);

    const young = 4000;
    const result = generateScale({ ...scaleOf(young), out: temporaryDir(), year: 2024 });
    const rows = Object.fromEntries(result.files.map((file) => [file.file, file.rows]));
    const generated = proportionsOf(result.dataDir + '/2024');
    expect(rows['imilo/jeunes.csv']).toBe(young);
    expect(rows['imilo/evenements.csv']).toBe(Math.round(young * fixtures.contacts));
    for (const key of ['situations', 'enrolments', 'aids', 'actions', 'propositionsPerContact', 'participationsPerAction'] as const) {
      expect(generated[key] / fixtures[key], key).toBeGreaterThan(0.85);
      expect(generated[key] / fixtures[key], key).toBeLessThan(1.15);
    }
  });
});
