import { describe, expect, it } from 'vitest';
import { activityLineReader } from '../../src/load/activity-lines.js';
import { References } from '../../src/load/references.js';
import { dayOf } from '../../src/contract/dates.js';
import { buildSchemas } from '../../src/contract/schemas.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import { EVENT_STATUSES, NATURES, THEMES } from '../../src/contract/vocabularies.js';
import type { CsvHeader } from '../../src/read/csv-header.js';

/**
 * The activity lines read in place take only the lines the ordinary way reads with no issue
 * (tests/load/fast-paths.test.ts checks that both give the same records and issues on whole
 * files); here, that they do take the common lines, to the right values, and decline the others.
 */
const SCHEMAS = buildSchemas(communeMatcher(METROPOLE_NORD_OUEST));
const ids = new References('imilo/jeunes.csv');
ids.add('J1', 0);
ids.add('J24-00002', 1);

/** A header mapping `fields` to the first columns, `width` cells wide. */
function header(fields: readonly string[], width = fields.length, delimiter = ';'): CsvHeader {
  return { columns: new Map(fields.map((field, index) => [field, index + 1])), delimiter, encoding: 'utf-8', width };
}

function eventsReader(h = header(['id', 'date', 'nature', 'status'])) {
  const handed: unknown[][] = [];
  const reader = activityLineReader(
    SCHEMAS.evenements,
    h,
    2024,
    ids,
    [
      { field: 'nature', spellings: NATURES },
      { field: 'status', spellings: EVENT_STATUSES },
    ],
    [],
    (...values) => handed.push(values),
  );
  return {
    reader,
    /** Reads `text` inside a longer text, as in a block: what it handed on, or false. */
    line(text: string): unknown[] | false {
      expect(reader).toBeDefined();
      const before = handed.length;
      const block = `x;y\n${text}\nJ1;01/01/2024;SMS;Absent`;
      if (!reader!(block, 4, 4 + text.length)) {
        expect(handed.length).toBe(before);
        return false;
      }
      expect(handed.length).toBe(before + 1);
      return handed[before]!;
    },
  };
}

describe('activity lines read in place', () => {
  it('hands on the common line: id’s index, day, the closed values as the contract spells them', () => {
    const { line } = eventsReader();
    expect(line('J1;10/01/2024;Entretien individuel;Réalisé')).toEqual([dayOf(2024, 1, 10), 0, 'Entretien individuel', 'Réalisé']);
    expect(line('J24-00002;2024-03-05;SMS;Absent')).toEqual([dayOf(2024, 3, 5), 1, 'SMS', 'Absent']);
    // An empty Statut reads Réalisé, as the schema says.
    expect(line('J1;31/12/2023;Téléphone;')).toEqual([dayOf(2023, 12, 31), 0, 'Téléphone', 'Réalisé']);
  });

  it.each([
    ['an unknown id (its issue is reported the ordinary way)', 'J9;10/01/2024;SMS;Réalisé'],
    ['a space before the id', ' J1;10/01/2024;SMS;Réalisé'],
    ['a space after the id', 'J1 ;10/01/2024;SMS;Réalisé'],
    ['an empty first cell', ';J1;10/01/2024;SMS'],
    ['a total row', 'Total;;;'],
    ['a first cell starting with t', 't1;10/01/2024;SMS;Réalisé'],
    ['a date with a time', 'J1;10/01/2024 09:30;SMS;Réalisé'],
    ['a short date', 'J1;1/1/2024;SMS;Réalisé'],
    ['a date that does not exist', 'J1;31/02/2024;SMS;Réalisé'],
    ['a date with a space', 'J1; 1/02/2024;SMS;Réalisé'],
    ['a date out of the plausible window (a warning)', 'J1;10/01/2030;SMS;Réalisé'],
    ['a spelling the ordinary way normalises', 'J1;10/01/2024;sms;Réalisé'],
    ['a value alias of the vocabulary', 'J1;10/01/2024;Email;Réalisé'],
    ['an unknown nature', 'J1;10/01/2024;Pigeon;Réalisé'],
    ['an empty nature', 'J1;10/01/2024;;Réalisé'],
    ['a space after a closed value', 'J1;10/01/2024;SMS ;Réalisé'],
    ['a cell missing', 'J1;10/01/2024;SMS'],
    ['a cell too many, even empty', 'J1;10/01/2024;SMS;Réalisé;'],
    ['a blank line', ''],
  ])('declines %s', (_, text) => {
    expect(eventsReader().line(text)).toBe(false);
  });

  it('follows the header: reordered columns, another delimiter, a column outside the contract', () => {
    const h: CsvHeader = { columns: new Map([['status', 1], ['nature', 2], ['date', 4], ['id', 5]]), delimiter: '\t', encoding: 'windows-1252', width: 5 };
    const { line } = eventsReader(h);
    expect(line('Annulé\tAtelier\tnote\t02/02/2024\tJ24-00002')).toEqual([dayOf(2024, 2, 2), 1, 'Atelier', 'Annulé']);
    expect(line('Annulé;Atelier;note;02/02/2024;J24-00002')).toBe(false);
  });

  it('reads a Statut column that is absent as the schema does (Réalisé)', () => {
    expect(eventsReader(header(['id', 'date', 'nature'])).line('J1;10/01/2024;Atelier')).toEqual([dayOf(2024, 1, 10), 0, 'Atelier', 'Réalisé']);
  });

  it('propositions: any Sous-thème, the Thème as spelt', () => {
    const handed: unknown[][] = [];
    const reader = activityLineReader(SCHEMAS.propositions, header(['id', 'date', 'theme', 'subTheme']), 2024, ids, [{ field: 'theme', spellings: THEMES }], ['subTheme'], (...values) => handed.push(values));
    const text = "J1;11/01/2024;Accès à l'emploi;Techniques de recherche d’emploi\nJ1;11/01/2024;Accès à l’emploi;";
    const second = text.indexOf('\n') + 1;
    expect(reader!(text, 0, second - 1)).toBe(true);
    // The typographic apostrophe is another spelling: the ordinary way matches it.
    expect(reader!(text, second, text.length)).toBe(false);
    expect(handed).toEqual([[dayOf(2024, 1, 11), 0, "Accès à l'emploi", undefined]]);
  });

  it('is not made for a header holding a column it does not know how to read', () => {
    expect(activityLineReader(SCHEMAS.evenements, header(['id', 'date', 'nature', 'status']), 2024, ids, [{ field: 'nature', spellings: NATURES }], [], () => undefined)).toBeUndefined();
  });
});
