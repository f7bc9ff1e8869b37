import type { Issue, PlausibilityFigure } from '../contract/issues.js';
import type { PreviousIndicators } from './comparisons.js';
import type { MissionLocaleIndicators, PlieIndicators } from '../contract/metrics-schema.js';
import { change } from './shared.js';

/**
 * Headline figures that move by more than the configured share against Y-1 (either way) are
 * warnings: a truncated or doubled export shows there first. A figure is checked only when
 * both years hold it (a figure the data do not give is null and said elsewhere).
 */
interface Side {
  indicators: PreviousIndicators & { public: { propositions?: MissionLocaleIndicators['public']['propositions'] } };
  plie: PlieIndicators | null;
}

/** Each figure, the export behind it (path in the year folder) and how to read it. */
const FIGURES: readonly { figure: PlausibilityFigure; file: string; read: (side: Side) => number | null | undefined }[] = [
  { figure: 'newArrivals', file: 'imilo/jeunes.csv', read: (s) => s.indicators.public.newArrivals.total },
  { figure: 'inContact', file: 'imilo/evenements.csv', read: (s) => s.indicators.public.accompanied.inContact },
  { figure: 'receivedInInterview', file: 'imilo/evenements.csv', read: (s) => s.indicators.public.accompanied.receivedInInterview },
  { figure: 'contacts', file: 'imilo/evenements.csv', read: (s) => s.indicators.public.contacts.total },
  { figure: 'entretiens', file: 'imilo/evenements.csv', read: (s) => s.indicators.public.contacts.entretiens },
  // Y-1's propositions are read only from an earlier build's metrics.json (not from its folder).
  { figure: 'propositions', file: 'imilo/propositions.csv', read: (s) => s.indicators.public.propositions?.total },
  { figure: 'trainingJeunes', file: 'imilo/situations.csv', read: (s) => s.indicators.training.training?.jeunes },
  { figure: 'employmentSituations', file: 'imilo/situations.csv', read: (s) => s.indicators.employment?.situations },
  { figure: 'aidsCents', file: 'imilo/aides.csv', read: (s) => s.indicators.aids?.totalCents },
  { figure: 'plieParticipants', file: 'plie/participants.csv', read: (s) => s.plie?.participants?.total },
];

export function checkPlausibility(year: number, current: Side, previous: Side & { year: number }, maxChangePercent: number): Issue[] {
  const issues: Issue[] = [];
  for (const { figure, file, read } of FIGURES) {
    const now = read(current);
    const before = read(previous);
    if (now === null || now === undefined || before === null || before === undefined || before === 0) continue;
    // Compared on the exact ratio; the rounded percent is for the message.
    if (Math.abs(now - before) * 100 <= maxChangePercent * before) continue;
    issues.push({
      code: 'plausibility.change',
      severity: 'warning',
      file: `${year}/${file}`,
      figure,
      current: now,
      previous: before,
      previousYear: previous.year,
      percent: change(now, before)!,
    });
  }
  return issues;
}
