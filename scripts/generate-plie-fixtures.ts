/**
 * Deterministic generator of the synthetic PLIE fixtures:
 * `npx tsx scripts/generate-plie-fixtures.ts fixtures`.
 *
 * Writes `<out>/<year>/plie/participants.csv` and `<out>/<year>/plie/etapes.csv` for 2023 and
 * 2022 (no real person: pseudonymous ids `P23-0001`…, `P22-0001`…, synthetic birth dates),
 * built so that `computePlie` with the definitions of docs/plie.md reproduces the PLIE figures
 * of the ALPES 2023 report (seed 000):
 * - 2023: every figure of the PLIE pages (383 participants en parcours, 134 nouvelles entrées,
 *   478 étapes, 168 sorties, 86 positives…);
 * - 2022: the figures seed 000 prints "en 2022" (93 nouvelles entrées, 55 % of women among
 *   them, 20 % of the participants en parcours, IAE 10 % and prestations 28 % of the étapes,
 *   55 % ≤ CAP and 78 % RSA among the positive exits, 31 months); every other 2022 count is
 *   our choice (PLIE_2022 below says which).
 * Each year is generated independently, like the Mission Locale fixtures: the tool never
 * links participants across years, it only compares indicators.
 *
 * The data is built constructively. The participants en parcours are split into four cells:
 *   A = new entrants with a positive exit in the year
 *   B = other new entrants (some leave in the year, not positively)
 *   C = earlier entrants with a positive exit in the year
 *   D = other earlier entrants (some leave in the year, not positively)
 * The seed gives every attribute (sex, sénior, RSA, niveau ≤ CAP, commune) on the whole
 * population, on the new entrants and/or on the positive exits, i.e. on A+B+C+D, A+B and A+C:
 * the exact counts per cell below satisfy all three at once, and the PRNG only decides which
 * participant of a cell gets which value. Path lengths are drawn then corrected one month at a
 * time until their sum gives the seed's mean exactly.
 *
 * Noise that must not count is added: participants who left the year before (one on its
 * 31/12), participants entering in January of the year after, participants leaving in January
 * of the year after (en parcours, not an exit of the year), étapes ended the year before (one
 * on its 31/12) or starting the year after, commune, sex, public, qualification, exit-reason,
 * sector and étape-type spellings that the vocabularies fold. Nothing produces a validation
 * issue (no I-MILO level, no duplicate row).
 *
 * A seeded PRNG (mulberry32) and stable sorts make every run byte-identical; no clock, no
 * Math.random.
 */
import { check } from './lib/check.js';
import { csv } from './lib/csv.js';
import { ageOn, dayOf, formatDay, partsOf, type Day } from './lib/dates.js';
import { sum } from './lib/numbers.js';
import { writeYearFiles } from './lib/output.js';
import { Rng, bag } from './lib/rng.js';
import { METROPOLE_NORD_OUEST } from '../src/contract/territory.js';

// ------------------------------------------------------------------ small helpers

/** `count` trues and `length - count` falses, shuffled. */
function flags(rng: Rng, length: number, count: number): boolean[] {
  check(count >= 0 && count <= length, `cannot pick ${count} of ${length}`);
  return rng.shuffle(Array.from({ length }, (_, i) => i < count));
}

// ------------------------------------------------------------------ calendar (UTC day numbers)

/** Same day of month, `months` later (negative: earlier); days ≤ 28 only, so always valid. */
function addMonths(day: Day, months: number): Day {
  const p = partsOf(day);
  check(p.day <= 28, 'addMonths on a day after the 28th');
  const index = p.year * 12 + (p.month - 1) + months;
  return dayOf(Math.floor(index / 12), (index % 12) + 1, p.day);
}

/** As src/compute/plie.ts: completed calendar months, counted like an age. */
function completedMonths(start: Day, end: Day): number {
  const a = partsOf(start);
  const b = partsOf(end);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

// ------------------------------------------------------------------ vocabularies and spellings

/** The territory's communes, in report order (the tool's own list). */
const COMMUNES = METROPOLE_NORD_OUEST.communes;

/** Other spellings found in exports, folded by the commune matcher (seed 000 spells « Marcq-en-Baroeul »). */
const COMMUNE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'La Madeleine': ['LA MADELEINE'],
  'Marcq-en-Barœul': ['Marcq-en-Baroeul', 'MARCQ EN BAROEUL'],
  'Marquette-lez-Lille': ['Marquette-Lez-Lille', 'Marquette les Lille'],
  Pérenchies: ['Perenchies'],
  'Quesnoy-sur-Deûle': ['Quesnoy-sur-Deule'],
  'Saint-André-lez-Lille': ['Saint-Andre-lez-Lille', 'Saint André lès Lille'],
};

/** Sector spellings grouped with the main one (case, accents); every year's sectors include these three. */
const SECTOR_SPELLINGS: Readonly<Record<string, string>> = {
  'Services aux entreprises et collectivités': 'services aux entreprises et collectivites',
  'SAP/Santé/Social': 'SAP/Sante/Social',
  'Transport/Logistique': 'Transport/logistique',
};

const STEP_TYPES = ['Emploi', "Emploi d'insertion (IAE)", 'Prestation', 'Formation'] as const;
type StepType = (typeof STEP_TYPES)[number];
const STEP_SPELLINGS: Readonly<Partial<Record<StepType, readonly string[]>>> = {
  "Emploi d'insertion (IAE)": ['IAE', 'Contrat IAE'],
};

// ------------------------------------------------------------------ one year's figures

/** Counts per cell [A, B, C, D] of each attribute. */
interface CellCounts {
  A: number;
  B: number;
  C: number;
  D: number;
}

type Counted<T> = readonly (readonly [T, number])[];

interface PlieYearConfig {
  year: number;
  seed: number;
  /** Participants en parcours by commune, in report order. */
  inPath: readonly number[];
  /** Nouvelles entrées by commune. */
  newEntries: readonly number[];
  /** Positive exits by commune. */
  positive: readonly number[];
  /** The new entrants among the positive exits, by commune (cell A): always our choice. */
  newPositive: readonly number[];
  women: CellCounts;
  /** Aged 50 or more on the entry date. */
  seniors: CellCounts;
  rsa: CellCounts;
  upToCap: CellCounts;
  /** Exit reasons of the year's exits, per cell (A and C positive, B and D not). */
  exitsA: Counted<string>;
  exitsB: Counted<string>;
  exitsC: Counted<string>;
  /** Retraite goes to seniors. */
  exitsD: Counted<string>;
  /** Sectors of the Emploi exits ('' = not given), one per Emploi exit of A and C. */
  sectors: Counted<string>;
  /** Mean path length of the year's exits, in whole months (the total is exact). */
  meanMonths: number;
  /** Étapes overlapping the year, and how many of them started before it. */
  stepsMobilised: number;
  stepsStartedBefore: number;
  /** Types of the mobilised étapes (sum = stepsMobilised). */
  stepTypes: Counted<StepType>;
}

/** Seed 000's 2023 figures: every one is printed on the PLIE pages, except where a comment says "choice". */
const PLIE_2023: PlieYearConfig = {
  year: 2023,
  seed: 0x504c4945, // "PLIE"
  /** « 383 participants en parcours »: La Madeleine 82, Lambersart 87, Lompret 0, Marcq 80… */
  inPath: [82, 87, 0, 80, 27, 28, 16, 42, 4, 17],
  /** « 134 nouvelles entrées »: La Madeleine 21, Lambersart 39, Lompret 0, Marcq 18… */
  newEntries: [21, 39, 0, 18, 9, 15, 10, 14, 1, 7],
  /** « Sorties Positives (86) »: La Madeleine 19, Lambersart 19, Marcq 17… (Lompret not printed: 0). */
  positive: [19, 19, 0, 17, 8, 4, 2, 12, 2, 3],
  newPositive: [1, 2, 0, 0, 0, 1, 0, 0, 0, 0],
  /** Women: 206 en parcours (A+B+C+D), 80 among new entrants (A+B). */
  women: { A: 2, B: 78, C: 44, D: 82 },
  /** Seniors: 107/383 = 27,9 % → 28 %; 21/134 = 15,7 % → 16 %. */
  seniors: { A: 0, B: 21, C: 20, D: 66 },
  /** RSA: 295/383 = 77,0 % → 77 %; 123/134 = 91,8 % → 92 %; positives 55/86 = 64,0 % → 64 % (A+C). */
  rsa: { A: 3, B: 120, C: 52, D: 120 },
  /** ≤ CAP: 265/383 = 69,2 % → 69 %; 88/134 = 65,7 % → 66 %; positives 63/86 = 73,3 % → 73 % (A+C). */
  upToCap: { A: 3, B: 85, C: 60, D: 117 },
  /** Positives: 67 Emploi + 19 Formation = 86 (4 new entrants, 82 earlier: choice). */
  exitsA: [['Emploi', 3], ['Formation', 1]],
  exitsC: [['Emploi', 64], ['Formation', 18]],
  /** « Autres » : 82 = légitimes 23 (Santé 8, Emploi probable 8, Déménagement 4, Retraite 3) + Réorientation 31 + Rupture 28. */
  exitsB: [['Déménagement', 1], ['Réorientation', 3], ['Rupture', 4]],
  exitsD: [
    ['Santé', 8],
    ['Emploi probable sans justificatif', 8],
    ['Déménagement', 3],
    ['Retraite', 3],
    ['Réorientation', 28],
    ['Rupture', 24],
  ],
  /** « 85 % des 67 sorties Emploi … 5 secteurs : Services aux entreprises et collectivités (16) ; SAP/Santé/Social (15) ; Tertiaire/Numérique (9) ; Transport/Logistique (9) ; Restauration (8) » + 10 elsewhere. */
  sectors: [
    ['Services aux entreprises et collectivités', 16],
    ['SAP/Santé/Social', 15],
    ['Tertiaire/Numérique', 9],
    ['Transport/Logistique', 9],
    ['Restauration', 8],
    ['BTP', 3],
    ['Commerce/Vente', 3],
    ['Industrie', 2],
    ['Agriculture/Espaces verts', 1],
    ['', 1], // an Emploi exit without a sector: stays in the denominator
  ],
  /** « 34 mois » = 5 712 completed months over the 168 exits. */
  meanMonths: 34,
  /** « 478 étapes mobilisées », 335 started in 2023 (70,1 % → 70 %). */
  stepsMobilised: 478,
  stepsStartedBefore: 143,
  /** 210 Emploi (43,9 % → 44 %), 67 IAE (14,0 % → 14 %), 172 Prestation (36,0 % → 36 %), 29 Formation (6,1 % → 6 %). */
  stepTypes: [
    ['Emploi', 210],
    ["Emploi d'insertion (IAE)", 67],
    ['Prestation', 172],
    ['Formation', 29],
  ],
};

/**
 * 2022, the year seed 000 compares with. Printed by seed 000: 93 nouvelles entrées, 55 % of
 * women among them, nouvelles entrées = 20 % of the participants en parcours, IAE 10 % and
 * prestations 28 % of the étapes, 55 % ≤ CAP and 78 % RSA among the positive exits, 31 months.
 * Everything else is our choice, kept close to 2023's proportions (and a raw positive-exit rate
 * under the 50 % target, 91/191 = 48 %, so the "objectif non atteint" sentence has data).
 */
const PLIE_2022: PlieYearConfig = {
  year: 2022,
  seed: 0x504c2022,
  /** 465 en parcours (choice), so that « (20 % en 2022) »: 93/465 = 20,0 %. */
  inPath: [100, 106, 0, 97, 33, 34, 19, 51, 5, 20],
  /** « (93 en 2022) ». */
  newEntries: [15, 27, 0, 13, 6, 10, 7, 9, 1, 5],
  /** 91 positive exits (choice: 55 % and 78 % are reachable over 91, not over 90). */
  positive: [20, 21, 0, 18, 8, 5, 3, 11, 2, 3],
  newPositive: [1, 1, 0, 0, 0, 1, 0, 0, 0, 0],
  /** « public féminin (55 % en 2022) »: 51/93 = 54,8 % → 55 % (A+B); 241/465 en parcours (choice). */
  women: { A: 2, B: 49, C: 40, D: 150 },
  /** Choice: 14/93 = 15 % of the new entrants, 112/465 = 24 % en parcours. */
  seniors: { A: 0, B: 14, C: 18, D: 80 },
  /** « RSA … (78 % en 2022) »: positives 71/91 = 78,0 % (A+C); 82/93 and 351/465 (choice). */
  rsa: { A: 2, B: 80, C: 69, D: 200 },
  /** « ≤ CAP … (55 % en 2022) »: positives 50/91 = 54,9 % → 55 % (A+C); 62/93 and 300/465 (choice). */
  upToCap: { A: 2, B: 60, C: 48, D: 190 },
  /** Choice: 91 positives = 71 Emploi + 20 Formation; 100 others, of which 20 légitimes. */
  exitsA: [['Emploi', 2], ['Formation', 1]],
  exitsC: [['Emploi', 69], ['Formation', 19]],
  exitsB: [['Déménagement', 1], ['Réorientation', 3], ['Rupture', 2]],
  exitsD: [
    ['Santé', 7],
    ['Emploi probable sans justificatif', 6],
    ['Déménagement', 3],
    ['Retraite', 3],
    ['Réorientation', 39],
    ['Rupture', 36],
  ],
  /** Choice: 71 Emploi exits. */
  sectors: [
    ['SAP/Santé/Social', 16],
    ['Services aux entreprises et collectivités', 14],
    ['Transport/Logistique', 11],
    ['Tertiaire/Numérique', 8],
    ['Restauration', 7],
    ['BTP', 6],
    ['Commerce/Vente', 5],
    ['Industrie', 2],
    ['Agriculture/Espaces verts', 1],
    ['', 1],
  ],
  /** « 34 mois (31 mois en 2022) »: 5 921 completed months over the 191 exits. */
  meanMonths: 31,
  /** Choice: 540 étapes, 380 started in 2022. */
  stepsMobilised: 540,
  stepsStartedBefore: 160,
  /** « IAE … (10 % en 2022) »: 54/540 = 10,0 %; « prestations … (28 % en 2022) »: 151/540 = 28,0 %; Emploi and Formation: choice. */
  stepTypes: [
    ['Emploi', 270],
    ["Emploi d'insertion (IAE)", 54],
    ['Prestation', 151],
    ['Formation', 65],
  ],
};

// ------------------------------------------------------------------ records

/** The four cells en parcours, and the noise: left the year before, enters the year after. */
type Cell = 'A' | 'B' | 'C' | 'D' | 'leftBefore' | 'entersAfter';

interface Person {
  key: number;
  cell: Cell;
  commune: number;
  sex: 'F' | 'H';
  senior: boolean;
  rsa: boolean;
  upToCap: boolean;
  entry: Day;
  exit: Day | undefined;
  reason: string | undefined;
  sector: string;
  birth: Day;
  /** Forces the age at entry (boundary cases). */
  birthOffset?: 'fifty' | 'fiftyMinusOneDay';
  retirement?: boolean;
  /** En parcours the whole year, leaves in January of the year after (not an exit of the year). */
  leavesAfter?: boolean;
  id: string;
}

interface Step {
  person: Person;
  type: StepType | undefined;
  start: Day;
  end: Day | undefined;
  mobilised: boolean;
}

class PlieGenerator {
  readonly rng: Rng;
  readonly people: Person[] = [];
  readonly steps: Step[] = [];
  private readonly YEAR: number;
  private readonly FIRST: Day;
  private readonly LAST: Day;
  private readonly LAST_PREVIOUS: Day;

  constructor(readonly cfg: PlieYearConfig) {
    this.rng = new Rng(cfg.seed);
    this.YEAR = cfg.year;
    this.FIRST = dayOf(cfg.year, 1, 1);
    this.LAST = dayOf(cfg.year, 12, 31);
    this.LAST_PREVIOUS = dayOf(cfg.year - 1, 12, 31);
  }

  run(): void {
    this.buildCells();
    this.assignExits();
    this.assignDates();
    this.addNoisePeople();
    this.assignBirths();
    this.buildSteps();
    this.assignIds();
  }

  /** Completed months of all the year's exits: the mean times the number of exits, exactly. */
  private pathMonthsTotal(): number {
    const { exitsA, exitsB, exitsC, exitsD } = this.cfg;
    return this.cfg.meanMonths * sum([...exitsA, ...exitsB, ...exitsC, ...exitsD].map(([, count]) => count));
  }

  private person(cell: Cell, commune: number): Person {
    const p: Person = {
      key: this.people.length,
      cell,
      commune,
      sex: 'H',
      senior: false,
      rsa: false,
      upToCap: false,
      entry: 0,
      exit: undefined,
      reason: undefined,
      sector: '',
      birth: 0,
      id: '',
    };
    this.people.push(p);
    return p;
  }

  private cell(cell: 'A' | 'B' | 'C' | 'D'): Person[] {
    return this.people.filter((p) => p.cell === cell);
  }

  /** Communes per cell, then sex / sénior / RSA / ≤ CAP per cell with the exact counts. */
  private buildCells(): void {
    const { inPath, newEntries, positive, newPositive } = this.cfg;
    check(COMMUNES.length === inPath.length && sum(newEntries) <= sum(inPath) && sum(newPositive) <= sum(positive), 'year totals');
    COMMUNES.forEach((_, c) => {
      const a = newPositive[c]!;
      const b = newEntries[c]! - a;
      const cc = positive[c]! - a;
      const d = inPath[c]! - newEntries[c]! - cc;
      check(b >= 0 && cc >= 0 && d >= 0, `commune ${COMMUNES[c]} cells`);
      for (let i = 0; i < a; i++) this.person('A', c);
      for (let i = 0; i < b; i++) this.person('B', c);
      for (let i = 0; i < cc; i++) this.person('C', c);
      for (let i = 0; i < d; i++) this.person('D', c);
    });
    for (const cell of ['A', 'B', 'C', 'D'] as const) {
      const members = this.cell(cell);
      const women = flags(this.rng, members.length, this.cfg.women[cell]);
      const seniors = flags(this.rng, members.length, this.cfg.seniors[cell]);
      const rsa = flags(this.rng, members.length, this.cfg.rsa[cell]);
      const cap = flags(this.rng, members.length, this.cfg.upToCap[cell]);
      members.forEach((p, i) => {
        p.sex = women[i] ? 'F' : 'H';
        p.senior = seniors[i]!;
        p.rsa = rsa[i]!;
        p.upToCap = cap[i]!;
      });
    }
  }

  /** Exit reasons and sectors; Retraite goes to seniors. */
  private assignExits(): void {
    const a = this.cell('A');
    const c = this.cell('C');
    const positives = bag(this.rng, [...this.cfg.exitsA]);
    a.forEach((p, i) => (p.reason = positives[i]!));
    const positivesC = bag(this.rng, [...this.cfg.exitsC]);
    c.forEach((p, i) => (p.reason = positivesC[i]!));
    const sectors = bag(this.rng, [...this.cfg.sectors]);
    const employed = [...a, ...c].filter((p) => p.reason === 'Emploi');
    check(employed.length === sectors.length, 'one sector per Emploi exit');
    employed.forEach((p, i) => (p.sector = sectors[i]!));
    // A few spellings folded by the sector grouping (never the majority of a group).
    for (const [main, variant] of Object.entries(SECTOR_SPELLINGS)) {
      const holders = employed.filter((p) => p.sector === main);
      holders[0]!.sector = variant;
    }
    // A sector on a Formation exit is ignored.
    c.find((p) => p.reason === 'Formation')!.sector = 'Industrie';

    // B: some new entrants left in the year (not positively).
    const b = this.rng.shuffle([...this.cell('B')]);
    const reasonsB = bag(this.rng, [...this.cfg.exitsB]);
    reasonsB.forEach((reason, i) => (b[i]!.reason = reason));

    // D: some earlier entrants left in the year (not positively); Retraite needs a senior.
    const d = this.cell('D');
    const reasonsD = bag(this.rng, [...this.cfg.exitsD]).filter((reason) => reason !== 'Retraite');
    const seniorsD = this.rng.shuffle(d.filter((p) => p.senior));
    const retired = seniorsD.slice(0, 3);
    for (const p of retired) {
      p.reason = 'Retraite';
      p.retirement = true;
    }
    const rest = this.rng.shuffle(d.filter((p) => !p.retirement));
    reasonsD.forEach((reason, i) => (rest[i]!.reason = reason));
    // Two of the "Emploi probable sans justificatif" written with the accepted long form.
    d.filter((p) => p.reason === 'Emploi probable sans justificatif')
      .slice(0, 2)
      .forEach((p) => (p.reason = 'Emploi probable / sans justificatif'));
    // Two participants still en parcours on 31/12 left in January of the year after (not an exit of the year).
    const stay = d.filter((p) => p.reason === undefined);
    stay[0]!.reason = 'Emploi';
    stay[0]!.sector = 'Restauration';
    stay[1]!.reason = 'Rupture';
    stay[0]!.leavesAfter = true;
    stay[1]!.leavesAfter = true;
  }

  /** A day of `year` between two months (1-based), day of month ≤ 28. */
  private dayIn(year: number, fromMonth: number, toMonth: number, maxDay = 28): Day {
    return dayOf(year, this.rng.int(fromMonth, toMonth), this.rng.int(1, maxDay));
  }

  private assignDates(): void {
    const exitsNew: Person[] = [];
    const exitsOld: Person[] = [];
    for (const p of this.people) {
      if (p.cell === 'A' || p.cell === 'B') {
        if (p.reason === undefined) {
          // Entries all year long; one on 01/01 and one on 31/12 (boundaries).
          p.entry = this.dayIn(this.YEAR, 1, 12);
        } else exitsNew.push(p);
      } else if (p.reason === undefined || p.leavesAfter) {
        // Still en parcours: entered in the six years before.
        p.entry = dayOf(this.rng.int(this.YEAR - 6, this.YEAR - 1), this.rng.int(1, 12), this.rng.int(1, 28));
      } else exitsOld.push(p);
    }
    const stillNew = this.people.filter((p) => (p.cell === 'A' || p.cell === 'B') && p.reason === undefined);
    stillNew[0]!.entry = this.FIRST;
    stillNew[1]!.entry = this.LAST;

    // New entrants leaving in the year: 1 to 9 months after their entry.
    for (const p of exitsNew) {
      const months = this.rng.int(1, 9);
      const entryMonth = this.rng.int(1, 11 - months);
      p.entry = dayOf(this.YEAR, entryMonth, this.rng.int(1, 28));
      const start = addMonths(p.entry, months);
      p.exit = start + this.rng.int(0, 27); // stays within the month: `months` completed months
      check(p.exit <= this.LAST && completedMonths(p.entry, p.exit) >= months, 'new exit');
    }
    const newMonths = sum(exitsNew.map((p) => completedMonths(p.entry, p.exit!)));

    // Earlier entrants leaving in the year: path lengths drawn, then corrected to the exact total.
    const lengths = exitsOld.map((p) => (p.retirement ? this.rng.int(24, 60) : this.rng.int(4, 72)));
    let missing = this.pathMonthsTotal() - newMonths - sum(lengths);
    while (missing !== 0) {
      const i = this.rng.int(0, lengths.length - 1);
      const step = Math.sign(missing);
      const next = lengths[i]! + step;
      if (next < 2 || next > 96) continue;
      lengths[i] = next;
      missing -= step;
    }
    // Boundaries: one exit on 01/01 and one on 31/12 (both in the year).
    let onFirst = false;
    let onLast = false;
    exitsOld.forEach((p, i) => {
      const months = lengths[i]!;
      // The exit month must leave the entry before the year: entry month = exit month − months ≤ 0.
      const exitMonth = this.rng.int(1, Math.min(12, months));
      let exitDay = this.rng.int(2, 28);
      let entryDay = this.rng.int(1, exitDay);
      if (exitMonth === 1 && !onFirst) {
        exitDay = entryDay = 1;
        onFirst = true;
      } else if (exitMonth === 12 && !onLast) {
        exitDay = 31;
        onLast = true;
      }
      p.exit = dayOf(this.YEAR, exitMonth, exitDay);
      p.entry = addMonths(dayOf(this.YEAR, exitMonth, entryDay), -months);
      check(p.entry < this.FIRST && completedMonths(p.entry, p.exit) === months, 'old exit');
    });
    check(onFirst && onLast, 'exits on 01/01 and 31/12');

    // The January leavers of the year after (en parcours the whole year).
    for (const p of this.people.filter((q) => q.leavesAfter)) p.exit = dayOf(this.YEAR + 1, 1, this.rng.int(5, 26));

    const total = sum(this.people.filter((p) => p.exit !== undefined && p.exit >= this.FIRST && p.exit <= this.LAST).map((p) => completedMonths(p.entry, p.exit!)));
    check(total === this.pathMonthsTotal(), `path months ${total}`);
  }

  /** Participants who are not counted: left the year before, or enter the year after. */
  private addNoisePeople(): void {
    const reasons = ['Emploi', 'Emploi', 'Emploi', 'Formation', 'Rupture', 'Réorientation', 'Santé', 'Déménagement'];
    for (let i = 0; i < 30; i++) {
      const p = this.person('leftBefore', this.rng.pick([0, 1, 3, 4, 5, 6, 7, 8, 9]));
      this.randomAttributes(p);
      p.exit = i === 0 ? this.LAST_PREVIOUS : this.dayIn(this.YEAR - 1, 1, 12);
      p.entry = addMonths(dayOf(this.YEAR - 1, partsOf(p.exit).month, 1), -this.rng.int(6, 48)) + this.rng.int(0, 20);
      p.reason = this.rng.pick(reasons);
      // Would change the sector ranking if it were counted.
      if (p.reason === 'Emploi') p.sector = this.rng.pick(['Restauration', 'BTP', 'Industrie', 'Commerce/Vente']);
    }
    for (const day of [3, 16]) {
      const p = this.person('entersAfter', this.rng.pick([1, 3, 7]));
      this.randomAttributes(p);
      p.entry = dayOf(this.YEAR + 1, 1, day);
    }
    // One who left the year before with a last spelling of the reason.
    const lastOne = this.people.find((p) => p.cell === 'leftBefore' && p.reason === 'Santé');
    if (lastOne) lastOne.reason = 'Maladie';
  }

  private randomAttributes(p: Person): void {
    p.sex = this.rng.chance(0.55) ? 'F' : 'H';
    p.senior = this.rng.chance(0.25);
    p.rsa = this.rng.chance(0.75);
    p.upToCap = this.rng.chance(0.7);
  }

  /** Birth dates: a sénior is 50 or more on the entry date, others 20–49. */
  private assignBirths(): void {
    // Boundary cases in D (still en parcours): 50 on the very entry day, and 50 the day after.
    const d = this.cell('D').filter((p) => p.reason === undefined && partsOf(p.entry).day <= 28);
    const fifty = d.find((p) => p.senior)!;
    fifty.birthOffset = 'fifty';
    const almost = d.find((p) => !p.senior)!;
    almost.birthOffset = 'fiftyMinusOneDay';
    for (const p of this.people) {
      const e = partsOf(p.entry);
      if (p.birthOffset === 'fifty') p.birth = dayOf(e.year - 50, e.month, e.day);
      else if (p.birthOffset === 'fiftyMinusOneDay') p.birth = dayOf(e.year - 50, e.month, e.day) + 1;
      else {
        const age = p.retirement ? this.rng.int(60, 63) : p.senior ? this.rng.int(50, 61) : this.rng.int(20, 48);
        // Birthday somewhere in the year before the entry's anniversary: completed age = `age`.
        p.birth = dayOf(e.year - age - 1, e.month, Math.min(e.day, 28)) + this.rng.int(1, 360);
      }
      check(ageOn(p.birth, p.entry) >= 50 === p.senior, `age of ${p.key}`);
    }
  }

  // ---------------------------------------------------------------- étapes

  /** The part of a participant's path inside the year. */
  private window(p: Person): { from: Day; to: Day } {
    return { from: Math.max(p.entry, this.FIRST), to: Math.min(p.exit ?? this.LAST, this.LAST) };
  }

  private buildSteps(): void {
    const inPath = this.people.filter((p) => ['A', 'B', 'C', 'D'].includes(p.cell));
    check(inPath.length === sum(this.cfg.inPath), 'participants en parcours');
    const old = inPath.filter((p) => p.entry < this.FIRST);
    // Étapes started before the year and still running: first to those who left in January.
    const early = old.filter((p) => p.exit !== undefined && p.exit < dayOf(this.YEAR, 2, 1));
    const others = this.rng.shuffle(old.filter((p) => !early.includes(p)));
    const withBefore = [...early, ...others].slice(0, this.cfg.stepsStartedBefore);
    const hasBefore = new Set(withBefore);
    for (const p of withBefore) {
      const start = this.rng.int(Math.max(p.entry, this.LAST_PREVIOUS - 330), this.LAST_PREVIOUS);
      const w = this.window(p);
      const end = p.exit === undefined && this.rng.chance(0.3) ? undefined : this.rng.int(this.FIRST, w.to);
      this.steps.push({ person: p, type: undefined, start, end, mobilised: true });
    }
    // Started in the year: one for each participant without the above, the rest spread.
    const startedIn = this.cfg.stepsMobilised - this.cfg.stepsStartedBefore;
    const holders = inPath.filter((p) => !hasBefore.has(p));
    while (holders.length < startedIn) holders.push(this.rng.pick(inPath));
    for (const p of holders) {
      const w = this.window(p);
      const start = this.rng.int(w.from, w.to);
      let end: Day | undefined = start + this.rng.int(10, 240);
      if (p.exit !== undefined) end = Math.min(end, p.exit);
      else if (end > this.LAST && this.rng.chance(0.5)) end = undefined;
      this.steps.push({ person: p, type: undefined, start, end, mobilised: true });
    }
    this.assignStepTypes();

    // Noise: étapes ended before the year (one on 31/12 of the year before) and starting the year after.
    let boundary = false;
    for (const p of this.people) {
      if (p.cell === 'entersAfter') {
        const start = p.entry + this.rng.int(0, 10);
        this.steps.push({ person: p, type: 'Prestation', start, end: undefined, mobilised: false });
        continue;
      }
      const lastDay = p.cell === 'leftBefore' ? p.exit! : this.LAST_PREVIOUS;
      if (p.entry > lastDay - 60) continue;
      if (p.cell !== 'leftBefore' && !this.rng.chance(0.45)) continue;
      const count = p.cell === 'leftBefore' ? this.rng.int(1, 2) : 1;
      for (let i = 0; i < count; i++) {
        const start = this.rng.int(p.entry, lastDay - 30);
        let end = Math.max(start, Math.min(lastDay - this.rng.int(0, 25), start + this.rng.int(15, 300)));
        if (!boundary && p.cell === 'D' && end < lastDay) {
          end = this.LAST_PREVIOUS;
          boundary = true;
        }
        const type = this.rng.pick(STEP_TYPES);
        this.steps.push({ person: p, type, start, end, mobilised: false });
      }
    }
    check(boundary, 'an étape ending on 31/12 of the year before');
  }

  /** Types of the mobilised étapes: the last étape of an Emploi / Formation exit matches it. */
  private assignStepTypes(): void {
    const mobilised = this.steps.filter((s) => s.mobilised);
    const remaining = new Map<StepType, number>(this.cfg.stepTypes);
    const take = (type: StepType, step: Step) => {
      step.type = type;
      remaining.set(type, remaining.get(type)! - 1);
    };
    for (const p of this.people) {
      if (p.exit === undefined || p.exit < this.FIRST || p.exit > this.LAST) continue;
      if (p.reason !== 'Emploi' && p.reason !== 'Formation') continue;
      const own = mobilised.filter((s) => s.person === p);
      const lastStep = own.reduce((a, b) => (b.start > a.start ? b : a));
      take(p.reason, lastStep);
    }
    const pool = bag(this.rng, [...remaining.entries()]);
    const untyped = mobilised.filter((s) => s.type === undefined);
    check(pool.length === untyped.length, 'étape types');
    untyped.forEach((s, i) => (s.type = pool[i]!));
  }

  /** Ids in entry order (an export sorted by entry date). */
  private assignIds(): void {
    const ordered = [...this.people].sort((a, b) => a.entry - b.entry || a.key - b.key);
    ordered.forEach((p, i) => (p.id = `P${String(this.YEAR).slice(2)}-${String(i + 1).padStart(4, '0')}`));
  }

  // ---------------------------------------------------------------- output

  private communeLabel(p: Person): string {
    const name = COMMUNES[p.commune]!;
    const spellings = COMMUNE_SPELLINGS[name];
    return spellings && this.rng.chance(0.12) ? this.rng.pick(spellings) : name;
  }

  private publicLabel(p: Person): string {
    const parts: string[] = [];
    if (p.rsa) parts.push(this.rng.chance(0.06) ? 'Allocataire du RSA' : 'RSA');
    if (this.rng.chance(p.rsa ? 0.25 : 0.6)) parts.push(this.rng.chance(0.3) ? 'DETLD' : 'DELD');
    if (this.rng.chance(0.08)) parts.push(this.rng.pick(['TH', 'DE TH', 'RQTH']));
    if (p.senior && this.rng.chance(p.rsa ? 0.5 : 0.9)) parts.push(this.rng.chance(0.15) ? '+50 ans' : 'Senior');
    if (parts.length === 0) parts.push(this.rng.pick(['DELD', 'DETLD', 'TH']));
    return parts.join(this.rng.chance(0.05) ? ' | ' : '|');
  }

  private qualificationLabel(p: Person): string {
    if (p.upToCap) {
      if (this.rng.chance(0.55)) return this.rng.chance(0.05) ? 'CAP' : 'BEP/CAP';
      return this.rng.chance(0.05) ? 'Sans diplôme' : 'Aucun diplôme';
    }
    return this.rng.chance(0.65) ? 'BAC' : 'Supérieur au BAC';
  }

  files(): [string, string][] {
    const people = [...this.people].sort((a, b) => a.id.localeCompare(b.id, 'en'));
    const participants = people.map((p) => [
      p.id,
      this.rng.chance(0.03) ? (p.sex === 'F' ? 'Femme' : 'Homme') : p.sex,
      formatDay(p.birth),
      this.communeLabel(p),
      this.publicLabel(p),
      this.qualificationLabel(p),
      formatDay(p.entry),
      p.exit === undefined ? '' : formatDay(p.exit),
      p.reason ?? '',
      p.sector,
    ]);
    const steps = [...this.steps].sort((a, b) => a.person.id.localeCompare(b.person.id, 'en') || a.start - b.start || (a.end ?? Infinity) - (b.end ?? Infinity));
    const seen = new Set<string>();
    const etapes = steps.map((s) => {
      const spellings = STEP_SPELLINGS[s.type!];
      const type = spellings && this.rng.chance(0.1) ? this.rng.pick(spellings) : s.type!;
      const row = [s.person.id, type, formatDay(s.start), s.end === undefined ? '' : formatDay(s.end)];
      const key = [s.person.id, s.type, s.start, s.end].join(';');
      check(!seen.has(key), `duplicate étape ${row.join(';')}`);
      seen.add(key);
      return row;
    });
    return [
      ['plie/participants.csv', csv(['Identifiant', 'Sexe', 'Date de naissance', 'Commune', 'Public', 'Niveau de qualification', "Date d'entrée", 'Date de sortie', 'Motif de sortie', 'Secteur'], participants)],
      ['plie/etapes.csv', csv(['Identifiant', 'Type', 'Date de début', 'Date de fin'], etapes)],
    ];
  }
}

// ------------------------------------------------------------------ main

function main(): void {
  const outDir = process.argv[2] ?? 'fixtures';
  for (const cfg of [PLIE_2023, PLIE_2022]) {
    const gen = new PlieGenerator(cfg);
    gen.run();
    writeYearFiles(outDir, cfg.year, gen.files());
    const steps = gen.steps.filter((s) => s.mobilised).length;
    process.stdout.write(`${cfg.year}: ${gen.people.length} participants (${sum(cfg.inPath)} en parcours), ${gen.steps.length} étapes (${steps} mobilisées)\n`);
  }
}

main();
