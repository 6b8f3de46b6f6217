import { formatRaceDistance, raceKm, readRaceDistance } from '../../src/core/raceDistance';
import { readCutbackCycle } from '../../src/core/cutbackCycle';

describe('race distance', () => {
  it('reads numbers in the log\'s unit and text with its unit', () => {
    expect(readRaceDistance(50)).toEqual({ value: 50 });
    expect(readRaceDistance('100 mi')).toEqual({ value: 100, unit: 'mi' });
    expect(readRaceDistance(' 100  Miles ')).toEqual({ value: 100, unit: 'mi' });
    expect(readRaceDistance('50k')).toEqual({ value: 50, unit: 'km' });
    expect(readRaceDistance('80,5 km')).toEqual({ value: 80.5, unit: 'km' });
    expect(readRaceDistance('26.2')).toEqual({ value: 26.2 });
    expect(readRaceDistance('Half marathon')).toEqual({ value: 21.0975, unit: 'km' });
  });

  it('refuses what is not a race distance', () => {
    for (const v of [0, -5, 501, Number.NaN, '', 'far', '100 furlongs', '10 mi 5', true, new Date(), null]) expect(readRaceDistance(v)).toBeUndefined();
  });

  it('converts to km at the exact mile, so P16 and P17 see the race it is', () => {
    expect(raceKm({ value: 100, unit: 'mi' }, 'km')).toBeCloseTo(160.93, 2);
    expect(raceKm({ value: 50 }, 'km')).toBe(50);
    expect(raceKm({ value: 26.22 }, 'mi')).toBeGreaterThan(42.195);
    expect(raceKm(readRaceDistance('marathon')!, 'mi')).toBe(42.195);
  });

  it('shows as a runner wrote it', () => {
    expect(formatRaceDistance({ value: 100, unit: 'mi' })).toBe('100 mi');
    expect(formatRaceDistance({ value: 42.195, unit: 'km' })).toBe('42.2 km');
    expect(formatRaceDistance({ value: 80 })).toBe('80');
  });
});

describe('cutback cycle', () => {
  it('reads 3:1 and 2:1, spaces allowed, and nothing else', () => {
    expect(readCutbackCycle('3:1')).toBe('3:1');
    expect(readCutbackCycle(' 2 : 1 ')).toBe('2:1');
    for (const v of ['4:1', '3', 3, '', undefined]) expect(readCutbackCycle(v)).toBeUndefined();
  });
});
