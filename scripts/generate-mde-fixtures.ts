/**
 * Deterministic generator of the synthetic Maison de l'Emploi fixtures:
 * `npx tsx scripts/generate-mde-fixtures.ts fixtures`.
 *
 * Writes the eight MDE logs of `<out>/2023/mde/` (src/contract/mde-schemas.ts: creation-entreprise,
 * employeurs, contrats, clause-insertion, cyber-base, mobilite, siae, offres), built so that the
 * MDE pages reproduce the figures of the ALPES 2023 report (seed 000): 44 porteurs de projets,
 * 364 employeurs sensibilisés, 130 contrats en alternance, 49 692 h de clause d'insertion,
 * 1 590 utilisations de la Cyber-base par 742 usagers, 598 recharges Pass Pass, 96 placements en
 * SIAE, 381 offres…
 *
 * The MDE events (job datings, salon, forums, recruitment operations and sessions) live in
 * actions/actions.csv with `Structure` = Maison de l'Emploi: `mdeActionRows` returns those rows
 * and their participations, and scripts/generate-fixtures.ts appends them to the 2023 files (the
 * Tour de France des apprentis takes its 22 jeunes from the I-MILO fixtures, 11 of them in CEJ
 * on the day). The recruitment operations' ids are the `Opération` of contrats.csv.
 *
 * Every population is assembled from its exact counts (the PRNG only decides who gets which
 * value, which day, how many rows), then noise that the report must ignore is added: rows of
 * December 2022 (the exports overlap), employers met only in 2022, project holders welcomed in
 * 2022, repeated contacts and visits, spellings that the vocabularies and the commune matcher
 * fold. Nothing produces a validation error and no row is an exact duplicate of another.
 *
 * Ids are pseudonymous and obviously synthetic (`M23-C0001`, `EMP-0001`, `CLE-001`…). Seeded
 * PRNGs (one per file, mulberry32) and stable sorts make every run byte-identical.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, fail } from './lib/check.js';
import { csv } from './lib/csv.js';
import { dayOf, formatDay, isWeekend, parseDay, type Day } from './lib/dates.js';
import { sum } from './lib/numbers.js';
import { writeYearFiles } from './lib/output.js';
import { Rng, bag } from './lib/rng.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../src/contract/territory.js';

// ------------------------------------------------------------------ small helpers

/**
 * Splits `total` into `n` random integers, each in [min, max], skewed (a few large parts, many
 * small ones, as activity logs are): largest remainders on random weights, then capped.
 */
function split(rng: Rng, total: number, n: number, min = 1, max = Number.POSITIVE_INFINITY): number[] {
  check(n > 0 && total >= n * min && total <= n * max, `cannot split ${total} into ${n} parts in [${min}, ${max}]`);
  const weights = Array.from({ length: n }, () => rng.next() * rng.next() + 0.02);
  const total_w = sum(weights);
  const rest = total - n * min;
  const exact = weights.map((w) => (rest * w) / total_w);
  const parts = exact.map((x) => Math.min(Math.floor(x), max - min));
  let left = rest - sum(parts);
  const order = exact.map((x, i) => ({ i, f: x - Math.floor(x) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (let pass = 0; left > 0; pass++) {
    check(pass < 10_000, 'split: no progress');
    for (const { i } of order) {
      if (left === 0) break;
      if (parts[i]! < max - min) {
        parts[i] = parts[i]! + 1;
        left--;
      }
    }
  }
  return parts.map((p) => p + min);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// ------------------------------------------------------------------ calendar (UTC day numbers)

const YEAR = 2023;
const YY = String(YEAR).slice(2);
const FIRST = dayOf(YEAR, 1, 1);
const LAST = dayOf(YEAR, 12, 31);
/** The noise window: December of the previous year, which the exports overlap. */
const DEC_FIRST = dayOf(YEAR - 1, 12, 1);
const DEC_LAST = dayOf(YEAR - 1, 12, 31);
const lastOfMonth = (month: number, year = YEAR): Day => dayOf(year, month + 1, 1) - 1;

/** Working days of [from, to]. */
function workdays(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d++) if (!isWeekend(d)) out.push(d);
  return out;
}
const YEAR_WORKDAYS = workdays(FIRST, LAST);
const DEC_WORKDAYS = workdays(DEC_FIRST, DEC_LAST);

/** `k` distinct working days of `days`, sorted. */
function pickDays(rng: Rng, days: readonly Day[], k: number): Day[] {
  check(k <= days.length, `cannot pick ${k} days of ${days.length}`);
  return rng.shuffle(days.slice()).slice(0, k).sort((a, b) => a - b);
}

/** `k` distinct months of the year (1-12), sorted. */
function pickMonths(rng: Rng, k: number): number[] {
  check(k <= 12, `cannot pick ${k} months`);
  return rng.shuffle(Array.from({ length: 12 }, (_, i) => i + 1)).slice(0, k).sort((a, b) => a - b);
}

function dayInMonth(rng: Rng, month: number, year = YEAR): Day {
  return rng.pick(workdays(dayOf(year, month, 1), lastOfMonth(month, year)));
}

// ------------------------------------------------------------------ communes

const TERRITORY = METROPOLE_NORD_OUEST.communes;
const MATCHER = communeMatcher(METROPOLE_NORD_OUEST);
/** Weights of the territory communes (population-like), in TERRITORY order. */
const TERRITORY_WEIGHTS = [22, 27, 2, 39, 11, 8, 7, 13, 3, 11];
/** The territory's communes with a priority neighbourhood (QPV). */
const TERRITORY_QPV = ['Lambersart', 'Marcq-en-Barœul'] as const;
/** Other spellings found in exports, folded by the commune matcher. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'La Madeleine': ['LA MADELEINE'],
  Lambersart: ['LAMBERSART'],
  'Marcq-en-Barœul': ['Marcq-en-Baroeul', 'MARCQ EN BAROEUL'],
  'Marquette-lez-Lille': ['Marquette-Lez-Lille', 'Marquette les Lille'],
  'Quesnoy-sur-Deûle': ['Quesnoy-sur-Deule'],
  'Saint-André-lez-Lille': ['Saint-Andre-lez-Lille', 'SAINT ANDRE LEZ LILLE'],
};
/** Communes of the Lille metropolis outside the territory. */
const OUTSIDE = [
  'Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq", 'Wattrelos', 'Croix', 'Wasquehal', 'Hem', 'Mons-en-Barœul', 'Loos',
  'Haubourdin', 'Armentières', 'Seclin', 'Ronchin', 'Faches-Thumesnil', 'Halluin', 'Comines', 'Lomme', 'Hellemmes', 'Lys-lez-Lannoy',
] as const;
const OUTSIDE_WEIGHTS = [30, 14, 12, 8, 5, 4, 4, 4, 4, 4, 2, 3, 2, 2, 2, 2, 1, 4, 2, 1];
const OUTSIDE_QPV = ['Lille', 'Roubaix', 'Tourcoing', 'Wattrelos', 'Hem', 'Mons-en-Barœul', 'Loos', "Villeneuve-d'Ascq", 'Lomme', 'Hellemmes'] as const;

for (const [commune, variants] of Object.entries(SPELLINGS)) {
  for (const v of [commune, ...variants]) check(MATCHER.match(v) === commune, `spelling ${v} does not fold to ${commune}`);
}
for (const c of OUTSIDE) check(MATCHER.match(c) === undefined, `${c} matches the territory`);

/** A territory commune as an export writes it (now and then another spelling). */
function spelled(rng: Rng, commune: string): string {
  const variants = SPELLINGS[commune];
  return variants && rng.chance(0.12) ? rng.pick(variants) : commune;
}
function territoryCommune(rng: Rng, qpv = false): string {
  return spelled(rng, qpv ? rng.pick(TERRITORY_QPV) : TERRITORY[rng.weighted(TERRITORY_WEIGHTS)]!);
}
function outsideCommune(rng: Rng, qpv = false): string {
  return qpv ? rng.pick(OUTSIDE_QPV) : OUTSIDE[rng.weighted(OUTSIDE_WEIGHTS)]!;
}
function commune(rng: Rng, inTerritory: boolean, qpv = false): string {
  return inTerritory ? territoryCommune(rng, qpv) : outsideCommune(rng, qpv);
}

/** A person of one log: pseudonymous id and the attributes that must stay constant over their rows. */
interface Person {
  id: string;
  commune: string;
  mno: boolean;
}

/** `mno` people of the territory and `outside` others, ids `M23-<prefix>0001`… in random order. */
function people(rng: Rng, prefix: string, mno: number, outside: number, first = 1): Person[] {
  const flags = bag(rng, [[true, mno], [false, outside]] as const);
  return flags.map((inTerritory, i) => ({ id: `M${YY}-${prefix}${pad(first + i, 4)}`, commune: commune(rng, inTerritory), mno: inTerritory }));
}

const byDayThenId = <T extends { day: Day; id: string }>(a: T, b: T): number => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ------------------------------------------------------------------ actions (actions/actions.csv, Structure = MDE)

const MDE = "Maison de l'Emploi";
const CREATION = "Création d'entreprise";

interface ActionSpec {
  /** Reference used by participations, parents and contracts. */
  key: string;
  date: string;
  type: string;
  theme?: string;
  title: string;
  place?: string;
  exhibitors?: number;
  visitors?: number;
  interviews?: number;
  /** `Structure` as written (default Maison de l'Emploi). */
  owner?: string;
  parent?: string;
  localExhibitors?: number;
  demonstrations?: number;
  comment?: string;
}

const RECRUITMENT_SESSIONS = [
  '10/01', '24/01', '07/02', '21/02', '14/03', '28/03', '11/04', '25/04', '16/05', '30/05',
  '13/06', '27/06', '11/07', '12/09', '26/09', '10/10', '24/10', '14/11', '28/11', '12/12',
];
const CREATION_WORKSHOPS = ['17/01', '14/03', '16/05', '12/09', '14/11', '12/12'];

/** The MDE events of the year (seed 000, pages « Maison de l'Emploi »), plus December 2022 noise. */
const ACTION_SPECS: readonly ActionSpec[] = [
  // « Décroche ton Job ou ta Formation » (job datings)
  { key: 'dtj-iae', date: '02/03/2023', type: 'Job dating', title: 'DTJ « IAE »', exhibitors: 9, interviews: 64 },
  { key: 'dtj-jeunes', date: '01/06/2023', type: 'Job dating', title: 'DTJ « Spécial Jeunes »', place: 'Saint-André-lez-Lille (salle Wauquier)', exhibitors: 40, visitors: 487 },
  { key: 'dtj-sap', date: '06/07/2023', type: 'Job dating', title: 'DTJ « SAP Santé Animation »', exhibitors: 11, interviews: 83 },
  { key: 'dtj-textile', date: '12/10/2023', type: 'Job dating', title: 'DTJ « Textile »', exhibitors: 8, interviews: 61, comment: 'dont AFRIFATA ACADEMY qui a réalisé une démonstration' },
  { key: 'dtj-commerce', date: '30/11/2023', type: 'Job dating', title: 'DTJ « Commerce Logistique »', exhibitors: 10, interviews: 94 },
  // « C'est décidé, je trouve ma voie ! »
  { key: 'voie-securite', date: '15/06/2023', type: 'Rencontre', title: 'Métiers de la Sécurité au féminin', comment: 'en partenariat avec AKTO et le GRETA (Lycée Vertes Feuilles à Saint-André-lez-Lille)' },
  { key: 'voie-transport', date: '19/10/2023', type: 'Rencontre', title: 'Métiers du Transport, de la Logistique et du Bâtiment', comment: 'en partenariat avec Pôle Emploi et l’ASSIFEP, dans le cadre de MEL Toi du Territoire' },
  { key: 'voie-assmat', date: '04/12/2023', type: 'Rencontre', title: 'Métier d’Assistant.e Maternel.le', comment: 'en partenariat avec le Relais Petite Enfance de Lambersart' },
  // the salon and what happened during it
  { key: 'salon', date: '23/03/2023', type: 'Salon', title: 'Salon Les Clés de l’Emploi', place: 'Marquette-lez-Lille', visitors: 1559, exhibitors: 171, localExhibitors: 39, demonstrations: 15 },
  { key: 'salon-village', date: '23/03/2023', type: 'Événement', theme: CREATION, title: 'Village de la création d’entreprise', place: 'Marquette-lez-Lille', exhibitors: 10, parent: 'salon' },
  { key: 'salon-financement', date: '23/03/2023', type: 'Atelier', theme: CREATION, title: 'Atelier sur le financement', place: 'Marquette-lez-Lille', parent: 'salon' },
  // business creation
  ...CREATION_WORKSHOPS.map((date, i): ActionSpec => ({ key: `creation-${i + 1}`, date: `${date}/2023`, type: 'Atelier', theme: CREATION, title: 'Atelier création/reprise d’entreprise', place: 'MDE MNO' })),
  { key: 'bus-bge', date: '11/05/2023', type: 'Événement', theme: CREATION, title: 'Bus de la Fabrique BGE', place: 'Lambersart' },
  // events co-organised or attended
  { key: 'tables-toques', date: '30/01/2023', type: 'Événement', title: 'Lille Tables et Toques', place: 'Le Garage à Lille' },
  { key: 'petit-dejeuner', date: '07/02/2023', type: 'Événement', title: 'Petit déjeuner de la formation', comment: 'organisé par Vitamine T' },
  { key: 'tour-de-france', date: '23/05/2023', type: 'Événement', title: 'Tour de France des apprentis', place: 'MDE MNO', comment: 'en partenariat avec l’ANAF' },
  { key: 'ptit-dej', date: '19/09/2023', type: 'Événement', title: 'P’tit déj des entrepreneurs', comment: 'organisé par la ville de Wambrechies' },
  { key: 'garden-party', date: '21/09/2023', type: 'Événement', title: 'Garden Party « rencontre inter-entreprises »', comment: 'organisée par la ville de Verlinghem' },
  { key: 'arcopro', date: '03/10/2023', type: 'Événement', title: 'Soirée d’échanges et de réseautage', comment: 'organisée par l’Association des Commerçants (ARCOPRO) de Saint-André-lez-Lille' },
  { key: 'mel-cloture', date: '16/11/2023', type: 'Événement', title: 'Soirée de clôture de MEL Toi du Territoire', place: 'La Chaufferie à Tourcoing' },
  { key: 'filme-ton-projet', date: '18/10/2023', type: 'Événement', title: 'Filme Ton Projet', comment: 'avec l’ANAF (jusqu’au 27 novembre)' },
  // forums
  { key: 'forum-marcq', date: '16/03/2023', type: 'Forum', title: 'Les rencontres de l’Emploi', place: 'Marcq-en-Barœul' },
  { key: 'forum-jeunes-avenir', date: '29/03/2023', type: 'Forum', title: 'Salon Jeunes d’Avenir', place: 'Grand Stade à Villeneuve d’Ascq' },
  { key: 'forum-alternance', date: '06/04/2023', type: 'Forum', title: 'Forum de l’Alternance', place: 'La Madeleine', exhibitors: 61, demonstrations: 2, visitors: 483 },
  { key: 'forum-job-day', date: '24/05/2023', type: 'Forum', title: 'Job Day', place: 'Lambersart' },
  { key: 'forum-tourisme-1', date: '30/05/2023', type: 'Forum', title: 'Jobdating Évènementiel - Tourisme', place: 'Le Garage à Lille', comment: 'organisé par Lille Events' },
  { key: 'forum-tourisme-2', date: '28/11/2023', type: 'Forum', title: 'Jobdating Évènementiel - Tourisme', place: 'Canopy à Lille', comment: 'organisé par Lille Events' },
  { key: 'forum-cma-1', date: '12/06/2023', type: 'Forum', title: 'Jobs Dating de la CMA' },
  { key: 'forum-cma-2', date: '18/09/2023', type: 'Forum', title: 'Jobs Dating de la CMA' },
  { key: 'forum-human-day', date: '19/09/2023', type: 'Forum', title: 'Salon Human Day', place: 'Lille Grand Palais' },
  { key: 'forum-seniors', date: '28/09/2023', type: 'Forum', title: 'Job Dating Séniors', place: 'Château de Robersart à Wambrechies', exhibitors: 35, visitors: 224 },
  { key: 'forum-jo', date: '20/12/2023', type: 'Forum', title: 'Job Dating JO 2024', place: 'Préfecture du Nord' },
  // recruitment operations
  { key: 'op-aet', date: '11/01/2023', type: 'Opération de recrutement', title: 'Aux Enfants Terribles', place: 'Marquette-lez-Lille', comment: 'inauguration le 11 janvier 2023 / ouverture le 13 janvier 2023' },
  { key: 'op-super-u', date: '01/03/2023', type: 'Opération de recrutement', title: 'Super U', place: 'La Madeleine', comment: 'ouverture mars 2023' },
  { key: 'op-casting', date: '14/04/2023', type: 'Opération de recrutement', title: 'Casting pour un film de Gilles LELLOUCHE', comment: '4 jeunes ont été invités à faire des essais au Pôle Emploi Spectacle' },
  { key: 'op-smyths', date: '15/09/2023', type: 'Opération de recrutement', title: 'Recrutement pour Smyths Toys', comment: 'PMSMP proposées' },
  // recruitment sessions with temp agencies (`Structure` written with the alias an export uses)
  ...RECRUITMENT_SESSIONS.map((date, i): ActionSpec => ({ key: `session-${i + 1}`, date: `${date}/2023`, type: 'Session de recrutement', title: 'Session de recrutement intérim', owner: i % 4 === 3 ? 'MDE' : MDE })),
  // noise: MDE events of December 2022, exported with the 2023 ones
  { key: 'noise-dtj', date: '08/12/2022', type: 'Job dating', title: 'DTJ « Fêtes de fin d’année »', exhibitors: 7, interviews: 21 },
  { key: 'noise-creation', date: '06/12/2022', type: 'Atelier', theme: CREATION, title: 'Atelier création/reprise d’entreprise', place: 'MDE MNO' },
  { key: 'noise-session', date: '13/12/2022', type: 'Session de recrutement', title: 'Session de recrutement intérim' },
];

interface MdeAction extends ActionSpec {
  id: string;
  day: Day;
}

/** The actions in date order, ids `M23-A001`… (no randomness: the ids are stable). */
function mdeActions(): MdeAction[] {
  const sorted = ACTION_SPECS.map((spec, index) => ({ spec, index, day: parseDay(spec.date) })).sort((a, b) => a.day - b.day || a.index - b.index);
  const keys = new Set(ACTION_SPECS.map((s) => s.key));
  check(keys.size === ACTION_SPECS.length, 'duplicate action key');
  for (const s of ACTION_SPECS) check(s.parent === undefined || keys.has(s.parent), `unknown parent ${s.parent}`);
  return sorted.map(({ spec, day }, i) => ({ ...spec, id: `M${YY}-A${pad(i + 1, 3)}`, day }));
}

function actionIdOf(actions: readonly MdeAction[], key: string): string {
  return actions.find((a) => a.key === key)?.id ?? fail(`no action ${key}`);
}

/** The columns that the 2023 actions.csv gains for the MDE (empty on Mission Locale rows). */
export const MDE_ACTION_COLUMNS = ['Structure', 'Action parente', 'Exposants du territoire', 'Démonstrations', 'Commentaire'] as const;

/** A jeune of the I-MILO fixtures, as written in jeunes.csv. */
export interface ImiloYoungPerson {
  id: string;
  /** Commune as written in participations.csv for this jeune. */
  commune: string;
  /** `Date premier accueil`, jj/mm/aaaa. */
  arrival: string;
}

/** A row of dispositifs.csv. */
export interface ImiloEnrolment {
  id: string;
  programme: string;
  entry: string;
  /** Empty when still open. */
  exit: string;
}

/** Who attends what: rows [action id, participant id, commune]. */
function spreadOver(rng: Rng, persons: readonly Person[], actionIds: readonly string[], repeats: number): string[][] {
  const order = rng.shuffle(persons.slice());
  const attended = new Map<string, Set<string>>();
  const rows: string[][] = [];
  const attend = (p: Person, actionId: string): void => {
    const seen = attended.get(p.id) ?? new Set<string>();
    attended.set(p.id, seen);
    seen.add(actionId);
    rows.push([actionId, p.id, p.commune]);
  };
  check(order.length >= actionIds.length, 'fewer people than actions');
  order.forEach((p, i) => attend(p, actionIds[i % actionIds.length]!));
  for (let added = 0, guard = 0; added < repeats; guard++) {
    check(guard < 10_000, 'spreadOver: no progress');
    const p = rng.pick(order);
    const actionId = rng.pick(actionIds);
    if (attended.get(p.id)!.has(actionId)) continue;
    attend(p, actionId);
    added++;
  }
  return rows;
}

/** `mno` people of the territory and `total - mno` others drawn from a pool, for one event. */
function drawAttendees(rng: Rng, pool: readonly Person[], total: number, mno: number): Person[] {
  const inside = rng.shuffle(pool.filter((p) => p.mno));
  const outside = rng.shuffle(pool.filter((p) => !p.mno));
  check(inside.length >= mno && outside.length >= total - mno, `pool too small for ${total} (${mno} MNO)`);
  return [...inside.slice(0, mno), ...outside.slice(0, total - mno)];
}

/**
 * The MDE rows to append to the 2023 actions/actions.csv (header = the Mission Locale columns
 * followed by MDE_ACTION_COLUMNS) and actions/participations.csv. `jeunes` and `dispositifs`
 * are the 2023 I-MILO fixtures: the Tour de France des apprentis gathers 11 jeunes in CEJ on
 * its day and 11 who are not.
 */
export function mdeActionRows(youngPeople: readonly ImiloYoungPerson[], enrolments: readonly ImiloEnrolment[]): { actions: string[][]; participations: string[][] } {
  const rng = new Rng(0x3de2_0a01);
  const actions = mdeActions();
  const idOf = (key: string): string => actionIdOf(actions, key);
  const num = (n: number | undefined): string => (n === undefined ? '' : String(n));
  const actionRows = actions.map((a) => [
    a.id, formatDay(a.day), a.type, a.theme ?? '', a.title, a.place ?? '', num(a.exhibitors), num(a.visitors), num(a.interviews),
    a.owner ?? MDE, a.parent === undefined ? '' : idOf(a.parent), num(a.localExhibitors), num(a.demonstrations), a.comment ?? '',
  ]);

  const parts: string[][] = [];
  const add = (key: string, persons: readonly Person[]): void => {
    for (const p of persons) parts.push([idOf(key), p.id, p.commune]);
  };

  // Job datings, co-organised events and recruitment operations: the MDE's public.
  const visitors = people(rng, 'V', 110, 60);
  const events: readonly (readonly [string, number, number])[] = [
    ['dtj-iae', 41, 38],
    ['dtj-sap', 56, 29],
    ['dtj-textile', 36, 22],
    ['dtj-commerce', 37, 33],
    ['tables-toques', 18, 18],
    ['op-casting', 25, 21],
    ['op-smyths', 25, 18],
    ['noise-dtj', 12, 9],
  ];
  for (const [key, total, mno] of events) add(key, drawAttendees(rng, visitors, total, mno));

  // Business creation: the salon's village and workshop, and the 6 workshops at the MDE.
  const holders = people(rng, 'P', 50, 90);
  add('salon-village', drawAttendees(rng, holders, 76, 17));
  add('salon-financement', drawAttendees(rng, holders, 10, 2));
  const workshopPeople = drawAttendees(rng, holders, 40, 30);
  parts.push(...spreadOver(rng, workshopPeople, CREATION_WORKSHOPS.map((_, i) => idOf(`creation-${i + 1}`)), 5));
  add('noise-creation', drawAttendees(rng, holders, 5, 4));

  // Recruitment sessions: 102 candidates, some at several sessions.
  const candidates = people(rng, 'R', 53, 49);
  parts.push(...spreadOver(rng, candidates, RECRUITMENT_SESSIONS.map((_, i) => idOf(`session-${i + 1}`)), 31));
  add('noise-session', [...rng.shuffle(candidates.slice()).slice(0, 3), ...people(rng, 'R', 2, 1, candidates.length + 1)]);

  // Tour de France des apprentis: jeunes of the I-MILO fixtures, 11 in CEJ on the day.
  const day = parseDay('23/05/2023');
  const inCej = new Set(
    enrolments
      .filter((d) => d.programme === 'CEJ' && parseDay(d.entry) <= day && (d.exit === '' || day <= parseDay(d.exit)))
      .map((d) => d.id),
  );
  const known = youngPeople.filter((j) => parseDay(j.arrival) <= day).slice().sort((a, b) => (a.id < b.id ? -1 : 1));
  const cej = rng.shuffle(known.filter((j) => inCej.has(j.id))).slice(0, 11);
  const others = rng.shuffle(known.filter((j) => !inCej.has(j.id))).slice(0, 11);
  check(cej.length === 11 && others.length === 11, 'not enough jeunes for the Tour de France des apprentis');
  for (const j of [...cej, ...others]) {
    check(MATCHER.match(j.commune) !== undefined, `jeune ${j.id} outside the territory`);
    parts.push([idOf('tour-de-france'), j.id, j.commune]);
  }

  parts.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  check(new Set(parts.map((p) => `${p[0]};${p[1]}`)).size === parts.length, 'a participant registered twice to one action');
  return { actions: actionRows, participations: parts };
}

// ------------------------------------------------------------------ mde/creation-entreprise.csv

function creationFile(): string {
  const rng = new Rng(0x3de2_0c01);
  interface Holder { id: string; day: Day; sex: string; commune: string; referrals: string; created: Day | null; company: string; companyCommune: string }
  const holders: Holder[] = [];
  // 44 porteurs accueillis en 2023: 43 de MNO, 21 F / 23 H, 49 orientations.
  const sexes = bag(rng, [['F', 21], ['H', 23]] as const);
  const mno = bag(rng, [[true, 43], [false, 1]] as const);
  const referrals = bag(rng, [[0, 7], [1, 28], [2, 6], [3, 3]] as const);
  check(sum(referrals) === 49, 'orientations');
  const welcomed = pickDays(rng, YEAR_WORKDAYS.filter((d) => d < dayOf(YEAR, 12, 1)), 44);
  for (let i = 0; i < 44; i++) {
    const sex = sexes[i]!;
    const r = referrals[i]!;
    holders.push({
      id: `M${YY}-C${pad(i + 1, 4)}`,
      day: welcomed[i]!,
      sex: i % 9 === 4 ? (sex === 'F' ? 'Femme' : 'Homme') : sex,
      commune: commune(rng, mno[i]!),
      // An empty cell means no referral; some exports write 0.
      referrals: r === 0 ? (i % 2 === 0 ? '' : '0') : String(r),
      created: null,
      company: '',
      companyCommune: '',
    });
  }
  // 12 holders welcomed in 2022 (one in December): ignored by the 2023 counts.
  const earlier = pickDays(rng, workdays(dayOf(YEAR - 1, 6, 1), dayOf(YEAR - 1, 11, 30)), 11);
  earlier.push(rng.pick(DEC_WORKDAYS));
  earlier.forEach((day, i) => {
    holders.push({ id: `M${YY}-C${pad(45 + i, 4)}`, day, sex: rng.pick(['F', 'H']), commune: commune(rng, rng.chance(0.8)), referrals: String(rng.int(0, 2)), created: null, company: '', companyCommune: '' });
  });
  // Businesses created in 2023 on the territory: 6 entrepreneurs, 5 companies (two holders
  // together), 2 of them welcomed in 2022. Noise: one created in 2023 in Lille, one in 2022.
  const creations: readonly (readonly [number, string, string, string])[] = [
    [0, 'ENT-001', 'Lambersart', '15/09/2023'],
    [1, 'ENT-001', 'LAMBERSART', '15/09/2023'],
    [2, 'ENT-002', 'Marcq-en-Baroeul', '02/10/2023'],
    [3, 'ENT-003', 'La Madeleine', '20/11/2023'],
    [44, 'ENT-004', 'Wambrechies', '06/03/2023'],
    [45, 'ENT-005', 'Saint-André-lez-Lille', '12/06/2023'],
    [4, 'ENT-006', 'Lille', '03/07/2023'],
    [46, 'ENT-007', 'Marcq-en-Barœul', '14/11/2022'],
  ];
  // The creating holders are the earliest welcomed ones, so each creation follows the welcome.
  const firstWelcomed = holders.slice(0, 44).sort((a, b) => a.day - b.day);
  for (const [index, company, companyCommune, date] of creations) {
    const holder = index < 44 ? firstWelcomed[index]! : holders[index]!;
    check(holder.day < parseDay(date), `${holder.id} creates before being welcomed`);
    Object.assign(holder, { created: parseDay(date), company, companyCommune });
  }
  const rows = holders
    .map((h) => ({ ...h }))
    .sort(byDayThenId)
    .map((h) => [h.id, formatDay(h.day), h.sex, h.commune, h.referrals, h.created === null ? '' : formatDay(h.created), h.company, h.companyCommune]);
  return csv(['Identifiant', "Date d'accueil", 'Sexe', 'Commune', 'Orientations', 'Date de création', 'Entreprise', "Commune de l'entreprise"], rows, { distinct: true });
}

// ------------------------------------------------------------------ mde/employeurs.csv

function employersFile(): string {
  const rng = new Rng(0x3de2_0e01);
  const rows: { day: Day; id: string; commune: string }[] = [];
  const met = 364;
  const contacts = split(rng, 596, met, 1, 6);
  const communeOf = (): string => {
    const r = rng.next();
    return r < 0.55 ? territoryCommune(rng) : r < 0.9 ? outsideCommune(rng) : '';
  };
  for (let i = 0; i < met; i++) {
    const id = `EMP-${pad(i + 1, 4)}`;
    const where = communeOf();
    for (const day of pickDays(rng, YEAR_WORKDAYS, contacts[i]!)) rows.push({ day, id, commune: where });
  }
  // Employers met only in December 2022 (the export overlaps): not sensibilisés in 2023.
  for (let i = 0; i < 18; i++) {
    const id = `EMP-${pad(met + 1 + i, 4)}`;
    const where = communeOf();
    for (const day of pickDays(rng, DEC_WORKDAYS, rng.int(1, 2))) rows.push({ day, id, commune: where });
  }
  return csv(['Identifiant employeur', 'Date', 'Commune'], rows.sort(byDayThenId).map((r) => [r.id, formatDay(r.day), r.commune]), { distinct: true });
}

// ------------------------------------------------------------------ mde/contrats.csv

function contractsFile(actions: readonly MdeAction[]): string {
  const rng = new Rng(0x3de2_0f01);
  const aet = actionIdOf(actions, 'op-aet');
  const superU = actionIdOf(actions, 'op-super-u');
  const smyths = actionIdOf(actions, 'op-smyths');
  const rows: { day: Day; id: string; cells: string[] }[] = [];
  let next = 1;
  const person = (mno: boolean): Person => ({ id: `M${YY}-K${pad(next++, 4)}`, commune: commune(rng, mno), mno });
  const sign = (p: Person, day: Day, type: string, operation = ''): void => {
    rows.push({ day, id: p.id, cells: [p.id, formatDay(day), type, p.commune, operation] });
  };
  const spellings = (canonical: string, variants: readonly string[]): (() => string) => () => (rng.chance(0.15) ? rng.pick(variants) : canonical);

  // One contract per person for every type but Intérim.
  const apprentissage = spellings('Apprentissage', ["Contrat d'apprentissage"]);
  for (let i = 0; i < 114; i++) sign(person(rng.chance(0.6)), rng.pick(YEAR_WORKDAYS), apprentissage());
  for (let i = 0; i < 2; i++) sign(person(true), dayInMonth(rng, 3), apprentissage(), superU);
  const pro = spellings('Professionnalisation', ['Contrat de professionnalisation']);
  for (let i = 0; i < 14; i++) sign(person(rng.chance(0.6)), rng.pick(YEAR_WORKDAYS), pro());
  const pec = spellings('PEC', ['Parcours Emploi Compétences']);
  for (let i = 0; i < 14; i++) sign(person(rng.chance(0.7)), rng.pick(YEAR_WORKDAYS), pec());
  // CIE could be prescribed on the territory from April only.
  const cie = spellings('CIE', ['Contrat Initiative Emploi']);
  for (let i = 0; i < 8; i++) sign(person(rng.chance(0.7)), rng.pick(YEAR_WORKDAYS.filter((d) => d >= dayOf(YEAR, 4, 1))), cie());
  // Recruitment operations.
  for (const mno of bag(rng, [[true, 13], [false, 10]] as const)) sign(person(mno), rng.pick(workdays(dayOf(YEAR, 1, 9), dayOf(YEAR, 1, 13))), 'CDI', aet);
  for (const mno of bag(rng, [[true, 20], [false, 14]] as const)) sign(person(mno), rng.pick(workdays(dayOf(YEAR, 1, 16), dayOf(YEAR, 2, 10))), 'POEC', superU);
  for (let i = 0; i < 12; i++) sign(person(rng.chance(0.6)), rng.pick(workdays(dayOf(YEAR, 9, 25), dayOf(YEAR, 10, 20))), 'CDD', smyths);
  // Intérim: 694 contracts signed by 267 people.
  const interim = spellings('Intérim', ['Interim', 'Contrat de mission']);
  const perPerson = split(rng, 694, 267, 1, 20);
  const temps: Person[] = [];
  for (const n of perPerson) {
    const p = person(rng.chance(0.55));
    temps.push(p);
    for (const day of pickDays(rng, YEAR_WORKDAYS, n)) sign(p, day, interim());
  }
  // Noise: contracts signed in December 2022.
  for (let i = 0; i < 3; i++) sign(person(rng.chance(0.6)), rng.pick(DEC_WORKDAYS), 'Apprentissage');
  sign(person(true), rng.pick(DEC_WORKDAYS), 'CDI');
  for (const p of rng.shuffle(temps.slice()).slice(0, 4)) sign(p, rng.pick(DEC_WORKDAYS), 'Intérim');
  for (let i = 0; i < 2; i++) sign(person(false), rng.pick(DEC_WORKDAYS), 'Intérim');
  return csv(['Identifiant', 'Date de signature', 'Type', 'Commune', 'Opération'], rows.sort(byDayThenId).map((r) => r.cells), { distinct: true });
}

// ------------------------------------------------------------------ mde/clause-insertion.csv

/** Hundredths of an hour as an export writes them: `35`, `7,5`, `12,25` (now and then `35 h`). */
function hours(rng: Rng, hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  const text = frac === 0 ? String(whole) : `${whole},${frac % 10 === 0 ? String(frac / 10) : pad(frac, 2)}`;
  return rng.chance(0.03) ? `${text} h` : text;
}

function clauseFile(): string {
  const rng = new Rng(0x3de2_1001);
  const inOps = Array.from({ length: 14 }, (_, i) => `CLA-M${pad(i + 1, 2)}`);
  const outOps = Array.from({ length: 50 }, (_, i) => `CLA-X${pad(i + 1, 2)}`);
  const companies = rng.shuffle(Array.from({ length: 51 }, (_, i) => `CLE-${pad(i + 1, 3)}`));
  const companyOf = new Map<string, string>();
  rng.shuffle([...inOps, ...outOps]).forEach((op, i) => companyOf.set(op, companies[i] ?? rng.pick(companies)));

  interface Assignment { person: Person; op: string; months: number[] }
  const assign = (person: Person, op: string, longest: number): Assignment => {
    const n = rng.int(1, longest);
    const start = rng.int(1, 13 - n);
    return { person, op, months: Array.from({ length: n }, (_, k) => start + k) };
  };
  /** Each person on one operation (round robin, so every operation is used), `seconds` of them on two. */
  const place = (persons: readonly Person[], ops: readonly string[], seconds: number, longest: number): Assignment[] => {
    check(persons.length >= ops.length, 'fewer people than operations');
    const order = rng.shuffle(persons.slice());
    const out = order.map((p, i) => assign(p, ops[i % ops.length]!, longest));
    for (const p of order.slice(0, seconds)) out.push(assign(p, rng.pick(ops.filter((op) => !out.some((a) => a.person === p && a.op === op))), longest));
    return out;
  };

  // 132 people of the territory: 12 on MNO operations only, 114 on others only, 6 on both;
  // 48 people from elsewhere, all on MNO operations.
  const territory = people(rng, 'H', 132, 0);
  const outsiders = people(rng, 'H', 0, 48, 133);
  const onIn = territory.slice(0, 18);
  const onOut = territory.slice(12);
  const groups: readonly (readonly [Assignment[], number, string])[] = [
    [place(onIn, inOps.slice(0, 10), 2, 4), 1_718_00, 'Oui'],
    [place(onOut, outOps, 15, 8), 39_838_00, 'Non'],
    [place(outsiders, inOps.slice(4), 5, 5), 8_136_00, 'Oui'],
  ];
  const rows: { day: Day; id: string; cells: string[] }[] = [];
  for (const [assignments, total, inTerritory] of groups) {
    const cells = assignments.flatMap((a) => a.months.map((m) => ({ a, m })));
    // Half hours, at least 2 h a month, then a few quarter hours moved between rows.
    const amounts = split(rng, total / 50, cells.length, 4).map((x) => x * 50);
    for (let k = 0; k < 3; k++) {
      const i = rng.int(0, cells.length - 1);
      const j = (i + 1 + rng.int(0, cells.length - 2)) % cells.length;
      amounts[i] = amounts[i]! + 25;
      amounts[j] = amounts[j]! - 25;
    }
    check(sum(amounts) === total, 'clause hours');
    cells.forEach(({ a, m }, k) => {
      const day = lastOfMonth(m);
      rows.push({ day, id: a.person.id, cells: [a.person.id, a.person.commune, a.op, inTerritory, companyOf.get(a.op)!, formatDay(day), hours(rng, amounts[k]!)] });
    });
  }
  // Noise: hours of December 2022, by people of 2023 and by one person seen only then, on an
  // operation and for a company of 2022 only.
  const dec = DEC_LAST;
  for (const a of rng.shuffle(groups.flatMap(([as, , yn]) => as.map((x) => ({ x, yn })))).slice(0, 8)) {
    rows.push({ day: dec, id: a.x.person.id, cells: [a.x.person.id, a.x.person.commune, a.x.op, a.yn, companyOf.get(a.x.op)!, formatDay(dec), hours(rng, rng.int(20, 140) * 50)] });
  }
  const former = people(rng, 'H', 1, 0, 181)[0]!;
  for (const day of [lastOfMonth(11, YEAR - 1), dec]) {
    rows.push({ day, id: former.id, cells: [former.id, former.commune, 'CLA-X51', 'Non', 'CLE-052', formatDay(day), hours(rng, rng.int(100, 300) * 50)] });
  }
  return csv(['Identifiant', 'Commune', 'Opération', 'Opération sur le territoire', 'Entreprise', 'Date', 'Heures'], rows.sort(byDayThenId).map((r) => r.cells), { distinct: true });
}

// ------------------------------------------------------------------ mde/cyber-base.csv

function cyberBaseFile(): string {
  const rng = new Rng(0x3de2_1101);
  interface User { id: string; sex: string; public: string }
  const rows: { day: Day; id: string; cells: string[] }[] = [];
  let next = 1;
  const users = (prefix: string, cells: readonly (readonly ['F' | 'H', 'Jeune' | 'Adulte', number])[]): User[] => {
    const list = bag(rng, cells.map(([sex, pub, n]) => [[sex, pub] as const, n] as const));
    return list.map(([sex, pub]) => {
      // Every row of a user writes their sex and public the same way (some exports spell them out).
      const sexText = rng.chance(0.06) ? (sex === 'F' ? 'Femme' : 'Homme') : sex;
      const publicText = rng.chance(0.05) ? (pub === 'Jeune' ? 'Jeunes' : 'Adultes') : pub;
      return { id: `M${YY}-${prefix}${pad(next++, 4)}`, sex: sexText, public: publicText };
    });
  };
  const use = (u: User, site: string, day: Day, kind: string): void => {
    rows.push({ day, id: u.id, cells: [formatDay(day), site, u.id, u.sex, u.public, kind] });
  };
  const visits = (site: string, list: readonly User[], total: number, kind: () => string): void => {
    const counts = split(rng, total, list.length, 1, 40);
    list.forEach((u, i) => {
      for (const day of pickDays(rng, YEAR_WORKDAYS, counts[i]!)) use(u, site, day, kind());
    });
  };
  const usage = (): string => (rng.chance(0.04) ? 'Usage' : 'Utilisation');

  // Lambersart: 518 users (179 adults 104 F / 75 H, 339 jeunes 164 F / 175 H); Marcq-en-Barœul:
  // 155 (13 adults 6 F / 7 H, 142 jeunes 61 F / 81 H); 3 adults (1 F, 2 H) use both sites.
  const both = users('U', [['F', 'Adulte', 1], ['H', 'Adulte', 2]]);
  const lambersart = [...both, ...users('U', [['F', 'Adulte', 103], ['H', 'Adulte', 73], ['F', 'Jeune', 164], ['H', 'Jeune', 175]])];
  const marcq = [...both, ...users('U', [['F', 'Adulte', 5], ['H', 'Adulte', 5], ['F', 'Jeune', 61], ['H', 'Jeune', 81]])];
  // Uses the export does not place at a site: 72 jeunes (35 F / 37 H) seen nowhere else.
  const unplaced = users('U', [['F', 'Jeune', 35], ['H', 'Jeune', 37]]);
  visits('Lambersart', lambersart, 1202, usage);
  visits('Marcq-en-Barœul', marcq, 213, usage);
  visits('Non précisé', unplaced, 175, usage);
  // Individual appointments: 211 for 173 people (90 F / 83 H, 104 jeunes / 69 adults).
  const appointments = users('G', [['F', 'Jeune', 54], ['H', 'Jeune', 50], ['F', 'Adulte', 36], ['H', 'Adulte', 33]]);
  const counts = split(rng, 211, appointments.length, 1, 4);
  appointments.forEach((u, i) => {
    const site = rng.chance(0.8) ? 'Lambersart' : 'Marcq-en-Barœul';
    for (const day of pickDays(rng, YEAR_WORKDAYS, counts[i]!)) use(u, site, day, rng.chance(0.1) ? 'RDV individuel' : 'Rendez-vous individuel');
  });
  // Noise: December 2022, by users of 2023 and by users seen only then.
  for (const u of rng.shuffle(lambersart.slice()).slice(0, 20)) use(u, 'Lambersart', rng.pick(DEC_WORKDAYS), 'Utilisation');
  for (const u of users('U', [['F', 'Jeune', 4], ['H', 'Adulte', 4]])) use(u, 'Lambersart', rng.pick(DEC_WORKDAYS), 'Utilisation');
  for (const u of rng.shuffle(appointments.slice()).slice(0, 4)) use(u, 'Lambersart', rng.pick(DEC_WORKDAYS), 'Rendez-vous individuel');
  return csv(['Date', 'Site', 'Identifiant', 'Sexe', 'Public', 'Type'], rows.sort(byDayThenId).map((r) => r.cells), { distinct: true });
}

// ------------------------------------------------------------------ mde/mobilite.csv

function mobilityFile(): string {
  const rng = new Rng(0x3de2_1201);
  interface Aidd extends Person { qpv: string }
  const rows: { day: Day; id: string; cells: string[] }[] = [];
  let next = 1;
  /** People by [in territory, QPV] cells. */
  const aidd = (cells: readonly (readonly [boolean, boolean, number])[]): Aidd[] =>
    bag(rng, cells.map(([mno, qpv, n]) => [[mno, qpv] as const, n] as const)).map(([mno, qpv]) => ({
      id: `M${YY}-T${pad(next++, 4)}`,
      commune: commune(rng, mno, qpv),
      mno,
      qpv: qpv ? 'Oui' : 'Non',
    }));
  const aid = (p: Aidd, day: Day, type: string, trip = ''): void => {
    rows.push({ day, id: p.id, cells: [p.id, formatDay(day), type, p.commune, p.qpv, trip] });
  };
  const spelled = (canonical: string, variants: readonly string[]): (() => string) => () => (rng.chance(0.08) ? rng.pick(variants) : canonical);

  // Pass Pass: 598 monthly recharges for 433 people, 87 of MNO, 139 in a QPV.
  const passPass = aidd([[true, true, 18], [true, false, 69], [false, true, 121], [false, false, 225]]);
  const passPassType = spelled('Pass Pass', ['Carte Pass Pass', 'Abonnement Pass Pass']);
  split(rng, 598, passPass.length, 1, 12).forEach((n, i) => {
    for (const m of pickMonths(rng, n)) aid(passPass[i]!, dayInMonth(rng, m), passPassType());
  });
  // Fuel cards: 247 for 92 people of the metropolis, 56 in a QPV, a few of MNO.
  const fuel = aidd([[true, true, 2], [true, false, 4], [false, true, 54], [false, false, 32]]);
  const fuelType = spelled('Carte carburant', ['Carburant']);
  split(rng, 247, fuel.length, 1, 8).forEach((n, i) => {
    for (const day of pickDays(rng, YEAR_WORKDAYS, n)) aid(fuel[i]!, day, fuelType());
  });
  // Train: 7 people (3 with a return trip on another day), 2 of MNO, 1 in a QPV.
  const train = aidd([[true, false, 2], [false, true, 1], [false, false, 4]]);
  train.forEach((p, i) => {
    for (const day of pickDays(rng, YEAR_WORKDAYS, i % 2 === 0 && i < 6 ? 2 : 1)) aid(p, day, i === 5 ? 'Billet de train' : 'Train');
  });
  // Collective trips: 3 trips, 50 people (4 of them on two trips), 20 in a QPV.
  const group = aidd([[true, true, 4], [true, false, 11], [false, true, 16], [false, false, 19]]);
  const trips: readonly (readonly [string, string, Aidd[]])[] = [
    ['DEP-23-01', '14/04/2023', group.slice(0, 20)],
    ['DEP-23-02', '22/06/2023', group.slice(20, 38)],
    ['DEP-23-03', '17/10/2023', [...group.slice(38), ...group.slice(0, 4)]],
  ];
  for (const [trip, date, list] of trips) for (const p of list) aid(p, parseDay(date), trip === 'DEP-23-02' ? 'Collectif' : 'Déplacement collectif', trip);
  // Noise: December 2022 (people of 2023 and people seen only then, and a trip of 2022).
  for (const p of rng.shuffle(passPass.slice()).slice(0, 10)) aid(p, rng.pick(DEC_WORKDAYS), 'Pass Pass');
  const former = aidd([[true, false, 3], [false, true, 4], [false, false, 5]]);
  for (const p of former.slice(0, 5)) aid(p, rng.pick(DEC_WORKDAYS), 'Pass Pass');
  for (const p of rng.shuffle(fuel.slice()).slice(0, 4)) aid(p, rng.pick(DEC_WORKDAYS), 'Carte carburant');
  for (const p of [...group.slice(40, 45), ...former.slice(5)]) aid(p, dayOf(YEAR - 1, 12, 7), 'Déplacement collectif', 'DEP-22-04');
  return csv(['Identifiant', 'Date', 'Type', 'Commune', 'QPV', 'Déplacement'], rows.sort(byDayThenId).map((r) => r.cells), { distinct: true });
}

// ------------------------------------------------------------------ mde/siae.csv

function siaeFile(): string {
  const rng = new Rng(0x3de2_1301);
  const spellings: Readonly<Record<string, readonly string[]>> = {
    ACI: ['ACI', 'A.C.I.', 'Atelier et chantier d’insertion'],
    EI: ['EI', 'E.I.', 'Entreprise d’insertion'],
    AI: ['AI', 'A.I.', 'Association intermédiaire'],
    ETTI: ['ETTI', 'E.T.T.I.', 'Entreprise de travail temporaire d’insertion'],
  };
  const structures = (type: string): string => `${type}-${pad(rng.int(1, type === 'ACI' ? 12 : 6), 2)}`;
  const rows: { day: Day; id: string; cells: string[] }[] = [];
  const place = (id: string, type: string, day: Day): void => {
    rows.push({ day, id, cells: [id, formatDay(day), rng.pick(spellings[type]!), structures(type)] });
  };
  // 96 people placed: 46 ACI, 20 EI, 11 AI, 19 ETTI; 3 of them placed twice in the same kind of structure.
  const types = bag(rng, [['ACI', 46], ['EI', 20], ['AI', 11], ['ETTI', 19]] as const);
  types.forEach((type, i) => {
    const id = `M${YY}-S${pad(i + 1, 4)}`;
    const days = pickDays(rng, YEAR_WORKDAYS, i % 32 === 5 ? 2 : 1);
    for (const day of days) place(id, type, day);
    if (i % 40 === 11) place(id, type, rng.pick(DEC_WORKDAYS)); // already placed in December 2022
  });
  // Noise: placements of December 2022 only.
  for (let i = 0; i < 4; i++) place(`M${YY}-S${pad(97 + i, 4)}`, rng.pick(['ACI', 'EI', 'ETTI']), rng.pick(DEC_WORKDAYS));
  return csv(['Identifiant', 'Date', 'Type de structure', 'Structure'], rows.sort(byDayThenId).map((r) => r.cells), { distinct: true });
}

// ------------------------------------------------------------------ mde/offres.csv

function offersFile(): string {
  const rng = new Rng(0x3de2_1401);
  // 381 offers published in 2023: 70 on the territory, 253 CDI.
  const contracts = bag(rng, [['CDI', 253], ['CDD', 70], ['Intérim', 30], ['Alternance', 20], ['Autre', 8]] as const);
  const where = bag(rng, [['territory', 70], ['outside', 286], ['none', 25]] as const);
  const published = contracts.map(() => rng.pick(YEAR_WORKDAYS)).sort((a, b) => a - b);
  const contractText = (c: string): string => (c === 'Intérim' && rng.chance(0.3) ? 'Interim' : c === 'Alternance' && rng.chance(0.3) ? 'Apprentissage' : c);
  const placeText = (w: string): string => (w === 'territory' ? territoryCommune(rng) : w === 'outside' ? outsideCommune(rng) : '');
  const rows: string[][] = [];
  // Noise: offers of December 2022.
  for (const [i, day] of pickDays(rng, DEC_WORKDAYS, 15).entries()) {
    rows.push([`OFF-${String(YEAR - 1).slice(2)}-${pad(900 + i, 4)}`, formatDay(day), placeText(rng.pick(['territory', 'outside'])), rng.pick(['CDI', 'CDD'])]);
  }
  published.forEach((day, i) => rows.push([`OFF-${YY}-${pad(i + 1, 4)}`, formatDay(day), placeText(where[i]!), contractText(contracts[i]!)]));
  return csv(['Identifiant offre', 'Date de publication', 'Commune', 'Type de contrat'], rows, { distinct: true });
}

// ------------------------------------------------------------------ main

/** The eight MDE logs, path (under the year folder) → content. */
export function mdeFiles(): Map<string, string> {
  const actions = mdeActions();
  return new Map([
    ['mde/creation-entreprise.csv', creationFile()],
    ['mde/employeurs.csv', employersFile()],
    ['mde/contrats.csv', contractsFile(actions)],
    ['mde/clause-insertion.csv', clauseFile()],
    ['mde/cyber-base.csv', cyberBaseFile()],
    ['mde/mobilite.csv', mobilityFile()],
    ['mde/siae.csv', siaeFile()],
    ['mde/offres.csv', offersFile()],
  ]);
}

function main(): void {
  const outDir = process.argv[2] ?? 'fixtures';
  const files = mdeFiles();
  writeYearFiles(outDir, YEAR, files);
  process.stdout.write(`${YEAR}: ${files.size} journaux MDE\n`);
}

// Run only as a script: scripts/generate-fixtures.ts imports mdeActionRows.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
