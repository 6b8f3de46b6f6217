// Session types: the Log's Type column and the planner's kinds share one vocabulary.

export const RUN_KINDS = ['easy_run', 'recovery_run', 'long_run', 'tempo', 'hills', 'intervals', 'race'] as const;
export const QUALITY_KINDS = ['long_run', 'tempo', 'hills', 'intervals', 'race'] as const;
export const STRENGTH_KINDS = ['strength_lower', 'strength_upper'] as const;
export const MOBILITY_KINDS = ['mobility', 'yoga', 'foam_roll'] as const;
export const CARDIO_KINDS = ['bike', 'swim', 'elliptical', 'pool_run', 'row', 'skierg'] as const;

/** Kinds a plan may contain (formulas.md, SUGGEST_PLAN). */
export const PLAN_KINDS = ['rest', ...RUN_KINDS, ...STRENGTH_KINDS, 'core', ...MOBILITY_KINDS, ...CARDIO_KINDS] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Kinds a log row may have: the plan kinds plus hiking and unspecified strength. */
export type Kind = PlanKind | 'hike' | 'strength';

export type Category = 'run' | 'cardio' | 'strength' | 'mobility' | 'rest';

/** Category of each kind, looked up rather than searched: every formula asks it for every session. */
const CATEGORY: Record<Kind, Category> = { rest: 'rest', hike: 'cardio', strength: 'strength', core: 'strength' } as Record<Kind, Category>;
for (const k of RUN_KINDS) CATEGORY[k] = 'run';
for (const k of CARDIO_KINDS) CATEGORY[k] = 'cardio';
for (const k of STRENGTH_KINDS) CATEGORY[k] = 'strength';
for (const k of MOBILITY_KINDS) CATEGORY[k] = 'mobility';

export const categoryOf = (kind: Kind): Category => CATEGORY[kind] ?? 'rest';

export const isRunKind = (k: Kind): boolean => categoryOf(k) === 'run';
export const isQualityKind = (k: Kind): boolean => (QUALITY_KINDS as readonly string[]).includes(k);
/** Strength that loads the legs: lower-body, or unspecified (assumed full-body). Core is not. */
export const isLowerStrength = (k: Kind): boolean => k === 'strength_lower' || k === 'strength';
export const isStrengthKind = (k: Kind): boolean => isLowerStrength(k) || k === 'strength_upper';
export const isMobilityKind = (k: Kind): boolean => categoryOf(k) === 'mobility';

/**
 * Accepted spellings of each kind, lower-case. The first is the canonical name shown to the runner.
 * Includes the activity types of Strava, Garmin Connect and intervals.icu exports, also as their
 * German, Danish, Norwegian and Swedish exports spell them (CamelCase types such as `VirtualRide`
 * read as "virtual ride").
 */
export const KIND_NAMES: Record<Kind, readonly string[]> = {
  long_run: ['Long run', 'long', 'lr', 'long trail run'],
  easy_run: ['Easy run', 'run', 'running', 'easy', 'trail run', 'trail running', 'treadmill', 'treadmill run',
    'treadmill running', 'virtual run', 'virtualrun', 'trailrun', 'street running', 'indoor running', 'fartlek',
    'ultra run', 'lauf', 'laufen', 'løb', 'løping', 'löpning', 'terrængløb', 'terrengløping', 'traillöpning'],
  recovery_run: ['Recovery run', 'recovery', 'shakeout'],
  tempo: ['Tempo', 'tempo run', 'threshold'],
  hills: ['Hills', 'hill repeats', 'hill run', 'hill intervals'],
  intervals: ['Intervals', 'interval', 'speed', 'speed work', 'track', 'repeats'],
  race: ['Race', 'ultra', 'marathon'],
  bike: ['Bike', 'ride', 'cycling', 'cycle', 'spin', 'indoor cycling', 'virtual ride', 'virtualride',
    'mountain bike ride', 'mountainbikeride', 'gravel ride', 'gravelride', 'road cycling', 'e-bike ride',
    'ebikeride', 'mountain biking', 'gravel cycling', 'virtual cycling', 'radfahrt', 'radfahren',
    'virtuelle radfahrt', 'cykling', 'indendørs cykling', 'sykling', 'innendørs sykling'],
  swim: ['Swim', 'swimming', 'pool swim', 'lap swimming', 'open water swim', 'open water swimming',
    'pool swimming', 'schwimmen', 'svømning', 'poolsvømning', 'svømming', 'bassengsvømming', 'simning'],
  elliptical: ['Elliptical', 'cross trainer', 'stair stepper', 'stairstepper', 'crosstrainer'],
  row: ['Row', 'rowing', 'indoor rowing', 'rower', 'erg', 'rudern', 'roning', 'indendørs roning', 'roing', 'rodd'],
  skierg: ['SkiErg', 'ski erg', 'nordic ski', 'nordicski', 'cross country skiing', 'backcountry ski',
    'backcountry skiing', 'cross country classic skiing', 'cross country skate skiing', 'skate skiing',
    'skilanglauf', 'langrend', 'längdskidåkning'],
  pool_run: ['Pool run', 'aqua jogging', 'deep water running', 'pool running', 'aqua run'],
  hike: ['Hike', 'hiking', 'walk', 'walking', 'snowshoe', 'snowshoeing', 'wanderung', 'wandern', 'spaziergang',
    'gehen', 'vandring', 'gang', 'gåtur', 'fottur', 'gåing', 'promenad'],
  strength: ['Strength', 'weight training', 'weighttraining', 'strength training', 'gym', 'weights',
    'crossfit', 'workout', 'hiit', 'high intensity interval training', 'krafttraining', 'styrketræning',
    'styrketrening', 'styrketräning'],
  strength_lower: ['Strength (lower)', 'strength lower', 'lower body', 'leg day', 'legs'],
  strength_upper: ['Strength (upper)', 'strength upper', 'upper body'],
  core: ['Core', 'core circuit', 'core stability', 'pilates'],
  yoga: ['Yoga'],
  mobility: ['Mobility', 'flexibility', 'stretch', 'stretching'],
  foam_roll: ['Foam roll', 'foam rolling'],
  rest: ['Rest', 'off', 'rest day'],
};

/**
 * Lower-case, words split at CamelCase, anything but letters and digits to spaces: "Strength (Lower)",
 * "strength-lower" and "StrengthLower" read alike; letters of any alphabet ("Løb") are kept.
 */
export const normalizeTypeText = (s: string): string =>
  s.normalize('NFC')
    .replace(/(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1$3 $2$4')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const KIND_BY_NAME = new Map<string, Kind>();
for (const [kind, names] of Object.entries(KIND_NAMES) as [Kind, readonly string[]][]) {
  KIND_BY_NAME.set(normalizeTypeText(kind), kind);
  for (const n of names) KIND_BY_NAME.set(normalizeTypeText(n), kind);
}

/** The kind a Type cell names, or undefined when it names none. */
export const kindFromText = (text: string): Kind | undefined => KIND_BY_NAME.get(normalizeTypeText(text));

export const displayName = (kind: Kind): string => KIND_NAMES[kind][0];
