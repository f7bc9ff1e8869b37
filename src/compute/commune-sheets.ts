import type { CommuneTable, MissionLocaleIndicators } from '../contract/metrics-schema.js';
import { roundedPercentTenths } from './shared.js';

/**
 * A commune's fact sheet (`--format fiches`): its row of every commune table of the Mission
 * Locale report, beside the table's total and the commune's share of it. Read from the
 * computed indicators, never counted again; a figure they do not hold (a header-only
 * situations.csv or aides.csv, no row for the commune) is null, never 0.
 */
export interface SheetFigure {
  commune: number | null;
  /** The table's total row (the territory, « Hors territoire » included when counted). */
  territory: number | null;
  /** commune / territory in % at one decimal, rounded half-up; null when either is unknown or the total is 0. */
  sharePercent: number | null;
}

export interface AidSheetLine {
  beneficiaries: SheetFigure;
  amountCents: SheetFigure;
}

export const SHEET_AIDS = ['pacea', 'cej', 'fajem', 'mobility', 'fundIndirect', 'fundDirect'] as const;
export type SheetAid = (typeof SHEET_AIDS)[number];

export interface CommuneSheet {
  commune: string;
  newArrivals: { newArrivals: SheetFigure; qpv: SheetFigure };
  accompanied: { inContact: SheetFigure; receivedInInterview: SheetFigure };
  contacts: { contacts: SheetFigure; entretiens: SheetFigure };
  immersions: SheetFigure;
  training: SheetFigure;
  employment: SheetFigure;
  pec: SheetFigure;
  alternance: SheetFigure;
  civicService: { running: SheetFigure; started: SheetFigure };
  cej: { followed: SheetFigure; entered: SheetFigure };
  mentoring: SheetFigure;
  aids: Record<SheetAid, AidSheetLine>;
  /** Fonds ML direct fees, granted to no commune: outside the territory total of its amounts. */
  managementFeesCents: number | null;
}

function figure<K extends string>(table: CommuneTable<K> | null, commune: string, key: K): SheetFigure {
  const row = table?.rows.find((candidate) => candidate.commune === commune);
  const value = row ? row[key] : null;
  const total = table ? table.total[key] : null;
  return { commune: value, territory: total, sharePercent: value === null || total === null ? null : roundedPercentTenths(value, total) };
}

/** One sheet per commune, in the territory's order. */
export function communeSheets(indicators: MissionLocaleIndicators, communes: readonly string[]): CommuneSheet[] {
  const { public: people, immersion: { immersions }, training: { training }, employment, alternance, civicService, programmes, aids } = indicators;
  return communes.map((commune) => ({
    commune,
    newArrivals: {
      newArrivals: figure(people.newArrivals.byCommune, commune, 'newArrivals'),
      qpv: figure(people.newArrivals.byCommune, commune, 'qpv'),
    },
    accompanied: {
      inContact: figure(people.accompanied.byCommune, commune, 'inContact'),
      receivedInInterview: figure(people.accompanied.byCommune, commune, 'receivedInInterview'),
    },
    contacts: {
      contacts: figure(people.contacts.byCommune, commune, 'contacts'),
      entretiens: figure(people.contacts.byCommune, commune, 'entretiens'),
    },
    immersions: figure(immersions?.byCommune ?? null, commune, 'count'),
    training: figure(training?.byCommune ?? null, commune, 'count'),
    employment: figure(employment?.byCommune ?? null, commune, 'count'),
    pec: figure(employment?.pec.byCommune ?? null, commune, 'count'),
    alternance: figure(alternance?.byCommune ?? null, commune, 'count'),
    civicService: { running: figure(civicService.byCommune, commune, 'running'), started: figure(civicService.byCommune, commune, 'started') },
    cej: { followed: figure(programmes.cej.byCommune, commune, 'followed'), entered: figure(programmes.cej.byCommune, commune, 'entered') },
    mentoring: figure(programmes.others.mentoring?.byCommune ?? null, commune, 'count'),
    aids: Object.fromEntries(
      SHEET_AIDS.map((aid) => {
        const table = aids ? aids[aid].byCommune : null;
        return [aid, { beneficiaries: figure(table, commune, 'beneficiaries'), amountCents: figure(table, commune, 'amountCents') }];
      }),
    ) as Record<SheetAid, AidSheetLine>,
    managementFeesCents: aids ? aids.fundDirect.managementFeesCents : null,
  }));
}
