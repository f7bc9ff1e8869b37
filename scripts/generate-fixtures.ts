/**
 * Deterministic generator of the synthetic fixtures: `npx tsx scripts/generate-fixtures.ts fixtures`.
 *
 * Writes record-level CSV files (no real person: pseudonymous ids, synthetic birth dates) for
 * the Mission Locale under `<out>/2022/`, `<out>/2023/` and `<out>/2024/`, built so that the
 * indicators of docs/indicators.md reproduce the figures of the seed reports (2024: seed 001;
 * 2023: the Mission Locale pages of seed 000 and the "en 2023" shares quoted by seed 001;
 * 2022: the counts behind seed 000's year-on-year changes). The targets of each year, with
 * the seed line each value comes from, are in scripts/fixtures-targets/<year>.ts.
 *
 * The data is built constructively, not searched: every population of the report (new
 * arrivals, jeunes reçus, CEJ entrants, situation holders, ...) is assembled from its target
 * tables, attributes are expanded from the joint tables, and people are drawn from the pool
 * with a greedy selection that keeps every remaining marginal reachable. When the pool
 * cannot supply a combination, a "jeune connu sans contact dans l'année" is added with exactly
 * the missing attributes. A seeded PRNG (mulberry32) makes every run byte-identical.
 *
 * Each year folder is generated independently (ids `J24-…` in 2024, `J23-…` in 2023, `J22-…`
 * in 2022): the tool never links people across years, it only compares indicators.
 */
import { fail } from './lib/check.js';
import { csv } from './lib/csv.js';
import { ageOn, dayOf, formatDay, isWeekend, parseDay, partsOf } from './lib/dates.js';
import { apportion, sum } from './lib/numbers.js';
import { writeYearFiles } from './lib/output.js';
import { Rng } from './lib/rng.js';
import { METROPOLE_NORD_OUEST } from '../src/contract/territory.js';
import { MDE_ACTION_COLUMNS, mdeActionRows } from './generate-mde-fixtures.js';
import { CONFIG_2022 } from './fixtures-targets/2022.js';
import { CONFIG_2023 } from './fixtures-targets/2023.js';
import { CONFIG_2024 } from './fixtures-targets/2024.js';
import type { Count, PC, YearConfig } from './fixtures-targets/year-config.js';

// ------------------------------------------------------------------ rounding

/** Integer percentage rounded half-up on the exact ratio. */
function pct(num: number, den: number): number {
  return Math.floor((200 * num + den) / (2 * den));
}

/** Rounds a rows × cols proportional matrix to integers with exact row and column sums. */
function roundMatrix(rows: readonly number[], cols: readonly number[]): number[][] {
  const total = sum(rows);
  if (total !== sum(cols)) fail('roundMatrix: totals differ');
  const exact = rows.map((r) => cols.map((c) => (r * c) / total));
  const x = exact.map((row) => row.map((v) => Math.floor(v)));
  const rowDef = rows.map((r, i) => r - sum(x[i]!));
  const colDef = cols.map((c, j) => c - sum(x.map((row) => row[j]!)));
  const cells: { i: number; j: number; f: number }[] = [];
  exact.forEach((row, i) => row.forEach((v, j) => cells.push({ i, j, f: v - Math.floor(v) })));
  cells.sort((a, b) => b.f - a.f || a.i - b.i || a.j - b.j);
  for (let pass = 0; pass < 4 && sum(rowDef) > 0; pass++) {
    for (const { i, j } of cells) {
      if (rowDef[i]! > 0 && colDef[j]! > 0) {
        x[i]![j] = x[i]![j]! + 1;
        rowDef[i] = rowDef[i]! - 1;
        colDef[j] = colDef[j]! - 1;
      }
    }
  }
  if (sum(rowDef) !== 0) fail('roundMatrix: could not balance');
  return x;
}

/** Splits `total` (integer) into `weights.length` positive integers proportional to weights, each >= min. */
function splitInt(rng: Rng, total: number, weights: readonly number[], min = 1): number[] {
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) fail('splitInt: nothing to split into');
    return [];
  }
  if (total < n * min) fail(`splitInt: ${total} too small for ${n} parts of ${min}`);
  const jittered = weights.map((w) => w * (0.85 + 0.3 * rng.next()));
  return apportion(total, jittered, undefined, weights.map(() => min));
}

// ------------------------------------------------------------------ dates

/** Age band: 0 = 16-17, 1 = 18-21, 2 = 22-25, 3 = 26 et +. */
function band(a: number): number {
  return a < 18 ? 0 : a < 22 ? 1 : a < 26 ? 2 : 3;
}
function anniversary(birth: number, years: number): number {
  const p = partsOf(birth);
  return dayOf(p.year + years, p.month, p.day);
}

type Win = readonly [number, number];
const FOREVER = 1e9;
function winLen(wins: readonly Win[]): number {
  let n = 0;
  for (const [a, b] of wins) n += b - a + 1;
  return n;
}
function clip(wins: readonly Win[], lo: number, hi: number): Win[] {
  const out: Win[] = [];
  for (const [a, b] of wins) {
    const x = Math.max(a, lo);
    const y = Math.min(b, hi);
    if (x <= y) out.push([x, y]);
  }
  return out;
}
function minus(wins: readonly Win[], lo: number, hi: number): Win[] {
  const out: Win[] = [];
  for (const [a, b] of wins) {
    if (hi < a || lo > b) {
      out.push([a, b]);
      continue;
    }
    if (a < lo) out.push([a, lo - 1]);
    if (b > hi) out.push([hi + 1, b]);
  }
  return out;
}

// ------------------------------------------------------------------ vocabulary

/** The territory's communes, in report order (the tool's own list). */
const COMMUNES = METROPOLE_NORD_OUEST.communes;
const NC = COMMUNES.length;
const QPV_NAMES: Readonly<Record<number, string>> = { 1: 'Pacot-Vandracq', 3: 'Briqueterie' };
/** Spellings real exports use; every one matches the territory after normalisation. */
const SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  3: ['Marcq-en-Baroeul', 'MARCQ EN BAROEUL'],
  4: ['marquette-lez-lille', 'Marquette-Lez-Lille'],
  7: ['SAINT ANDRE LEZ LILLE', 'Saint-André-Lez-Lille'],
};
const QUALS = ['Supérieur au BAC', 'BAC', 'BEP/CAP', 'Aucun diplôme'] as const;
const THEMES = ["Accès à l'emploi", 'Formation', 'Projet professionnel / Orientation', 'Insertion sociale'] as const;
const INSERTION_SUBTHEMES = ['Santé', 'Logement', 'Ressources', 'Mobilité', 'Justice', 'Citoyenneté', 'Loisirs'] as const;
const PLACES = ['MDE MNO (Lambersart)', 'Antenne de Marcq-en-Barœul', 'Antenne de La Madeleine', 'Antenne de Wambrechies', 'Antenne de Saint-André-lez-Lille'] as const;

// ------------------------------------------------------------------ model

type Sex = 'F' | 'H';
type Kind = 'N' | 'R' | 'C' | 'X';
type SitType = 'Emploi' | 'Alternance' | 'Formation' | 'Immersion' | 'Service civique' | 'Bénévolat' | 'Mobilité internationale';

interface YoungPerson {
  seq: number;
  id: string;
  /** N: 1er accueil in Y; R: other reçu en entretien; C: en contact only; X: known, no contact in Y. */
  kind: Kind;
  commune: number;
  label: string;
  sex: Sex;
  qual: number;
  birth: number;
  arrival: number;
  qpv: string;
  permis: boolean;
  logement: string;
  rqth: boolean;
  /** The CEJ interval overlapping Y, if any. */
  cej: { entry: number; exit: number | null } | null;
  entrant: boolean;
  continuing: boolean;
  isM: boolean;
  smsOnly: boolean;
  activity: number;
}

interface Sit {
  j: YoungPerson;
  type: SitType;
  sub: string;
  start: number;
  end: number | null;
  domain: string;
  qualif: string;
  niveau: string;
  pays: string;
  inside: boolean;
  pending: boolean;
}
interface Disp {
  j: YoungPerson;
  prog: string;
  entry: number;
  exit: number | null;
}
interface Ev {
  j: YoungPerson;
  date: number;
  nature: string;
  status: string;
}
interface Prop {
  j: YoungPerson;
  date: number;
  theme: string;
  sub: string;
}
interface Aid {
  j: YoungPerson | null;
  date: number;
  type: string;
  cents: number;
  decision: string;
}
interface Action {
  id: string;
  date: number;
  type: string;
  theme: string;
  title: string;
  place: string;
  exposants: number | null;
  visiteurs: number | null;
}
interface Part {
  action: Action;
  j: YoungPerson;
}

/** A registered participant who is not a jeune (a partner at an event). */
interface GuestPart {
  action: Action;
  id: string;
  commune: string;
}

interface Need {
  readonly key: (j: YoungPerson) => string;
  readonly need: Map<string, number>;
}
function needOf(entries: readonly (readonly [string, number])[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v] of entries) {
    if (v < 0) fail(`negative need ${k}=${v}`);
    m.set(k, (m.get(k) ?? 0) + v);
  }
  return m;
}
const sexKey = (j: YoungPerson): string => j.sex;
const qualKey = (j: YoungPerson): string => `q${j.qual}`;
const qual3Key = (j: YoungPerson): string => (j.qual <= 1 ? 'bac' : j.qual === 2 ? 'bep' : 'aucun');

/**
 * Picks people from `cands` to meet per-commune quotas and attribute needs exactly, scarcest
 * value first. Mutates `quota` and the needs: what is left could not be met from the pool.
 */
function greedySelect(rng: Rng, cands: readonly YoungPerson[], quota: number[], needs: readonly Need[]): YoungPerson[] {
  const chosen: YoungPerson[] = [];
  const taken = new Set<YoungPerson>();
  const order = rng.shuffle(cands.slice());
  const fits = (c: YoungPerson): boolean => quota[c.commune]! > 0 && needs.every((n) => (n.need.get(n.key(c)) ?? 0) > 0);
  for (let pass = 0; pass < 10_000; pass++) {
    const remaining = order.filter((c) => !taken.has(c) && fits(c));
    if (remaining.length === 0) break;
    const supply = needs.map((n) => {
      const m = new Map<string, number>();
      for (const c of remaining) m.set(n.key(c), (m.get(n.key(c)) ?? 0) + 1);
      return m;
    });
    const communeSupply = new Array<number>(NC).fill(0);
    for (const c of remaining) communeSupply[c.commune] = communeSupply[c.commune]! + 1;
    const scored = remaining.map((c, idx) => {
      let s = quota[c.commune]! / communeSupply[c.commune]!;
      needs.forEach((n, i) => {
        const k = n.key(c);
        s = Math.max(s, n.need.get(k)! / supply[i]!.get(k)!);
      });
      return { c, s, idx };
    });
    scored.sort((a, b) => b.s - a.s || a.idx - b.idx);
    const budget = Math.max(1, Math.ceil(sum(quota) / 12));
    let accepted = 0;
    for (const { c } of scored) {
      if (accepted >= budget) break;
      if (!fits(c)) continue;
      taken.add(c);
      chosen.push(c);
      quota[c.commune] = quota[c.commune]! - 1;
      for (const n of needs) n.need.set(n.key(c), n.need.get(n.key(c))! - 1);
      accepted++;
    }
    if (accepted === 0) break;
  }
  return chosen;
}

/** Pairs what greedySelect could not meet into attribute lists for added people. */
function leftovers(rng: Rng, quota: readonly number[], needs: readonly Need[]): { commune: number; values: string[] }[] {
  const communes: number[] = [];
  quota.forEach((k, c) => {
    for (let i = 0; i < k; i++) communes.push(c);
  });
  const lists = needs.map((n) => {
    const l: string[] = [];
    for (const [v, k] of n.need) for (let i = 0; i < k; i++) l.push(v);
    if (l.length !== communes.length) fail(`leftovers: ${l.length} values for ${communes.length} people`);
    return rng.shuffle(l);
  });
  return communes.map((commune, i) => ({ commune, values: lists.map((l) => l[i]!) }));
}

// ------------------------------------------------------------------ the generator

const BAND_AGES: readonly (readonly [number, number])[] = [
  [16, 17],
  [18, 21],
  [22, 25],
  [26, 29],
];

class YearGenerator {
  readonly rng: Rng;
  readonly Y: number;
  readonly Y0: number;
  readonly Y1: number;
  readonly youngPeople: YoungPerson[] = [];
  readonly sits: Sit[] = [];
  readonly disps: Disp[] = [];
  readonly events: Ev[] = [];
  readonly props: Prop[] = [];
  readonly aids: Aid[] = [];
  readonly actions: Action[] = [];
  readonly parts: Part[] = [];
  readonly guestParts: GuestPart[] = [];
  private paceaHolders: { j: YoungPerson; entry: number; exit: number | null }[] = [];

  constructor(readonly cfg: YearConfig) {
    this.rng = new Rng(cfg.seed);
    this.Y = cfg.year;
    this.Y0 = dayOf(cfg.year, 1, 1);
    this.Y1 = dayOf(cfg.year, 12, 31);
  }

  run(): void {
    this.core();
    this.nouveaux();
    this.cejMembership();
    this.recusAttributes();
    this.contactAttributes();
    this.rqth();
    this.mesures();
    this.alternance();
    this.emploi();
    this.formation();
    this.pmsmp();
    this.serviceCivique();
    this.mobiliteEtBenevolat();
    this.alternanceOlder();
    this.noiseSituations();
    this.finishSituations();
    this.obligationFormation();
    this.otherEnrolments();
    this.aidsStep();
    this.eventsStep();
    this.propositionsStep();
    this.actionsStep();
    this.assignIds();
  }

  // ---------------------------------------------------------------- dates and people

  private randIn(wins: readonly Win[]): number {
    const total = winLen(wins);
    if (total <= 0) fail('randIn: empty window');
    let r = this.rng.int(0, total - 1);
    for (const [a, b] of wins) {
      const n = b - a + 1;
      if (r < n) return a + r;
      r -= n;
    }
    return fail('randIn: unreachable');
  }
  private weekdayIn(wins: readonly Win[]): number {
    let d = this.randIn(wins);
    for (let i = 0; i < 8 && isWeekend(d); i++) d = this.randIn(wins);
    return d;
  }
  /** A weekday in [lo, hi], or lo itself when hi comes first (someone arrived late in Y). */
  private atOrAfter(lo: number, hi: number): number {
    return this.weekdayBetween(lo, Math.max(lo, hi));
  }
  private weekdayBetween(lo: number, hi: number): number {
    if (lo > hi) fail(`weekdayBetween: ${formatDay(lo)} > ${formatDay(hi)}`);
    return this.weekdayIn([[lo, hi]]);
  }
  /** A month/day (never 29/02) between two month-day numbers (mm*100+dd), inclusive. */
  private randMd(lo: number, hi: number): { m: number; d: number } {
    const toDay = (md: number): number => {
      const m = Math.floor(md / 100);
      const d = md % 100;
      return dayOf(2023, m, m === 2 && d === 29 ? 28 : d);
    };
    const a = toDay(lo);
    const b = toDay(hi);
    if (a > b) fail('randMd: empty range');
    const p = partsOf(this.rng.int(a, b));
    return { m: p.month, d: p.day };
  }
  /** Birth date giving age `a` at `ref`; with `roll` the birthday falls later in ref's year. */
  private birthAt(a: number, ref: number, roll: boolean): number {
    const r = partsOf(ref);
    const refMd = r.month * 100 + r.day;
    if (!roll) {
      const { m, d } = this.randMd(101, refMd);
      return dayOf(r.year - a, m, d);
    }
    if (refMd >= 1231) fail('birthAt: cannot roll on 31/12');
    const next = partsOf(dayOf(2023, r.month, r.month === 2 && r.day === 29 ? 28 : r.day) + 1);
    const { m, d } = this.randMd(next.month * 100 + next.day, 1231);
    return dayOf(r.year - a - 1, m, d);
  }
  private birthAge31(a31: number): number {
    const { m, d } = this.randMd(101, 1231);
    return dayOf(this.Y - a31, m, d);
  }
  /** A first arrival before Y, at 16 or older, no later than `latest`. */
  private pastArrival(j: YoungPerson, latest: number): number {
    const lo = Math.max(anniversary(j.birth, 16), this.Y0 - 6 * 365);
    const hi = Math.min(this.Y0 - 1, latest);
    if (lo > hi) fail(`pastArrival: no room for ${j.seq} (${formatDay(lo)} > ${formatDay(hi)})`);
    return this.weekdayBetween(lo, hi);
  }

  private newYoungPerson(kind: Kind, commune: number): YoungPerson {
    const j: YoungPerson = {
      seq: this.youngPeople.length,
      id: '',
      kind,
      commune,
      label: COMMUNES[commune]!,
      sex: 'H',
      qual: -1,
      birth: Number.NaN,
      arrival: Number.NaN,
      qpv: '',
      permis: false,
      logement: 'Parents',
      rqth: false,
      cej: null,
      entrant: false,
      continuing: false,
      isM: false,
      smsOnly: false,
      activity: 1,
    };
    this.youngPeople.push(j);
    return j;
  }

  /** Permis, logement and activity for people whose age is known. */
  private lifestyle(j: YoungPerson): void {
    const a = ageOn(j.birth, this.Y1);
    j.permis = a >= 18 && this.rng.chance(Math.min(0.6, 0.12 + 0.05 * (a - 18)));
    if (a < 18) j.logement = this.rng.chance(0.85) ? 'Parents' : 'Précaire';
    else j.logement = ['Parents', 'Autonome', 'Précaire'][this.rng.weighted([0.55, 0.12 + 0.02 * (a - 18), 0.25])]!;
  }

  /** A person known in the year but without contact: the pool's fallback. */
  private newExtra(commune: number): YoungPerson {
    const j = this.newYoungPerson('X', commune);
    j.sex = this.rng.chance(0.5) ? 'H' : 'F';
    j.qual = this.rng.weighted([0.1, 0.3, 0.12, 0.48]);
    j.activity = 0;
    return j;
  }
  private finishExtra(j: YoungPerson): void {
    if (Number.isNaN(j.birth)) j.birth = this.birthAge31(this.rng.int(18, 25));
    if (Number.isNaN(j.arrival)) j.arrival = this.pastArrival(j, this.Y0 - 1);
    this.lifestyle(j);
  }

  private yearWin(j: YoungPerson): Win[] {
    return j.arrival > this.Y1 ? [] : [[Math.max(this.Y0, j.arrival), this.Y1]];
  }
  private insideWin(j: YoungPerson): Win[] {
    return j.cej ? clip(this.yearWin(j), j.cej.entry, j.cej.exit ?? FOREVER) : [];
  }
  private outsideWin(j: YoungPerson): Win[] {
    return j.cej ? minus(this.yearWin(j), j.cej.entry, j.cej.exit ?? FOREVER) : this.yearWin(j);
  }
  private cejExit(entry: number): number | null {
    const e = entry + this.rng.int(182, 395);
    return e > this.Y1 ? null : e;
  }
  private byCommune(list: readonly YoungPerson[]): YoungPerson[][] {
    const out: YoungPerson[][] = COMMUNES.map(() => []);
    for (const j of list) out[j.commune]!.push(j);
    return out;
  }
  private addSit(j: YoungPerson, type: SitType, start: number, inside: boolean): Sit {
    const s: Sit = { j, type, sub: '', start, end: null, domain: '', qualif: '', niveau: '', pays: '', inside, pending: true };
    this.sits.push(s);
    return s;
  }
  private inYear(day: number): boolean {
    return day >= this.Y0 && day <= this.Y1;
  }
  private contactPool(): YoungPerson[] {
    return this.youngPeople.filter((j) => j.kind !== 'X');
  }

  // ---------------------------------------------------------------- 1. people

  private core(): void {
    const { nouveaux, recus, contact } = this.cfg;
    for (let c = 0; c < NC; c++) {
      const n = nouveaux.byCommune[c]!;
      const r = recus.byCommune[c]!;
      const k = contact[c]!;
      if (r < n || k < r) fail(`core: commune ${c} N ${n} R ${r} C ${k}`);
      for (let i = 0; i < n; i++) this.newYoungPerson('N', c);
      for (let i = 0; i < r - n; i++) this.newYoungPerson('R', c);
      for (let i = 0; i < k - r; i++) this.newYoungPerson('C', c);
    }
  }

  private nouveaux(): void {
    const cfg = this.cfg.nouveaux;
    const rng = this.rng;
    const rows: { a: number; q: number; sex: Sex; mover: boolean }[] = [];
    cfg.ageQual.forEach((row, a) => row.forEach((k, q) => {
      for (let i = 0; i < k; i++) rows.push({ a, q, sex: 'F', mover: false });
    }));
    for (let a = 0; a < 3; a++) {
      const idx = rng.shuffle(rows.filter((r) => r.a === a));
      const f = cfg.sexAge[0]![a]!;
      const h = cfg.sexAge[1]![a]!;
      if (f + h !== idx.length) fail(`nouveaux: sex x age band ${a}`);
      const sexes = rng.shuffle([...Array<Sex>(f).fill('F'), ...Array<Sex>(h).fill('H')]);
      idx.forEach((r, i) => (r.sex = sexes[i]!));
      rng.shuffle(idx).slice(0, cfg.movers[a]!).forEach((r) => (r.mover = true));
    }
    const N = rng.shuffle(this.youngPeople.filter((j) => j.kind === 'N'));
    if (N.length !== rows.length) fail('nouveaux: table total');
    rng.shuffle(rows);
    N.forEach((j, i) => {
      const r = rows[i]!;
      j.sex = r.sex;
      j.qual = r.q;
      j.arrival = this.weekdayBetween(this.Y0 + 1, r.mover ? dayOf(this.Y, 12, 13) : this.Y1 - 3);
      const [lo, hi] = BAND_AGES[r.a]!;
      const a = r.mover ? hi : rng.int(lo, hi);
      j.birth = this.birthAt(a, j.arrival, r.mover);
      j.activity = 0.6 + rng.next() * 1.4;
    });
    for (const [c, name] of Object.entries(QPV_NAMES)) {
      const list = rng.shuffle(N.filter((j) => j.commune === Number(c)));
      list.slice(0, cfg.qpv[Number(c)]!).forEach((j) => (j.qpv = name));
    }
    const adults = rng.shuffle(N.filter((j) => ageOn(j.birth, j.arrival) >= 18));
    if (adults.length < cfg.permis || adults.length < cfg.logement[1]!) fail('nouveaux: too few adults');
    adults.slice(0, cfg.permis).forEach((j) => (j.permis = true));
    adults.slice(0, cfg.logement[1]!).forEach((j) => (j.logement = 'Autonome'));
    const others = rng.shuffle(N.filter((j) => j.logement !== 'Autonome'));
    others.slice(0, cfg.logement[2]!).forEach((j) => (j.logement = 'Précaire'));
    if (N.length - cfg.logement[1]! - cfg.logement[2]! !== cfg.logement[0]) fail('nouveaux: logement total');
  }

  /** Age-at-31/12 needs of the reçus who are not new arrivals. */
  private need31: number[] = [];
  private qpvCapacity: number[] = [];

  private cejMembership(): void {
    const cfg = this.cfg.cej;
    const rng = this.rng;
    const N = this.youngPeople.filter((j) => j.kind === 'N');
    const total = sum(cfg.entrants);
    // age at 31/12 of the new arrivals, to know what the other reçus must supply
    const n31 = [0, 0, 0, 0];
    for (const j of N) n31[band(ageOn(j.birth, this.Y1))]!++;
    this.need31 = this.cfg.recus.age31.map((v, b) => v - n31[b]!);
    if (this.need31.some((v) => v < 0)) fail(`cej: age31 needs ${this.need31}`);
    this.qpvCapacity = COMMUNES.map((_, c) => this.cfg.recus.qpv[c]! - this.cfg.nouveaux.qpv[c]!);

    const tent = new Map<YoungPerson, number>();
    for (const j of N) {
      const hi = Math.min(this.Y1 - 14, j.arrival + 75);
      tent.set(j, rng.chance(0.3) || j.arrival + 1 >= hi ? j.arrival : this.weekdayBetween(j.arrival + 1, hi));
    }
    const needs: Need[] = [
      { key: sexKey, need: needOf([['H', cfg.sexH], ['F', total - cfg.sexH]]) },
      { key: qualKey, need: needOf(cfg.qual.map((v, q) => [`q${q}`, v] as const)) },
      { key: (j) => (j.qpv ? 'y' : 'n'), need: needOf([['y', cfg.qpv], ['n', total - cfg.qpv]]) },
      { key: (j) => (band(ageOn(j.birth, tent.get(j)!)) === 1 ? 'y' : 'n'), need: needOf([['y', cfg.age1821], ['n', total - cfg.age1821]]) },
    ];
    const RN = this.byCommune(this.youngPeople.filter((j) => j.kind === 'R'));
    const NL = this.byCommune(N);
    const quota = COMMUNES.map((_, c) => {
      const E = cfg.entrants[c]!;
      const J = cfg.suivis[c]!;
      const lo = Math.max(0, J - RN[c]!.length);
      const hi = Math.min(E, NL[c]!.length);
      if (lo > hi) fail(`cej: commune ${c} cannot host its CEJ`);
      return Math.min(hi, Math.max(lo, Math.round(cfg.fromNewShare * E)));
    });
    const minQuota = COMMUNES.map((_, c) => Math.max(0, cfg.suivis[c]! - RN[c]!.length));
    const want = quota.slice();
    const sel = greedySelect(rng, N.filter((j) => ageOn(j.birth, tent.get(j)!) <= 25), quota, needs);
    const selBy = this.byCommune(sel);
    for (let c = 0; c < NC; c++) if (selBy[c]!.length < minQuota[c]!) fail(`cej: commune ${c} N entrants ${selBy[c]!.length} < ${minQuota[c]} (wanted ${want[c]})`);
    for (const j of sel) {
      const entry = tent.get(j)!;
      j.cej = { entry, exit: this.cejExit(entry) };
      j.entrant = true;
      j.activity = 1.5 + rng.next() * 2;
    }
    // the other entrants and the continuing members come from the other reçus
    const entrantsRN: YoungPerson[] = [];
    for (let c = 0; c < NC; c++) {
      const k = cfg.entrants[c]! - selBy[c]!.length;
      const cont = cfg.suivis[c]! - cfg.entrants[c]!;
      const pool = rng.shuffle(RN[c]!.slice());
      if (pool.length < k + cont) fail(`cej: commune ${c} lacks reçus`);
      pool.slice(0, k).forEach((j) => entrantsRN.push(j));
      pool.slice(k, k + cont).forEach((j) => (j.continuing = true));
    }
    // QPV among those entrants
    const qpvNeed = needs[2]!.need.get('y')!;
    const counts = COMMUNES.map((_, c) => entrantsRN.filter((j) => j.commune === c).length);
    const qpvCaps = COMMUNES.map((_, c) => (QPV_NAMES[c] ? Math.min(this.qpvCapacity[c]!, counts[c]!) : 0));
    const qpvAlloc = apportion(qpvNeed, this.qpvCapacity.map((v) => Math.max(0, v)), qpvCaps);
    for (let c = 0; c < NC; c++) {
      entrantsRN.filter((j) => j.commune === c).slice(0, qpvAlloc[c]!).forEach((j) => (j.qpv = QPV_NAMES[c]!));
      this.qpvCapacity[c] = this.qpvCapacity[c]! - qpvAlloc[c]!;
    }
    const listOf = (n: Need): string[] => {
      const l: string[] = [];
      for (const [v, k] of n.need) for (let i = 0; i < k; i++) l.push(v);
      return rng.shuffle(l);
    };
    const sexes = listOf(needs[0]!);
    const quals = listOf(needs[1]!);
    const young = needs[3]!.need.get('y')!;
    const other = needs[3]!.need.get('n')!;
    const minorsAtEntry = Math.min(12, Math.round(0.1 * other));
    const bands = rng.shuffle([...Array<number>(young).fill(1), ...Array<number>(minorsAtEntry).fill(0), ...Array<number>(other - minorsAtEntry).fill(2)]);
    if (sexes.length !== entrantsRN.length || quals.length !== entrantsRN.length || bands.length !== entrantsRN.length) fail('cej: entrant lists');
    rng.shuffle(entrantsRN).forEach((j, i) => {
      j.sex = sexes[i] as Sex;
      j.qual = Number(quals[i]!.slice(1));
      const b = bands[i]!;
      const entry = this.weekdayBetween(this.Y0 + 2, this.Y1 - 20);
      const [lo, hi] = BAND_AGES[b]!;
      const a = rng.int(lo, hi);
      const noRollOk = a >= 17;
      const rollOk = partsOf(entry).month * 100 + partsOf(entry).day < 1231;
      let roll = !noRollOk || (rollOk && rng.chance(0.3));
      if (roll && noRollOk && this.need31[band(a + 1)]! <= 0) roll = false;
      if (!roll && rollOk && this.need31[band(a)]! <= 0) roll = true;
      j.birth = this.birthAt(a, entry, roll);
      const b31 = band(ageOn(j.birth, this.Y1));
      this.need31[b31] = this.need31[b31]! - 1;
      j.arrival = this.pastArrival(j, this.Y0 - 1);
      j.cej = { entry, exit: this.cejExit(entry) };
      j.entrant = true;
      j.activity = 1.5 + rng.next() * 2;
    });
    if (this.need31.some((v) => v < 0)) fail(`cej: entrants exhaust age31 ${this.need31}`);
  }

  private recusAttributes(): void {
    const rng = this.rng;
    const R = this.youngPeople.filter((j) => j.kind === 'N' || j.kind === 'R');
    const done = R.filter((j) => j.qual >= 0);
    const rest = R.filter((j) => j.qual < 0);
    const cfg = this.cfg.recus;
    const fDone = done.filter((j) => j.sex === 'F').length;
    const sexes = rng.shuffle([
      ...Array<Sex>(cfg.sexF - fDone).fill('F'),
      ...Array<Sex>(R.length - cfg.sexF - (done.length - fDone)).fill('H'),
    ]);
    const quals: number[] = [];
    cfg.qual.forEach((v, q) => {
      const k = v - done.filter((j) => j.qual === q).length;
      if (k < 0) fail(`recus: qual ${q} overdrawn`);
      for (let i = 0; i < k; i++) quals.push(q);
    });
    rng.shuffle(quals);
    if (sexes.length !== rest.length || quals.length !== rest.length || sum(this.need31) !== rest.length) fail('recus: remaining lists');
    // people outside the CEJ take the extreme ages (a continuing CEJ started last year at >= 16)
    const nonCej = rng.shuffle(rest.filter((j) => !j.continuing));
    const cont = rng.shuffle(rest.filter((j) => j.continuing));
    const ages: number[] = [];
    const extremes: number[] = [];
    this.need31.forEach((k, b) => {
      for (let i = 0; i < k; i++) {
        const [lo, hi] = BAND_AGES[b]!;
        const a = b === 0 ? 17 : rng.int(lo, hi);
        (b === 0 || b === 3 ? extremes : ages).push(a);
      }
    });
    rng.shuffle(ages);
    const agesOrdered = [...extremes, ...ages];
    [...nonCej, ...cont].forEach((j, i) => {
      j.sex = sexes[i]!;
      j.qual = quals[i]!;
      j.birth = this.birthAge31(agesOrdered[i]!);
      j.activity = j.continuing ? 1.5 + rng.next() * 2 : 0.5 + rng.next();
      if (j.continuing) {
        const lo = Math.max(dayOf(this.Y - 1, 1, 15), anniversary(j.birth, 16) + 20);
        const entry = this.weekdayBetween(lo, dayOf(this.Y - 1, 12, 20));
        let e = entry + rng.int(200, 480);
        if (e < this.Y0 + 3) e = this.Y0 + rng.int(3, 160);
        j.cej = { entry, exit: e > this.Y1 ? null : e };
        j.arrival = this.pastArrival(j, entry);
      } else {
        j.arrival = this.pastArrival(j, this.Y0 - 1);
      }
    });
    for (const [c, name] of Object.entries(QPV_NAMES)) {
      const k = this.qpvCapacity[Number(c)]!;
      const list = rng.shuffle(rest.filter((j) => j.commune === Number(c)));
      if (list.length < k) fail('recus: qpv');
      list.slice(0, k).forEach((j) => (j.qpv = name));
    }
    for (const j of R) if (j.kind === 'R') this.lifestyle(j);
  }

  private contactAttributes(): void {
    const rng = this.rng;
    const ages = [17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28];
    const weights = [4, 10, 11, 11, 11, 11, 10, 10, 9, 4, 3, 2];
    for (const j of this.youngPeople.filter((x) => x.kind === 'C')) {
      j.sex = rng.chance(0.53) ? 'H' : 'F';
      j.qual = rng.weighted([0.09, 0.3, 0.1, 0.51]);
      j.birth = this.birthAge31(ages[rng.weighted(weights)]!);
      j.arrival = this.pastArrival(j, this.Y0 - 1);
      if (QPV_NAMES[j.commune] && rng.chance(0.15)) j.qpv = QPV_NAMES[j.commune]!;
      j.activity = 0.3 + rng.next() * 0.7;
      this.lifestyle(j);
    }
    const smsOnly = rng.pick(this.youngPeople.filter((x) => x.kind === 'C'));
    smsOnly.smsOnly = true;
    // known in the year without any realised contact in Y (they only hold situations,
    // cancelled rendez-vous or contacts dated outside Y), and a few first welcomed in
    // early January of Y+1, already in the export
    for (let i = 0; i < this.cfg.sansContact; i++) {
      const j = this.newExtra(rng.weighted(this.cfg.contact));
      j.birth = this.birthAge31(ages[rng.weighted(weights)]!);
      this.finishExtra(j);
      if (QPV_NAMES[j.commune] && rng.chance(0.15)) j.qpv = QPV_NAMES[j.commune]!;
    }
    for (let i = 0; i < 3; i++) {
      const j = this.newExtra(rng.weighted(this.cfg.contact));
      j.arrival = this.weekdayBetween(this.Y1 + 2, this.Y1 + 12);
      j.birth = this.birthAt(rng.int(17, 23), j.arrival, false);
      this.lifestyle(j);
      this.events.push({ j, date: j.arrival, nature: 'Entretien individuel', status: 'Réalisé' });
    }
  }

  private rqth(): void {
    const R = this.rng.shuffle(this.youngPeople.filter((j) => (j.kind === 'N' || j.kind === 'R') && ageOn(j.birth, this.Y1) >= 17));
    R.slice(0, this.cfg.recus.rqth).forEach((j) => (j.rqth = true));
    this.rng.shuffle(this.youngPeople.filter((j) => j.kind === 'C')).slice(0, 8).forEach((j) => (j.rqth = true));
  }

  // ---------------------------------------------------------------- 2. situations

  /** Emploi situations (Alternance excluded) by commune. */
  private emploiOnly(): number[] {
    return COMMUNES.map((_, c) => this.cfg.emploi.byCommune[c]! - this.cfg.alternance.byCommune[c]!);
  }

  /** CEJ "mesures": situations starting in Y inside the CEJ interval, for exactly mesureJeunes people. */
  private mesures(): void {
    const rng = this.rng;
    const cfg = this.cfg.cej;
    const members = this.byCommune(this.youngPeople.filter((j) => j.cej !== null));
    members.forEach((list, c) => {
      if (list.length !== cfg.suivis[c]) fail(`mesures: commune ${c} has ${list.length} CEJ, expected ${cfg.suivis[c]}`);
    });
    const J = members.map((l) => l.length);
    const M = apportion(cfg.measureYoungPeople, J, J);
    const chosen = members.map((list, c) =>
      list
        .map((j) => ({ j, w: winLen(this.insideWin(j)) * (0.5 + rng.next()) }))
        .sort((a, b) => b.w - a.w || a.j.seq - b.j.seq)
        .slice(0, M[c]!)
        .map((x) => x.j),
    );
    const cap85 = (t: PC): number[] => t.map((v) => Math.floor(v * 0.85));
    const O = apportion(cfg.mesures.autres, M, M);
    const S = apportion(cfg.mesures.sc, M, M.map((m, i) => Math.min(this.cfg.sc.started[i]!, m - O[i]!)));
    const A = apportion(cfg.mesures.alternance, M, M.map((m, i) => Math.min(this.cfg.alternance.byCommune[i]!, m - O[i]! - S[i]!)));
    const rem = M.map((m, i) => m - O[i]! - S[i]! - A[i]!);
    const E = apportion(cfg.mesures.emploi, M, cap85(this.emploiOnly()));
    const F = apportion(cfg.mesures.formation, M, cap85(this.cfg.formation.byCommune));
    const I = apportion(cfg.mesures.immersion, M, cap85(this.cfg.pmsmp.byCommune));
    const share = sum(cfg.primaryShares);
    const miSlots: Sit[] = [];
    for (let c = 0; c < NC; c++) {
      const r = rem[c]!;
      if (E[c]! + F[c]! + I[c]! < r) fail(`mesures: commune ${c} lacks slots`);
      let pE = Math.min(E[c]!, Math.round((r * cfg.primaryShares[0]!) / share));
      let pF = Math.min(F[c]!, Math.round((r * cfg.primaryShares[1]!) / share));
      let pI = r - pE - pF;
      while (pI > I[c]!) {
        if (pE < E[c]!) pE++;
        else if (pF < F[c]!) pF++;
        else fail('mesures: primaries');
        pI--;
      }
      while (pI < 0) {
        if (pF > 0) pF--;
        else pE--;
        pI++;
      }
      if (pE === 0 && E[c]! > 0 && r > 0) {
        pE = 1;
        if (pI > 0) pI--;
        else pF--;
      }
      const list = chosen[c]!
        .map((j) => {
          const w = this.insideWin(j);
          const mid = w.length ? Math.floor((w[0]![0] + w[w.length - 1]![1]) / 2) : this.Y0;
          return { j, k: ageOn(j.birth, mid) + rng.next() * 3 - 1.5 };
        })
        .sort((a, b) => a.k - b.k || a.j.seq - b.j.seq)
        .map((x) => x.j);
      const tail: string[] = [...Array<string>(pF).fill('F'), ...Array<string>(pI).fill('I'), ...Array<string>(pE).fill('E')];
      if (!cfg.emploiOlder) rng.shuffle(tail);
      const types = [...Array<string>(A[c]!).fill('A'), ...Array<string>(S[c]!).fill('S'), ...Array<string>(O[c]!).fill('O'), ...tail];
      if (types.length !== list.length) fail('mesures: type list');
      const primary = new Map<YoungPerson, string>();
      list.forEach((j, i) => {
        j.isM = true;
        const t = types[i]!;
        primary.set(j, t);
        const type: SitType = t === 'A' ? 'Alternance' : t === 'S' ? 'Service civique' : t === 'O' ? 'Bénévolat' : t === 'F' ? 'Formation' : t === 'I' ? 'Immersion' : 'Emploi';
        const s = this.addSit(j, type, this.weekdayIn(this.insideWin(j)), true);
        if (t === 'O') miSlots.push(s);
      });
      const extra = (type: SitType, k: number, who: YoungPerson[]): void => {
        if (k > 0 && who.length === 0) fail('mesures: nobody for extra slots');
        const weights = who.map((j) => winLen(this.insideWin(j)));
        for (let i = 0; i < k; i++) {
          const j = who[rng.weighted(weights)]!;
          this.addSit(j, type, this.weekdayIn(this.insideWin(j)), true);
        }
      };
      const ePrimary = list.filter((j) => primary.get(j) === 'E');
      extra('Emploi', E[c]! - pE, ePrimary.length ? ePrimary : list);
      extra('Formation', F[c]! - pF, list);
      extra('Immersion', I[c]! - pI, list);
    }
    // some "Autres" are departures abroad
    const adults = rng.shuffle(miSlots.filter((s) => ageOn(s.j.birth, s.start) >= 18));
    if (adults.length < cfg.miInside) fail('mesures: MI');
    adults.slice(0, cfg.miInside).forEach((s) => (s.type = 'Mobilité internationale'));
  }

  private holders(types: readonly SitType[], inYear = true): Map<YoungPerson, number> {
    const m = new Map<YoungPerson, number>();
    for (const s of this.sits) {
      if (!types.includes(s.type) || (inYear && !this.inYear(s.start))) continue;
      m.set(s.j, Math.min(m.get(s.j) ?? Number.POSITIVE_INFINITY, s.start));
    }
    return m;
  }
  private insideByCommune(type: SitType): number[] {
    const out = new Array<number>(NC).fill(0);
    for (const s of this.sits) if (s.type === type && s.inside) out[s.j.commune] = out[s.j.commune]! + 1;
    return out;
  }

  /**
   * Adds the situations of `type` that are not CEJ mesures: `perCommune` situations held by
   * `holders` new people (null: one each) chosen to meet `needs`, dated outside any CEJ interval.
   */
  private complement(o: {
    type: SitType;
    perCommune: readonly number[];
    holders: number | null;
    exclude: ReadonlySet<YoungPerson>;
    needs: (tent: Map<YoungPerson, number>) => Need[];
    eligible?: (j: YoungPerson, d: number) => boolean;
    extra?: (j: YoungPerson, d: number, values: readonly string[]) => void;
    pool?: (j: YoungPerson) => boolean;
  }): YoungPerson[] {
    const rng = this.rng;
    const total = o.holders ?? sum(o.perCommune);
    const quota =
      o.holders === null
        ? o.perCommune.slice()
        : apportion(total, o.perCommune, o.perCommune, o.perCommune.map((v) => (v > 0 && total >= o.perCommune.filter((x) => x > 0).length ? 1 : 0)));
    const initial = quota.slice();
    const tent = new Map<YoungPerson, number>();
    const cands: YoungPerson[] = [];
    for (const j of this.youngPeople) {
      if (o.exclude.has(j) || (o.pool && !o.pool(j))) continue;
      const w = this.outsideWin(j);
      if (winLen(w) === 0) continue;
      const d = this.weekdayIn(w);
      if (o.eligible && !o.eligible(j, d)) continue;
      tent.set(j, d);
      cands.push(j);
    }
    const needs = o.needs(tent);
    const sel = greedySelect(rng, cands, quota, needs);
    for (const { commune, values } of leftovers(rng, quota, needs)) {
      const j = this.newExtra(commune);
      const d = this.weekdayBetween(this.Y0, this.Y1);
      o.extra?.(j, d, values);
      this.finishExtra(j);
      tent.set(j, d);
      needs.forEach((n, i) => {
        if (n.key(j) !== values[i]) fail(`complement ${o.type}: extra does not match ${values[i]}`);
      });
      sel.push(j);
    }
    const byC = this.byCommune(sel);
    for (const j of sel) this.addSit(j, o.type, tent.get(j)!, false);
    for (let c = 0; c < NC; c++) {
      const more = o.perCommune[c]! - initial[c]!;
      const who = byC[c]!;
      if (more > 0 && who.length === 0) fail(`complement ${o.type}: no holder in commune ${c}`);
      const wins = who.map((j) => clip(this.outsideWin(j), tent.get(j)!, this.Y1));
      const weights = wins.map((w) => winLen(w));
      for (let i = 0; i < more; i++) {
        const k = rng.weighted(weights);
        this.addSit(who[k]!, o.type, this.weekdayIn(wins[k]!), false);
      }
    }
    return sel;
  }

  private applyBand(j: YoungPerson, d: number, target: number, yes: boolean): void {
    const b = yes ? target : target === 1 ? 2 : 1;
    const [lo, hi] = BAND_AGES[b]!;
    j.birth = this.birthAt(this.rng.int(Math.max(lo, 17), hi), d, false);
  }

  private alternance(): void {
    const cfg = this.cfg.alternance;
    const inside = this.holders(['Alternance']);
    const rest = cfg.byCommune.map((v, c) => v - this.insideByCommune('Alternance')[c]!);
    const total = sum(cfg.byCommune);
    const f = [...inside.keys()].filter((j) => j.sex === 'F').length;
    this.complement({
      type: 'Alternance',
      perCommune: rest,
      holders: null,
      exclude: new Set(inside.keys()),
      needs: () => [{ key: sexKey, need: needOf([['F', cfg.sexF - f], ['H', total - cfg.sexF - (inside.size - f)]]) }],
      eligible: (j, d) => ageOn(j.birth, d) >= 16 && ageOn(j.birth, d) <= 28,
      extra: (j, _d, [sex]) => (j.sex = sex as Sex),
    });
  }

  private emploi(): void {
    const cfg = this.cfg.emploi;
    const soFar = this.holders(['Emploi', 'Alternance']);
    const people = [...soFar.keys()];
    const h = people.filter((j) => j.sex === 'H').length;
    const inBand = people.filter((j) => band(ageOn(j.birth, soFar.get(j)!)) === cfg.ageBand).length;
    const quals = cfg.qual.map((_, q) => people.filter((j) => j.qual === q).length);
    const more = cfg.youngPeople - people.length;
    const rest = this.emploiOnly().map((v, c) => v - this.insideByCommune('Emploi')[c]!);
    this.complement({
      type: 'Emploi',
      perCommune: rest,
      holders: more,
      exclude: new Set(people),
      needs: (tent) => [
        { key: sexKey, need: needOf([['H', cfg.sexH - h], ['F', cfg.youngPeople - cfg.sexH - (people.length - h)]]) },
        { key: qualKey, need: needOf(cfg.qual.map((v, q) => [`q${q}`, v - quals[q]!] as const)) },
        {
          key: (j) => (band(ageOn(j.birth, tent.get(j)!)) === cfg.ageBand ? 'y' : 'n'),
          need: needOf([['y', cfg.ageBandCount - inBand], ['n', more - (cfg.ageBandCount - inBand)]]),
        },
      ],
      eligible: (j, d) => ageOn(j.birth, d) >= 16 && ageOn(j.birth, d) <= 29,
      extra: (j, d, [sex, qual, flag]) => {
        j.sex = sex as Sex;
        j.qual = Number(qual!.slice(1));
        this.applyBand(j, d, cfg.ageBand, flag === 'y');
      },
    });
  }

  private formation(): void {
    const cfg = this.cfg.formation;
    const inside = [...this.holders(['Formation']).keys()];
    const f = inside.filter((j) => j.sex === 'F').length;
    const q3 = ['bac', 'bep', 'aucun'].map((k) => inside.filter((j) => qual3Key(j) === k).length);
    const insideDates = this.holders(['Formation']);
    const minors = inside.filter((j) => ageOn(j.birth, insideDates.get(j)!) < 18).length;
    const more = cfg.youngPeople - inside.length;
    const rest = cfg.byCommune.map((v, c) => v - this.insideByCommune('Formation')[c]!);
    this.complement({
      type: 'Formation',
      perCommune: rest,
      holders: more,
      exclude: new Set(inside),
      needs: (tent) => [
        { key: sexKey, need: needOf([['F', cfg.sexF - f], ['H', cfg.youngPeople - cfg.sexF - (inside.length - f)]]) },
        { key: qual3Key, need: needOf(['bac', 'bep', 'aucun'].map((k, i) => [k, cfg.qual3[i]! - q3[i]!] as const)) },
        {
          key: (j) => (ageOn(j.birth, tent.get(j)!) < 18 ? 'm' : 'a'),
          need: needOf([['m', Math.max(0, cfg.minors - minors)], ['a', more - Math.max(0, cfg.minors - minors)]]),
        },
      ],
      eligible: (j, d) => ageOn(j.birth, d) >= 16 && ageOn(j.birth, d) <= 29,
      extra: (j, d, [sex, q, m]) => {
        j.sex = sex as Sex;
        j.qual = q === 'bac' ? (this.rng.chance(0.3) ? 0 : 1) : q === 'bep' ? 2 : 3;
        j.birth = this.birthAt(m === 'm' ? 17 : this.rng.int(18, 24), d, false);
      },
    });
  }

  private pmsmp(): void {
    const cfg = this.cfg.pmsmp;
    const inside = [...this.holders(['Immersion']).keys()];
    const f = inside.filter((j) => j.sex === 'F').length;
    const a = inside.filter((j) => j.qual === 3).length;
    const rest = cfg.byCommune.map((v, c) => v - this.insideByCommune('Immersion')[c]!);
    const sits = sum(rest);
    // pick how many new holders make both shares land on the printed percentages
    const target = (p: number, n: number): number | null => {
      for (const k of [Math.round((p * n) / 100), Math.round((p * n) / 100) - 1, Math.round((p * n) / 100) + 1]) if (pct(k, n) === p) return k;
      return null;
    };
    let chosen: { more: number; ft: number; at: number } | null = null;
    const communes = rest.filter((v) => v > 0).length;
    for (let delta = 0; delta < sits && chosen === null; delta++) {
      for (const more of [Math.round(sits * 0.88) - delta, Math.round(sits * 0.88) + delta]) {
        if (more < communes || more > sits) continue;
        const n = inside.length + more;
        const ft = target(cfg.femmesPct, n);
        const at = cfg.aucunPct === null ? a : target(cfg.aucunPct, n);
        if (ft === null || at === null) continue;
        if (ft - f < 0 || ft - f > more || at - a < 0 || at - a > more) continue;
        chosen = { more, ft, at };
        break;
      }
    }
    if (chosen === null) fail('pmsmp: no holder count fits the shares');
    const { more, ft, at } = chosen;
    this.complement({
      type: 'Immersion',
      perCommune: rest,
      holders: more,
      exclude: new Set(inside),
      needs: () => [
        { key: sexKey, need: needOf([['F', ft - f], ['H', more - (ft - f)]]) },
        ...(cfg.aucunPct === null ? [] : [{ key: (j: YoungPerson) => (j.qual === 3 ? 'y' : 'n'), need: needOf([['y', at - a], ['n', more - (at - a)]]) }]),
      ],
      eligible: (j, d) => ageOn(j.birth, d) >= 16 && ageOn(j.birth, d) <= 29,
      extra: (j, _d, [sex, aucun]) => {
        j.sex = sex as Sex;
        if (aucun !== undefined) j.qual = aucun === 'y' ? 3 : this.rng.weighted([0.2, 0.6, 0.2]);
      },
    });
  }

  private serviceCivique(): void {
    const rng = this.rng;
    const cfg = this.cfg.sc;
    const inside = this.holders(['Service civique']);
    const rest = cfg.started.map((v, c) => v - this.insideByCommune('Service civique')[c]!);
    const starters = this.complement({
      type: 'Service civique',
      perCommune: rest,
      holders: null,
      exclude: new Set(inside.keys()),
      needs: () => [],
      eligible: (j, d) => ageOn(j.birth, d) >= 16 && ageOn(j.birth, d) <= 25,
    });
    const taken = new Set<YoungPerson>([...inside.keys(), ...starters]);
    // missions started last year and still running in Y
    for (let c = 0; c < NC; c++) {
      const k = cfg.overlapping[c]! - cfg.started[c]!;
      if (k < 0) fail('sc: started above overlapping');
      const pool = rng.shuffle(
        this.youngPeople.filter((j) => j.commune === c && j.kind !== 'N' && !taken.has(j) && !j.cej && j.arrival <= this.Y0 - 60 && ageOn(j.birth, this.Y0 - 150) >= 16 && ageOn(j.birth, this.Y0 - 150) <= 25),
      );
      for (let i = 0; i < k; i++) {
        let j = pool[i];
        if (!j) {
          j = this.newExtra(c);
          this.finishExtra(j);
        }
        taken.add(j);
        const start = this.weekdayBetween(Math.max(j.arrival, this.Y0 - 270), this.Y0 - 30);
        let end = start + rng.int(183, 275);
        if (end < this.Y0) end = this.Y0 + rng.int(0, 60);
        this.sits.push({ j, type: 'Service civique', sub: 'Mission de Service Civique', start, end, domain: '', qualif: '', niveau: '', pays: '', inside: false, pending: false });
      }
    }
  }

  private mobiliteEtBenevolat(): void {
    const insideMi = this.holders(['Mobilité internationale']);
    const k = this.cfg.mi.length - insideMi.size;
    const weights = this.cfg.contact;
    this.complement({
      type: 'Mobilité internationale',
      perCommune: apportion(k, weights),
      holders: null,
      exclude: new Set(insideMi.keys()),
      needs: () => [],
      eligible: (j, d) => ageOn(j.birth, d) >= 18 && ageOn(j.birth, d) <= 29 && d <= this.Y1 - 30,
      pool: (j) => j.kind !== 'X',
    });
    const insideB = this.holders(['Bénévolat']);
    this.complement({
      type: 'Bénévolat',
      perCommune: apportion(this.cfg.benevolatOutside, weights),
      holders: null,
      exclude: new Set(insideB.keys()),
      needs: () => [],
      eligible: (j, d) => ageOn(j.birth, d) >= 16,
      pool: (j) => j.kind !== 'X',
    });
  }

  private alternanceOlder(): void {
    const rng = this.rng;
    const cfg = this.cfg.alternance;
    const current = this.holders(['Alternance']);
    const emploi = this.holders(['Emploi']);
    if (current.size !== sum(cfg.byCommune)) fail('alternance: one contract per holder expected');
    const k = cfg.overlapping - current.size;
    const pool = rng.shuffle(
      this.youngPeople.filter((j) => j.kind !== 'N' && !current.has(j) && !emploi.has(j) && !j.cej && j.arrival <= this.Y0 - 40 && ageOn(j.birth, this.Y0 - 200) >= 16 && ageOn(j.birth, this.Y0 - 200) <= 26),
    );
    for (let i = 0; i < k; i++) {
      let j = pool[i];
      if (!j) {
        j = this.newExtra(rng.weighted(cfg.byCommune));
        this.finishExtra(j);
      }
      const start = this.weekdayBetween(Math.max(j.arrival, this.Y0 - 700), this.Y0 - 20);
      let end = start + rng.int(365, 1095);
      if (end < this.Y0) end = this.Y0 + rng.int(10, 300);
      this.sits.push({
        j,
        type: 'Alternance',
        sub: rng.chance(0.9) ? 'Apprentissage' : 'Professionnalisation',
        start,
        end: rng.chance(0.15) ? null : end,
        domain: rng.pick(cfg.domains).name,
        qualif: '',
        niveau: rng.pick(['BEP/CAP', 'BAC', 'Supérieur au BAC']),
        pays: '',
        inside: false,
        pending: false,
      });
    }
  }

  /** Situations that must not count: spanning from Y-1 into Y, or over before Y. */
  private noiseSituations(): void {
    const rng = this.rng;
    const pool = this.youngPeople.filter((j) => j.kind !== 'N' && j.arrival < this.Y0 - 200);
    const domains = this.cfg.emploi.domains.map((d) => d.name);
    const push = (j: YoungPerson, type: SitType, start: number, end: number): void => {
      const sub =
        type === 'Emploi' ? rng.pick(['CDD', 'Intérim', 'CDI', 'Saisonnier'])
        : type === 'Formation' ? rng.pick(['Autre formation', 'Conseil Régional'])
        : type === 'Alternance' ? 'Apprentissage'
        : type === 'Immersion' ? 'PMSMP'
        : type === 'Mobilité internationale' ? "Stage Erasmus+ (Let's go pro)"
        : type === 'Service civique' ? 'Mission de Service Civique'
        : 'Bénévolat associatif';
      this.sits.push({
        j,
        type,
        sub,
        start,
        end,
        domain: type === 'Emploi' || type === 'Immersion' || type === 'Alternance' ? rng.pick(domains) : type === 'Formation' ? rng.pick(this.cfg.formation.domains).name : '',
        qualif: type === 'Formation' ? rng.pick(['Qualifiante', 'Pré-qualifiante', 'Non']) : '',
        niveau: type === 'Alternance' ? 'BEP/CAP' : '',
        pays: type === 'Mobilité internationale' ? 'Espagne' : '',
        inside: false,
        pending: false,
      });
    };
    for (let i = 0; i < 60; i++) {
      const j = rng.pick(pool);
      const start = this.weekdayBetween(Math.max(j.arrival, this.Y0 - 75), this.Y0 - 5);
      push(j, rng.pick(['Emploi', 'Emploi', 'Formation', 'Immersion'] as const), start, this.Y0 + rng.int(5, 120));
    }
    const types: SitType[] = ['Emploi', 'Emploi', 'Formation', 'Immersion', 'Alternance', 'Service civique', 'Bénévolat', 'Mobilité internationale'];
    for (let i = 0; i < 80; i++) {
      const j = rng.pick(pool);
      const start = this.weekdayBetween(Math.max(j.arrival, this.Y0 - 900), this.Y0 - 60);
      push(j, rng.pick(types), start, Math.min(this.Y0 - 1, start + rng.int(3, 300)));
    }
  }

  /** Sous-types, domains, qualifying flags and end dates of the situations starting in Y. */
  private finishSituations(): void {
    const rng = this.rng;
    const pending = (t: SitType): Sit[] => this.sits.filter((s) => s.pending && s.type === t);
    const expand = (counts: readonly Count[]): string[] => {
      const l: string[] = [];
      for (const { name, count } of counts) for (let i = 0; i < count; i++) l.push(name);
      return rng.shuffle(l);
    };
    const assign = (sits: Sit[], values: string[], field: 'sub' | 'domain' | 'niveau', what: string): void => {
      if (sits.length !== values.length) fail(`finish: ${what} ${sits.length} situations vs ${values.length} values`);
      rng.shuffle(sits).forEach((s, i) => (s[field] = values[i]!));
    };
    // Emploi
    const emploi = pending('Emploi');
    const pec = new Set<Sit>();
    for (let c = 0; c < NC; c++) {
      rng.shuffle(emploi.filter((s) => s.j.commune === c)).slice(0, this.cfg.emploi.pec[c]!).forEach((s) => {
        s.sub = 'PEC';
        pec.add(s);
      });
    }
    assign(emploi.filter((s) => !pec.has(s)), expand(this.cfg.emploi.subtypes.filter((t) => t.name !== 'PEC')), 'sub', 'emploi sous-types');
    assign(emploi.slice(), expand(this.cfg.emploi.domains), 'domain', 'emploi domains');
    for (const s of emploi) {
      const d = s.start;
      s.end =
        s.sub === 'CDD' ? d + rng.int(14, 180)
        : s.sub === 'Intérim' ? d + rng.int(0, 30)
        : s.sub === 'Saisonnier' ? d + rng.int(30, 100)
        : s.sub === 'PEC' ? d + rng.int(270, 365)
        : s.sub === 'CIE CDD' ? d + rng.int(180, 365)
        : rng.chance(0.2) ? d + rng.int(30, 200) : null;
    }
    // Alternance
    const alt = pending('Alternance');
    const cfgA = this.cfg.alternance;
    assign(alt, rng.shuffle([...Array<string>(cfgA.app).fill('Apprentissage'), ...Array<string>(cfgA.pro).fill('Professionnalisation')]), 'sub', 'alternance sous-types');
    assign(alt, rng.shuffle(['BEP/CAP', 'BAC', 'Supérieur au BAC'].flatMap((v, i) => Array<string>(cfgA.niveau[i]!).fill(v))), 'niveau', 'niveau préparé');
    assign(alt, expand(cfgA.domains), 'domain', 'alternance domains');
    for (const s of alt) s.end = rng.chance(0.1) ? s.start + rng.int(60, 200) : s.start + rng.int(365, 1095);
    // Formation
    const cfgF = this.cfg.formation;
    const form = pending('Formation');
    const byAge = form.map((s) => ({ s, k: ageOn(s.j.birth, s.start) + rng.next() })).sort((a, b) => a.k - b.k || a.s.j.seq - b.s.j.seq);
    const fi = new Set(byAge.slice(0, cfgF.fi).map((x) => x.s));
    for (const s of fi) {
      s.sub = 'Formation initiale';
      const w = s.inside ? this.insideWin(s.j) : this.outsideWin(s.j);
      const autumn = clip(w, dayOf(this.Y, 9, 1), dayOf(this.Y, 10, 15));
      if (winLen(autumn) > 0) s.start = this.weekdayIn(autumn);
      s.end = dayOf(this.Y + 1, 7, 4);
    }
    assign(form.filter((s) => !fi.has(s)), rng.shuffle([...Array<string>(cfgF.autre).fill('Autre formation'), ...Array<string>(cfgF.cr).fill('Conseil Régional')]), 'sub', 'formation sous-types');
    for (const s of form) if (!fi.has(s)) s.end = s.start + rng.int(20, 300);
    assign(form.slice(), expand(cfgF.domains), 'domain', 'formation domains');
    const byHolder = new Map<YoungPerson, Sit[]>();
    for (const s of form) byHolder.set(s.j, [...(byHolder.get(s.j) ?? []), s]);
    const ranked = [...byHolder.keys()].map((j) => ({ j, n: byHolder.get(j)!.length, r: rng.next() })).sort((a, b) => b.n - a.n || a.r - b.r);
    if (ranked.length !== cfgF.youngPeople) fail(`formation: ${ranked.length} holders`);
    let extraQ = cfgF.qualifSituations - cfgF.qualificationYoungPeople;
    const q = (): string => (rng.chance(0.62) ? 'Qualifiante' : 'Pré-qualifiante');
    ranked.forEach(({ j }, i) => {
      const list = rng.shuffle(byHolder.get(j)!.slice());
      list.forEach((s, k) => {
        if (i >= cfgF.qualificationYoungPeople) s.qualif = 'Non';
        else if (k === 0) s.qualif = q();
        else if (extraQ > 0) {
          s.qualif = q();
          extraQ--;
        } else s.qualif = 'Non';
      });
    });
    if (extraQ !== 0) fail(`formation: ${extraQ} qualifying situations left`);
    // Immersion, Service civique, Bénévolat, Mobilité internationale
    const emploiDomains = this.cfg.emploi.domains;
    for (const s of pending('Immersion')) {
      s.sub = 'PMSMP';
      s.end = s.start + rng.int(4, 25);
      s.domain = emploiDomains[rng.weighted(emploiDomains.map((d) => d.count))]!.name;
    }
    for (const s of pending('Service civique')) {
      s.sub = 'Mission de Service Civique';
      s.end = s.start + rng.int(183, 275);
    }
    for (const s of pending('Bénévolat')) {
      s.sub = 'Bénévolat associatif';
      s.end = s.start + rng.int(30, 180);
    }
    const mi = pending('Mobilité internationale');
    if (mi.length !== this.cfg.mi.length) fail(`mi: ${mi.length} departures`);
    // Departures are assigned in date order so the report lists them in the seed's order
    // (the shuffle still runs, to keep the random stream of everything after it unchanged).
    rng.shuffle(mi.slice());
    mi.sort((a, b) => a.start - b.start).forEach((s, i) => {
      const [programme, country] = this.cfg.mi[i]!;
      s.sub = programme;
      s.pays = country;
      s.end = s.start + (programme.includes("Let's go pro") ? 91 : rng.int(30, 270));
    });
    for (const s of this.sits) s.pending = false;
  }

  // ---------------------------------------------------------------- 3. dispositifs

  private obligationFormation(): void {
    const rng = this.rng;
    const cfg = this.cfg.enrolments;
    const working = (j: YoungPerson): boolean =>
      this.sits.some((s) => s.j === j && (s.type === 'Emploi' || s.type === 'Alternance' || s.type === 'Formation' || s.type === 'Service civique') && s.start <= this.Y1 && (s.end === null || s.end >= this.Y1));
    const minor = (j: YoungPerson): boolean =>
      anniversary(j.birth, 18) > this.Y0 && anniversary(j.birth, 16) <= this.Y1 && j.arrival <= this.Y1 && j.arrival < anniversary(j.birth, 18);
    const rank = (j: YoungPerson): number => (j.kind === 'N' || j.kind === 'R' ? 0 : j.kind === 'C' ? 1 : 2);
    const cands = this.youngPeople.filter(minor).map((j) => ({ j, r: rank(j) + rng.next() })).sort((a, b) => a.r - b.r).map((x) => x.j);
    const A = cands.filter(working);
    const B = cands.filter((j) => !working(j));
    const needA = cfg.ofEnSituation ?? Math.min(A.length, Math.round(cfg.of * 0.6));
    const needB = cfg.of - needA;
    // back to school since last September for some minors, if needed
    while (A.length < needA) {
      const j = B.find((x) => x.kind !== 'N' && x.arrival <= dayOf(this.Y - 1, 9, 1));
      if (!j) fail('of: not enough minors in situation');
      B.splice(B.indexOf(j), 1);
      A.push(j);
      this.sits.push({ j, type: 'Formation', sub: 'Formation initiale', start: this.weekdayBetween(dayOf(this.Y - 1, 9, 1), dayOf(this.Y - 1, 9, 20)), end: dayOf(this.Y + 1, 7, 4), domain: 'Enseignement général', qualif: 'Qualifiante', niveau: '', pays: '', inside: false, pending: false });
    }
    if (B.length < needB) fail(`of: ${B.length} minors without situation for ${needB}`);
    for (const j of [...A.slice(0, needA), ...B.slice(0, needB)]) {
      const entry = Math.max(j.arrival, anniversary(j.birth, 16));
      const eighteen = anniversary(j.birth, 18);
      this.disps.push({ j, prog: 'Obligation de formation', entry, exit: eighteen - 1 <= this.Y1 ? eighteen - 1 : null });
    }
    // noise: an obligation that ended before Y
    const older = this.youngPeople.filter((j) => j.kind === 'R' && anniversary(j.birth, 18) <= this.Y0 - 30 && anniversary(j.birth, 18) > this.Y0 - 400 && j.arrival < anniversary(j.birth, 18) - 20);
    for (const j of rng.shuffle(older).slice(0, 6)) this.disps.push({ j, prog: 'Obligation de formation', entry: j.arrival, exit: anniversary(j.birth, 18) - 1 });
  }

  private otherEnrolments(): void {
    const rng = this.rng;
    const cfg = this.cfg.enrolments;
    const Y0 = this.Y0;
    const Y1 = this.Y1;
    const contact = this.contactPool();
    const inYearEntry = (j: YoungPerson): number => this.atOrAfter(Math.max(Y0, j.arrival), Y1 - 5);
    const endAfter = (entry: number, lo: number, hi: number): number | null => {
      const e = entry + rng.int(lo, hi);
      return e > Y1 ? null : e;
    };
    // CEJ, and old CEJ that ended before Y
    for (const j of this.youngPeople) if (j.cej) this.disps.push({ j, prog: 'CEJ', entry: j.cej.entry, exit: j.cej.exit });
    const oldCej = rng.shuffle(contact.filter((j) => !j.cej && j.kind !== 'N' && j.arrival < Y0 - 500 && ageOn(j.birth, Y0 - 400) >= 17 && ageOn(j.birth, Y0 - 400) <= 24)).slice(0, 40);
    for (const j of oldCej) {
      const entry = this.weekdayBetween(Math.max(j.arrival, Y0 - 700), Y0 - 250);
      this.disps.push({ j, prog: 'CEJ', entry, exit: Math.min(Y0 - 1, entry + rng.int(180, 400)) });
    }
    // Parrainage entered in Y
    const p = cfg.parrainage;
    const pTotal = sum(p.byCommune);
    const quota = p.byCommune.slice();
    const needs: Need[] = [
      { key: qual3Key, need: needOf(['bac', 'bep', 'aucun'].map((k, i) => [k, p.qual3[i]!] as const)) },
      { key: sexKey, need: needOf([['H', p.sexH], ['F', pTotal - p.sexH]]) },
    ];
    const parr = greedySelect(rng, contact.filter((j) => ageOn(j.birth, Y1) >= 17), quota, needs);
    for (const { commune, values } of leftovers(rng, quota, needs)) {
      const j = this.newExtra(commune);
      j.qual = values[0] === 'bac' ? 1 : values[0] === 'bep' ? 2 : 3;
      j.sex = values[1] as Sex;
      this.finishExtra(j);
      parr.push(j);
    }
    for (const j of parr) {
      const entry = inYearEntry(j);
      this.disps.push({ j, prog: 'Parrainage', entry, exit: endAfter(entry, 150, 365) });
    }
    const pastPool = contact.filter((j) => j.kind !== 'N' && j.arrival < Y0 - 200);
    const pastEntry = (j: YoungPerson): number => this.weekdayBetween(Math.max(j.arrival, Y0 - 330), Y0 - 15);
    for (const j of rng.shuffle(pastPool.filter((x) => !parr.includes(x))).slice(0, 20)) this.disps.push({ j, prog: 'Parrainage', entry: pastEntry(j), exit: rng.chance(0.5) ? null : Y0 + rng.int(10, 200) });
    // PPAE entered in Y (some of them new arrivals)
    const adults = (j: YoungPerson): boolean => ageOn(j.birth, Y1) >= 19;
    const ppae: YoungPerson[] = [];
    if (cfg.ppaeFromNew === null) ppae.push(...rng.shuffle(contact.filter(adults)).slice(0, cfg.ppae));
    else {
      ppae.push(...rng.shuffle(contact.filter((j) => adults(j) && j.kind === 'N')).slice(0, cfg.ppaeFromNew));
      ppae.push(...rng.shuffle(contact.filter((j) => adults(j) && j.kind !== 'N')).slice(0, cfg.ppae - cfg.ppaeFromNew));
    }
    if (ppae.length !== cfg.ppae) fail('ppae');
    for (const j of ppae) {
      const entry = inYearEntry(j);
      this.disps.push({ j, prog: 'PPAE', entry, exit: endAfter(entry, 90, 365) });
    }
    for (const j of rng.shuffle(pastPool.filter((x) => !ppae.includes(x))).slice(0, 25)) this.disps.push({ j, prog: 'PPAE', entry: pastEntry(j), exit: rng.chance(0.5) ? null : Y0 + rng.int(10, 200) });
    // PACEA: entered in Y, plus some entered last year (the allocation needs holders in every commune)
    const noCej = this.byCommune(contact.filter((j) => !j.cej));
    const entrants = apportion(cfg.pacea, this.cfg.contact, noCej.map((l) => Math.floor(l.length * 0.6)));
    const recip = this.cfg.aids.pacea.youngPeople;
    for (let c = 0; c < NC; c++) {
      const pool = rng.shuffle(noCej[c]!.slice());
      const cont = Math.max(0, recip[c]! - Math.floor(entrants[c]! * 0.6)) + (recip[c]! > 0 ? 2 : 0);
      const newOnes = pool.slice(0, entrants[c]!);
      const olds = pool.slice(entrants[c]!).filter((j) => j.kind !== 'N' && j.arrival < Y0 - 40).slice(0, cont);
      if (olds.length < cont) fail(`pacea: commune ${c}`);
      for (const j of newOnes) {
        const entry = this.atOrAfter(Math.max(Y0, j.arrival), Y1 - 30);
        const exit = endAfter(entry, 180, 400);
        this.disps.push({ j, prog: 'PACEA', entry, exit });
        this.paceaHolders.push({ j, entry, exit });
      }
      for (const j of olds) {
        const entry = this.weekdayBetween(Math.max(j.arrival, Y0 - 300), Y0 - 10);
        const exit = rng.chance(0.4) ? null : Y0 + rng.int(60, 300);
        this.disps.push({ j, prog: 'PACEA', entry, exit });
        this.paceaHolders.push({ j, entry, exit });
      }
    }
    for (const j of rng.shuffle(pastPool.filter((x) => !x.cej && x.arrival < Y0 - 320 && !this.paceaHolders.some((h) => h.j === x))).slice(0, 20)) {
      const entry = this.weekdayBetween(Math.max(j.arrival, Y0 - 500), Y0 - 300);
      this.disps.push({ j, prog: 'PACEA', entry, exit: entry + rng.int(60, 280) });
    }
    // JSMJ overlapping Y
    const jsmjPool = rng.shuffle(contact.filter((j) => ageOn(j.birth, Y1) >= 19 && (j.sex === 'H' || rng.chance(0.15))));
    for (const j of jsmjPool.slice(0, cfg.jsmj)) {
      const entry = this.atOrAfter(Math.max(j.arrival, Y0 - 250), Y1 - 20);
      this.disps.push({ j, prog: 'JSMJ', entry, exit: rng.chance(0.5) ? null : Math.max(Y0 + 5, entry + rng.int(60, 300)) });
    }
    for (const j of jsmjPool.slice(cfg.jsmj).filter((x) => x.kind !== 'N' && x.arrival < Y0 - 230).slice(0, 3)) {
      const entry = this.weekdayBetween(Math.max(j.arrival, Y0 - 500), Y0 - 200);
      this.disps.push({ j, prog: 'JSMJ', entry, exit: entry + rng.int(30, 150) });
    }
    // Handicap renforcé: reçus with a RQTH
    const rqth = rng.shuffle(this.youngPeople.filter((j) => j.rqth && (j.kind === 'N' || j.kind === 'R')));
    if (rqth.length < cfg.handicapRenforce) fail('handicap');
    for (const j of rqth.slice(0, cfg.handicapRenforce)) {
      const entry = this.atOrAfter(Math.max(j.arrival, Y0 - 400), Y1 - 20);
      this.disps.push({ j, prog: 'Handicap renforcé', entry, exit: rng.chance(0.6) ? null : Math.max(Y0 + 10, entry + rng.int(150, 500)) });
    }
    // Lycée professionnel (PAE, TDO): entered in the autumn
    const lycee = rng.shuffle(contact.filter((j) => ageOn(j.birth, Y1) <= 19 && ageOn(j.birth, Y1) >= 17 && j.arrival <= dayOf(this.Y, 9, 1)));
    lycee.slice(0, cfg.pae).forEach((j) => this.disps.push({ j, prog: 'PAE', entry: this.weekdayBetween(dayOf(this.Y, 9, 9), dayOf(this.Y, 11, 29)), exit: null }));
    lycee.slice(cfg.pae, cfg.pae + cfg.tdo).forEach((j) => this.disps.push({ j, prog: 'TDO', entry: this.weekdayBetween(dayOf(this.Y, 9, 9), dayOf(this.Y, 11, 29)), exit: null }));
  }

  // ---------------------------------------------------------------- 4. aides

  private aidsStep(): void {
    const rng = this.rng;
    const cfg = this.cfg.aids;
    const Y0 = this.Y0;
    const Y1 = this.Y1;
    const push = (j: YoungPerson | null, date: number, type: string, cents: number, decision = 'Accordée'): void => {
      if (cents < 0) fail('aide: negative amount');
      this.aids.push({ j, date, type, cents, decision });
    };
    /** Monthly rows over a window, amounts proportional to the covered days. */
    const monthly = (wins: readonly Win[]): { date: number; days: number }[] => {
      const out: { date: number; days: number }[] = [];
      for (let m = 1; m <= 12; m++) {
        const month = clip(wins, dayOf(this.Y, m, 1), dayOf(this.Y, m + 1, 1) - 1);
        const days = winLen(month);
        if (days > 0) out.push({ date: Math.max(month[0]![0], Math.min(month[month.length - 1]![1], dayOf(this.Y, m, 28))), days });
      }
      return out;
    };
    // Allocation CEJ
    const cej = this.byCommune(this.youngPeople.filter((j) => j.cej));
    for (let c = 0; c < NC; c++) {
      const k = cfg.cej.youngPeople[c]!;
      const who = cej[c]!.map((j) => ({ j, w: winLen(this.insideWin(j)) * (0.4 + rng.next()) })).sort((a, b) => b.w - a.w || a.j.seq - b.j.seq).slice(0, k).map((x) => x.j);
      if (who.length !== k) fail(`aides cej: commune ${c}`);
      const rows = who.flatMap((j) => monthly(this.insideWin(j)).map((r) => ({ j, ...r })));
      const amounts = splitInt(rng, cfg.cej.cents[c]!, rows.map((r) => r.days), 100);
      rows.forEach((r, i) => push(r.j, r.date, 'Allocation CEJ', amounts[i]!));
    }
    // Allocation PACEA
    for (let c = 0; c < NC; c++) {
      const k = cfg.pacea.youngPeople[c]!;
      const holders = rng.shuffle(this.paceaHolders.filter((h) => h.j.commune === c));
      if (holders.length < k) fail(`aides pacea: commune ${c}`);
      const rows: { j: YoungPerson; date: number }[] = [];
      for (const h of holders.slice(0, k)) {
        const w = clip(this.yearWin(h.j), h.entry, h.exit ?? FOREVER);
        const n = rng.int(1, Math.min(4, Math.max(1, Math.floor(winLen(w) / 30))));
        for (let i = 0; i < n; i++) rows.push({ j: h.j, date: this.weekdayIn(w) });
      }
      const amounts = splitInt(rng, cfg.pacea.cents[c]! / 100, rows.map(() => 1), 20);
      rows.forEach((r, i) => push(r.j, r.date, 'Allocation PACEA', amounts[i]! * 100));
    }
    const contact = this.byCommune(this.contactPool().filter((j) => ageOn(j.birth, Y1) >= 18));
    const inYear = (j: YoungPerson): number => this.weekdayIn(this.yearWin(j));
    /** Distinct beneficiaries per commune with rows and amounts (whole units of `unit` cents). */
    const granted = (type: string, youngPeople: PC, cents: PC, extraRows: number, unit: number, minUnits: number): void => {
      const rowsBy = apportion(extraRows, youngPeople.map((v) => (v > 1 ? v : 0)));
      for (let c = 0; c < NC; c++) {
        const k = youngPeople[c]!;
        if (k === 0) {
          if (cents[c] !== 0) fail(`${type}: amount without jeunes`);
          continue;
        }
        const who = rng.shuffle(contact[c]!.slice()).slice(0, k);
        if (who.length < k) fail(`${type}: commune ${c}`);
        const rows = [...who, ...Array.from({ length: rowsBy[c]! }, () => rng.pick(who))];
        const units = splitInt(rng, cents[c]! / unit, rows.map(() => 1), minUnits);
        rows.forEach((j, i) => push(j, inYear(j), type, units[i]! * unit));
      }
    };
    // FAJeM: the dossiers étudiés are all the rows
    const fajemYoungPeople = sum(cfg.fajem.youngPeople);
    const fajemExtra = Math.round(fajemYoungPeople * 0.15);
    granted('FAJeM', cfg.fajem.youngPeople, cfg.fajem.cents, fajemExtra, 100, 60);
    const refused = cfg.fajem.rows - fajemYoungPeople - fajemExtra;
    if (refused < 0) fail('fajem rows');
    const all = this.contactPool().filter((j) => ageOn(j.birth, Y1) >= 18);
    for (let i = 0; i < refused; i++) {
      const j = rng.pick(all);
      push(j, inYear(j), 'FAJeM', rng.int(10, 45) * 1000, i % 3 === 2 ? 'Ajournée' : 'Refusée');
    }
    // Mobilité MDE: dossiers (granted rows) by commune
    for (let c = 0; c < NC; c++) {
      const k = cfg.mde.dossiers[c]!;
      if (k === 0) continue;
      const who = rng.shuffle(contact[c]!.slice()).slice(0, Math.max(1, Math.ceil(k * 0.8)));
      const rows = [...who, ...Array.from({ length: k - who.length }, () => rng.pick(who))];
      const units = splitInt(rng, cfg.mde.cents[c]! / 100, rows.map(() => 1), 5);
      rows.forEach((j, i) => push(j, inYear(j), 'Mobilité MDE', units[i]! * 100));
    }
    granted('Fonds ML indirect', cfg.fmlIndirect.youngPeople, cfg.fmlIndirect.cents, 0, 1, 10_000);
    granted('Fonds ML direct', cfg.fmlDirect.youngPeople, cfg.fmlDirect.cents, Math.round(sum(cfg.fmlDirect.youngPeople) * 0.08), 1000, 3);
    push(null, dayOf(this.Y, 12, 16), 'Frais de gestion', cfg.fraisGestion);
    // noise: refused or adjourned decisions (never counted) and rows of the previous year
    const cejList = this.youngPeople.filter((j) => j.cej);
    for (let i = 0; i < 15; i++) {
      const j = rng.pick(cejList);
      push(j, this.weekdayIn(this.insideWin(j)), 'Allocation CEJ', 55_229, 'Ajournée');
    }
    for (let i = 0; i < 8; i++) {
      const h = rng.pick(this.paceaHolders);
      push(h.j, this.weekdayIn(clip(this.yearWin(h.j), h.entry, h.exit ?? FOREVER)), 'Allocation PACEA', rng.int(100, 500) * 100, 'Refusée');
    }
    for (const [type, k, lo, hi] of [['Fonds ML direct', 5, 5, 15], ['Fonds ML indirect', 3, 30, 120], ['Mobilité MDE', 8, 2, 8]] as const) {
      for (let i = 0; i < k; i++) {
        const j = rng.pick(all);
        push(j, inYear(j), type, rng.int(lo, hi) * 1000, 'Refusée');
      }
    }
    const cont = cejList.filter((j) => j.cej!.entry < Y0 - 40);
    for (const j of rng.shuffle(cont).slice(0, 40)) push(j, Math.max(j.cej!.entry, dayOf(this.Y - 1, 12, 28)), 'Allocation CEJ', rng.int(30_000, 55_229));
    const past = this.contactPool().filter((j) => j.kind !== 'N' && j.arrival < Y0 - 60 && ageOn(j.birth, Y0) >= 18);
    for (let i = 0; i < 8; i++) push(rng.pick(past), this.weekdayBetween(dayOf(this.Y - 1, 11, 2), dayOf(this.Y - 1, 12, 20)), 'FAJeM', rng.int(10, 40) * 1000);
    for (let i = 0; i < 4; i++) push(rng.pick(past), this.weekdayBetween(dayOf(this.Y - 1, 11, 2), dayOf(this.Y - 1, 12, 20)), 'Mobilité MDE', rng.int(15, 40) * 100);
  }

  // ---------------------------------------------------------------- 5. événements and propositions

  private eventsStep(): void {
    const rng = this.rng;
    const cfg = this.cfg.contacts;
    const cc = this.cfg.cej.contacts;
    const E = cfg.entretiens;
    const O = cfg.byCommune.map((t, c) => t - E[c]!);
    const nonE = roundMatrix(O, [cfg.sms, cfg.email, cfg.tel, cfg.autres]); // [commune][SMS, E-mail, Téléphone, Autres]
    const people = this.byCommune(this.contactPool());
    const inCej = (j: YoungPerson, d: number): boolean => j.cej !== null && d >= j.cej.entry && d <= (j.cej.exit ?? FOREVER);
    const J = people.map((l) => l.filter((j) => j.cej).length);
    const mandOutE = people.map((l) => l.filter((j) => (j.kind === 'R' && !j.cej) || (j.kind === 'N' && !inCej(j, j.arrival))).length);
    const contactOnly = people.map((l) => l.filter((j) => j.kind === 'C').length);
    const insE = apportion(cc.e, J, E.map((e, c) => e - mandOutE[c]! - 2), J);
    const reserve = (c: number, g: number): number => Math.ceil((contactOnly[c]! * nonE[c]![g]!) / Math.max(1, O[c]!)) + 1;
    const insTS = apportion(cc.telSms, J, nonE.map((r, c) => r[0]! + r[2]! - reserve(c, 0) - reserve(c, 2)));
    const insEm = apportion(cc.email, J, nonE.map((r, c) => r[1]! - reserve(c, 1)));
    const insAu = apportion(cc.autres, J, nonE.map((r, c) => r[3]! - reserve(c, 3)));
    const GROUPS = ['E', 'SMS', 'E-mail', 'Téléphone', 'Autres'] as const;
    const natureOf = (g: string): string => {
      if (g === 'E') return ['Entretien individuel', 'Atelier', 'Information collective'][rng.weighted([0.76, 0.16, 0.08])]!;
      if (g === 'Autres') return ['Courrier', 'Médiation', 'Visite', 'Entretien partenaire'][rng.weighted([0.3, 0.2, 0.2, 0.3])]!;
      return g;
    };
    const status = (): string => (rng.chance(0.03) ? '' : 'Réalisé');
    for (let c = 0; c < NC; c++) {
      const sms = nonE[c]![0]!;
      const tel = nonE[c]![2]!;
      const inSms = Math.min(sms - reserve(c, 0), Math.round((insTS[c]! * sms) / Math.max(1, sms + tel)));
      const inside = [insE[c]!, inSms, insEm[c]!, insTS[c]! - inSms, insAu[c]!];
      const totals = [E[c]!, sms, nonE[c]![1]!, tel, nonE[c]![3]!];
      const outside = totals.map((t, g) => t - inside[g]!);
      if (inside[3]! > tel || outside.some((v) => v < 0)) fail(`events: commune ${c} inside quotas`);
      const used = { in: [0, 0, 0, 0, 0], out: [0, 0, 0, 0, 0] };
      const emit = (j: YoungPerson, date: number, g: number): void => {
        const isIn = inCej(j, date);
        const side = isIn ? used.in : used.out;
        side[g] = side[g]! + 1;
        this.events.push({ j, date, nature: g === 0 && j.kind === 'N' && date === j.arrival ? 'Entretien individuel' : natureOf(GROUPS[g]!), status: status() });
      };
      const list = people[c]!;
      for (const j of list) {
        if (j.kind === 'N') emit(j, j.arrival, 0);
        if (j.cej) {
          if (!(j.kind === 'N' && inCej(j, j.arrival))) emit(j, this.weekdayIn(this.insideWin(j)), 0);
        } else if (j.kind === 'R') emit(j, this.weekdayIn(this.outsideWin(j)), 0);
        if (j.kind === 'C') {
          const left = [1, 2, 3, 4].map((g) => outside[g]! - used.out[g]!);
          const g = j.smsOnly ? 1 : 1 + rng.weighted(left);
          emit(j, this.randIn(this.outsideWin(j)), g);
        }
      }
      for (let g = 0; g < 5; g++) {
        for (const side of ['in', 'out'] as const) {
          const remaining = (side === 'in' ? inside : outside)[g]! - used[side][g]!;
          if (remaining < 0) fail(`events: commune ${c} group ${g} ${side} overdrawn by ${-remaining}`);
          if (remaining === 0) continue;
          const who = list.filter((j) => (side === 'in' ? j.cej !== null : g > 0 ? !(j.smsOnly && g !== 1) : j.kind !== 'C') && !(side === 'in' && j.smsOnly));
          const wins = who.map((j) => (side === 'in' ? this.insideWin(j) : this.outsideWin(j)));
          const weights = who.map((j, i) => j.activity * winLen(wins[i]!));
          if (sum(weights) <= 0) fail(`events: commune ${c} nobody for group ${g} ${side}`);
          for (let i = 0; i < remaining; i++) {
            const k = rng.weighted(weights);
            const j = who[k]!;
            const d = g === 0 ? this.weekdayIn(wins[k]!) : this.randIn(wins[k]!);
            if (g > 0 && j.smsOnly && g !== 1) fail('events: sms only');
            this.events.push({ j, date: d, nature: natureOf(GROUPS[g]!), status: status() });
            used[side][g] = used[side][g]! + 1;
          }
        }
      }
    }
    // noise that must not count: cancelled or missed rendez-vous, realised events outside Y
    const everyone = this.youngPeople;
    for (let i = 0; i < cfg.cancelled; i++) {
      const j = rng.pick(everyone);
      const w = this.yearWin(j);
      if (winLen(w) === 0) continue;
      this.events.push({ j, date: this.weekdayIn(w), nature: rng.pick(['Entretien individuel', 'Atelier', 'Information collective', 'Téléphone']), status: rng.chance(0.5) ? 'Annulé' : 'Absent' });
    }
    const before = everyone.filter((j) => j.arrival <= dayOf(this.Y - 1, 12, 1));
    const half = Math.round(cfg.outOfYear * 0.55);
    for (let i = 0; i < cfg.outOfYear; i++) {
      const early = i < half;
      const j = rng.pick(early ? before : everyone);
      const date = early ? this.weekdayBetween(Math.max(j.arrival, dayOf(this.Y - 1, 12, 1)), this.Y0 - 1) : this.weekdayBetween(Math.max(this.Y1 + 1, j.arrival), dayOf(this.Y + 1, 1, 31));
      this.events.push({ j, date, nature: rng.pick(['Entretien individuel', 'SMS', 'E-mail', 'Téléphone', 'Atelier']), status: 'Réalisé' });
    }
  }

  private propositionsStep(): void {
    const rng = this.rng;
    const pool = this.contactPool();
    const wins = pool.map((j) => this.yearWin(j));
    const weights = pool.map((j, i) => (0.3 + j.activity) * winLen(wins[i]!));
    this.cfg.propositions.forEach((k, t) => {
      for (let i = 0; i < k; i++) {
        const n = rng.weighted(weights);
        this.props.push({ j: pool[n]!, date: this.weekdayIn(wins[n]!), theme: THEMES[t]!, sub: t === 3 ? rng.pick(INSERTION_SUBTHEMES) : '' });
      }
    });
    const past = pool.filter((j) => j.kind !== 'N' && j.arrival < this.Y0 - 60);
    for (let i = 0; i < 400; i++) {
      const j = rng.pick(past);
      const t = rng.int(0, 3);
      this.props.push({ j, date: this.weekdayBetween(Math.max(j.arrival, this.Y0 - 90), this.Y0 - 1), theme: THEMES[t]!, sub: t === 3 ? rng.pick(INSERTION_SUBTHEMES) : '' });
    }
  }

  // ---------------------------------------------------------------- 6. actions

  private actionsStep(): void {
    const rng = this.rng;
    const yy = String(this.Y).slice(2);
    let seq = 0;
    const contact = this.contactPool();
    const scHolders = [...new Set(this.sits.filter((s) => s.type === 'Service civique' && s.start <= this.Y1 && (s.end === null || s.end >= this.Y0)).map((s) => s.j))];
    const pools: Record<string, YoungPerson[]> = {
      contact,
      cej: contact.filter((j) => j.cej),
      sc: scHolders,
      young: contact.filter((j) => ageOn(j.birth, this.Y1) >= 17 && ageOn(j.birth, this.Y1) <= 28),
    };
    const usedBy = new Map<string, Set<YoungPerson>>();
    for (const spec of this.cfg.actions) {
      const year = spec.year ?? this.Y;
      const made: Action[] = [];
      for (let k = 0; k < spec.count; k++) {
        let date: number;
        if (spec.dates) date = parseDay(spec.dates[k % spec.dates.length]!);
        else if (spec.year !== undefined) date = this.weekdayBetween(dayOf(year, 12, 1), dayOf(year, 12, 20));
        else {
          const month = spec.months ? rng.pick(spec.months) : rng.int(1, 12);
          date = this.weekdayBetween(dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1);
        }
        seq++;
        const a: Action = {
          id: `A${yy}-${String(seq).padStart(4, '0')}`,
          date,
          type: spec.type,
          theme: spec.theme,
          title: spec.titles[k % spec.titles.length]!,
          place: spec.place ?? rng.pick(PLACES),
          exposants: spec.exposants?.[k] ?? null,
          visiteurs: spec.guests?.[k] ? null : (spec.visiteurs?.[k] ?? null),
        };
        made.push(a);
        this.actions.push(a);
        const guests = spec.guests?.[k];
        if (guests) {
          // No randomness here, so the rest of the data set does not move.
          const [youngPeople, partners] = guests;
          for (const j of contact.filter((x) => x.arrival <= date).slice(0, youngPeople)) this.parts.push({ action: a, j });
          for (let n = 1; n <= partners; n++) this.guestParts.push({ action: a, id: `P${yy}-${String(n).padStart(3, '0')}`, commune: 'Lille' });
        }
      }
      const pool = pools[spec.pool ?? 'contact']!;
      const blocked = spec.disjoint ? (usedBy.get(spec.disjoint) ?? new Set<YoungPerson>()) : new Set<YoungPerson>();
      if (spec.disjoint) usedBy.set(spec.disjoint, blocked);
      const canAttend = (j: YoungPerson, a: Action): boolean => j.arrival <= a.date;
      if (spec.distinct) {
        const order = rng.shuffle(pool.filter((j) => !blocked.has(j)));
        const chosen: YoungPerson[] = [];
        const taken = new Set<YoungPerson>();
        const attend = (j: YoungPerson, a: Action): void => {
          this.parts.push({ action: a, j });
        };
        // one participant at least per action
        for (const a of made) {
          const j = order.find((x) => !taken.has(x) && canAttend(x, a));
          if (!j) fail(`actions: nobody for ${a.title}`);
          taken.add(j);
          chosen.push(j);
          attend(j, a);
        }
        for (const j of order) {
          if (chosen.length >= spec.distinct) break;
          if (taken.has(j)) continue;
          const ok = made.filter((a) => canAttend(j, a));
          if (ok.length === 0) continue;
          taken.add(j);
          chosen.push(j);
          attend(j, rng.pick(ok));
        }
        if (chosen.length !== spec.distinct) fail(`actions: ${chosen.length} participants for ${spec.titles[0]}`);
        // some come back to another action of the same kind
        if (made.length > 1) {
          for (const j of rng.shuffle(chosen.slice()).slice(0, Math.round(chosen.length * 0.12))) {
            const already = new Set(this.parts.filter((p) => p.j === j && made.includes(p.action)).map((p) => p.action));
            const ok = made.filter((a) => canAttend(j, a) && !already.has(a));
            if (ok.length) attend(j, rng.pick(ok));
          }
        }
        for (const j of chosen) blocked.add(j);
      } else if (spec.perAction) {
        for (const a of made) {
          const ok = pool.filter((j) => canAttend(j, a) && !blocked.has(j));
          const n = Math.min(ok.length, rng.int(spec.perAction[0], spec.perAction[1]));
          const seen = new Set<YoungPerson>();
          while (seen.size < n) seen.add(rng.pick(ok));
          for (const j of seen) this.parts.push({ action: a, j });
        }
      }
    }
  }

  /**
   * The first-arrival date written out. A jeune who is 26 or more today first came while
   * still 16-25: one drawn later than that (and before the year, so no count moves) is
   * written at the last day before the 26th birthday. Earlier only relaxes every
   * "arrived before" constraint the generator kept.
   */
  private writtenArrival(j: YoungPerson): number {
    const limit = (j.rqth ? anniversary(j.birth, 30) : anniversary(j.birth, 26)) - 1;
    if (j.arrival <= limit) return j.arrival;
    if (j.arrival >= this.Y0) fail(`jeune ${j.id}: first arrival in the year after age ${j.rqth ? 29 : 25}`);
    return limit;
  }

  // ---------------------------------------------------------------- ids

  private assignIds(): void {
    const yy = String(this.Y).slice(2);
    const order = this.youngPeople.slice().sort((a, b) => a.arrival - b.arrival || a.seq - b.seq);
    order.forEach((j, i) => {
      j.id = `J${yy}-${String(i + 1).padStart(5, '0')}`;
      const variants = SPELLINGS[j.commune];
      if (variants && (i + 1) % 23 === 0) j.label = variants[(i + 1) % variants.length]!;
      if (j.qual < 0 || Number.isNaN(j.birth) || Number.isNaN(j.arrival)) fail(`jeune ${j.seq} (${j.kind}) incomplete`);
      if (j.birth >= j.arrival) fail(`jeune ${j.seq}: birth after arrival`);
    });
  }

  // ---------------------------------------------------------------- output

  files(): Map<string, string> {
    const out = new Map<string, string>();
    const euros = (cents: number): string => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    const yn = (b: boolean): string => (b ? 'Oui' : 'Non');
    const opt = (d: number | null): string => (d === null ? '' : formatDay(d));
    const cmp = (...keys: (string | number)[][]): number => {
      for (const [a, b] of keys) if (a! < b!) return -1; else if (a! > b!) return 1;
      return 0;
    };
    const youngPeople = this.youngPeople.slice().sort((a, b) => cmp([a.id, b.id]));
    out.set('imilo/jeunes.csv', csv(
      ['Identifiant', 'Sexe', 'Date de naissance', 'Commune', 'QPV', 'Niveau de qualification', 'Date premier accueil', 'Permis B', 'Logement', 'RQTH'],
      youngPeople.map((j) => [j.id, j.sex, formatDay(j.birth), j.label, j.qpv, QUALS[j.qual]!, formatDay(this.writtenArrival(j)), yn(j.permis), j.logement, yn(j.rqth)]),
    ));
    const natureRank = (n: string): number => ['Entretien individuel', 'Atelier', 'Information collective', 'SMS', 'E-mail', 'Téléphone', 'Courrier', 'Médiation', 'Visite', 'Entretien partenaire'].indexOf(n);
    out.set('imilo/evenements.csv', csv(
      ['Identifiant', 'Date', 'Nature', 'Statut'],
      this.events
        .map((e, i) => ({ e, i }))
        .sort((a, b) => cmp([a.e.date, b.e.date], [a.e.j.id, b.e.j.id], [natureRank(a.e.nature), natureRank(b.e.nature)], [a.i, b.i]))
        .map(({ e }) => [e.j.id, formatDay(e.date), e.nature, e.status]),
    ));
    out.set('imilo/propositions.csv', csv(
      ['Identifiant', 'Date', 'Thème', 'Sous-thème'],
      this.props
        .map((p, i) => ({ p, i }))
        .sort((a, b) => cmp([a.p.date, b.p.date], [a.p.j.id, b.p.j.id], [a.i, b.i]))
        .map(({ p }) => [p.j.id, formatDay(p.date), p.theme, p.sub]),
    ));
    out.set('imilo/situations.csv', csv(
      ['Identifiant', 'Type', 'Sous-type', 'Date de début', 'Date de fin', 'Domaine', 'Qualifiante', 'Niveau préparé', 'Pays'],
      this.sits
        .map((s, i) => ({ s, i }))
        .sort((a, b) => cmp([a.s.j.id, b.s.j.id], [a.s.start, b.s.start], [a.i, b.i]))
        .map(({ s }) => [s.j.id, s.type, s.sub, formatDay(s.start), opt(s.end), s.domain, s.qualif, s.niveau, s.pays]),
    ));
    out.set('imilo/dispositifs.csv', csv(
      ['Identifiant', 'Dispositif', "Date d'entrée", 'Date de sortie'],
      this.disps
        .map((d, i) => ({ d, i }))
        .sort((a, b) => cmp([a.d.j.id, b.d.j.id], [a.d.entry, b.d.entry], [a.i, b.i]))
        .map(({ d }) => [d.j.id, d.prog, formatDay(d.entry), opt(d.exit)]),
    ));
    out.set('imilo/aides.csv', csv(
      ['Identifiant', 'Date', 'Type', 'Montant', 'Décision'],
      this.aids
        .map((a, i) => ({ a, i }))
        .sort((x, y) => cmp([x.a.date, y.a.date], [x.a.type, y.a.type], [x.a.j?.id ?? '', y.a.j?.id ?? ''], [x.i, y.i]))
        // A decision that was not granted carries no amount (a positive one is a data-quality warning).
        .map(({ a }) => [a.j?.id ?? '', formatDay(a.date), a.type, euros(a.decision === 'Accordée' ? a.cents : 0), a.decision]),
    ));
    const actions = this.actions.slice().sort((a, b) => cmp([a.date, b.date], [a.id, b.id]));
    // 2023: the Maison de l'Emploi's events follow the Mission Locale's (scripts/generate-mde-fixtures.ts).
    const mde = this.cfg.year === 2023
      ? mdeActionRows(
        youngPeople.map((j) => ({ id: j.id, commune: COMMUNES[j.commune]!, arrival: formatDay(this.writtenArrival(j)) })),
        this.disps.map((d) => ({ id: d.j.id, programme: d.prog, entry: formatDay(d.entry), exit: opt(d.exit) })),
      )
      : null;
    const mdeColumns = mde ? MDE_ACTION_COLUMNS.map(() => '') : [];
    out.set('actions/actions.csv', csv(
      ['Identifiant action', 'Date', 'Type', 'Thème', 'Intitulé', 'Lieu', 'Exposants', 'Visiteurs', 'Entretiens', ...(mde ? MDE_ACTION_COLUMNS : [])],
      [
        ...actions.map((a) => [a.id, formatDay(a.date), a.type, a.theme, a.title, a.place, a.exposants === null ? '' : String(a.exposants), a.visiteurs === null ? '' : String(a.visiteurs), '', ...mdeColumns]),
        ...(mde?.actions ?? []),
      ],
    ));
    out.set('actions/participations.csv', csv(
      ['Identifiant action', 'Identifiant', 'Commune'],
      [
        ...[
          ...this.parts.map((p) => [p.action.id, p.j.id, COMMUNES[p.j.commune]!]),
          ...this.guestParts.map((p) => [p.action.id, p.id, p.commune]),
        ].sort((a, b) => cmp([a[0]!, b[0]!], [a[1]!, b[1]!])),
        ...(mde?.participations ?? []),
      ],
    ));
    out.set('manuel.csv', csv(['Indicateur', 'Valeur', 'Commentaire'], this.cfg.manual.map(([k, v, c]) => [k, String(v), c])));
    return out;
  }
}

// ------------------------------------------------------------------ main

function main(): void {
  const outDir = process.argv[2] ?? 'fixtures';
  for (const cfg of [CONFIG_2022, CONFIG_2023, CONFIG_2024]) {
    const gen = new YearGenerator(cfg);
    gen.run();
    writeYearFiles(outDir, cfg.year, gen.files());
    process.stdout.write(`${cfg.year}: ${gen.youngPeople.length} jeunes, ${gen.events.length} événements, ${gen.sits.length} situations\n`);
  }
}

main();
