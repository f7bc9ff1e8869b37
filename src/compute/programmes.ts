import { ageOn, isInYear, overlapsYear } from '../contract/dates.js';
import type { Enrolment } from '../contract/schemas.js';
import { NATURES, type Programme } from '../contract/vocabularies.js';
import { actionGroup, actionsOfYear, attendance, participationsOf } from './actions.js';
import { cejIntervalsByYoungPerson, type ActivitySummary } from './activity.js';
import { manualFigure } from './manual.js';
import { PersonSet } from './person-set.js';
import { situationsInside } from './pathways.js';
import { ACTIONS_FILE, communeTable, countSexes, ENROLMENTS_FILE, givenIf, hasData, SITUATIONS_FILE, isBelowBac, mergedQualification, share, zeroes, type ComputeContext } from './shared.js';
import { CEJ_CONTACT_GROUPS, CEJ_MEASURE_ROWS, MERGED_QUALIFICATION_BANDS, QUALIFICATION_BANDS } from '../contract/report-rows.js';
import type { Cej, OtherProgrammes, SeephAction } from '../contract/metrics-schema.js';
import { type Linked, type RegisteredYoungPerson, type Registers } from '../load/registers.js';

/** Section 9, "Les dispositifs d'accompagnement": CEJ, handicap, parrainage, coaching, culture, PPAE, PACEA, JSMJ. */

function entered(registers: Registers, year: number, programme: Programme): Linked<Enrolment>[] {
  return registers.enrolments.filter((enrolment) => enrolment.programme === programme && isInYear(enrolment.entry, year));
}

/** The distinct jeunes (indexes, ascending) of the enrolments. */
function distinctIndexes(registers: Registers, enrolments: readonly Linked<Enrolment>[]): number[] {
  const people = new PersonSet(registers.youngPeople.length);
  for (const enrolment of enrolments) people.add(enrolment.youngPerson);
  return people.toArray();
}

function distinctYoungPeople(registers: Registers, enrolments: readonly Linked<Enrolment>[]): RegisteredYoungPerson[] {
  return distinctIndexes(registers, enrolments).map((index) => registers.youngPeople.get(index));
}

/** Distinct jeunes whose programme interval overlaps Y. */
export function followedIn(registers: Registers, year: number, programme: Programme): PersonSet {
  const youngPeople = new PersonSet(registers.youngPeople.length);
  registers.enrolments.scan((enrolment) => {
    if (enrolment.programme === programme && overlapsYear({ start: enrolment.entry, end: enrolment.exit }, year)) youngPeople.add(enrolment.youngPerson);
  });
  return youngPeople;
}


/** No entry seen yet: later than any day. */
const FIRST_ENTRY_NONE = 0x7fffffff;

export function computeCej(registers: Registers, activity: ActivitySummary, context: ComputeContext): Cej {
  const { year } = context;
  const followed = followedIn(registers, year, 'CEJ');
  const entries = entered(registers, year, 'CEJ');
  const entrantIndexes = distinctIndexes(registers, entries);
  const entrants = entrantIndexes.map((index) => registers.youngPeople.get(index));
  const table = communeTable(context.communes, ['followed', 'entered'] as const);
  for (const youngPerson of followed) table.add(registers.youngPeople.field(youngPerson, 'commune'), 'followed');
  for (const youngPerson of entrants) table.add(youngPerson.commune, 'entered');

  const byGroup = zeroes(CEJ_CONTACT_GROUPS);
  for (const nature of NATURES) {
    const count = activity.cejContactsByNature[nature];
    if (nature === 'Entretien individuel' || nature === 'Atelier' || nature === 'Information collective') byGroup.Entretien += count;
    else if (nature === 'SMS' || nature === 'Téléphone') byGroup['Téléphone / SMS'] += count;
    else if (nature === 'E-mail') byGroup.Email += count;
    else byGroup.Autres += count;
  }
  const contactTotal = Object.values(byGroup).reduce((a, b) => a + b, 0);

  const measures = situationsInside(registers, year, cejIntervalsByYoungPerson(registers));
  const measureTypes = zeroes(CEJ_MEASURE_ROWS);
  for (const measure of measures) {
    const row = measure.type === 'Bénévolat' || measure.type === 'Mobilité internationale' ? 'Autres' : measure.type;
    measureTypes[row]++;
  }
  const measureHolders = new PersonSet(registers.youngPeople.length);
  for (const measure of measures) measureHolders.add(measure.youngPerson);
  const measureYoungPeople = measureHolders.size;

  // Each entrant's first entry in Y, by jeune index (`entrantIndexes` are exactly the entrants).
  const entryAge = new Int32Array(Math.max(registers.youngPeople.length, (entrantIndexes.at(-1) ?? -1) + 1)).fill(FIRST_ENTRY_NONE);
  for (const entry of entries) {
    if (entry.entry < entryAge[entry.youngPerson]!) entryAge[entry.youngPerson] = entry.entry;
  }
  let aged18to21 = 0;
  for (const index of entrantIndexes) {
    const age = ageOn(registers.youngPeople.field(index, 'birthDate'), entryAge[index]!);
    if (age >= 18 && age <= 21) aged18to21++;
  }
  const qualification = zeroes(QUALIFICATION_BANDS);
  for (const youngPerson of entrants) qualification[youngPerson.qualification.band]++;
  const sex = countSexes(entrants.map((youngPerson) => youngPerson.sex));

  // Without dispositifs.csv rows nobody is in a CEJ: every figure but the manual and actions ones is null.
  const enrolmentsGiven = hasData(registers, ENROLMENTS_FILE);
  const given = givenIf(enrolmentsGiven);
  const workshops = hasData(registers, ACTIONS_FILE) ? actionsOfYear(registers, context, { theme: 'CEJ' }).length : null;
  return {
    followed: given(followed.size),
    entered: given(entrants.length),
    byCommune: given(table.table()),
    professionals: manualFigure(registers, 'cej.professionnels'),
    workshops,
    workshopsPerMonth: workshops === null ? null : Math.floor((2 * workshops + 12) / 24),
    contacts: given({
      total: contactTotal,
      byGroup,
      perJeune: followed.size === 0 ? null : Math.floor((2 * contactTotal + followed.size) / (2 * followed.size)),
    }),
    measures:
      enrolmentsGiven && hasData(registers, SITUATIONS_FILE)
        ? { total: measures.length, jeunes: measureYoungPeople, byType: measureTypes, jeunesShareOfFollowed: share(measureYoungPeople, followed.size) }
        : null,
    entrants: given({
      men: share(sex.H, entrants.length),
      aged18to21: share(aged18to21, entrants.length),
      belowBac: share(entrants.filter((youngPerson) => isBelowBac(youngPerson.qualification.band)).length, entrants.length),
      qpv: share(entrants.filter((youngPerson) => youngPerson.qpv !== undefined).length, entrants.length),
      qualification,
    }),
  };
}

export function computeOtherProgrammes(registers: Registers, activity: ActivitySummary, context: ComputeContext): OtherProgrammes {
  const { year } = context;
  const mentoring = distinctYoungPeople(registers, entered(registers, year, 'Parrainage'));
  const mentoringQualification = zeroes(MERGED_QUALIFICATION_BANDS);
  const mentoringCommunes = communeTable(context.communes, ['count'] as const);
  for (const youngPerson of mentoring) {
    mentoringQualification[mergedQualification(youngPerson.qualification.band)]++;
    mentoringCommunes.add(youngPerson.commune, 'count');
  }
  const seephActions = actionsOfYear(registers, context, { theme: 'Handicap (SEEPH)' }).sort((a, b) => a.date - b.date || a.title.localeCompare(b.title, 'fr'));
  const seeph = seephActions.map((action): SeephAction => {
    const people = participationsOf(registers, action.actionId);
    const registered = action.visitors === undefined && people.length > 0;
    const youngPeople = people.filter((participation) => registers.participations.field(participation, 'youngPerson') >= 0).length;
    return {
      title: action.title,
      attendance: attendance(registers, action),
      jeunes: registered ? youngPeople : null,
      partners: registered ? people.length - youngPeople : null,
    };
  });
  const ppae = distinctYoungPeople(registers, entered(registers, year, 'PPAE'));
  let rqthAccompanied = 0;
  registers.youngPeople.scan((youngPerson, index) => {
    if (youngPerson.rqth && activity.receivedInInterview[index]) rqthAccompanied++;
  });
  const given = givenIf(hasData(registers, ENROLMENTS_FILE));
  const givenActions = givenIf(hasData(registers, ACTIONS_FILE));
  return {
    rqthAccompanied,
    disabilityReinforced: given(followedIn(registers, year, 'Handicap renforcé').size),
    // A total over actions of which some attendance is unknown would be a partial sum: null.
    seeph: givenActions({ total: seeph.every((action) => action.attendance !== null) ? seeph.reduce((n, action) => n + (action.attendance ?? 0), 0) : null, actions: seeph }),
    drivingLicenceRegionalAid: manualFigure(registers, 'handicap.permis_conseil_regional'),
    mentoring: given({
      entered: mentoring.length,
      qualification: mentoringQualification,
      sex: countSexes(mentoring.map((youngPerson) => youngPerson.sex)),
      byCommune: mentoringCommunes.table(),
    }),
    coaching: {
      group: givenActions(actionGroup(registers, actionsOfYear(registers, context, { type: 'Coaching collectif' }))),
      individual: manualFigure(registers, 'coaching.individuel'),
    },
    culture: givenActions(actionGroup(registers, actionsOfYear(registers, context, { type: 'Action culturelle' }))),
    ppae: given({ entered: ppae.length, newArrivals: ppae.filter((youngPerson) => isInYear(youngPerson.firstArrival, year)).length }),
    pacea: given(distinctYoungPeople(registers, entered(registers, year, 'PACEA')).length),
    jsmj: given(followedIn(registers, year, 'JSMJ').size),
  };
}
