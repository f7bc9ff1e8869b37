import { describe, expect, it } from 'vitest';
import { actionSeries, computeMde, cyberBase, insertionClause, mobilityAids, siaePlacements } from '../../src/compute/mde.js';
import type { ComputeContext } from '../../src/compute/shared.js';
import { METROPOLE_NORD_OUEST } from '../../src/contract/territory.js';
import type {
  ClauseHoursRecord,
  CyberBaseRecord,
  MdeContractRecord,
  MdeLogs,
  MobilityAidRecord,
  ProjectHolderRecord,
  SiaePlacementRecord,
} from '../../src/load/load-mde.js';
import type { EmployerContact, JobOffer } from '../../src/contract/mde-schemas.js';
import { action, d, enrolment, youngPerson, registers, type ParticipationInput } from '../helpers/records.js';

// ---------------------------------------------------------------- tiny builders

const context2023: ComputeContext = { year: 2023, communes: METROPOLE_NORD_OUEST.communes };
const MDE = "Maison de l'Emploi" as const;

const mno = (name = 'Lambersart') => ({ name, inTerritory: true });
const outside = (name = 'Lille') => ({ name, inTerritory: false });

function clause(person: number, overrides: Partial<ClauseHoursRecord> = {}): ClauseHoursRecord {
  return { person, commune: mno(), operation: 'OP1', operationInTerritory: true, employer: 'ENT-A', date: d('15/03/2023'), hours: 100, ...overrides };
}

function visit(person: number, overrides: Partial<CyberBaseRecord> = {}): CyberBaseRecord {
  return { person, date: d('10/01/2023'), site: 'Lambersart', sex: 'F', public: 'Adulte', kind: 'Utilisation', ...overrides };
}

function aid(person: number, overrides: Partial<MobilityAidRecord> = {}): MobilityAidRecord {
  return { person, date: d('02/02/2023'), type: 'Pass Pass', commune: mno(), qpv: false, trip: undefined, ...overrides };
}

function placement(person: number, overrides: Partial<SiaePlacementRecord> = {}): SiaePlacementRecord {
  return { person, date: d('05/05/2023'), type: 'ACI', structure: undefined, ...overrides };
}

function holder(person: number, overrides: Partial<ProjectHolderRecord> = {}): ProjectHolderRecord {
  return {
    person,
    welcomed: d('12/01/2023'),
    sex: 'F',
    commune: mno(),
    referrals: undefined,
    created: undefined,
    company: undefined,
    companyCommune: undefined,
    ...overrides,
  };
}

function contract(person: number, overrides: Partial<MdeContractRecord> = {}): MdeContractRecord {
  return { person, date: d('16/01/2023'), type: 'CDI', commune: mno(), operation: undefined, ...overrides };
}

function contact(employer: string, date = d('10/02/2023')): EmployerContact {
  return { employer, date, commune: undefined };
}

function offer(id: string, overrides: Partial<JobOffer> = {}): JobOffer {
  return { offer: id, date: d('01/02/2023'), commune: mno(), contract: 'CDD', ...overrides };
}

/** Every log absent, unless given. */
function logs(given: Partial<MdeLogs> = {}): MdeLogs {
  return { creation: null, employers: null, contracts: null, clause: null, cyberBase: null, mobility: null, siae: null, offers: null, inputs: {}, ...given };
}

function participation(actionId: string, participant: number, overrides: Partial<ParticipationInput> = {}): ParticipationInput {
  return { actionId, participant, youngPerson: -1, communeInTerritory: true, ...overrides };
}

const mdeAction = (overrides: Parameters<typeof action>[0]) => action({ date: d('10/05/2023'), owner: MDE, ...overrides });

// ---------------------------------------------------------------- the year

describe('rows outside the report year', () => {
  it('are ignored by every log and by the events', () => {
    const before = d('31/12/2022');
    const after = d('01/01/2024');
    const data = registers({
      actions: [
        mdeAction({ actionId: 'J1', type: 'Job dating', date: d('02/03/2023') }),
        mdeAction({ actionId: 'J0', type: 'Job dating', date: before }),
        mdeAction({ actionId: 'J2', type: 'Job dating', date: after }),
      ],
    });
    const mde = computeMde(
      data,
      logs({
        creation: [holder(0), holder(1, { welcomed: before }), holder(2, { welcomed: after })],
        employers: [contact('E1'), contact('E2', before), contact('E3', after)],
        contracts: [contract(0), contract(1, { date: before }), contract(2, { date: after })],
        clause: [clause(0, { hours: 700 }), clause(1, { date: before, hours: 50 }), clause(2, { date: after, hours: 1 })],
        cyberBase: [visit(0), visit(1, { date: before }), visit(2, { date: after })],
        mobility: [aid(0), aid(1, { date: before }), aid(2, { date: after })],
        siae: [placement(0), placement(1, { date: before }), placement(2, { date: after })],
        offers: [offer('O1'), offer('O0', { date: before }), offer('O2', { date: after })],
      }),
      context2023,
    );
    expect(mde.events!.jobDatings.map((event) => event.date)).toEqual(['02/03/2023']);
    expect(mde.businessCreation.holders!.welcomed).toBe(1);
    expect(mde.employerRelations.employersMet).toBe(1);
    expect(mde.employerRelations.contracts!.byType.CDI).toEqual({ contracts: 1, people: 1 });
    expect(mde.employerRelations.offers!.published).toBe(1);
    expect(mde.insertionClause!.hours).toBe(7);
    expect(mde.insertionClause!.residents.people).toBe(1);
    expect(mde.cyberBase!.uses).toBe(1);
    expect(mde.mobility!['Pass Pass'].units).toBe(1);
    expect(mde.siae!.people).toBe(1);
  });
});

// ---------------------------------------------------------------- insertion clause

describe('insertionClause', () => {
  it('splits hours between residents and non-residents, and residents’ hours by the operation’s place', () => {
    const result = insertionClause(
      [
        clause(0, { operation: 'OP1', operationInTerritory: true, employer: 'ENT-A', hours: 750 }), // resident, territory op: 7,5 h
        clause(0, { operation: 'OP2', operationInTerritory: false, employer: 'ENT-B', hours: 33 }), // resident, other op: 0,33 h
        clause(1, { commune: outside(), operation: 'OP1', operationInTerritory: true, employer: 'ENT-A', hours: 3500 }), // non-resident: 35 h
        clause(2, { commune: mno('Wambrechies'), operation: 'OP3', operationInTerritory: true, employer: 'ENT-A', hours: 67 }), // resident: 0,67 h
        clause(1, { commune: outside(), operation: 'OP2', operationInTerritory: false, employer: 'ENT-C', hours: 15167 }), // non-resident: 151,67 h
      ],
      2023,
    );
    // Total 750 + 33 + 3500 + 67 + 15167 = 19517 hundredths; residents 0 and 2: 750 + 33 + 67 = 850,
    // of which on territory operations 750 + 67 = 817; non-resident 1: 3500 + 15167 = 18667.
    expect(result).toEqual({
      operationsInTerritory: 2, // OP1, OP3
      operationsOutside: 1, // OP2
      hours: 195.17,
      residents: { people: 2, hours: 8.5, hoursOnTerritoryOperations: 8.17, hoursOnOtherOperations: 0.33 },
      nonResidents: { people: 1, hours: 186.67 },
      employers: 3, // ENT-A, ENT-B, ENT-C
    });
  });

  it('sums decimal hours exactly (0,10 + 0,20 = 0,30, not 0.30000000000000004)', () => {
    const result = insertionClause([clause(0, { hours: 10 }), clause(1, { hours: 20 })], 2023);
    expect(result.hours).toBe(0.3);
    expect(result.residents.hours).toBe(0.3);
    expect(result.residents.hoursOnTerritoryOperations).toBe(0.3);
    expect(result.residents.hoursOnOtherOperations).toBe(0);
  });
});

// ---------------------------------------------------------------- Cyber-base

describe('cyberBase', () => {
  it('counts a user of two sites once in the total and once on each site', () => {
    const result = cyberBase([visit(0, { site: 'Lambersart' }), visit(0, { site: 'Marcq-en-Barœul' }), visit(0, { site: 'Marcq-en-Barœul' }), visit(1, { site: 'Lambersart', sex: 'H' })], 2023);
    expect(result.uses).toBe(4);
    expect(result.users).toBe(2);
    expect(result.adults).toEqual({ F: 1, H: 1, total: 2 });
    expect(result.sites.map((site) => [site.site, site.uses, site.users])).toEqual([
      ['Lambersart', 2, 2],
      ['Marcq-en-Barœul', 2, 1],
    ]);
    // 2 + 1 site users for 2 distinct users.
    expect(result.sites.reduce((total, site) => total + site.users, 0)).toBe(3);
  });

  it('takes a user’s sex and public from their first row', () => {
    const result = cyberBase([visit(0, { sex: 'F', public: 'Jeune' }), visit(0, { sex: 'H', public: 'Adulte', date: d('11/01/2023') }), visit(1, { sex: 'H', public: 'Adulte' })], 2023);
    expect(result.users).toBe(2);
    expect(result.young).toEqual({ F: 1, H: 0, total: 1 });
    expect(result.adults).toEqual({ F: 0, H: 1, total: 1 });
  });

  it('counts a user with the profile of their first row on every site, so sites and total agree', () => {
    const result = cyberBase([visit(0, { site: 'Lambersart', sex: 'F', public: 'Jeune' }), visit(0, { site: 'Marcq-en-Barœul', sex: 'H', public: 'Adulte' })], 2023);
    expect(result.young).toEqual({ F: 1, H: 0, total: 1 });
    expect(result.sites.map((site) => [site.site, site.young.F, site.adults.total])).toEqual([
      ['Lambersart', 1, 0],
      ['Marcq-en-Barœul', 1, 0],
    ]);
  });

  it('counts individual appointments apart from uses', () => {
    const result = cyberBase(
      [
        visit(0, { public: 'Jeune' }),
        visit(1, { kind: 'Rendez-vous individuel', sex: 'H', public: 'Adulte' }),
        visit(1, { kind: 'Rendez-vous individuel', sex: 'H', public: 'Adulte', date: d('20/01/2023') }),
        visit(0, { kind: 'Rendez-vous individuel', public: 'Jeune' }),
      ],
      2023,
    );
    expect(result.uses).toBe(1);
    expect(result.users).toBe(1);
    expect(result.young).toEqual({ F: 1, H: 0, total: 1 });
    expect(result.adults).toEqual({ F: 0, H: 0, total: 0 });
    expect(result.appointments).toEqual({ appointments: 3, people: 2, sex: { F: 1, H: 1, total: 2 }, young: 1, adults: 1 });
    expect(result.sites).toEqual([{ site: 'Lambersart', uses: 1, users: 1, adults: { F: 0, H: 0, total: 0 }, young: { F: 1, H: 0, total: 1 } }]);
  });

  it('orders sites by decreasing uses, then by name', () => {
    const result = cyberBase(
      [
        visit(0, { site: 'Wambrechies' }),
        visit(1, { site: 'Lambersart' }),
        visit(2, { site: 'Pérenchies' }),
        visit(3, { site: 'Pérenchies' }),
        visit(4, { site: 'Pérenchies' }),
        visit(5, { site: 'Lambersart' }),
        visit(6, { site: 'Lompret' }),
      ],
      2023,
    );
    expect(result.sites.map((site) => [site.site, site.uses])).toEqual([
      ['Pérenchies', 3],
      ['Lambersart', 2],
      ['Lompret', 1],
      ['Wambrechies', 1],
    ]);
  });
});

// ---------------------------------------------------------------- mobility

describe('mobilityAids', () => {
  it('counts units (rows) and distinct people, of whom from the territory and in QPV', () => {
    const result = mobilityAids(
      [
        aid(0, { qpv: true }),
        aid(0, { qpv: true, date: d('02/03/2023') }),
        aid(1, { commune: outside(), qpv: false }),
        aid(2, { commune: outside(), qpv: true }),
      ],
      2023,
    );
    expect(result['Pass Pass']).toEqual({ units: 4, people: 3, fromTerritory: 1, qpv: 2 });
    expect(result['Carte carburant']).toEqual({ units: 0, people: 0, fromTerritory: 0, qpv: 0 });
    expect(result.Train).toEqual({ units: 0, people: 0, fromTerritory: 0, qpv: 0 });
  });

  it('counts collective trips by distinct Déplacement, people over all trips', () => {
    const trip = (person: number, id: string, overrides: Partial<MobilityAidRecord> = {}) => aid(person, { type: 'Déplacement collectif', trip: id, ...overrides });
    const result = mobilityAids(
      [trip(0, 'DC-01', { qpv: true }), trip(1, 'DC-01', { commune: outside() }), trip(2, 'DC-01', { commune: outside(), qpv: true }), trip(0, 'DC-02', { qpv: true }), aid(3, { type: 'Train' })],
      2023,
    );
    expect(result['Déplacement collectif']).toEqual({ units: 2, people: 3, fromTerritory: 1, qpv: 2 });
    expect(result.Train).toEqual({ units: 1, people: 1, fromTerritory: 1, qpv: 0 });
  });
});

// ---------------------------------------------------------------- SIAE

describe('siaePlacements', () => {
  it('counts distinct people per structure type and in total', () => {
    const result = siaePlacements(
      [placement(0, { type: 'ACI' }), placement(0, { type: 'ACI', date: d('01/09/2023') }), placement(0, { type: 'EI' }), placement(1, { type: 'ETTI' }), placement(2, { type: 'AI', date: d('31/12/2022') })],
      2023,
    );
    // Person 0 is in ACI and EI: counted in both types, once in the total.
    expect(result).toEqual({ people: 2, byType: { ACI: 1, EI: 1, AI: 0, ETTI: 1 } });
  });
});

// ---------------------------------------------------------------- business creation

describe('business creation', () => {
  it('counts holders welcomed in the year apart from the founders of companies created on the territory', () => {
    const mde = computeMde(
      registers({}),
      logs({
        creation: [
          holder(0, { sex: 'F', referrals: 2 }), // welcomed, no company
          holder(1, { welcomed: d('03/10/2022'), sex: 'H', created: d('15/06/2023'), company: 'ENT-01', companyCommune: mno('Wambrechies') }), // welcomed Y-1, founder in Y
          holder(2, { welcomed: d('05/02/2023'), sex: 'H', commune: outside(), created: d('20/06/2023'), company: 'ENT-01', companyCommune: mno('Wambrechies') }), // same company
          holder(3, { sex: 'F', referrals: 3, created: d('01/07/2023'), company: 'ENT-02', companyCommune: outside() }), // company outside the territory
          holder(4, { welcomed: d('10/10/2022'), created: d('15/12/2022'), company: 'ENT-03', companyCommune: mno('Lompret') }), // created in Y-1
        ],
      }),
      context2023,
    );
    expect(mde.businessCreation.holders).toEqual({
      welcomed: 3, // 0, 2, 3
      fromTerritory: 2, // 0, 3
      sex: { F: 2, H: 1, total: 3 },
      referrals: 5, // 2 + (empty = 0) + 3
      companiesCreated: 1, // ENT-01
      founders: 2, // 1, 2
    });
  });
});

// ---------------------------------------------------------------- events

describe('MDE events', () => {
  it('counts participants and "dont MNO" from participations, and ignores Mission Locale actions', () => {
    const data = registers({
      actions: [mdeAction({ actionId: 'J1', type: 'Job dating', exhibitors: 9, interviews: 64 }), action({ actionId: 'ML1', type: 'Job dating', date: d('10/05/2023') })],
      participations: [
        participation('J1', 0, { communeInTerritory: true }),
        participation('J1', 1, { communeInTerritory: false }),
        participation('J1', 2, { communeInTerritory: undefined }),
        participation('ML1', 3),
      ],
    });
    const [event, ...others] = computeMde(data, logs(), context2023).events!.jobDatings;
    expect(others).toEqual([]);
    expect(event).toMatchObject({ date: '10/05/2023', exhibitors: 9, interviews: 64, visitors: null, participants: 3, participantsFromTerritory: 1 });
  });

  it('counts "dont N en CEJ" with the CEJ bounds included', () => {
    const data = registers({
      youngPeople: [youngPerson({ id: 'J0' }), youngPerson({ id: 'J1' }), youngPerson({ id: 'J2' }), youngPerson({ id: 'J3' }), youngPerson({ id: 'J4' })],
      enrolments: [
        enrolment(0, { programme: 'CEJ', entry: d('10/05/2023'), exit: undefined }), // enters on the event's day: counts
        enrolment(1, { programme: 'CEJ', entry: d('01/01/2023'), exit: d('09/05/2023') }), // left the day before: does not
        enrolment(2, { programme: 'CEJ', entry: d('01/01/2023'), exit: d('10/05/2023') }), // leaves on the event's day: counts
        enrolment(3, { programme: 'PACEA', entry: d('01/01/2023'), exit: undefined }), // not a CEJ
        enrolment(4, { programme: 'CEJ', entry: d('11/05/2023'), exit: undefined }), // enters the day after: does not
      ],
      actions: [mdeAction({ actionId: 'E1', type: 'Événement', date: d('10/05/2023') }), mdeAction({ actionId: 'E2', type: 'Événement', date: d('09/05/2023') })],
      participations: [
        participation('E1', 0, { youngPerson: 0 }),
        participation('E1', 1, { youngPerson: 1 }),
        participation('E1', 2, { youngPerson: 2 }),
        participation('E1', 3, { youngPerson: 3 }),
        participation('E1', 4, { youngPerson: 4 }),
        participation('E1', 5, { youngPerson: -1 }),
        participation('E2', 1, { youngPerson: 1 }), // on 09/05 jeune 1 was still in CEJ
      ],
    });
    const events = computeMde(data, logs(), context2023).events!.coOrganised;
    expect(events.map((event) => [event.date, event.participants, event.participantsInCej])).toEqual([
      ['09/05/2023', 1, 1],
      ['10/05/2023', 6, 2],
    ]);
  });

  it('gives null figures, not zeros, for an event without participations or exhibitors', () => {
    const data = registers({ actions: [mdeAction({ actionId: 'E1', type: 'Événement' })] });
    const [event] = computeMde(data, logs(), context2023).events!.coOrganised;
    expect(event).toMatchObject({ participants: null, participantsFromTerritory: null, participantsInCej: null, exhibitors: null, localExhibitors: null, localExhibitorsPercent: null });
  });

  it('rounds the share of exhibitors from the territory half-up', () => {
    const data = registers({
      actions: [
        mdeAction({ actionId: 'S1', type: 'Salon', title: 'A', exhibitors: 8, localExhibitors: 1 }), // 12,5 % -> 13
        mdeAction({ actionId: 'S2', type: 'Salon', title: 'B', exhibitors: 171, localExhibitors: 39 }), // 22,807 % -> 23
        mdeAction({ actionId: 'S3', type: 'Salon', title: 'C', exhibitors: 40, localExhibitors: 1 }), // 2,5 % -> 3
        mdeAction({ actionId: 'S4', type: 'Salon', title: 'D', exhibitors: 0, localExhibitors: 0 }), // no exhibitors: null
      ],
    });
    const salons = computeMde(data, logs(), context2023).events!.salons;
    expect(salons.map((salon) => salon.localExhibitorsPercent)).toEqual([13, 23, 3, null]);
  });

  it('keeps a salon’s business-creation children apart from the top-level events and workshops', () => {
    const creation = "Création d'entreprise" as const;
    const data = registers({
      actions: [
        mdeAction({ actionId: 'S1', type: 'Salon', title: 'Salon', visitors: 1559, exhibitors: 171, demonstrations: 15 }),
        mdeAction({ actionId: 'V1', type: 'Événement', theme: creation, title: 'Village de la création', parent: 'S1', exhibitors: 12 }),
        mdeAction({ actionId: 'W1', type: 'Atelier', theme: creation, title: 'Atelier financement', parent: 'S1' }),
        mdeAction({ actionId: 'W2', type: 'Atelier', theme: creation, title: 'Atelier création', date: d('01/06/2023') }),
        mdeAction({ actionId: 'W3', type: 'Atelier', theme: creation, title: 'Atelier reprise', date: d('01/09/2023') }),
        mdeAction({ actionId: 'B1', type: 'Événement', theme: creation, title: 'Bus de la création' }),
      ],
      participations: [
        participation('V1', 0),
        participation('V1', 1, { communeInTerritory: false }),
        participation('W1', 2),
        participation('W2', 3),
        participation('W2', 4, { communeInTerritory: false }),
        participation('W3', 3),
        participation('W3', 4, { communeInTerritory: true }), // person 4 has one row in the territory
        participation('W3', 5, { communeInTerritory: false }),
      ],
      manual: { 'mde.salon.edition': 18, 'mde.salon.villages_sectoriels': 6 },
    });
    const mde = computeMde(data, logs(), context2023);
    expect(mde.events!.salons).toHaveLength(1);
    const [salon] = mde.events!.salons;
    expect(salon).toMatchObject({ title: 'Salon', visitors: 1559, exhibitors: 171, demonstrations: 15, edition: 18, sectorVillages: 6 });
    expect(salon!.creationVillages.map((event) => [event.title, event.exhibitors, event.participants, event.participantsFromTerritory])).toEqual([['Village de la création', 12, 2, 1]]);
    expect(salon!.creationWorkshops.map((event) => [event.title, event.participants])).toEqual([['Atelier financement', 1]]);
    // Top level: W2 and W3 (not W1), persons 3, 4, 5, of whom 3 and 4 with a row in the territory.
    expect(mde.businessCreation.workshops).toEqual({ actions: 2, participants: 3, participantsFromTerritory: 2 });
    expect(mde.businessCreation.events.map((event) => event.title)).toEqual(['Bus de la création']);
    expect(mde.events!.coOrganised).toEqual([]);
  });

  it('lists the contracts of a recruitment operation by type, in vocabulary order, with dont MNO', () => {
    const data = registers({
      actions: [mdeAction({ actionId: 'R1', type: 'Opération de recrutement' }), mdeAction({ actionId: 'R2', type: 'Opération de recrutement', title: 'Autre' })],
      participations: [participation('R1', 0), participation('R1', 1, { communeInTerritory: false })],
    });
    const mde = computeMde(
      data,
      logs({
        contracts: [
          contract(0, { type: 'CDI', operation: 'R1' }),
          contract(1, { type: 'CDI', operation: 'R1', commune: outside() }),
          contract(2, { type: 'Apprentissage', operation: 'R1', commune: undefined }),
          contract(3, { type: 'CDD', operation: 'R2' }),
          contract(4, { type: 'CDI', operation: 'R1', date: d('20/12/2022') }), // previous year
          contract(5, { type: 'CDD' }), // no operation
        ],
      }),
      context2023,
    );
    const [r1, r2] = mde.events!.recruitmentOperations;
    expect(r1).toMatchObject({ participants: 2, participantsFromTerritory: 1 });
    expect(r1!.contracts).toEqual([
      { type: 'Apprentissage', count: 1, fromTerritory: 0 },
      { type: 'CDI', count: 2, fromTerritory: 1 },
    ]);
    expect(r2!.contracts).toEqual([{ type: 'CDD', count: 1, fromTerritory: 1 }]);
  });

  it('counts recruitment sessions and their distinct candidates (actionSeries)', () => {
    const sessions = [mdeAction({ actionId: 'RS1', type: 'Session de recrutement' }), mdeAction({ actionId: 'RS2', type: 'Session de recrutement' })];
    const data = registers({
      actions: sessions,
      participations: [participation('RS1', 0), participation('RS2', 0), participation('RS2', 1, { communeInTerritory: false }), participation('X', 2)],
    });
    expect(actionSeries(data, sessions)).toEqual({ actions: 2, participants: 2, participantsFromTerritory: 1 });
    expect(computeMde(data, logs(), context2023).events!.recruitmentSessions).toEqual({ actions: 2, participants: 2, participantsFromTerritory: 1 });
  });
});

// ---------------------------------------------------------------- employer relations

describe('employer relations', () => {
  it('counts distinct employers met, contracts and people by type, alternance, offers', () => {
    const mde = computeMde(
      registers({ manual: { 'mde.parrains': 12 } }),
      logs({
        employers: [contact('E1'), contact('E1', d('01/03/2023')), contact('E2')],
        contracts: [contract(0, { type: 'Apprentissage' }), contract(0, { type: 'Apprentissage', date: d('01/09/2023') }), contract(1, { type: 'Professionnalisation' }), contract(2, { type: 'CDI' })],
        offers: [offer('O1', { contract: 'CDI' }), offer('O2', { commune: outside() }), offer('O3', { commune: undefined, contract: 'CDI' })],
      }),
      context2023,
    );
    const relations = mde.employerRelations;
    expect(relations.employersMet).toBe(2);
    expect(relations.mentors).toBe(12);
    expect(relations.contracts!.byType.Apprentissage).toEqual({ contracts: 2, people: 1 });
    expect(relations.contracts!.byType.Professionnalisation).toEqual({ contracts: 1, people: 1 });
    expect(relations.contracts!.byType.POEC).toEqual({ contracts: 0, people: 0 });
    expect(relations.contracts!.alternance).toBe(3);
    expect(relations.offers).toEqual({ published: 3, inTerritory: 1, permanent: 2 });
  });
});

// ---------------------------------------------------------------- absent logs

describe('absent logs', () => {
  it('give null parts, never zeros, while an empty log gives zeros', () => {
    const absent = computeMde(registers({}), logs(), context2023);
    expect(absent.insertionClause).toBeNull();
    expect(absent.cyberBase).toBeNull();
    expect(absent.mobility).toBeNull();
    expect(absent.siae).toBeNull();
    expect(absent.businessCreation.holders).toBeNull();
    expect(absent.employerRelations).toEqual({ employersMet: null, mentors: null, contracts: null, offers: null });

    const noFolder = computeMde(registers({}), undefined, context2023);
    expect([noFolder.insertionClause, noFolder.cyberBase, noFolder.mobility, noFolder.siae, noFolder.businessCreation.holders]).toEqual([null, null, null, null, null]);

    const empty = computeMde(registers({}), logs({ creation: [], employers: [], contracts: [], clause: [], cyberBase: [], mobility: [], siae: [], offers: [] }), context2023);
    expect(empty.insertionClause!.hours).toBe(0);
    expect(empty.cyberBase!.uses).toBe(0);
    expect(empty.mobility!['Pass Pass'].units).toBe(0);
    expect(empty.siae!.people).toBe(0);
    expect(empty.businessCreation.holders!.welcomed).toBe(0);
    expect(empty.employerRelations.employersMet).toBe(0);
    expect(empty.employerRelations.offers).toEqual({ published: 0, inTerritory: 0, permanent: 0 });
  });
});
