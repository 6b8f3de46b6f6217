import {
  CARDIO_KINDS, KIND_NAMES, Kind, MOBILITY_KINDS, RUN_KINDS, STRENGTH_KINDS, categoryOf, kindFromText, normalizeTypeText,
} from '../../src/core/sessionTypes';

describe('session type names', () => {
  it('gives every spelling exactly one kind: no synonym is claimed twice', () => {
    const owner = new Map<string, Kind>();
    for (const [kind, names] of Object.entries(KIND_NAMES) as [Kind, readonly string[]][]) {
      for (const n of [kind, ...names]) {
        const key = normalizeTypeText(n);
        expect([n, owner.get(key) ?? kind]).toEqual([n, kind]);
        owner.set(key, kind);
        expect(kindFromText(n)).toBe(kind);
      }
    }
  });

  it.each([
    ['VirtualRide', 'bike'], ['GravelRide', 'bike'], ['EBikeRide', 'bike'], ['WeightTraining', 'strength'],
    ['HighIntensityIntervalTraining', 'strength'], ['Pilates', 'core'], ['SkiErg', 'skierg'], ['StairStepper', 'elliptical'],
    ['Backcountry Skiing', 'skierg'], ['Snowshoeing', 'hike'], ['Indoor Rowing', 'row'], ['Pool Swimming', 'swim'],
    ['Strength (Lower)', 'strength_lower'], ['strength-upper', 'strength_upper'],
    ['Lauf', 'easy_run'], ['Radfahrt', 'bike'], ['Krafttraining', 'strength'], ['Wanderung', 'hike'],
    ['Løb', 'easy_run'], ['Cykling', 'bike'], ['Styrketræning', 'strength'], ['Løping', 'easy_run'],
  ])('reads the export type %s as %s', (text, kind) => expect(kindFromText(text)).toBe(kind));

  it.each(['Resort Skiing', 'Snowboard', 'Incident Detected', 'L b'])('names no kind for %s', (text) => expect(kindFromText(text)).toBeUndefined());
});

describe('categoryOf', () => {
  it('puts every kind in the category its list names', () => {
    for (const k of RUN_KINDS) expect(categoryOf(k)).toBe('run');
    for (const k of [...CARDIO_KINDS, 'hike'] as const) expect(categoryOf(k)).toBe('cardio');
    for (const k of [...STRENGTH_KINDS, 'strength', 'core'] as const) expect(categoryOf(k)).toBe('strength');
    for (const k of MOBILITY_KINDS) expect(categoryOf(k)).toBe('mobility');
    expect(categoryOf('rest')).toBe('rest');
  });
});
