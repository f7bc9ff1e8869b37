/**
 * The shape of a year's targets for scripts/generate-fixtures.ts, and the small builders the
 * year files (2024.ts, 2023.ts, 2022.ts) write their values with.
 */
import { apportion } from '../lib/numbers.js';

/** One figure per commune, in the order of METROPOLE_NORD_OUEST.communes. */
export type PC = readonly number[];
export interface Count {
  readonly name: string;
  readonly count: number;
}
export interface ActionSpec {
  readonly type: string;
  readonly theme: string;
  /** One title per action, or titles used in rotation. */
  readonly titles: readonly string[];
  readonly count: number;
  /** Distinct registered participants over the actions (0: none, unless perAction). */
  readonly distinct?: number;
  /** Participants per action when no distinct count is prescribed. */
  readonly perAction?: readonly [number, number];
  readonly pool?: 'contact' | 'cej' | 'sc' | 'young';
  /** Participants never shared with another spec of the same group. */
  readonly disjoint?: string;
  readonly dates?: readonly string[];
  /** Months (1-12) the random dates fall in. */
  readonly months?: readonly number[];
  readonly exposants?: readonly number[];
  readonly visiteurs?: readonly number[];
  /** Per action index: registered participants instead of a Visiteurs figure, [jeunes, partners]. */
  readonly guests?: Readonly<Record<number, readonly [number, number]>>;
  /** Noise: dated in this other year. */
  readonly year?: number;
  readonly place?: string;
}

export interface YearConfig {
  year: number;
  seed: number;
  nouveaux: {
    byCommune: PC;
    qpv: PC;
    /** age band at 1er accueil (16-17, 18-21, 22-25) × qualification. */
    ageQual: readonly PC[];
    /** [F, H] × age band. */
    sexAge: readonly PC[];
    /** per band, how many turn into the next band by 31/12. */
    movers: PC;
    permis: number;
    /** Parents, Autonome, Précaire */
    logement: PC;
  };
  recus: { byCommune: PC; qual: PC; sexF: number; age31: PC; qpv: PC; rqth: number };
  contact: PC;
  /** People in jeunes.csv without any realised contact in Y. */
  sansContact: number;
  contacts: { byCommune: PC; entretiens: PC; sms: number; email: number; tel: number; autres: number; cancelled: number; outOfYear: number };
  propositions: PC;
  cej: {
    suivis: PC;
    entrants: PC;
    fromNewShare: number;
    sexH: number;
    age1821: number;
    qual: PC;
    qpv: number;
    contacts: { e: number; telSms: number; email: number; autres: number };
    mesures: { emploi: number; formation: number; immersion: number; alternance: number; sc: number; autres: number };
    measureYoungPeople: number;
    miInside: number;
    /** relative shares of Emploi / Formation / Immersion among the holders' first mesure. */
    primaryShares: PC;
    emploiOlder: boolean;
  };
  pmsmp: { byCommune: PC; femmesPct: number; aucunPct: number | null };
  formation: {
    byCommune: PC;
    autre: number;
    cr: number;
    fi: number;
    youngPeople: number;
    sexF: number;
    /** BAC et plus, BEP/CAP, Aucun diplôme */
    qual3: PC;
    minors: number;
    qualificationYoungPeople: number;
    qualifSituations: number;
    domains: readonly Count[];
  };
  emploi: {
    /** Emploi + Alternance situations by commune. */
    byCommune: PC;
    /** Emploi sous-types (Alternance excluded). */
    subtypes: readonly Count[];
    pec: PC;
    youngPeople: number;
    sexH: number;
    ageBand: number;
    ageBandCount: number;
    qual: PC;
    /** Domains of the Emploi situations (Alternance excluded). */
    domains: readonly Count[];
  };
  alternance: { byCommune: PC; app: number; pro: number; sexF: number; niveau: PC; domains: readonly Count[]; overlapping: number };
  sc: { overlapping: PC; started: PC };
  mi: readonly (readonly [string, string])[];
  benevolatOutside: number;
  enrolments: {
    parrainage: { byCommune: PC; qual3: PC; sexH: number };
    ppae: number;
    ppaeFromNew: number | null;
    pacea: number;
    jsmj: number;
    handicapRenforce: number;
    of: number;
    ofEnSituation: number | null;
    pae: number;
    tdo: number;
  };
  aids: {
    pacea: { youngPeople: PC; cents: PC };
    cej: { youngPeople: PC; cents: PC };
    fajem: { youngPeople: PC; cents: PC; rows: number };
    mde: { dossiers: PC; cents: PC };
    fmlIndirect: { youngPeople: PC; cents: PC };
    fmlDirect: { youngPeople: PC; cents: PC };
    fraisGestion: number;
  };
  actions: readonly ActionSpec[];
  manual: readonly (readonly [string, number, string])[];
}

// ------------------------------------------------------------------ builders and shared titles

export const C = (...values: number[]): number[] => values;
export const euro = (values: readonly number[]): number[] => values.map((v) => Math.round(v * 100));
export const counts = (entries: readonly (readonly [string, number])[]): Count[] => entries.map(([name, count]) => ({ name, count }));
/** A 2023 or 2022 per-commune split shaped like the 2024 one (seed 000 gives totals only). */
export const like = (table2024: readonly number[], total: number): number[] => apportion(total, table2024);

/** Seed 001 lines 544-550. */
export const MI_TITLES = {
  sensibiliser: "Se sensibiliser, s'informer sur la Mobilité Internationale",
  adice: "Présentation du Service Civique International par l'ADICE",
  culture: 'Mobilité Internationale et Culture',
  sci: 'SCI / Ambassadeurs de la Mobilité Internationale',
  ryse: 'Projet RYSE / Centre Gaia',
};
/** Our choice: seed 001 line 590 and seed 000 line 786 count the CEJ ateliers without naming them. */
export const CEJ_TITLES = [
  'Atelier CV et lettre de motivation',
  "Simulation d'entretien d'embauche",
  'Atelier numérique et démarches en ligne',
  'Découverte des métiers et de l’entreprise',
  'Gestion du budget',
  'Activité sportive collective',
  'Atelier mobilité et permis',
  'Préparation aux job datings',
];
/** Our choice, after the kinds of action seed 001 line 740 lists. */
export const CULTURE_TITLES = ['Visite du LaM (Villeneuve d’Ascq)', 'Projection de film au cinéma', 'Rencontre avec un artiste', 'Exposition au Tripostal', 'Visite du Palais des Beaux-Arts', 'Concert à l’Aéronef'];
