// The preview's demo runner, from the seeded athlete generator (scenarios/athlete.ts): 16 weeks of a
// 3:1 build towards a 50-mile race, strength twice and mobility three times a week, morning wellness
// with everyday noise — and one genuine overreach at the end: in the last 5 days the runner piles on
// miles (the week heads for 50 % above their highest) while HRV slides, resting HR climbs and nights
// get short. So the month the preview opens on is mostly OK, and its last days show what an ALERT
// looks like and why, and the suggested plan has to adapt. Runs carry their elevation gain (feet), as
// an import from a watch gives them: the trails of a 50-mile race. The same end day and seed give the same log.

import { addDays, generateAthlete, mulberry32, progression } from '../scenarios/athlete';

export interface DemoRow {
  date: string; // YYYY-MM-DD
  type: string;
  distance: number | '';
  duration: number | '';
  rpe: number | '';
  sleep: number | '';
  hrv: number | '';
  rhr: number | '';
  mood: number | '';
  soreness: number | '';
  notes: string;
  /** Feet climbed, on runs. */
  elevation: number | '';
}

export const DEMO_WEEKS = 16;
/** The overreach: its first day is this many days before the last day, so it ends on the last day. */
export const OVERREACH_DAYS = 5;

const KEYS: Record<string, keyof DemoRow> = {
  Date: 'date', Type: 'type', Distance: 'distance', Duration: 'duration', RPE: 'rpe', Sleep: 'sleep', HRV: 'hrv',
  'Resting HR': 'rhr', Mood: 'mood', Soreness: 'soreness', Notes: 'notes',
};

/** Feet climbed per mile by run type: rolling trails, hill repeats, flat tempo and recovery loops. */
const CLIMB_PER_MILE: Record<string, [number, number]> = {
  'Long run': [90, 150], 'Easy run': [40, 90], 'Recovery run': [20, 50], Tempo: [15, 40], Hills: [180, 260], Race: [100, 140],
};

/** The Monday `DEMO_WEEKS` − 1 weeks before the week containing `lastDay` (YYYY-MM-DD). */
function firstMonday(lastDay: string): string {
  const weekday = (new Date(`${lastDay}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(lastDay, -(weekday + 7 * (DEMO_WEEKS - 1)));
}

/** Demo Log rows from 16 weeks back up to and including `lastDay`. */
export function demoLog(lastDay: string, seed = 42): DemoRow[] {
  // A 3:1 cycle whose last week is a build week: 30 → 55 mi, long runs up to 20 mi.
  const weeks = progression({ weeks: DEMO_WEEKS + 1, startRun: 30, peak: 55, longMax: 20, cycle: 3, growth: 0.07 }).slice(1);
  const start = addDays(lastDay, 1 - OVERREACH_DAYS);
  const { header, rows } = generateAthlete({
    seed, start: firstMonday(lastDay), weeks, end: lastDay,
    episodes: [{ kind: 'bigWeek', start }, { kind: 'slide', start }],
  });
  const rand = mulberry32(seed + 1);
  return rows.map((r) => {
    const row = {} as Record<keyof DemoRow, string | number>;
    header.forEach((h, i) => (row[KEYS[h]] = r[i]));
    const climb = CLIMB_PER_MILE[row.type as string];
    row.elevation = climb && typeof row.distance === 'number' ? Math.round((row.distance * (climb[0] + rand() * (climb[1] - climb[0]))) / 10) * 10 : '';
    return row as unknown as DemoRow;
  });
}
