import { TimeZone, dayFromYmd, isoFromDay } from '../../../src/core/days';
import { asWritten, inZone, parseDateTime } from '../../../src/core/import/dates';

const day = (iso: string) => dayFromYmd(...(iso.split('-').map(Number) as [number, number, number]));
/** The calendar date of a UTC instant in `zone`, by Intl alone. */
const dateIn = (utcMs: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(utcMs);

describe('parseDateTime', () => {
  it.each([
    ['Oct 6, 2022, 11:19:20 PM', '2022-10-06', 23, 19, 20],
    ['Oct 6, 2022, 12:05:00 AM', '2022-10-06', 0, 5, 0],
    ['Jan 1, 2025, 12:30:00 PM', '2025-01-01', 12, 30, 0],
    ['Sept 6, 2022, 7:00:00 AM', '2022-09-06', 7, 0, 0],
    ['6 Oct 2022, 23:19:20', '2022-10-06', 23, 19, 20],
    ['21.07.2026, 15:09:27', '2026-07-21', 15, 9, 27],
    ['21.07.2026', '2026-07-21', 0, 0, 0],
    ['2025-05-26 17:40:55', '2025-05-26', 17, 40, 55],
    ['2026-03-04T16:59:40', '2026-03-04', 16, 59, 40],
    ['2018-11-27 19:11:32', '2018-11-27', 19, 11, 32],
  ])('reads %s', (text, iso, h, m, s) => {
    expect(parseDateTime(text)).toMatchObject({ day: day(iso), ms: ((h * 60 + m) * 60 + s) * 1000 });
  });

  it('says when the text states no time of day, so no start is made up', () => {
    expect(asWritten(parseDateTime('21.07.2026')!)).toEqual({ day: day('2026-07-21'), start: undefined });
    expect(asWritten(parseDateTime('21.07.2026, 00:00:40')!)).toEqual({ day: day('2026-07-21'), start: 0 });
    expect(asWritten(parseDateTime('Oct 6, 2022, 11:19:20 PM')!)).toEqual({ day: day('2022-10-06'), start: 23 * 60 + 19 });
  });

  it('keeps an offset the text states', () => {
    expect(parseDateTime('2026-03-04T16:59:40Z')?.offset).toBe(0);
    expect(parseDateTime('2026-03-04T16:59:40+05:30')?.offset).toBe(330 * 60_000);
    expect(parseDateTime('2026-03-04 16:59-0200')?.offset).toBe(-120 * 60_000);
  });

  it.each(['2023-02-29', '31.04.2026', 'Foo 6, 2022', '6 févr. 2022, 10:00:00', 'Oct 6, 2022, 13:00:00 PM', '2022-10-06 24:00:00', '10/06/2022', ''])(
    'rejects %j', (text) => expect(parseDateTime(text)).toBeUndefined(),
  );
});

describe('inZone', () => {
  const cases: [string, number][] = [
    ['Oct 6, 2022, 11:19:20 PM', Date.UTC(2022, 9, 6, 23, 19, 20)],
    ['Mar 13, 2022, 6:30:00 AM', Date.UTC(2022, 2, 13, 6, 30)], // 01:30 EST, just before the spring-forward gap
    ['Mar 13, 2022, 7:30:00 AM', Date.UTC(2022, 2, 13, 7, 30)], // 03:30 EDT
    ['Dec 31, 2024, 3:00:00 PM', Date.UTC(2024, 11, 31, 15)],
  ];
  it.each(['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Etc/UTC'])('takes the date in %s, as Intl does', (zone) => {
    const tz = new TimeZone(zone);
    for (const [text, utc] of cases) {
      const at = inZone(parseDateTime(text)!, tz);
      expect(isoFromDay(at.day)).toBe(dateIn(utc, zone));
      expect(at.start).toBe(Math.floor((tz.wallClock(utc) % 86_400_000) / 60_000));
    }
  });

  it('applies a stated offset before converting', () => {
    expect(inZone(parseDateTime('2026-03-04T23:30:00-05:00')!, new TimeZone('Etc/UTC'))).toEqual({ day: day('2026-03-05'), start: 4 * 60 + 30 });
  });
});
