import { RecordTable } from '../../src/load/record-table.js';
import type { Action, Aid, Enrolment, ActivityEvent, YoungPerson, Proposition, Situation } from '../../src/contract/schemas.js';
import { createActivityTally, type ActivitySummary } from '../../src/compute/activity.js';
import type { ComputeContext } from '../../src/compute/shared.js';
import { METROPOLE_NORD_OUEST } from '../../src/contract/territory.js';
import { parseDay } from '../../src/contract/dates.js';
import type { ManualKey } from '../../src/contract/manual-keys.js';
import { AID_LAYOUT, ENROLMENT_LAYOUT, PARTICIPATION_LAYOUT, YOUNG_PERSON_LAYOUT, SITUATION_LAYOUT, type Linked, type ParticipationFact, type Registers } from '../../src/load/registers.js';
import { References } from '../../src/load/references.js';

/** Small hand-made records for unit tests: dates written dd/mm/yyyy, sensible defaults. */
export const d = (text: string): number => {
  const day = parseDay(text);
  if (day === undefined) throw new Error(`bad test date ${text}`);
  return day;
};

export const context2024: ComputeContext = { year: 2024, communes: METROPOLE_NORD_OUEST.communes };

export function youngPerson(overrides: Partial<Omit<YoungPerson, 'qualification'>> & { qualification?: YoungPerson['qualification']['band'] } = {}): YoungPerson {
  const { qualification, ...rest } = overrides;
  return {
    id: 'X',
    sex: 'F',
    birthDate: d('15/06/2004'),
    commune: 'Lambersart',
    qpv: undefined,
    qualification: { band: qualification ?? 'BAC', fromLevel: false },
    firstArrival: d('10/03/2024'),
    drivingLicence: false,
    housing: 'Parents',
    rqth: false,
    ...rest,
  };
}

export function situation(youngPersonIndex: number, overrides: Partial<Situation> = {}): Linked<Situation> {
  return {
    type: 'Emploi',
    subType: 'CDD',
    start: d('01/05/2024'),
    end: undefined,
    domain: undefined,
    qualifying: undefined,
    preparedLevel: undefined,
    country: undefined,
    ...overrides,
    youngPerson: youngPersonIndex,
  };
}

export function enrolment(youngPersonIndex: number, overrides: Partial<Enrolment> = {}): Linked<Enrolment> {
  return { programme: 'CEJ', entry: d('01/02/2024'), exit: undefined, ...overrides, youngPerson: youngPersonIndex };
}

export function aid(youngPersonIndex: number, overrides: Partial<Aid> = {}): Linked<Aid> {
  return { date: d('01/06/2024'), type: 'Allocation PACEA', amountCents: 10_000, decision: 'Accordée', ...overrides, youngPerson: youngPersonIndex };
}

export function event(youngPersonIndex: number, overrides: Partial<ActivityEvent> = {}): Linked<ActivityEvent> {
  return { date: d('15/04/2024'), nature: 'Entretien individuel', status: 'Réalisé', ...overrides, youngPerson: youngPersonIndex };
}

export function action(overrides: Partial<Action> & { actionId: string }): Action {
  return {
    date: d('01/04/2024'),
    type: 'Atelier',
    theme: undefined,
    title: 'Atelier',
    place: undefined,
    exhibitors: undefined,
    visitors: undefined,
    interviews: undefined,
    owner: 'Mission Locale',
    parent: undefined,
    localExhibitors: undefined,
    demonstrations: undefined,
    comment: undefined,
    ...overrides,
  };
}

/** A participation as a test writes it: by its action's id, as in participations.csv. */
export type ParticipationInput = Omit<ParticipationFact, 'action'> & { actionId: string };

/** Participations kept the loader's way: by action index, dropping those of an unknown action. */
export function participationTable(actions: readonly Action[], participations: readonly ParticipationInput[]): Registers['participations'] {
  const indexOf = new Map(actions.map((action, index) => [action.actionId, index]));
  const table = new RecordTable(PARTICIPATION_LAYOUT);
  for (const { actionId, ...participation } of participations) {
    const action = indexOf.get(actionId);
    if (action !== undefined) table.push({ action, ...participation });
  }
  return table;
}

export interface RegisterInput {
  youngPeople?: YoungPerson[];
  situations?: Linked<Situation>[];
  enrolments?: Linked<Enrolment>[];
  aids?: Linked<Aid>[];
  actions?: Action[];
  participations?: readonly ParticipationInput[];
  manual?: Partial<Record<ManualKey, number>>;
}

export function registers(input: RegisterInput): Registers {
  return {
    youngPeople: RecordTable.from(YOUNG_PERSON_LAYOUT, input.youngPeople ?? []),
    youngPersonIds: new References('imilo/jeunes.csv'),
    situations: RecordTable.from(SITUATION_LAYOUT, input.situations ?? []),
    enrolments: RecordTable.from(ENROLMENT_LAYOUT, input.enrolments ?? []),
    aids: RecordTable.from(AID_LAYOUT, input.aids ?? []),
    actions: input.actions ?? [],
    participations: participationTable(input.actions ?? [], input.participations ?? []),
    manual: new Map(Object.entries(input.manual ?? {}) as [ManualKey, number][]),
    inputs: {},
    withoutData: new Set(),
  };
}

/** Folds événements and propositions the way the pipeline does. */
export function activity(
  data: Registers,
  events: Linked<ActivityEvent>[],
  propositions: Linked<Proposition>[] = [],
  context: ComputeContext = context2024,
): ActivitySummary {
  const tally = createActivityTally(context);
  tally.eventsReady(data);
  for (const event of events) tally.event(event);
  for (const proposition of propositions) tally.proposition(proposition);
  return tally.result();
}
