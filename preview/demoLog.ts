// The preview's demo runner: a believable 16-week build towards a 50-mile race, written out as
// Log rows. The week is the training guide's sample week; volume ramps with a cutback
// every 4th week; weeks 13–14 and the last week are an overreaching block (no rest day, short
// nights, HRV down and resting HR up) so WATCH and ALERT days and a red recovery show, and the
// last three nights are bad ones, so the suggested plan has to adapt. Seeded: the same end day
// gives the same log.

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
}

export const DEMO_WEEKS = 16;

/** Weekly running miles: build, cutback every 4th week, the overreaching block, then the last hard week. */
const WEEKLY_MILES = [34, 37, 40, 30, 42, 45, 48, 36, 50, 53, 56, 42, 72, 76, 48, 66];
const OVERREACHING = new Set([12, 13, 15]);

type Slot = { type: string; share?: number; minutes?: number; rpe: number; notes?: string };

/** The guide's sample week, Monday first. `share` = fraction of the week's miles. */
const WEEK: Slot[][] = [
  [{ type: 'Bike', minutes: 45, rpe: 3 }, { type: 'Yoga', minutes: 15, rpe: 2 }],
  [{ type: 'Tempo', share: 0.16, rpe: 7 }, { type: 'Strength (lower)', minutes: 40, rpe: 6 }],
  [{ type: 'Bike', minutes: 60, rpe: 4 }, { type: 'Mobility', minutes: 20, rpe: 2 }],
  [{ type: 'Hills', share: 0.16, rpe: 8 }, { type: 'Core', minutes: 20, rpe: 5 }],
  [{ type: 'Rest', rpe: 0 }, { type: 'Strength (upper)', minutes: 35, rpe: 5 }],
  [{ type: 'Long run', share: 0.42, rpe: 6, notes: 'trail, fuelled every 30 min' }],
  [{ type: 'Recovery run', share: 0.26, rpe: 3 }, { type: 'Foam roll', minutes: 15, rpe: 1 }],
];
/** In the overreaching weeks the rest day becomes another run and nothing is skipped. */
const OVERREACHING_FRIDAY: Slot[] = [{ type: 'Easy run', share: 0.1, rpe: 5, notes: 'extra miles, legs heavy' }, { type: 'Strength (upper)', minutes: 35, rpe: 6 }];

const PACE: Record<string, number> = { Tempo: 8.3, Hills: 10.5, 'Long run': 11.5, 'Recovery run': 10.8, 'Easy run': 10 };

/** mulberry32: a small, well-known seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number, step: number) => Math.round(n / step) * step;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday `DEMO_WEEKS` weeks before the week containing `lastDay` (YYYY-MM-DD). */
function firstMonday(lastDay: string): number {
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  const weekday = (new Date(last).getUTCDay() + 6) % 7;
  return last - (weekday + 7 * (DEMO_WEEKS - 1)) * 86_400_000;
}

/** Demo Log rows from 16 weeks back up to and including `lastDay`. */
export function demoLog(lastDay: string, seed = 42): DemoRow[] {
  const rand = random(seed);
  const jitter = (spread: number) => (rand() - 0.5) * 2 * spread;
  const start = firstMonday(lastDay);
  const rows: DemoRow[] = [];
  let fatigue = 0; // builds in the overreaching block, drives the wellness numbers
  for (let w = 0; w < DEMO_WEEKS; w++) {
    const hard = OVERREACHING.has(w);
    for (let d = 0; d < 7; d++) {
      const date = isoDay(start + (w * 7 + d) * 86_400_000);
      if (date > lastDay) return rows;
      const badNight = Date.parse(lastDay) - Date.parse(date) < 3 * 86_400_000;
      fatigue = hard ? Math.min(fatigue + 1, 10) : Math.max(fatigue - 1.5, 0);
      if (badNight) fatigue = 10;
      const slots = hard && d === 4 ? OVERREACHING_FRIDAY : WEEK[d];
      const wellness = {
        sleep: round(Math.min(9, 7.6 - fatigue * 0.22 + jitter(0.5)), 0.25),
        hrv: round(62 - fatigue * 2.6 + jitter(4), 1),
        rhr: round(47 + fatigue * 0.9 + jitter(1.5), 1),
        mood: Math.max(1, Math.min(5, Math.round(4.2 - fatigue * 0.3 + jitter(0.6)))),
        soreness: Math.max(1, Math.min(5, Math.round(1.8 + fatigue * 0.3 + jitter(0.6)))),
      };
      slots.forEach((s, i) => {
        const miles = s.share === undefined ? '' : round(WEEKLY_MILES[w] * s.share * (1 + jitter(0.05)), 0.1);
        const minutes = miles === '' ? s.minutes ?? '' : Math.round(miles * PACE[s.type] * (1 + jitter(0.04)));
        rows.push({
          date,
          type: s.type,
          distance: miles,
          duration: s.type === 'Rest' ? '' : minutes,
          rpe: s.type === 'Rest' ? '' : Math.max(1, Math.min(10, s.rpe + (hard && s.rpe >= 4 ? 1 : 0))),
          ...(i === 0 ? wellness : { sleep: '', hrv: '', rhr: '', mood: '', soreness: '' }),
          notes: s.notes ?? '',
        });
      });
    }
  }
  return rows;
}
