import type { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountCents, cellParser, cellSpanParser, NOT_SURE, optionalDate, requiredDate } from '../../src/contract/cells.js';
import { compileRow } from '../../src/contract/compiled-row.js';
import { dayOf } from '../../src/contract/dates.js';
import { buildSchemas } from '../../src/contract/schemas.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import type { CsvHeader } from '../../src/read/csv-header.js';
import { splitLine } from '../../src/read/csv-rows.js';
import { registerLineReader } from '../../src/load/register-lines.js';

/**
 * The registers' lines read in place take only the lines the ordinary way reads with no
 * issue (tests/load/fast-paths.test.ts checks that both give the same records and issues on
 * whole files); here, that they do take the common lines, to the compiled row's record, and
 * decline the others; and that the cells' span readers never read another value than their
 * parse function.
 */
const SCHEMAS = buildSchemas(communeMatcher(METROPOLE_NORD_OUEST));

function header(text: string, delimiter = ';'): CsvHeader {
  const fields: Record<string, string> = {
    Identifiant: 'id',
    Date: 'date',
    Type: 'type',
    Montant: 'amountCents',
    Décision: 'decision',
    Sexe: 'sex',
    'Date de naissance': 'birthDate',
    Commune: 'commune',
    QPV: 'qpv',
    'Niveau de qualification': 'qualification',
    'Date premier accueil': 'firstArrival',
    'Permis B': 'drivingLicence',
    Logement: 'housing',
    RQTH: 'rqth',
  };
  const cells = text.split(delimiter);
  return { columns: new Map(cells.flatMap((cell, index) => (fields[cell] ? [[fields[cell], index + 1] as const] : []))), delimiter, encoding: 'utf-8', width: cells.length };
}

function reader(schema: { row: z.ZodType }, h: CsvHeader) {
  const handed: { record: unknown; line: number; cells: string[] }[] = [];
  const read = registerLineReader(schema.row, h, (record, spans, line) => {
    handed.push({ record, line, cells: [...spans.bounds.subarray(0, h.width * 2)].flatMap((at, i) => (i % 2 === 0 ? [spans.text.slice(at, spans.bounds[i + 1])] : [])) });
  });
  expect(read).toBeDefined();
  const compiled = compileRow(schema.row, h.columns)!;
  return {
    /** Reads `text` inside a longer text, as in a block: the record handed on (checked against the compiled row), or false. */
    line(text: string): unknown {
      const block = `x;y\n${text}\nA1;01/01/2024;FAJ;1;Accordée`;
      const before = handed.length;
      if (!read!(block, 4, 4 + text.length, 7)) {
        expect(handed.length).toBe(before);
        return false;
      }
      expect(handed.length).toBe(before + 1);
      const { record, line, cells } = handed[before]!;
      expect(line).toBe(7);
      expect(cells).toEqual(splitLine(text, 0, text.length, h.delimiter));
      expect(record).toStrictEqual(compiled(splitLine(text, 0, text.length, h.delimiter)));
      return record;
    },
  };
}

describe('register lines read in place', () => {
  const aides = () => reader(SCHEMAS.aides, header('Identifiant;Date;Type;Montant;Décision'));

  it('reads the common aide lines to the compiled row’s record', () => {
    const { line } = aides();
    expect(line('A1;15/05/2024;Allocation CEJ;1 241,43 €;Accordée')).toEqual({ id: 'A1', date: dayOf(2024, 5, 15), type: 'Allocation CEJ', amountCents: 124_143, decision: 'Accordée' });
    expect(line('A2;2024-12-31;Allocation PACEA;28,8;Ajournée')).toEqual({ id: 'A2', date: dayOf(2024, 12, 31), type: 'Allocation PACEA', amountCents: 2880, decision: 'Ajournée' });
    // Cells with spaces around them are read as the ordinary way trims them; FAJ is the vocabulary's alias of FAJeM.
    expect(line('A1 ;15/05/2024 ; FAJ;0;Refusée ')).toEqual({ id: 'A1', date: dayOf(2024, 5, 15), type: 'FAJeM', amountCents: 0, decision: 'Refusée' });
    // The same spellings again, from what the columns have learnt.
    expect(line('A2;15/05/2024;Allocation CEJ;1 241,43 €;Accordée')).toEqual({ id: 'A2', date: dayOf(2024, 5, 15), type: 'Allocation CEJ', amountCents: 124_143, decision: 'Accordée' });
  });

  it.each([
    ['a type the contract does not know', 'A1;15/05/2024;Pigeon;10;Accordée'],
    ['a decision spelt otherwise', 'A1;15/05/2024;FAJ;10;Acceptée'],
    ['an amount that does not read', 'A1;15/05/2024;FAJ;10,123;Accordée'],
    ['a negative amount', 'A1;15/05/2024;FAJ;-10;Accordée'],
    ['an amount beyond what a cell may hold', 'A1;15/05/2024;FAJ;20000000000;Accordée'],
    ['an empty amount', 'A1;15/05/2024;FAJ;;Accordée'],
    ['a date that does not exist', 'A1;31/02/2024;FAJ;10;Accordée'],
    ['no id outside Frais de gestion (a cross-column check)', ';15/05/2024;FAJ;10;Accordée'],
    ['an empty first cell', ';;;;'],
    ['an empty first cell, even in a valid row (Frais de gestion)', ';31/12/2024;Frais de gestion;28,8;Accordée'],
    ['a total row', 'Total;;;;'],
    ['a first cell starting with t', 't1;15/05/2024;FAJ;10;Accordée'],
    ['a first cell starting with a space', ' A1;15/05/2024;FAJ;10;Accordée'],
    ['a cell missing', 'A1;15/05/2024;FAJ;10'],
    ['a cell too many, even empty', 'A1;15/05/2024;FAJ;10;Accordée;'],
    ['a blank line', ''],
  ])('declines %s', (_, text) => {
    expect(aides().line(text)).toBe(false);
  });

  it('reads jeunes: communes, levels, yes/no and their aliases through the schema’s own parse', () => {
    const { line } = reader(SCHEMAS.jeunes, header('Identifiant;Sexe;Date de naissance;Commune;QPV;Niveau de qualification;Date premier accueil;Permis B;Logement;RQTH'));
    expect(line('J1;Homme;20/11/2001;SAINT ANDRE LEZ LILLE;;niveau IV;12/12/2022;N;Autonome;O')).toMatchObject({ sex: 'H', commune: 'Saint-André-lez-Lille', qualification: { band: 'BAC', fromLevel: true }, drivingLicence: false, rqth: true });
    expect(line('J2;F;14/02/2005;Lambersart;Pacot-Vandracq;BAC;10/01/2024;Oui;Parents;Non')).toMatchObject({ qpv: 'Pacot-Vandracq', qualification: { band: 'BAC', fromLevel: false } });
    expect(line('J3;F;14/02/2025;Lambersart;;BAC;10/01/2024;Oui;Parents;Non')).toBe(false); // born after the first arrival
    expect(line('J4;F;14/02/2005;Lamberzart;;BAC;10/01/2024;Oui;Parents;Non')).toBe(false);
  });

  it('follows the header: reordered columns, another delimiter, a column outside the contract', () => {
    const { line } = reader(SCHEMAS.aides, header('Décision\tNote\tMontant\tType\tDate\tIdentifiant', '\t'));
    expect(line('Accordée\tx\t12\tFAJ\t15/05/2024\tA1')).toMatchObject({ id: 'A1', amountCents: 1200, decision: 'Accordée' });
    expect(line('Accordée;x;12;FAJ;15/05/2024;A1')).toBe(false);
  });

  it('is not made for a header with which no row can be valid (a required column missing)', () => {
    expect(registerLineReader(SCHEMAS.aides.row, header('Identifiant;Date;Type;Décision'), () => undefined)).toBeUndefined();
  });
});

describe('span readers = the cells’ parse functions (property-based)', () => {
  const cells = { requiredDate: requiredDate(), optionalDate: optionalDate(), amountCents: amountCents(), 'amountCents(max 100 €)': amountCents(100_00) };
  const characters = fc.constantFrom('0', '1', '2', '9', '/', '-', ',', '.', ' ', '\u00a0', '\u202f', '€', '\t', 'a', ':');
  const texts = fc.oneof(
    fc.string({ unit: characters, maxLength: 16 }),
    fc.constantFrom('15/05/2024', '2024-05-15', '31/02/2024', '29/02/2024', '1 241,43 €', '28,8', '0', '10,123', '999999999999', '9999999999999', '12,', ',5', '1 000,5\u202f€', ''),
  );

  for (const [name, schema] of Object.entries(cells)) {
    it(`${name}: the parse function’s value or NOT_SURE`, () => {
      const parse = cellParser(schema)!;
      const span = cellSpanParser(schema)!;
      let read = 0;
      fc.assert(
        fc.property(texts, fc.string({ maxLength: 3 }), (text, around) => {
          const line = `${around};${text};${around}`;
          const value = span(line, around.length + 1, around.length + 1 + text.length);
          if (value === NOT_SURE) return;
          read++;
          expect(value).toStrictEqual(parse(text.trim()));
        }),
        { numRuns: 3000, seed: 5 },
      );
      // Not vacuous: many texts are read in place.
      expect(read).toBeGreaterThan(200);
    });
  }
});
