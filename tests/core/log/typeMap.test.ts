import { TimeZone } from '../../../src/core/days';
import { readLog } from '../../../src/core/log/readLog';
import { kindWithMap, parseTypeMap } from '../../../src/core/log/typeMap';

const utc = new TimeZone('Etc/UTC');

describe('parseTypeMap', () => {
  it('maps words case-insensitively, with or without a header row', () => {
    const withHeader = parseTypeMap([['Word', 'Session type'], ['Løb', 'Easy run'], ['CORRIDA em esteira', 'run'], ['', '']]);
    const bare = parseTypeMap([['Løb', 'Easy run'], ['corrida em esteira', 'Easy run']]);
    for (const map of [withHeader, bare]) {
      expect(kindWithMap('LØB', map)).toBe('easy_run');
      expect(kindWithMap('Corrida em Esteira', map)).toBe('easy_run');
      expect(map.problems).toEqual([]);
    }
  });

  it('is read before the built-in names', () => {
    const map = parseTypeMap([['Ride', 'Hike'], ['Long', 'Tempo']]);
    expect([kindWithMap('ride', map), kindWithMap('Long', map), kindWithMap('Swim', map)]).toEqual(['hike', 'tempo', 'swim']);
    expect(kindWithMap('ride', undefined)).toBe('bike');
  });

  it('reports each bad entry with its row and skips it', () => {
    const map = parseTypeMap([['Word', 'Session type'], ['Zumba', 'Dance'], ['', 'Bike'], ['Spinning', ''], ['Løb', 'Run'], ['løb', 'Bike'], ['LØB', 'easy run']]);
    expect(map.problems).toEqual([
      { row: 2, problem: '"Dance" is not a session type (e.g. Easy run, Bike, Strength) — "Zumba" ignored' },
      { row: 3, problem: 'no word for the session type "Bike" — ignored' },
      { row: 4, problem: 'no session type for "Spinning" — ignored' },
      { row: 6, problem: '"løb" is already mapped in row 5 — this row is ignored' },
    ]);
    expect([kindWithMap('løb', map), kindWithMap('Zumba', map)]).toEqual(['easy_run', undefined]);
  });

  it('makes readLog count a mapped word as its type and list the map\'s problems last', () => {
    const values = [['Date', 'Type', 'Distance', 'Duration'], ['2026-01-01', 'Rex time', 5, 40], ['2026-01-02', 'Club night', 8, 50]];
    const plain = readLog(values, utc, 'T');
    expect(plain.sessions.map((s) => s.kind)).toEqual([null, null]);
    const mapped = readLog(values, utc, 'T', { typeMap: parseTypeMap([['rex time', 'Easy run'], ['CLUB NIGHT', 'Long run'], ['Yoga flow', 'Flow']]) });
    expect(mapped.sessions.map((s) => [s.kind, s.typeText])).toEqual([['easy_run', 'Rex time'], ['long_run', 'Club night']]);
    expect(mapped.issues.at(-1)).toEqual({ row: 3, column: 'type_map', problem: '"Flow" is not a session type (e.g. Easy run, Bike, Strength) — "Yoga flow" ignored' });
  });
});
