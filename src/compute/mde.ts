import { formatDay, isInYear, type Day } from '../contract/dates.js';
import type { MdeLogs } from '../load/load-mde.js';
import { ALTERNANCE_CONTRACTS, MDE_CONTRACT_TYPES, MOBILITY_AID_TYPES, SIAE_TYPES, type MdeContractType, type MobilityAidType } from '../contract/mde-schemas.js';
import type { Action } from '../contract/schemas.js';
import type { ActionType } from '../contract/vocabularies.js';
import { participationsOf } from './actions.js';
import { cejIntervalsByYoungPerson } from './activity.js';
import type { IntervalsByPerson } from './intervals.js';
import { manualFigure } from './manual.js';
import { ACTIONS_FILE, countSexes, hasData, PARTICIPATIONS_FILE, roundedPercent, zeroes, type ComputeContext } from './shared.js';
import type { ActionSeries, BusinessCreation, CyberBase, CyberBaseUsers, EmployerRelations, InsertionClause, MdeEvent, MdeEvents, MdeIndicators, MobilityAidFigures } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

/**
 * The Maison de l'Emploi pages (seed 000, "Participer au développement de l'anticipation des
 * mutations économiques" to the SIAE): events from actions.csv rows whose Structure is the
 * MDE, everything else from the mde/ logs. A log that is absent gives null, so the page says
 * "données non fournies" instead of printing zeros.
 */

// ---------------------------------------------------------------- events

interface EventSources {
  registers: Registers;
  context: ComputeContext;
  /** Jeune index -> CEJ intervals, for "dont N CEJ". */
  cejIntervals: IntervalsByPerson;
}

function inCej(sources: EventSources, youngPerson: number, day: Day): boolean {
  return sources.cejIntervals.contains(youngPerson, day);
}

function mdeEvent(sources: EventSources, action: Action): MdeEvent {
  const { participations } = sources.registers;
  const people = participationsOf(sources.registers, action.actionId);
  const registered = people.length > 0;
  let cej = 0;
  let fromTerritory = 0;
  for (const participation of people) {
    const youngPerson = participations.field(participation, 'youngPerson');
    if (youngPerson >= 0 && inCej(sources, youngPerson, action.date)) cej++;
    if (participations.field(participation, 'communeInTerritory') === true) fromTerritory++;
  }
  return {
    date: formatDay(action.date),
    title: action.title,
    place: action.place ?? null,
    comment: action.comment ?? null,
    exhibitors: action.exhibitors ?? null,
    localExhibitors: action.localExhibitors ?? null,
    localExhibitorsPercent: action.localExhibitors === undefined || !action.exhibitors ? null : roundedPercent(action.localExhibitors, action.exhibitors),
    demonstrations: action.demonstrations ?? null,
    visitors: action.visitors ?? null,
    participants: registered ? people.length : null,
    participantsFromTerritory: registered ? fromTerritory : null,
    participantsInCej: cej > 0 ? cej : null,
    interviews: action.interviews ?? null,
  };
}

/** Distinct participants over several actions; "from the territory" when any of their rows says so. */
export function actionSeries(registers: Registers, actions: readonly Action[]): ActionSeries {
  const everyone = new Set<number>();
  const local = new Set<number>();
  for (const actionId of new Set(actions.map((action) => action.actionId))) {
    for (const participation of participationsOf(registers, actionId)) {
      const participant = registers.participations.field(participation, 'participant');
      everyone.add(participant);
      if (registers.participations.field(participation, 'communeInTerritory') === true) local.add(participant);
    }
  }
  // Without participations.csv rows the participants are unknown, not none.
  if (!hasData(registers, PARTICIPATIONS_FILE)) return { actions: actions.length, participants: null, participantsFromTerritory: null };
  return { actions: actions.length, participants: everyone.size, participantsFromTerritory: local.size };
}

function byDate(a: Action, b: Action): number {
  return a.date - b.date || a.title.localeCompare(b.title, 'fr') || a.actionId.localeCompare(b.actionId);
}

function mdeActions(registers: Registers, year: number): Action[] {
  return registers.actions.filter((action) => action.owner === "Maison de l'Emploi" && isInYear(action.date, year)).sort(byDate);
}

const CREATION = "Création d'entreprise";

/** Items by key, in their order (items without a key left out). */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return groups;
}

function computeEvents(sources: EventSources, actions: readonly Action[], contracts: MdeLogs['contracts']): MdeEvents {
  const { registers, context } = sources;
  const topLevel = actions.filter((action) => action.parent === undefined);
  const ofType = (type: ActionType) => topLevel.filter((action) => action.type === type);
  // Indexed once: scanning every action per salon, or every contract per operation, would
  // grow with their product (issue #19).
  const children = groupBy(actions, (action) => action.parent);
  const contractsOf = groupBy(
    (contracts ?? []).filter((contract) => isInYear(contract.date, context.year)),
    (contract) => contract.operation,
  );
  const childrenOf = (parent: Action) => children.get(parent.actionId) ?? [];
  return {
    discovery: ofType('Rencontre').map((action) => mdeEvent(sources, action)),
    jobDatings: ofType('Job dating').map((action) => mdeEvent(sources, action)),
    coOrganised: ofType('Événement')
      .filter((action) => action.theme !== CREATION)
      .map((action) => mdeEvent(sources, action)),
    salons: ofType('Salon').map((salon) => {
      const children = childrenOf(salon).filter((action) => action.theme === CREATION);
      return {
        ...mdeEvent(sources, salon),
        edition: manualFigure(registers, 'mde.salon.edition'),
        sectorVillages: manualFigure(registers, 'mde.salon.villages_sectoriels'),
        creationVillages: children.filter((action) => action.type !== 'Atelier').map((action) => mdeEvent(sources, action)),
        creationWorkshops: children.filter((action) => action.type === 'Atelier').map((action) => mdeEvent(sources, action)),
      };
    }),
    forums: ofType('Forum').map((action) => mdeEvent(sources, action)),
    recruitmentOperations: ofType('Opération de recrutement').map((action) => ({
      ...mdeEvent(sources, action),
      contracts: MDE_CONTRACT_TYPES.map((type) => {
        const linked = (contractsOf.get(action.actionId) ?? []).filter((contract) => contract.type === type);
        return { type, count: linked.length, fromTerritory: linked.filter((contract) => contract.commune?.inTerritory === true).length };
      }).filter((line) => line.count > 0),
    })),
    recruitmentSessions: actionSeries(registers, ofType('Session de recrutement')),
  };
}

// ---------------------------------------------------------------- logs

function businessCreation(sources: EventSources, actions: readonly Action[], logs: MdeLogs | undefined): BusinessCreation {
  const topLevel = actions.filter((action) => action.parent === undefined && action.theme === CREATION);
  const { year } = sources.context;
  const holders = logs?.creation;
  let holderFigures: BusinessCreation['holders'] = null;
  if (holders) {
    const welcomed = holders.filter((holder) => isInYear(holder.welcomed, year));
    const founders = holders.filter((holder) => holder.created !== undefined && isInYear(holder.created, year) && holder.companyCommune?.inTerritory === true);
    holderFigures = {
      welcomed: welcomed.length,
      fromTerritory: welcomed.filter((holder) => holder.commune?.inTerritory === true).length,
      sex: countSexes(welcomed.map((holder) => holder.sex)),
      referrals: welcomed.reduce((total, holder) => total + (holder.referrals ?? 0), 0),
      companiesCreated: new Set(founders.map((holder) => holder.company)).size,
      founders: founders.length,
    };
  }
  return {
    workshops: hasData(sources.registers, ACTIONS_FILE) ? actionSeries(sources.registers, topLevel.filter((action) => action.type === 'Atelier')) : null,
    events: topLevel.filter((action) => action.type !== 'Atelier').map((action) => mdeEvent(sources, action)),
    holders: holderFigures,
  };
}

function employerRelations(registers: Registers, year: number, logs: MdeLogs | undefined): EmployerRelations {
  const contracts = logs?.contracts?.filter((contract) => isInYear(contract.date, year));
  let contractFigures: EmployerRelations['contracts'] = null;
  if (contracts) {
    const byType = Object.fromEntries(MDE_CONTRACT_TYPES.map((type) => [type, { contracts: 0, people: 0 }])) as Record<MdeContractType, { contracts: number; people: number }>;
    const people = new Map<MdeContractType, Set<number>>(MDE_CONTRACT_TYPES.map((type) => [type, new Set()]));
    for (const contract of contracts) {
      byType[contract.type].contracts++;
      people.get(contract.type)!.add(contract.person);
    }
    for (const type of MDE_CONTRACT_TYPES) byType[type].people = people.get(type)!.size;
    contractFigures = { byType, alternance: contracts.filter((contract) => ALTERNANCE_CONTRACTS.has(contract.type)).length };
  }
  const offers = logs?.offers?.filter((offer) => isInYear(offer.date, year));
  return {
    employersMet: logs?.employers ? new Set(logs.employers.filter((contact) => isInYear(contact.date, year)).map((contact) => contact.employer)).size : null,
    mentors: manualFigure(registers, 'mde.parrains'),
    contracts: contractFigures,
    offers: offers
      ? {
          published: offers.length,
          inTerritory: offers.filter((offer) => offer.commune?.inTerritory === true).length,
          permanent: offers.filter((offer) => offer.contract === 'CDI').length,
        }
      : null,
  };
}

/** Hundredths of an hour to hours. */
function hours(hundredths: number): number {
  return hundredths / 100;
}

export function insertionClause(rows: NonNullable<MdeLogs['clause']>, year: number): InsertionClause {
  const inYear = rows.filter((row) => isInYear(row.date, year));
  const operations = { inTerritory: new Set<string>(), outside: new Set<string>() };
  const residents = new Set<number>();
  const nonResidents = new Set<number>();
  const totals = { all: 0, residents: 0, residentsOnTerritory: 0, nonResidents: 0 };
  for (const row of inYear) {
    (row.operationInTerritory ? operations.inTerritory : operations.outside).add(row.operation);
    totals.all += row.hours;
    if (row.commune?.inTerritory === true) {
      residents.add(row.person);
      totals.residents += row.hours;
      if (row.operationInTerritory) totals.residentsOnTerritory += row.hours;
    } else {
      nonResidents.add(row.person);
      totals.nonResidents += row.hours;
    }
  }
  return {
    operationsInTerritory: operations.inTerritory.size,
    operationsOutside: operations.outside.size,
    hours: hours(totals.all),
    residents: {
      people: residents.size,
      hours: hours(totals.residents),
      hoursOnTerritoryOperations: hours(totals.residentsOnTerritory),
      hoursOnOtherOperations: hours(totals.residents - totals.residentsOnTerritory),
    },
    nonResidents: { people: nonResidents.size, hours: hours(totals.nonResidents) },
    employers: new Set(inYear.map((row) => row.employer)).size,
  };
}

type CyberBaseRow = NonNullable<MdeLogs['cyberBase']>[number];
type UserProfile = { sex: 'F' | 'H'; public: 'Jeune' | 'Adulte' };

/** Each person's sex and public: those of their first row in the file, whatever the site. */
function profiles(rows: readonly CyberBaseRow[]): Map<number, UserProfile> {
  const users = new Map<number, UserProfile>();
  for (const row of rows) if (!users.has(row.person)) users.set(row.person, { sex: row.sex, public: row.public });
  return users;
}

/** Uses and distinct users of `rows`, each user counted with their profile. */
function cyberBaseUsers(rows: readonly CyberBaseRow[], profileOf: ReadonlyMap<number, UserProfile>): CyberBaseUsers {
  const people = [...new Set(rows.map((row) => row.person))].map((person) => profileOf.get(person)!);
  return {
    uses: rows.length,
    users: people.length,
    adults: countSexes(people.filter((user) => user.public === 'Adulte').map((user) => user.sex)),
    young: countSexes(people.filter((user) => user.public === 'Jeune').map((user) => user.sex)),
  };
}

export function cyberBase(rows: NonNullable<MdeLogs['cyberBase']>, year: number): CyberBase {
  const inYear = rows.filter((row) => isInYear(row.date, year));
  const uses = inYear.filter((row) => row.kind === 'Utilisation');
  const useProfiles = profiles(uses);
  const sites = [...new Set(uses.map((row) => row.site))]
    .map((site) => ({ site, ...cyberBaseUsers(uses.filter((row) => row.site === site), useProfiles) }))
    .sort((a, b) => b.uses - a.uses || a.site.localeCompare(b.site, 'fr'));
  const appointments = inYear.filter((row) => row.kind === 'Rendez-vous individuel');
  const appointmentPeople = cyberBaseUsers(appointments, profiles(appointments));
  return {
    ...cyberBaseUsers(uses, useProfiles),
    sites,
    appointments: {
      appointments: appointments.length,
      people: appointmentPeople.users,
      sex: {
        F: appointmentPeople.adults.F + appointmentPeople.young.F,
        H: appointmentPeople.adults.H + appointmentPeople.young.H,
        total: appointmentPeople.users,
      },
      young: appointmentPeople.young.total,
      adults: appointmentPeople.adults.total,
    },
  };
}

export function mobilityAids(rows: NonNullable<MdeLogs['mobility']>, year: number): Record<MobilityAidType, MobilityAidFigures> {
  const inYear = rows.filter((row) => isInYear(row.date, year));
  return Object.fromEntries(
    MOBILITY_AID_TYPES.map((type) => {
      const ofType = inYear.filter((row) => row.type === type);
      const people = (keep: (row: (typeof ofType)[number]) => boolean) => new Set(ofType.filter(keep).map((row) => row.person)).size;
      return [
        type,
        {
          units: type === 'Déplacement collectif' ? new Set(ofType.map((row) => row.trip)).size : ofType.length,
          people: people(() => true),
          fromTerritory: people((row) => row.commune?.inTerritory === true),
          qpv: people((row) => row.qpv),
        },
      ];
    }),
  ) as Record<MobilityAidType, MobilityAidFigures>;
}

export function siaePlacements(rows: NonNullable<MdeLogs['siae']>, year: number): NonNullable<MdeIndicators['siae']> {
  const inYear = rows.filter((row) => isInYear(row.date, year));
  const byType = zeroes(SIAE_TYPES);
  for (const type of SIAE_TYPES) byType[type] = new Set(inYear.filter((row) => row.type === type).map((row) => row.person)).size;
  return { people: new Set(inYear.map((row) => row.person)).size, byType };
}

// ---------------------------------------------------------------- all

/**
 * @param logs the mde/ folder's logs; undefined when the folder is absent (the report then
 *   leaves the MDE pages out, so this is only called when there is something to show).
 */
export function computeMde(registers: Registers, logs: MdeLogs | undefined, context: ComputeContext): MdeIndicators {
  const sources: EventSources = { registers, context, cejIntervals: cejIntervalsByYoungPerson(registers) };
  const actions = mdeActions(registers, context.year);
  return {
    // A header-only actions.csv leaves the events unknown, not none (« Données non fournies »).
    events: hasData(registers, ACTIONS_FILE) ? computeEvents(sources, actions, logs?.contracts ?? null) : null,
    businessCreation: businessCreation(sources, actions, logs),
    employerRelations: employerRelations(registers, context.year, logs),
    insertionClause: logs?.clause ? insertionClause(logs.clause, context.year) : null,
    cyberBase: logs?.cyberBase ? cyberBase(logs.cyberBase, context.year) : null,
    mobility: logs?.mobility ? mobilityAids(logs.mobility, context.year) : null,
    siae: logs?.siae ? siaePlacements(logs.siae, context.year) : null,
  };
}
