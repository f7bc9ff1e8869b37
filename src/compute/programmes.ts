import { ageOn, isInYear, overlapsYear } from '../contract/dates.js';
import type { Dispositif } from '../contract/schemas.js';
import { NATURES, type Programme } from '../contract/vocabularies.js';
import { actionGroup, actionsOfYear, attendance, participationsOf } from './actions.js';
import { cejIntervalsByJeune, type ActivitySummary } from './activity.js';
import { manualFigure } from './manual.js';
import { situationsInside } from './pathways.js';
import { communeTable, countSexes, isBelowBac, mergedQualification, share, zeroes, type ComputeContext } from './shared.js';
import { CEJ_CONTACT_GROUPS, CEJ_MEASURE_ROWS, MERGED_QUALIFICATION_BANDS, QUALIFICATION_BANDS } from '../contract/report-rows.js';
import type { Cej, OtherProgrammes, SeephAction } from '../contract/metrics-schema.js';
import { type Linked, type RegisteredJeune, type Registers } from '../load/registers.js';

/** Section 9, "Les dispositifs d'accompagnement": CEJ, handicap, parrainage, coaching, culture, PPAE, PACEA, JSMJ. */

function entered(registers: Registers, year: number, programme: Programme): Linked<Dispositif>[] {
  return registers.dispositifs.filter((dispositif) => dispositif.programme === programme && isInYear(dispositif.entry, year));
}

function distinctJeunes(registers: Registers, dispositifs: readonly Linked<Dispositif>[]): RegisteredJeune[] {
  return [...new Set(dispositifs.map((dispositif) => dispositif.jeune))].sort((a, b) => a - b).map((index) => registers.jeunes.get(index));
}

/** Distinct jeunes whose programme interval overlaps Y. */
export function followedIn(registers: Registers, year: number, programme: Programme): Set<number> {
  const jeunes = new Set<number>();
  registers.dispositifs.scan((dispositif) => {
    if (dispositif.programme === programme && overlapsYear({ start: dispositif.entry, end: dispositif.exit }, year)) jeunes.add(dispositif.jeune);
  });
  return jeunes;
}


export function computeCej(registers: Registers, activity: ActivitySummary, context: ComputeContext): Cej {
  const { year } = context;
  const followed = followedIn(registers, year, 'CEJ');
  const entries = entered(registers, year, 'CEJ');
  const entrants = distinctJeunes(registers, entries);
  const table = communeTable(context.communes, ['followed', 'entered'] as const);
  for (const jeune of followed) table.add(registers.jeunes.field(jeune, 'commune'), 'followed');
  for (const jeune of entrants) table.add(jeune.commune, 'entered');

  const byGroup = zeroes(CEJ_CONTACT_GROUPS);
  for (const nature of NATURES) {
    const count = activity.cejContactsByNature[nature];
    if (nature === 'Entretien individuel' || nature === 'Atelier' || nature === 'Information collective') byGroup.Entretien += count;
    else if (nature === 'SMS' || nature === 'Téléphone') byGroup['Téléphone / SMS'] += count;
    else if (nature === 'E-mail') byGroup.Email += count;
    else byGroup.Autres += count;
  }
  const contactTotal = Object.values(byGroup).reduce((a, b) => a + b, 0);

  const measures = situationsInside(registers, year, cejIntervalsByJeune(registers));
  const measureTypes = zeroes(CEJ_MEASURE_ROWS);
  for (const measure of measures) {
    const row = measure.type === 'Bénévolat' || measure.type === 'Mobilité internationale' ? 'Autres' : measure.type;
    measureTypes[row]++;
  }
  const measureJeunes = new Set(measures.map((measure) => measure.jeune)).size;

  const entryAge = new Map<number, number>();
  for (const entry of entries) {
    const known = entryAge.get(entry.jeune);
    if (known === undefined || entry.entry < known) entryAge.set(entry.jeune, entry.entry);
  }
  let aged18to21 = 0;
  for (const [index, entry] of entryAge) {
    const age = ageOn(registers.jeunes.field(index, 'birthDate'), entry);
    if (age >= 18 && age <= 21) aged18to21++;
  }
  const qualification = zeroes(QUALIFICATION_BANDS);
  for (const jeune of entrants) qualification[jeune.qualification.band]++;
  const sex = countSexes(entrants.map((jeune) => jeune.sex));

  const workshops = actionsOfYear(registers, context, { theme: 'CEJ' }).length;
  return {
    followed: followed.size,
    entered: entrants.length,
    byCommune: table.table(),
    professionals: manualFigure(registers, 'cej.professionnels'),
    workshops,
    workshopsPerMonth: Math.floor((2 * workshops + 12) / 24),
    contacts: {
      total: contactTotal,
      byGroup,
      perJeune: followed.size === 0 ? null : Math.floor((2 * contactTotal + followed.size) / (2 * followed.size)),
    },
    measures: { total: measures.length, jeunes: measureJeunes, byType: measureTypes, jeunesShareOfFollowed: share(measureJeunes, followed.size) },
    entrants: {
      men: share(sex.H, entrants.length),
      aged18to21: share(aged18to21, entrants.length),
      belowBac: share(entrants.filter((jeune) => isBelowBac(jeune.qualification.band)).length, entrants.length),
      qpv: share(entrants.filter((jeune) => jeune.qpv !== undefined).length, entrants.length),
      qualification,
    },
  };
}

export function computeOtherProgrammes(registers: Registers, activity: ActivitySummary, context: ComputeContext): OtherProgrammes {
  const { year } = context;
  const mentoring = distinctJeunes(registers, entered(registers, year, 'Parrainage'));
  const mentoringQualification = zeroes(MERGED_QUALIFICATION_BANDS);
  const mentoringCommunes = communeTable(context.communes, ['count'] as const);
  for (const jeune of mentoring) {
    mentoringQualification[mergedQualification(jeune.qualification.band)]++;
    mentoringCommunes.add(jeune.commune, 'count');
  }
  const seephActions = actionsOfYear(registers, context, { theme: 'Handicap (SEEPH)' }).sort((a, b) => a.date - b.date || a.title.localeCompare(b.title, 'fr'));
  const seeph = seephActions.map((action): SeephAction => {
    const people = participationsOf(registers, action.actionId);
    const registered = action.visitors === undefined && people.length > 0;
    const jeunes = people.filter((participation) => participation.jeune >= 0).length;
    return {
      title: action.title,
      attendance: attendance(registers, action),
      jeunes: registered ? jeunes : null,
      partners: registered ? people.length - jeunes : null,
    };
  });
  const ppae = distinctJeunes(registers, entered(registers, year, 'PPAE'));
  let rqthAccompanied = 0;
  registers.jeunes.scan((jeune, index) => {
    if (jeune.rqth && activity.receivedInInterview[index]) rqthAccompanied++;
  });
  return {
    rqthAccompanied,
    disabilityReinforced: followedIn(registers, year, 'Handicap renforcé').size,
    seeph: { total: seeph.reduce((n, action) => n + action.attendance, 0), actions: seeph },
    drivingLicenceRegionalAid: manualFigure(registers, 'handicap.permis_conseil_regional'),
    mentoring: {
      entered: mentoring.length,
      qualification: mentoringQualification,
      sex: countSexes(mentoring.map((jeune) => jeune.sex)),
      byCommune: mentoringCommunes.table(),
    },
    coaching: {
      group: actionGroup(registers, actionsOfYear(registers, context, { type: 'Coaching collectif' })),
      individual: manualFigure(registers, 'coaching.individuel'),
    },
    culture: actionGroup(registers, actionsOfYear(registers, context, { type: 'Action culturelle' })),
    ppae: { entered: ppae.length, newArrivals: ppae.filter((jeune) => isInYear(jeune.firstArrival, year)).length },
    pacea: distinctJeunes(registers, entered(registers, year, 'PACEA')).length,
    jsmj: followedIn(registers, year, 'JSMJ').size,
  };
}
