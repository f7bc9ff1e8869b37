import { dayOf, isInYear, overlapsYear, contains } from '../contract/dates.js';
import type { Situation } from '../contract/schemas.js';
import type { Qualification } from '../contract/vocabularies.js';
import { ageBandWithOver25, communeTable, countSexes, hasData, SITUATIONS_FILE, isBelowBac, mergedQualification, rankedLabels, share, zeroes, type ComputeContext } from './shared.js';
import { AGE_BANDS_WITH_OVER_25, EMPLOYMENT_ROWS, MERGED_QUALIFICATION_BANDS, QUALIFICATION_BANDS, TRAINING_ROWS, type AgeBandWithOver25, type EmploymentRow, type MergedQualification } from '../contract/report-rows.js';
import type { Alternance, CivicService, Departures, Employment, Immersions, Training } from '../contract/metrics-schema.js';
import { type CommuneTable, type Share, type SexCounts } from '../contract/metrics-schema.js';
import { type Linked, type Registers } from '../load/registers.js';
import type { IntervalsByPerson } from './intervals.js';
import { PersonSet } from './person-set.js';

/**
 * Sections 2 to 6 and 8: what young people did (immersions, training, jobs, alternance,
 * service civique, stays abroad), all from situations.csv. At the national scale a year's
 * situations are a million rows: subsets are lists of row indexes (situations.csv rows,
 * jeunes.csv rows), and fields are read from the register's columns.
 */
type LinkedSituation = Linked<Situation>;

/** Indexes of the situations of the given types starting in Y. */
function startingIn(registers: Registers, year: number, types: ReadonlySet<Situation['type']>): number[] {
  return registers.situations.where((situation) => types.has(situation.type) && isInYear(situation.start, year));
}

/** The distinct jeunes (indexes, ascending) holding the situations. */
function holders(registers: Registers, situations: readonly number[]): number[] {
  const people = new PersonSet(registers.youngPeople.length);
  for (const situation of situations) people.add(registers.situations.field(situation, 'youngPerson'));
  return people.toArray();
}

function countByCommune(registers: Registers, context: ComputeContext, situations: readonly number[]): CommuneTable<'count'> {
  const table = communeTable(context.communes, ['count'] as const);
  for (const situation of situations) table.add(registers.youngPeople.field(registers.situations.field(situation, 'youngPerson'), 'commune'), 'count');
  return table.table();
}

function bands(registers: Registers, youngPeople: readonly number[]): Qualification[] {
  return youngPeople.map((youngPerson) => registers.youngPeople.field(youngPerson, 'qualification').band);
}

function qualificationCounts(registers: Registers, youngPeople: readonly number[]): Record<Qualification, number> {
  const counts = zeroes(QUALIFICATION_BANDS);
  for (const band of bands(registers, youngPeople)) counts[band]++;
  return counts;
}

function mergedQualificationCounts(registers: Registers, youngPeople: readonly number[]): Record<MergedQualification, number> {
  const counts = zeroes(MERGED_QUALIFICATION_BANDS);
  for (const band of bands(registers, youngPeople)) counts[mergedQualification(band)]++;
  return counts;
}

function belowBac(registers: Registers, youngPeople: readonly number[]): Share {
  return share(bands(registers, youngPeople).filter(isBelowBac).length, youngPeople.length);
}

function sexes(registers: Registers, youngPeople: readonly number[]): SexCounts {
  return countSexes(youngPeople.map((youngPerson) => registers.youngPeople.field(youngPerson, 'sex')));
}

/** The Domaine of each situation that has one. */
function domains(registers: Registers, situations: readonly number[]): string[] {
  return situations.flatMap((situation) => registers.situations.field(situation, 'domain') ?? []);
}

// ---------------------------------------------------------------- 2. PMSMP

export function computeImmersions(registers: Registers, context: ComputeContext): Immersions {
  const situations = startingIn(registers, context.year, new Set(['Immersion']));
  const people = holders(registers, situations);
  return {
    total: situations.length,
    byCommune: countByCommune(registers, context, situations),
    holders: people.length,
    withoutDiploma: share(bands(registers, people).filter((band) => band === 'Aucun diplôme').length, people.length),
    women: share(sexes(registers, people).F, people.length),
  };
}

// ---------------------------------------------------------------- 3. Formation


export function computeTraining(registers: Registers, context: ComputeContext): Training {
  const situations = startingIn(registers, context.year, new Set(['Formation']));
  const people = holders(registers, situations);
  const byType = zeroes(TRAINING_ROWS);
  const qualifyingHolders = new PersonSet(registers.youngPeople.length);
  let qualifying = 0;
  for (const index of situations) {
    const situation = registers.situations.get(index);
    if (situation.subType !== undefined && situation.subType in byType) byType[situation.subType as keyof typeof byType]++;
    if (situation.qualifying === 'Qualifiante' || situation.qualifying === 'Pré-qualifiante') {
      qualifying++;
      qualifyingHolders.add(situation.youngPerson);
    }
  }
  const sectors = rankedLabels(domains(registers, situations));
  const top = sectors[0];
  return {
    situations: situations.length,
    jeunes: people.length,
    byType,
    byCommune: countByCommune(registers, context, situations),
    sex: sexes(registers, people),
    qualification: mergedQualificationCounts(registers, people),
    belowBac: belowBac(registers, people),
    qualifyingJeunes: share(qualifyingHolders.size, people.length),
    qualifyingSituations: share(qualifying, situations.length),
    topSector: top ? { label: top.label, share: share(top.count, situations.length) } : null,
  };
}

// ---------------------------------------------------------------- 4. Emploi


/** Seed 001's grouping of contract types (the CDI row includes CIE en CDI, CUI = PEC + CIE CDD). */
export function employmentRow(situation: LinkedSituation): EmploymentRow | undefined {
  if (situation.type === 'Alternance') return 'Alternance';
  switch (situation.subType) {
    case 'CDD':
      return 'CDD';
    case 'Intérim':
    case 'Saisonnier':
      return 'Intérim / Saisonnier';
    case 'CDI':
    case 'CDI CIE':
      return 'CDI';
    case 'PEC':
    case 'CIE CDD':
      return 'Contrat Unique d’Insertion';
    case "Création d'entreprise":
      return 'Création d’entreprise';
    default:
      return undefined;
  }
}

/** No start seen yet: later than any day. */
const NO_START = 0x7fffffff;

export function computeEmployment(registers: Registers, context: ComputeContext): Employment {
  const situations = startingIn(registers, context.year, new Set(['Emploi', 'Alternance']));
  const people = holders(registers, situations);
  const byType = zeroes(EMPLOYMENT_ROWS);
  // Each holder's first start in Y, by jeune index (`people` are exactly the holders).
  const firstStart = new Int32Array(Math.max(registers.youngPeople.length, (people.at(-1) ?? -1) + 1)).fill(NO_START);
  const pec: number[] = [];
  for (const index of situations) {
    const situation = registers.situations.get(index);
    const row = employmentRow(situation);
    if (row) byType[row]++;
    if (situation.type === 'Emploi' && situation.subType === 'PEC') pec.push(index);
    if (situation.start < firstStart[situation.youngPerson]!) firstStart[situation.youngPerson] = situation.start;
  }
  const ages = zeroes(AGE_BANDS_WITH_OVER_25);
  for (const index of people) ages[ageBandWithOver25(registers.youngPeople.field(index, 'birthDate'), firstStart[index]!)]++;
  const sex = sexes(registers, people);
  const sectors = rankedLabels(domains(registers, situations));
  return {
    situations: situations.length,
    jeunes: people.length,
    byType,
    byCommune: countByCommune(registers, context, situations),
    topSectors: sectors.slice(0, 5).map(({ label, count }) => ({ label, share: share(count, situations.length) })),
    men: share(sex.H, sex.total),
    women: share(sex.F, sex.total),
    age: Object.fromEntries(AGE_BANDS_WITH_OVER_25.map((band) => [band, share(ages[band], people.length)])) as Record<AgeBandWithOver25, Share>,
    qualification: qualificationCounts(registers, people),
    belowBac: belowBac(registers, people),
    pec: { total: pec.length, byCommune: countByCommune(registers, context, pec) },
  };
}

// ---------------------------------------------------------------- 5. Alternance

export function computeAlternance(registers: Registers, context: ComputeContext): Alternance {
  const indexes = startingIn(registers, context.year, new Set(['Alternance']));
  const contracts = indexes.map((index) => registers.situations.get(index));
  const total = contracts.length;
  const levels = { 'BEP/CAP': 0, BAC: 0, 'Supérieur au BAC': 0 };
  let women = 0;
  for (const contract of contracts) {
    if (contract.preparedLevel) levels[contract.preparedLevel]++;
    if (registers.youngPeople.field(contract.youngPerson, 'sex') === 'F') women++;
  }
  const followed = new PersonSet(registers.youngPeople.length);
  registers.situations.scan((situation) => {
    if (situation.type === 'Alternance' && overlapsYear(situation, context.year)) followed.add(situation.youngPerson);
  });
  const sectors = rankedLabels(domains(registers, indexes));
  return {
    contracts: total,
    apprenticeship: contracts.filter((contract) => contract.subType === 'Apprentissage').length,
    professionalisation: contracts.filter((contract) => contract.subType === 'Professionnalisation').length,
    byCommune: countByCommune(registers, context, indexes),
    women: share(women, total),
    men: share(total - women, total),
    preparedLevel: {
      'BEP/CAP': share(levels['BEP/CAP'], total),
      BAC: share(levels.BAC, total),
      'Supérieur au BAC': share(levels['Supérieur au BAC'], total),
    },
    topSectors: sectors.slice(0, 3).map(({ label, count }) => ({ label, share: share(count, total) })),
    followedJeunes: followed.size,
  };
}

// ---------------------------------------------------------------- 6. Service civique

/** Service civique situations; the actions of the section come from actions.csv (engagement.ts). */
export function computeCivicService(registers: Registers, context: ComputeContext): Omit<CivicService, 'actions'> {
  const running = new PersonSet(registers.youngPeople.length);
  const started = new PersonSet(registers.youngPeople.length);
  registers.situations.scan((situation) => {
    if (situation.type !== 'Service civique' || !overlapsYear(situation, context.year)) return;
    running.add(situation.youngPerson);
    if (isInYear(situation.start, context.year)) started.add(situation.youngPerson);
  });
  const table = communeTable(context.communes, ['running', 'started'] as const);
  for (const youngPerson of running) table.add(registers.youngPeople.field(youngPerson, 'commune'), 'running');
  for (const youngPerson of started) table.add(registers.youngPeople.field(youngPerson, 'commune'), 'started');
  if (!hasData(registers, SITUATIONS_FILE)) return { running: null, started: null, byCommune: null };
  return { running: running.size, started: started.size, byCommune: table.table() };
}

// ---------------------------------------------------------------- 8. Départs à l'étranger

export function computeDepartures(registers: Registers, context: ComputeContext): Departures {
  const departures = startingIn(registers, context.year, new Set(['Mobilité internationale']))
    .map((index) => registers.situations.get(index))
    .sort((a, b) => a.start - b.start);
  const programmes = new Map<string, { programme: string; count: number; countries: string[] }>();
  for (const departure of departures) {
    const name = departure.subType ?? 'Autre programme';
    const entry = programmes.get(name) ?? { programme: name, count: 0, countries: [] };
    entry.count++;
    if (departure.country && !entry.countries.includes(departure.country)) entry.countries.push(departure.country);
    programmes.set(name, entry);
  }
  const byProgramme = [...programmes.values()];
  return { total: departures.length, byProgramme };
}

// ---------------------------------------------------------------- helpers reused by section 9

/** Situations starting in Y whose start falls inside one of the jeune's intervals. */
export function situationsInside(
  registers: Registers,
  year: number,
  intervals: IntervalsByPerson,
): Pick<LinkedSituation, 'type' | 'youngPerson'>[] {
  return registers.situations
    .where((situation) => isInYear(situation.start, year) && intervals.contains(situation.youngPerson, situation.start))
    .map((index) => ({ type: registers.situations.field(index, 'type'), youngPerson: registers.situations.field(index, 'youngPerson') }));
}

/** Jeunes holding, on 31/12/Y, a situation of one of the given types. */
export function inSituationAtYearEnd(registers: Registers, year: number, types: ReadonlySet<Situation['type']>): PersonSet {
  const endOfYear = dayOf(year, 12, 31);
  const youngPeople = new PersonSet(registers.youngPeople.length);
  registers.situations.scan((situation) => {
    if (types.has(situation.type) && contains(situation, endOfYear)) youngPeople.add(situation.youngPerson);
  });
  return youngPeople;
}
