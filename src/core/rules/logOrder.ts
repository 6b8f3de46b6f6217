// The guide's session-order rules (ORDER_RULES of ./sessionOrder.ts) applied to a log row by row:
// on the day a rule is broken, it is the sessions the rule speaks of that break it (the strength
// session the day after a long run, not the long run), so those rows are the ones flagged.

import { Log } from '../log/readLog';
import { Kind, isLowerStrength, isMobilityKind, isQualityKind, isRunKind, isStrengthKind } from '../sessionTypes';
import { ORDER_RULES, OrderRuleId, daySequenceOf } from './sessionOrder';

/** The sessions each rule blames on the day it is broken. */
export const OFFENDING_SESSIONS: Record<OrderRuleId, (kind: Kind) => boolean> = {
  P3: isStrengthKind,
  P4: isStrengthKind,
  P5: isLowerStrength,
  P9: (k) => isRunKind(k) || isStrengthKind(k) || isMobilityKind(k),
  P10: (k) => isQualityKind(k) || isLowerStrength(k),
};

/** Row (as in Session.row) → the rules its session breaks, each as "what happened (P4)". */
export function orderBreachesByRow(log: Log): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (log.firstDay === undefined) return out;
  const days = daySequenceOf(log);
  const byDay = days.map(() => [] as typeof log.sessions);
  for (const s of log.sessions) byDay[s.day - log.firstDay].push(s);
  for (let i = 0; i < days.length; i++) {
    for (const rule of ORDER_RULES) {
      const breach = rule.breach(days, i);
      if (breach === undefined) continue;
      for (const s of byDay[i]) {
        if (s.kind === null || !OFFENDING_SESSIONS[rule.id](s.kind)) continue;
        const list = out.get(s.row) ?? [];
        list.push(`${breach} (${rule.id})`);
        out.set(s.row, list);
      }
    }
  }
  return out;
}
