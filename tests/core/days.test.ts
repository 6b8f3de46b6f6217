import fc from 'fast-check';
import { MAX_DAY, MIN_DAY, TimeZone, datesInOrder, dayFromYmd, isoFromDay, weekStartOf, weekdayOf, ymdFromDay, monthBounds } from '../../src/core/days';

describe('civil day arithmetic', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(2000, 3, 1)).toBe(11017);
    expect(dayFromYmd(1899, 12, 30)).toBe(-25569);
    expect(isoFromDay(dayFromYmd(2024, 2, 29))).toBe('2024-02-29');
  });

  it('bounds log dates to 1970-01-01…2100-12-31', () => {
    expect(isoFromDay(MIN_DAY)).toBe('1970-01-01');
    expect(isoFromDay(MAX_DAY)).toBe('2100-12-31');
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
      const { y, m, d } = ymdFromDay(day);
      expect(dayFromYmd(y, m, d)).toBe(day);
    }));
  });

  it('agrees with Date.UTC', () => {
    fc.assert(fc.property(fc.integer({ min: -40000, max: 60000 }), (day) => {
      const dt = new Date(day * 86400000);
      expect(ymdFromDay(day)).toEqual({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
      expect(weekdayOf(day)).toBe((dt.getUTCDay() + 6) % 7);
    }));
  });

  it('finds week starts on Monday or Sunday', () => {
    const wed = dayFromYmd(2026, 11, 25);
    expect(isoFromDay(weekStartOf(wed, 0))).toBe('2026-11-23');
    expect(isoFromDay(weekStartOf(wed, 6))).toBe('2026-11-22');
    expect(weekStartOf(dayFromYmd(2026, 11, 23), 0)).toBe(dayFromYmd(2026, 11, 23));
  });

  it('gives month bounds, leap years included', () => {
    expect(monthBounds(2024, 2)).toEqual({ first: dayFromYmd(2024, 2, 1), last: dayFromYmd(2024, 2, 29) });
    expect(monthBounds(2025, 12).last).toBe(dayFromYmd(2025, 12, 31));
  });
});

describe('TimeZone', () => {
  const iso = (t: number) => new Date(t).toISOString();

  it('maps Sydney midnights to the right day, whatever the script zone', () => {
    const syd = new TimeZone('Australia/Sydney');
    // 2026-03-10 00:00 in Sydney (AEDT, +11) is 2026-03-09T13:00Z: a UTC reading would be a day early.
    const t = Date.UTC(2026, 2, 9, 13);
    expect(isoFromDay(syd.dayOf(t))).toBe('2026-03-10');
    expect(iso(syd.startOf(dayFromYmd(2026, 3, 10)))).toBe('2026-03-09T13:00:00.000Z');
    // After DST ends on 2026-04-05 Sydney is +10.
    expect(iso(syd.startOf(dayFromYmd(2026, 4, 6)))).toBe('2026-04-05T14:00:00.000Z');
  });

  it('holds across New York DST changes', () => {
    const ny = new TimeZone('America/New_York');
    expect(iso(ny.startOf(dayFromYmd(2026, 3, 7)))).toBe('2026-03-07T05:00:00.000Z');
    expect(iso(ny.startOf(dayFromYmd(2026, 3, 9)))).toBe('2026-03-09T04:00:00.000Z');
    expect(isoFromDay(ny.dayOf(Date.UTC(2026, 2, 8, 4, 59)))).toBe('2026-03-07');
    expect(isoFromDay(ny.dayOf(Date.UTC(2026, 2, 8, 5)))).toBe('2026-03-08');
    // The spring-forward day is 23 hours long.
    expect(ny.startOf(dayFromYmd(2026, 3, 9)) - ny.startOf(dayFromYmd(2026, 3, 8))).toBe(23 * 3600000);
  });

  it('starts a day at the end of a DST gap at midnight (Santiago)', () => {
    const scl = new TimeZone('America/Santiago');
    // 2024-09-08: clocks jump from 00:00 (−4) to 01:00 (−3); the day starts at 01:00 local = 04:00Z.
    const start = scl.startOf(dayFromYmd(2024, 9, 8));
    expect(iso(start)).toBe('2024-09-08T04:00:00.000Z');
    expect(isoFromDay(scl.dayOf(start))).toBe('2024-09-08');
    expect(isoFromDay(scl.dayOf(start - 1))).toBe('2024-09-07');
  });

  it('reads a date cell of a day without midnight as that day, whichever side of the gap its Date lands', () => {
    const sp = new TimeZone('America/Sao_Paulo');
    const day = dayFromYmd(2018, 11, 4); // 00:00 (−3) jumps to 01:00 (−2)
    // The naive conversion (offset after the gap) gives 23:00 of the day before; the other, 01:00.
    expect(isoFromDay(sp.cellDay(Date.UTC(2018, 10, 4, 2)))).toBe('2018-11-04');
    expect(isoFromDay(sp.cellDay(Date.UTC(2018, 10, 4, 3)))).toBe('2018-11-04');
    expect(sp.cellDay(sp.startOf(day))).toBe(day);
    // Other instants of the eve keep their day, and the fall-back night reads as written.
    expect(isoFromDay(sp.cellDay(Date.UTC(2018, 10, 4, 1, 59)))).toBe('2018-11-03');
    expect(isoFromDay(sp.cellDay(Date.UTC(2019, 1, 17, 1)))).toBe('2019-02-16');
  });

  it('reads every midnight as its own day in every zone', () => {
    const zones = ['America/Sao_Paulo', 'America/Havana', 'America/Santiago', 'America/Asuncion', 'Australia/Lord_Howe', 'Europe/Berlin', 'Pacific/Apia'];
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 47000 }), (name, day) => {
      const tz = new TimeZone(name);
      expect(tz.cellDay(tz.startOf(day))).toBe(day);
      expect(tz.cellDay(tz.startOf(day) + 6 * 3600_000)).toBe(day);
    }), { numRuns: 500 });
  });

  it('agrees with Intl on random instants in several zones', () => {
    const zones = ['Australia/Sydney', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC', 'America/Santiago', 'Pacific/Apia'];
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 4102444800000 }), (name, t) => {
      const tz = new TimeZone(name);
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: name, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
      expect(isoFromDay(tz.dayOf(t))).toBe(parts);
    }), { numRuns: 500 });
  });

  it('makes startOf the first instant of its day in every zone', () => {
    const zones = ['Australia/Sydney', 'America/New_York', 'America/Santiago', 'Asia/Tehran', 'Europe/Berlin', 'Pacific/Apia'];
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 47000 }), (name, day) => {
      const tz = new TimeZone(name);
      const start = tz.startOf(day);
      expect(tz.dayOf(start)).toBe(day);
      expect(tz.dayOf(start - 1000)).toBeLessThan(day);
    }), { numRuns: 500 });
  });
});

describe('datesInOrder', () => {
  // Zones with DST at midnight (Havana, Santiago, Asunción), half-hour DST (Lord Howe), none (Kolkata).
  const zones = ['America/Denver', 'America/Havana', 'America/Santiago', 'America/Asuncion', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Europe/London'];

  it.each(zones)('gives dateOf of every day of a run of years in %s', (zone) => {
    const tz = new TimeZone(zone);
    const dateOf = datesInOrder(tz);
    for (let day = dayFromYmd(2005, 1, 1); day <= dayFromYmd(2012, 12, 31); day++) {
      expect(dateOf(day).getTime()).toBe(tz.dateOf(day).getTime());
    }
  });

  it('falls back to dateOf when days skip or repeat', () => {
    const tz = new TimeZone('America/Santiago');
    const dateOf = datesInOrder(tz);
    fc.assert(fc.property(fc.array(fc.integer({ min: MIN_DAY, max: MAX_DAY }), { maxLength: 50 }), (days) => {
      for (const day of days) expect(dateOf(day).getTime()).toBe(tz.dateOf(day).getTime());
    }));
  });
});
