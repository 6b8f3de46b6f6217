// A believable training log for sheet-level tests: the guide's sample week (AM/PM sessions and
// morning wellness) repeated for a number of weeks from a Monday, with small deterministic
// variation, so formulas and colours see real-looking data. `overload` turns one week into a
// block that must trip the alerts: running doubled, no rest day, short nights, HRV down.

import { Entry, HEADER, addDays } from './logs';

type Slot = [type: string, share: number | undefined, minutes: number, rpe: number];

/** Monday first; `share` is the fraction of the week's miles (runs), else minutes are given. */
const WEEK: Slot[][] = [
  [['Bike', undefined, 45, 3], ['Yoga', undefined, 15, 2]],
  [['Tempo', 0.16, 0, 7], ['Strength (upper)', undefined, 40, 6]],
  [['Bike', undefined, 60, 4], ['Mobility', undefined, 20, 2]],
  [['Hills', 0.16, 0, 8], ['Core', undefined, 20, 5]],
  [['Rest', undefined, 0, 0], ['Mobility', undefined, 20, 2]],
  [['Long run', 0.42, 0, 6]],
  [['Recovery run', 0.26, 0, 3], ['Foam roll', undefined, 15, 1]],
];

/** A small, fixed pseudo-random wobble in [-1, 1] for day i. */
const wobble = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 3.7) * 0.5;

export interface TrainingLogOptions {
  /** The Monday the log starts on (YYYY-MM-DD). */
  from: string;
  weeks: number;
  /** Running miles of an ordinary week. */
  miles?: number;
  /** Index of the week run as an overload block. */
  overload?: number;
}

export function trainingLog({ from, weeks, miles = 40, overload }: TrainingLogOptions): Entry[] {
  const entries: Entry[] = [];
  for (let w = 0; w < weeks; w++) {
    const hard = w === overload;
    const weekMiles = hard ? miles * 2.2 : miles * (w % 4 === 3 ? 0.8 : 1);
    WEEK.forEach((slots, d) => {
      const i = w * 7 + d;
      const date = addDays(from, i);
      const tired = hard ? d + 1 : 0;
      const wellness: Entry = {
        date,
        sleep: Math.round((7.6 - tired * 0.35 + wobble(i) * 0.3) * 4) / 4,
        hrv: Math.round(62 - tired * 4 + wobble(i + 1) * 3),
        rhr: Math.round(47 + tired * 1.2 + wobble(i + 2)),
        mood: Math.max(1, 4 - Math.floor(tired / 3)),
        soreness: Math.min(5, 2 + Math.floor(tired / 3)),
      };
      const day = hard && d === 4 ? [['Easy run', 0.1, 0, 6] as Slot] : slots;
      day.forEach(([type, share, minutes, rpe], k) => {
        const distance = share === undefined ? undefined : Math.round(weekMiles * share * (1 + wobble(i + k) * 0.05) * 10) / 10;
        entries.push({
          ...(k === 0 ? wellness : { date }),
          type,
          distance,
          duration: type === 'Rest' ? undefined : distance !== undefined ? Math.round(distance * 10) : minutes,
          rpe: type === 'Rest' ? undefined : hard && rpe >= 4 ? rpe + 1 : rpe,
        });
      });
    });
  }
  return entries;
}

const KEYS: (keyof Entry)[] = ['date', 'type', 'distance', 'duration', 'rpe', 'sleep', 'hrv', 'rhr', 'mood', 'soreness', 'notes'];

/** Log rows as a runner types them into the sheet: dates as YYYY-MM-DD text, which Sheets reads as dates. */
export const typedLog = (entries: Entry[]): (string | number)[][] => [HEADER, ...entries.map((e) => KEYS.map((k) => e[k] ?? ''))];
