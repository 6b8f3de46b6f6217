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
 * read as "virtual ride"); other names are read by meaning (MEANINGS).
 */
export const KIND_NAMES: Record<Kind, readonly string[]> = {
  long_run: ['Long run', 'long', 'lr', 'long trail run'],
  easy_run: ['Easy run', 'run', 'running', 'easy', 'run walk', 'trail run', 'trail running', 'treadmill', 'treadmill run',
    'treadmill running', 'virtual run', 'virtualrun', 'trailrun', 'street running', 'indoor running', 'fartlek',
    'ultra run', 'lauf', 'laufen', 'løb', 'løping', 'löpning', 'terrængløb', 'terrengløping', 'traillöpning', 'trail'],
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
    'gehen', 'vandring', 'gang', 'gåtur', 'fottur', 'gåing', 'promenad', 'gå'],
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

/** Letters without their accents: an export re-saved as plain text ("Lopning", "Kardio") reads as written. */
const unaccented = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Lower-case, words split at CamelCase, accents dropped, anything but letters and digits to spaces:
 * "Strength (Lower)", "strength-lower" and "StrengthLower" read alike, as do "Löpning" and "Lopning";
 * letters of any alphabet ("Løb", "Τρέξιμο") are kept.
 */
export const normalizeTypeText = (s: string): string =>
  unaccented(s.normalize('NFC').replace(/(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1$3 $2$4'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const KIND_BY_NAME = new Map<string, Kind>();
for (const [kind, names] of Object.entries(KIND_NAMES) as [Kind, readonly string[]][]) {
  KIND_BY_NAME.set(normalizeTypeText(kind), kind);
  for (const n of names) KIND_BY_NAME.set(normalizeTypeText(n), kind);
}

/**
 * Types by meaning, for every name KIND_NAMES does not spell out: word stems of Garmin Connect's
 * activity types in its export languages (English, Czech, Danish, Dutch, Finnish, French, German,
 * Greek, Hungarian, Italian, Norwegian, Polish, Portuguese, Spanish, Swedish) and of Strava's, with
 * their treadmill, trail, track, ultra, indoor and virtual variants ("Corrida em esteira",
 * "Entrenamiento en cinta", "Ultraløb", "Polkujuoksu"). Tried in order on the normalized text (the
 * stems are written with their accents and read without, as the text is); the first match decides.
 * Stems sit inside compound words, so families that contain another's stem come first: cross-country
 * skiing ("Skilanglauf", "narciarstwo biegowe", "Sífutás") before running; downhill skiing and
 * skating ("Skiløb", "Eislaufen", "Síelés") name no kind; a Polish bike ride ("rowerze") is not
 * rowing, nor yoga ("joga") a jog.
 */
const MEANINGS: readonly [RegExp, Kind | undefined][] = ([
  [/aqua ?jog|deep water run|pool run|vandløb i pool/, 'pool_run'],
  [/nordic ski|cross country ski|backcountry|skate ski|langlauf|langren|längd|hiihto|biegow|běžk|běžeck\S* lyž|de fond|di fondo|sífut|ski erg|skierg/, 'skierg'],
  [/(^| )ski|skiing|alpin|snowboard|motor|lyž|narciar|esqu[ií]|(^| )sci( |$)|slalom|skøjt|skridsko|luistel|schaats|eislauf|skating|patin|síel/, undefined],
  [/ellip|el[ií]pti|ellitt|crosstrain|cross trainer|orbitrek|stair|stepper|trapp|schod/, 'elliptical'],
  [/rowerz|kolarstw|cycl|cykl|sykl|cicl|radf|rennrad|fiets|wielren|pyöräil|bike|biking|(^| )ride( |$)|v[ée]lo|(^| )vtt|bicic|bicikl|kerékpár|spinning|(^| )kol[oa]( |$)|ποδηλ/, 'bike'],
  [/(^| )row|remo|aviron|canott|vogat|ruder|roei|soutu|roning|roing|rodd|wiośl|veslo|evez/, 'row'],
  [/swim|nata[cçt]|nuot|schwimm|zwem|uinti|svøm|svöm|simning|basseng|pływ|plav|úszás|κολ[υύ]μβ|öppet vatten|open water/, 'swim'],
  [/walk|hik|^trilh|camin|cammin|marche|randonn|escurs|gehen|wander|wandel|kävel|vaell|(^| )gang( |$)|gåtur|gång|gåing|vandr|fottur|promenad|chodz|marsz|marcha|spacer|wędr|chůz|turisti|sender|gyalog|túráz|περπ[αά]τ|πεζοπορ|trekking|mountaineer|snowshoe|lumikenk/, 'hike'],
  [/yoga|ioga|jooga|joga|jóga/, 'yoga'],
  [/pilates/, 'core'],
  [/run|jog|løb|løp|löp|lauf|corr|cors[ao]|cursa|carrera|course|hardlo|loopband|juoks|bieg|bież|běh|běž|fut[áó]|τρ[εέ]ξ|tredemølle|esteira|passadeira|tapis|cinta|marat|orient|obstacle|lopen|(^| )trail/, 'easy_run'],
  [/strength|força|fuerza|muscul|forza|kraft|kracht|voima|styrk|siłow|silov|posilov|erősít|súlyz|δύναμ|weight|(^| )gym|hiit|crossfit|workout|lifting|cardio|kardio|kondi|fitness/, 'strength'],
] as const).map(([stems, kind]) => [new RegExp(unaccented(stems.source)), kind]);

/** The kind a text spells out exactly (KIND_NAMES), not by meaning. */
export const kindFromName = (text: string): Kind | undefined => KIND_BY_NAME.get(normalizeTypeText(text));

/** A run named for its purpose ("Interval run", "Tempo-Lauf", "Recovery jog") is that kind of run. */
const RUN_PURPOSES: readonly [RegExp, Kind][] = [
  [/long/, 'long_run'], [/recover/, 'recovery_run'], [/tempo|threshold/, 'tempo'], [/hill/, 'hills'],
  [/interval|repeat/, 'intervals'], [/race|wettkampf|competi/, 'race'],
];

const meaningOf = (key: string): Kind | undefined => {
  const kind = MEANINGS.find(([stems]) => stems.test(key))?.[1];
  return kind === 'easy_run' ? RUN_PURPOSES.find(([words]) => words.test(key))?.[1] ?? kind : kind;
};

/** Whether a text names, on purpose, an activity outside the session types (downhill skiing, skating): its data never makes it a run. */
export const namesNoKind = (text: string): boolean => {
  const key = normalizeTypeText(text);
  const family = MEANINGS.find(([stems]) => stems.test(key));
  return !KIND_BY_NAME.has(key) && family !== undefined && family[1] === undefined;
};

const KIND_BY_MEANING = new Map<string, Kind | undefined>();

/** The kind a Type cell names — its exact name first, else its meaning — or undefined when it names none. */
export function kindFromText(text: string): Kind | undefined {
  const key = normalizeTypeText(text);
  const exact = KIND_BY_NAME.get(key);
  if (exact !== undefined || key === '') return exact;
  if (!KIND_BY_MEANING.has(key)) KIND_BY_MEANING.set(key, meaningOf(key));
  return KIND_BY_MEANING.get(key);
}

export const displayName = (kind: Kind): string => KIND_NAMES[kind][0];

/** Every session type by its canonical name: the Log's Type list, the Type map's choices. */
export const SESSION_TYPE_NAMES = (Object.keys(KIND_NAMES) as Kind[]).map(displayName);
