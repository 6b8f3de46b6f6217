// FORM_ZONE on the built bundle: Form as a fraction of Fitness and its zone, the reading the Form
// alert of BURNOUT_ALERTS uses.
import { loadBundle } from '../../support/bundle';
import { logTable } from '../../support/logs';
import { trainingLog } from '../../support/trainingLog';

const bundle = loadBundle({ spreadsheetZone: 'Europe/London' });
const call = (name: string, ...args: unknown[]) => bundle.call(name, ...args) as unknown[][];
const LOG = logTable(trainingLog({ from: '2026-01-05', weeks: 8, overload: 6 }), 'Etc/UTC');

describe('FORM_ZONE', () => {
  it('gives the days of TRAINING_LOAD, Form ÷ Fitness and its zone', () => {
    const out = call('FORM_ZONE', LOG);
    expect(out[0]).toEqual(['Date', 'Form %', 'Zone']);
    expect(out.map((r) => r[0])).toEqual(call('TRAINING_LOAD', LOG).map((r) => r[0]));
    expect(out[1].slice(1)).toEqual(['', '']); // no Fitness before the first day
    const zoneOf = (p: number) => (p < -0.3 ? 'high risk' : p < -0.1 ? 'optimal' : p < 0.05 ? 'grey zone' : p < 0.25 ? 'fresh' : 'transition');
    for (const [, p, zone] of out.slice(2)) expect(zone).toBe(zoneOf(p as number));
  });

  it('reads steady training as about 0 % from the first weeks (the zero start corrected)', () => {
    const steady = logTable(Array.from({ length: 20 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, type: 'Easy run', duration: 40, rpe: 4 })));
    for (const [, p] of call('FORM_ZONE', steady).slice(2)) expect(Math.abs(p as number)).toBeLessThan(1e-9);
  });

  it('is "high risk" exactly on the days BURNOUT_ALERTS raises its Form alert, month by month', () => {
    const zones = call('FORM_ZONE', LOG, '2026-02');
    const alerts = call('BURNOUT_ALERTS', LOG, '2026-02');
    expect(zones.length).toBe(alerts.length);
    expect(zones.slice(1).map((r) => r[2] === 'high risk')).toEqual(alerts.slice(1).map((r) => /% of Fitness </.test(String(r[2]))));
    expect(zones.slice(1).some((r) => r[2] === 'high risk')).toBe(true);
  });
});
