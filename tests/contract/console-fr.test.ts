import { describe, expect, it } from 'vitest';
import * as words from '../../src/contract/console-fr.js';
import { issueMessage } from '../../src/contract/messages-fr.js';

/** Counts on the console are grouped the French way: a narrow no-break space between thousands. */
describe('console counts', () => {
  it('group the digits of error and warning counts', () => {
    expect(words.validateOutcome(2024, 1_000_000, 12_345, false)).toBe(
      'Données 2024 invalides : 1\u202f000\u202f000 erreur(s), 12\u202f345 avertissement(s). Corrigez les fichiers indiqués puis relancez.',
    );
    expect(words.validateOutcome(2024, 0, 1_000, true)).toBe('Données 2024 valides (1\u202f000 avertissement(s)).');
    expect(words.validateOutcome(2024, 0, 1_000, false)).toContain(': 1\u202f000 avertissement(s) et --strict');
    expect(words.reportNotBuilt(2024, 1_000_000, 0)).toContain(' : 1\u202f000\u202f000 erreur(s) dans les données.');
    expect(words.reportNotBuilt(2024, 0, 2_500)).toContain(' : 2\u202f500 avertissement(s) et --strict.');
    expect(words.dataRead(2024, 9, 1_002_366, 10_000)).toBe('Données 2024 lues : 9 fichiers, 1\u202f002\u202f366 lignes, 10\u202f000 avertissement(s).');
  });

  it('group the other counts printed on the console', () => {
    expect(words.reading('2024/imilo/jeunes.csv', 1_000_000, 25_000)).toBe('Lecture de 2024/imilo/jeunes.csv : 1\u202f000\u202f000 lignes (25\u202f000 lignes/s)');
    expect(words.stageDuration('lecture', 12_345)).toBe('  lecture : 12\u202f345 ms');
    expect(words.sectionCut('Emploi', 1_200, 3_000)).toBe('Emploi (1\u202f200 sur 3\u202f000)');
  });

  it('group the counts that issue messages quote', () => {
    expect(issueMessage({ code: 'commune.outside_counted', severity: 'warning', file: '2024/imilo/jeunes.csv', count: 12_345 })).toMatch(/^12\u202f345 ligne\(s\) ont une commune hors du territoire/);
    expect(issueMessage({ code: 'csv.multiline_cell', severity: 'error', file: '2024/imilo/situations.csv', line: 101, column: 6, field: 'Domaine', count: 1_001 })).toContain('s’étend sur 1\u202f001 lignes');
  });
});
