import { formatDay, isInYear } from '../contract/dates.js';
import type { Action } from '../contract/schemas.js';
import type { ActionOwner, ActionTheme, ActionType } from '../contract/vocabularies.js';
import { hasData, PARTICIPATIONS_FILE, type ComputeContext } from './shared.js';
import type { ActionGroup, ActionLine, EventFigure } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

export interface ActionFilter {
  type?: ActionType | readonly ActionType[];
  theme?: ActionTheme;
  /** Who ran the action; Mission Locale unless said, so the ML pages never count MDE events. */
  owner?: ActionOwner;
}

function matches(action: Action, filter: ActionFilter): boolean {
  if (action.owner !== (filter.owner ?? 'Mission Locale')) return false;
  if (filter.theme !== undefined && action.theme !== filter.theme) return false;
  if (filter.type === undefined) return true;
  return Array.isArray(filter.type) ? filter.type.includes(action.type) : action.type === filter.type;
}

export function actionsOfYear(registers: Registers, context: ComputeContext, filter: ActionFilter): Action[] {
  return registers.actions.filter((action) => isInYear(action.date, context.year) && matches(action, filter));
}

/** Participations grouped by action: action a's rows are `order[starts[a]]` to `order[starts[a + 1] - 1]`. */
interface ByAction {
  actionIndex: Map<string, number>;
  starts: Int32Array;
  order: Int32Array;
}

/**
 * participations.csv by action, built once per register: every indicator that looks up an
 * action's participants goes through it, so none rescans the file per action (that grew with
 * actions x participations). Row indexes in typed arrays: 2 M participations for a national
 * network.
 */
const byActionCache = new WeakMap<Registers['participations'], ByAction>();

/** The participations (row indexes in `registers.participations`, file order) of the action with this id. */
export function participationsOf(registers: Pick<Registers, 'participations' | 'actions'>, actionId: string): Int32Array {
  let byAction = byActionCache.get(registers.participations);
  if (!byAction) {
    const { participations, actions } = registers;
    const actionIndex = new Map(actions.map((action, index) => [action.actionId, index]));
    const starts = new Int32Array(actions.length + 1);
    participations.scan((participation) => starts[participation.action + 1]!++);
    for (let a = 0; a < actions.length; a++) starts[a + 1]! += starts[a]!;
    const next = starts.slice(0, actions.length);
    const order = new Int32Array(participations.length);
    for (let index = 0; index < participations.length; index++) order[next[participations.field(index, 'action')]!++] = index;
    byAction = { actionIndex, starts, order };
    byActionCache.set(registers.participations, byAction);
  }
  const action = byAction.actionIndex.get(actionId);
  return action === undefined ? new Int32Array(0) : byAction.order.subarray(byAction.starts[action], byAction.starts[action + 1]);
}

/**
 * Number of actions and distinct participants over them; participants are null when
 * participations.csv held no data row (unknown, not none).
 */
export function actionGroup(registers: Registers, actions: readonly Action[]): ActionGroup {
  if (!hasData(registers, PARTICIPATIONS_FILE)) return { actions: actions.length, participants: null };
  const people = new Set<number>();
  for (const action of new Set(actions.map((a) => a.actionId))) {
    for (const participation of participationsOf(registers, action)) people.add(registers.participations.field(participation, 'participant'));
  }
  return { actions: actions.length, participants: people.size };
}

/**
 * People present at one action: its `Visiteurs` figure when given, else registered participants
 * (null when participations.csv held no data row).
 */
export function attendance(registers: Registers, action: Action): number | null {
  if (action.visitors !== undefined) return action.visitors;
  return hasData(registers, PARTICIPATIONS_FILE) ? participationsOf(registers, action.actionId).length : null;
}

/** Groups actions by (Type, Intitulé), in order of first occurrence. */
export function linesByTitle(registers: Registers, actions: readonly Action[]): ActionLine[] {
  const groups = new Map<string, Action[]>();
  for (const action of [...actions].sort((a, b) => a.date - b.date || a.actionId.localeCompare(b.actionId))) {
    const key = `${action.type}\u0000${action.title}`;
    const group = groups.get(key);
    if (group) group.push(action);
    else groups.set(key, [action]);
  }
  return [...groups.values()].map((group) => ({
    type: group[0]!.type,
    title: group[0]!.title,
    ...actionGroup(registers, group),
  }));
}

export function eventFigures(registers: Registers, actions: readonly Action[]): EventFigure[] {
  return [...actions]
    .sort((a, b) => a.date - b.date || a.title.localeCompare(b.title, 'fr'))
    .map((action) => ({
      title: action.title,
      date: formatDay(action.date),
      exhibitors: action.exhibitors ?? null,
      attendance: attendance(registers, action),
    }));
}
