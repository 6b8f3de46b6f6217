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

  // A Swedish export re-saved without its accents (seen in a real file), and a runner's own typing.
  it.each([['Lopning', 'easy_run'], ['Lopband', 'easy_run'], ['Styrketraning', 'strength'], ['Langdskidakning fristil', 'skierg'],
    ['Futas', 'easy_run'], ['Kardio', 'strength'], ['Natacao em piscina', 'swim'], ['Course a pied', 'easy_run'], ['Velo', 'bike']])(
    'reads %s, written without accents, as %s', (text, kind) => expect(kindFromText(text)).toBe(kind));

  it('reads a word and the same word without its accents alike', () => {
    expect(normalizeTypeText('Löpning')).toBe(normalizeTypeText('Lopning'));
    expect(normalizeTypeText('LöpBand')).toBe('lop band');
  });

  it.each(['Run/walk', 'Run-Walk'])('reads a runner\'s %s as a run, not a walk', (text) => expect(kindFromText(text)).toBe('easy_run'));

  it.each([['Interval run', 'intervals'], ['Tempo-Lauf', 'tempo'], ['Recovery jog', 'recovery_run'], ['Long trail run with friends', 'long_run'],
    ['Hill run repeats', 'hills'], ['Race: 50 km trail', 'race'], ['Recovery ride', 'bike'], ['Indoor cycling intervals', 'bike']])(
    'reads a run by its purpose: %s as %s', (text, kind) => expect(kindFromText(text)).toBe(kind));

  it.each(['Resort Skiing', 'Snowboard', 'Incident Detected', 'L b', 'Other', 'Outro', 'Andet', 'Breathwork', 'Golf',
    'Alpint skiløb', 'Skilauf', 'Eislaufen', 'Motorcycling', 'Kayaking', 'Multisport', 'Síelés', 'Padel'])('names no kind for %s', (text) => expect(kindFromText(text)).toBeUndefined());
});

/** Garmin Connect's and Strava's activity type names, as their exports write them, by language. */
const BY_LANGUAGE: Record<string, Partial<Record<Kind, string[]>>> = {
  'English (Garmin)': {
    easy_run: ['Running', 'Treadmill Running', 'Trail Running', 'Track Running', 'Indoor Running', 'Ultra Running', 'Virtual Running', 'Street Running', 'Obstacle Racing'],
    bike: ['Cycling', 'Indoor Cycling', 'Road Cycling', 'Mountain Biking', 'Gravel Cycling', 'Virtual Cycling'],
    hike: ['Walking', 'Casual Walking', 'Speed Walking', 'Hiking', 'Mountaineering'],
    swim: ['Pool Swimming', 'Open Water Swimming'],
    strength: ['Strength Training', 'Cardio', 'Indoor Cardio', 'HIIT', 'Gym & Fitness Equipment'],
    elliptical: ['Elliptical', 'Stair Stepper'], row: ['Indoor Rowing'], yoga: ['Yoga'], core: ['Pilates'],
    skierg: ['Cross Country Classic Skiing', 'Skate Skiing'],
  },
  Strava: {
    easy_run: ['Run', 'Trail Run', 'VirtualRun'], bike: ['Ride', 'VirtualRide', 'Virtual Ride', 'MountainBikeRide', 'EBikeRide'],
    hike: ['Walk', 'Hike', 'Snowshoe'], swim: ['Swim'], strength: ['Workout', 'Weight Training', 'WeightTraining', 'Crossfit'],
    yoga: ['Yoga'], elliptical: ['Elliptical', 'StairStepper'], row: ['Rowing'], skierg: ['NordicSki', 'BackcountrySki'],
  },
  'Portuguese (BR, PT)': {
    easy_run: ['Corrida', 'Corrida em esteira', 'Corrida em trilhas', 'Corrida em trilha', 'Corrida em pista', 'Corrida indoor', 'Ultracorrida', 'Corrida em passadeira', 'Corrida em trilho'],
    bike: ['Ciclismo', 'Ciclismo indoor', 'Ciclismo de estrada', 'Mountain bike'], hike: ['Caminhada', 'Caminhada em esteira', 'Trilha'],
    swim: ['Natação', 'Natação em piscina', 'Natação em águas abertas'], strength: ['Treino de força', 'Musculação'],
    elliptical: ['Elíptico'], row: ['Remo indoor'], yoga: ['Ioga'],
  },
  Spanish: {
    easy_run: ['Carrera', 'Entrenamiento en cinta', 'Carrera en cinta', 'Carrera por montaña', 'Trail running', 'Carrera en pista', 'Correr'], bike: ['Ciclismo en interior', 'Ciclismo en ruta'],
    hike: ['Caminar', 'Caminata', 'Senderismo', 'Marcha nórdica'], swim: ['Natación en piscina', 'Natación en aguas abiertas'],
    strength: ['Entrenamiento de fuerza'], elliptical: ['Elíptica'], row: ['Remo en interior'],
  },
  French: {
    easy_run: ['Course à pied', 'Course sur tapis roulant', 'Trail', 'Course sur piste', 'Course à pied en salle'],
    bike: ['Cyclisme', 'Cyclisme en salle', 'Vélo de route', 'VTT'], hike: ['Marche', 'Randonnée', 'Marche nordique'],
    swim: ['Natation', 'Natation en piscine', 'Natation en eau libre'], strength: ['Musculation'], elliptical: ['Elliptique'],
    row: ['Aviron en salle'], skierg: ['Ski de fond'],
  },
  German: {
    easy_run: ['Laufen', 'Laufband', 'Laufbandtraining', 'Trailrunning', 'Bahnlauf', 'Indoor-Laufen', 'Ultralauf', 'Orientierungslauf'],
    bike: ['Radfahren', 'Indoor-Radfahren', 'Rennradfahren', 'Mountainbiken'], hike: ['Gehen', 'Wandern'],
    swim: ['Schwimmen', 'Schwimmbadschwimmen', 'Freiwasserschwimmen'], strength: ['Krafttraining'], elliptical: ['Crosstrainer'],
    row: ['Indoor-Rudern'], skierg: ['Skilanglauf'],
  },
  Italian: {
    easy_run: ['Corsa', 'Corsa su tapis roulant', 'Trail running', 'Corsa su pista', 'Corsa indoor'], bike: ['Ciclismo su strada'],
    hike: ['Camminata', 'Escursionismo'], swim: ['Nuoto', 'Nuoto in piscina', 'Nuoto in acque libere'],
    strength: ['Allenamento della forza'], elliptical: ['Ellittica'], row: ['Canottaggio indoor'], skierg: ['Sci di fondo'],
  },
  Dutch: {
    easy_run: ['Hardlopen', 'Hardlopen op loopband', 'Loopband', 'Trailrunning', 'Baanlopen', 'Indoor hardlopen'],
    bike: ['Fietsen', 'Indoor fietsen', 'Wegwielrennen', 'Mountainbiken'], hike: ['Wandelen', 'Hiken'], swim: ['Zwemmen', 'Zwembadzwemmen', 'Openwaterzwemmen'],
    strength: ['Krachttraining'], row: ['Indoor roeien'],
  },
  Finnish: {
    easy_run: ['Juoksu', 'Juoksumatto', 'Polkujuoksu', 'Ratajuoksu', 'Sisäjuoksu', 'Ultrajuoksu'], bike: ['Pyöräily', 'Sisäpyöräily', 'Maastopyöräily'],
    hike: ['Kävely', 'Vaellus'], swim: ['Uinti', 'Allasuinti', 'Avovesiuinti'], strength: ['Voimaharjoittelu', 'Kardio'], row: ['Sisäsoutu'],
    yoga: ['Jooga'], skierg: ['Murtomaahiihto'],
  },
  Danish: {
    easy_run: ['Løb', 'Løbebånd', 'Terrænløb', 'Baneløb', 'Indendørs løb', 'Ultraløb'], bike: ['Cykling', 'Indendørs cykling', 'Landevejscykling', 'Mountainbike'],
    hike: ['Gang', 'Vandring'], swim: ['Svømning', 'Poolsvømning', 'Svømning i åbent vand'], strength: ['Styrketræning'], row: ['Indendørs roning'],
    skierg: ['Langrend'],
  },
  Norwegian: {
    easy_run: ['Løping', 'Tredemølle', 'Terrengløping', 'Baneløping', 'Innendørs løping', 'Ultraløping'], bike: ['Sykling', 'Innendørs sykling', 'Terrengsykling'],
    hike: ['Gåing', 'Gå', 'Fotturer'], swim: ['Svømming', 'Bassengsvømming', 'Basseng'], strength: ['Styrketrening', 'Kondisjon'], elliptical: ['Ellipsemaskin'],
    row: ['Innendørs roing'], skierg: ['Langrenn'],
  },
  Swedish: {
    easy_run: ['Löpning', 'Löpband', 'Terränglöpning', 'Traillöpning', 'Banlöpning', 'Inomhuslöpning', 'Ultralöpning'],
    bike: ['Cykling', 'Inomhuscykling', 'Mountainbike', 'Gravelcykling'], hike: ['Gång', 'Promenad', 'Vandring'],
    swim: ['Simning', 'Bassängsimning', 'Öppet vatten'], strength: ['Styrketräning', 'Kondition'], row: ['Rodd', 'Inomhusrodd'], skierg: ['Längdskidåkning'],
  },
  Polish: {
    easy_run: ['Bieganie', 'Bieżnia', 'Bieganie na bieżni', 'Bieganie w terenie', 'Ultrabieganie'], bike: ['Kolarstwo', 'Kolarstwo szosowe', 'Jazda na rowerze'],
    hike: ['Chodzenie', 'Spacer', 'Wędrówka'], swim: ['Pływanie', 'Pływanie w basenie'], strength: ['Trening siłowy'], elliptical: ['Orbitrek'],
    row: ['Wioślarstwo'], yoga: ['Joga'], skierg: ['Narciarstwo biegowe'],
  },
  Czech: {
    easy_run: ['Běh', 'Běžecký pás', 'Trailový běh', 'Běh v terénu', 'Běh na dráze'], bike: ['Cyklistika', 'Silniční cyklistika', 'Horská kola'],
    hike: ['Chůze', 'Turistika'], swim: ['Plavání', 'Plavání v bazénu'], strength: ['Silový trénink', 'Posilování'], elliptical: ['Eliptický trenažér'],
    row: ['Veslování'], yoga: ['Jóga'], skierg: ['Běžecké lyžování'],
  },
  Hungarian: {
    easy_run: ['Futás', 'Futópados futás', 'Terepfutás', 'Pályafutás', 'Ultrafutás'], bike: ['Kerékpározás', 'Beltéri kerékpározás'],
    hike: ['Gyaloglás', 'Túrázás'], swim: ['Úszás', 'Medencés úszás'], strength: ['Erősítő edzés', 'Kardió'], row: ['Evezés'], skierg: ['Sífutás'],
  },
  Greek: {
    easy_run: ['Τρέξιμο', 'Τρέξιμο σε διάδρομο'], bike: ['Ποδηλασία'], hike: ['Περπάτημα', 'Πεζοπορία'], swim: ['Κολύμβηση'], strength: ['Προπόνηση δύναμης'],
  },
};

describe.each(Object.entries(BY_LANGUAGE))('activity types by meaning: %s', (_, kinds) => {
  it.each((Object.entries(kinds) as [Kind, string[]][]).flatMap(([kind, names]) => names.map((n) => [n, kind])))('reads %s as %s', (name, kind) =>
    expect(kindFromText(name)).toBe(kind));
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
