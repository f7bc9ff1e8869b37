import { formatDay, isInYear } from '../contract/dates.js';
import type { Action } from '../contract/schemas.js';
import type { ActionOwner, ActionTheme, ActionType } from '../contract/vocabularies.js';
import type { ComputeContext } from './shared.js';
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

/** Number of actions and distinct participants over them. */
export function actionGroup(registers: Registers, actions: readonly Action[]): ActionGroup {
  const ids = new Set(actions.map((action) => action.actionId));
  const people = new Set<number>();
  for (const participation of registers.participations) if (ids.has(participation.actionId)) people.add(participation.participant);
  return { actions: actions.length, participants: people.size };
}

/** People present at one action: its `Visiteurs` figure when given, else registered participants. */
export function attendance(registers: Registers, action: Action): number {
  if (action.visitors !== undefined) return action.visitors;
  return registers.participations.filter((participation) => participation.actionId === action.actionId).length;
}

/** Groups actions by (Type, Intitulé), in order of first occurrence. */
export function linesByTitle(registers: Registers, actions: readonly Action[]): ActionLine[] {
  const groups = new Map<string, Action[]>();
  for (const action of [...actions].sort((a, b) => a.date - b.date || a.actionId.localeCompare(b.actionId))) {
    const key = `${action.type}\u0000${action.title}`;
    groups.set(key, [...(groups.get(key) ?? []), action]);
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
