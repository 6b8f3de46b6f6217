// Garmin Connect's activity list ("Export CSV"). Its first columns keep their order in every
// language and version: Activity Type, Date, [Favorite], Title, Distance, Calories, Time, …; older
// exports have no Favorite, are unquoted and write `--:--:--` for a missing time. Dates are local.
// Distance is in the account's unit, which the file never states: runs and walks give it away
// (steps × stride length, always metres, against the distance), else the paces of runs, walks and
// rides (a distance in the wrong unit is 1.6 times off a plausible pace); failing both, km for a
// non-English export, else the tracker's unit, with a warning. Rows are metres. Swims: a pool
// swim (a distance above 50, "1,750") is in the pool's unit, which the list does not state either:
// yards in a miles account, metres in a km one; an open-water swim ("1.12") is in the account's unit.

import { CsvTable } from '../csv';
import { asWritten } from '../dates';
import { decimalMarkOf } from '../values';
import { findColumn } from '../headers';
import { Activity, Column, METRES_PER_UNIT, ReadContext, SourceFormat, Unit, columnOf, readActivities, rowValues } from '../source';
import { kindWithMap } from '../../log/typeMap';
import { Kind, categoryOf } from '../../sessionTypes';
import { RowData, runFromData } from '../runFromData';

const NAMES = {
  type: ['activity type', 'aktivitetstype', 'aktivitetstyp', 'aktivitätstyp', 'activiteittype', 'activiteitstype',
    "type d'activité", 'tipo de actividad', 'tipo di attività', 'tipo de atividade', 'typ aktywności', 'aktiviteetin tyyppi', 'suorituksen tyyppi',
    'typ aktivity', 'tevékenység típusa'],
  date: ['date', 'dato', 'datum', 'fecha', 'data', 'päivämäärä', 'päiväys', 'dátum'],
  favorite: ['favorite', 'favorit', 'favoritt', 'favoriet', 'favori', 'favorito', 'favoriten', 'ulubione', 'ulubiony', 'preferito', 'suosikki', 'oblíbené', 'kedvenc'],
  title: ['title', 'titel', 'tittel', 'titre', 'título', 'titolo', 'tytuł', 'otsikko', 'název', 'namn', 'cím'],
  distance: ['distance', 'distanse', 'distanz', 'afstand', 'sträcka', 'distans', 'distancia', 'distanza', 'distância', 'dystans', 'matka', 'vzdálenost', 'távolság'],
  time: ['time', 'tid', 'zeit', 'tijd', 'temps', 'durée', 'tiempo', 'tempo', 'tempo total', 'czas', 'aika', 'čas', 'idő'],
  moving: ['moving time', 'tid i bevegelse', 'zeit in bewegung', 'tiempo en movimiento', 'temps de déplacement', 'tempo em movimento',
    'färdtid', 'czas ruchu', 'menetidő', 'tijd bewogen'],
  steps: ['steps', 'skridt', 'schritte', 'stappen', 'steg', 'pasos', 'passi', 'passos', 'kroki', 'kroky', 'askeleet', 'skritt', 'pas', 'lépések'],
  stride: ['avg stride length', 'gns. skridtlængde', 'comprimento médio da passada', 'gjennomsnittlig skrittlengde', 'ø schrittlänge',
    'longitud media de zancada', 'longueur moyenne des foulées', 'medelsteglängd', 'średnia długość kroku', 'átlagos lépéshossz', 'gem. staplengte', 'askeleen keskipituus'],
  hr: ['avg hr', 'fc média', 'gjennomsnittlig puls', 'ø hf', 'ø herzfrequenz', 'frecuencia cardiaca media', 'fréquence cardiaque moyenne',
    'medelpuls', 'średnie tętno', 'átlagos pulzusszám', 'gem. hs'],
  /**
   * Steps a minute, both feet. The header follows the list's filter, not the row: "Avg Bike Cadence"
   * holds a run's steps on a run's row, and a ride's pedal turns (never 140 a minute) on a ride's.
   */
  cadence: ['avg run cadence', 'cadência de corrida média', 'gjennomsnittlig frekvens for løping', 'ø schrittfrequenz (laufen)',
    'cadencia de carrera media', 'cadence de course moyenne', 'medellöpkadens', 'średni rytm biegu', 'avg bike cadence', 'cadência bicicleta média'],
  /** Written as min:ss per unit on foot, as a speed on a bike, whatever the header says. */
  pace: ['avg pace', 'avg speed', 'ritmo médio', 'velocidade média', 'gjennomsnittlig tempo', 'ø pace', 'ritmo medio', 'allure moyenne',
    'medeltempo', 'średnie tempo', 'átlagos tempó'],
  ascent: ['total ascent', 'elev gain', 'subida total', 'total stigning', 'stigning totalt', 'positiver höhenunterschied', 'anstieg gesamt',
    'ascenso total', 'ascension totale', 'całkowity wznios', 'teljes emelkedés', 'totale stijging'],
};
const METRES_PER_YARD = 0.9144;
/** A swim's distance above this is in the pool's unit (metres or yards), at most this in the account's. */
const POOL_UNITS_ABOVE = 50;

/** A session that stood still for more than this share of its time does not tell the unit by its strides. */
const STOP_AND_GO = 0.1;

/**
 * The account's unit from runs and walks: steps × stride length (m) ÷ distance is ~1609 for mi,
 * ~1000 for km. Only sessions moving for most of their time tell it: a stop-and-go one (a football
 * practice logged as a run) counts steps its running stride length does not cover.
 */
function unitFromStrides(table: CsvTable, steps: Column, stride: Column, distance: Column, time: Column, moving?: Column): Unit | undefined {
  const ratios: number[] = [];
  table.rows.forEach((_, r) => {
    const [n, len, d] = [steps.number(r), stride.number(r), distance.number(r)];
    const [t, m] = [time.seconds(r), moving?.seconds(r)];
    if (n && len && d && !(t && m !== undefined && m < (1 - STOP_AND_GO) * t)) ratios.push((n * len) / d);
  });
  if (ratios.length === 0) return undefined;
  const median = ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
  return Math.abs(Math.log(median / METRES_PER_UNIT.mi)) < Math.abs(Math.log(median / METRES_PER_UNIT.km)) ? 'mi' : 'km';
}

/** Typical minutes per km on foot and on a bike: the centre a plausible pace lies around. */
const TYPICAL_MIN_PER_KM: Partial<Record<string, number>> = { run: 6, hike: 12, bike: 2.4 };
const DECISIVE = Math.log(METRES_PER_UNIT.mi / METRES_PER_UNIT.km) / 3;
const familyOf = (kind: Kind | undefined): string | undefined => (kind === undefined ? undefined : kind === 'hike' || kind === 'bike' ? kind : categoryOf(kind));

/** Fewer sessions than this cannot tell the unit by their paces (a real export's one slow jog and one touring ride read as miles). */
const MIN_PACED = 3;

/**
 * The unit under which the paces of runs, walks and rides lie clearly closer to their typical pace:
 * on average at least a third of the 1.6× between the units, so that one slow ride cannot decide.
 */
function unitFromPaces(table: CsvTable, kinds: (Kind | undefined)[], distance: Column, time: Column): Unit | undefined {
  const misfit: Record<Unit, number> = { mi: 0, km: 0 };
  let n = 0;
  table.rows.forEach((_, r) => {
    const centre = TYPICAL_MIN_PER_KM[familyOf(kinds[r]) ?? ''];
    const [d, s] = [distance.number(r), time.seconds(r)];
    if (!centre || !d || !s) return;
    n++;
    for (const u of ['mi', 'km'] as const) misfit[u] += Math.abs(Math.log(s / 60 / ((d * METRES_PER_UNIT[u]) / 1000) / centre));
  });
  if (n < MIN_PACED || Math.abs(misfit.mi - misfit.km) / n < DECISIVE) return undefined;
  return misfit.mi < misfit.km ? 'mi' : 'km';
}

export const garmin: SourceFormat = {
  id: 'garmin',
  name: 'Garmin Connect activities',
  // Or, in a language not listed, by the column every Garmin list has and no other export: "Training Stress Score®".
  detect: (h) => (NAMES.type.includes(h[0]) && NAMES.date.includes(h[1])) || h.some((c) => c.startsWith('training stress score')),

  read(table: CsvTable, h: readonly string[], ctx: ReadContext): Activity[] {
    const english = h[0] === 'activity type';
    const favorite = NAMES.favorite.includes(h[2]) || table.rows.every((r) => /^(true|false)$/i.test(r[2] ?? ''));
    const titleAt = findColumn(h, NAMES.title) ?? (favorite ? 3 : 2);
    const distanceAt = findColumn(h, NAMES.distance) ?? titleAt + 1;
    // The file's decimal mark is its distances' (two decimals: "6.24", "6,24"); Brazilian exports write English numbers.
    const mark = decimalMarkOf(table.rows.map((r) => r[distanceAt] ?? ''), english ? '.' : ',');
    const col = (index: number | undefined, what: string) => columnOf(table, index, what, ctx, mark);
    const date = col(1, 'Date')!;
    const type = col(0, 'Activity Type')!;
    const title = col(titleAt, 'Title')!;
    const distance = col(distanceAt, 'Distance')!;
    const timeAt = findColumn(h, NAMES.time) ?? titleAt + 3;
    const time = col(timeAt, 'Time')!;
    // Avg HR follows Time in every layout; Total Ascent (in the account's unit) is found by name.
    const hr = col(findColumn(h, NAMES.hr) ?? timeAt + 1, 'Avg HR')!;
    const ascent = col(findColumn(h, NAMES.ascent), 'Total Ascent');

    const kinds = table.rows.map((_, r) => kindWithMap(type.text(r), ctx.typeMap));
    const steps = findColumn(h, NAMES.steps);
    const stride = findColumn(h, NAMES.stride);
    const byStrides = steps !== undefined && stride !== undefined
      ? unitFromStrides(table, col(steps, 'Steps')!, col(stride, 'Avg Stride Length')!, distance, time, col(findColumn(h, NAMES.moving), 'Moving Time'))
      : undefined;
    const byPaces = byStrides ? undefined : unitFromPaces(table, kinds, distance, time);
    // Failing both: a non-English export is in km (as every one seen was), an English one in the tracker's unit.
    const unit = byStrides ?? byPaces ?? (english ? ctx.unit ?? 'mi' : 'km');
    const swims = kinds.some((k) => k === 'swim')
      ? `its pool swims in ${unit === 'mi' ? 'yards' : 'metres'}, as Garmin writes them for a ${unit === 'mi' ? 'miles' : 'km'} account (open water in ${unit})`
      : undefined;
    ctx.exportUnit = {
      unit,
      why: byStrides ? 'told by steps × stride length' : byPaces ? 'told by the paces of its runs, walks and rides' : 'not stated in the file',
      swims,
    };
    /** Metres in one unit of a row's distance `d`: rows in metres, pool swims in the pool's unit, the rest in the account's. */
    const metresEach = (kind: Kind | undefined, d: number) =>
      kind === 'row' ? 1 : kind === 'swim' && d > POOL_UNITS_ABOVE ? (unit === 'mi' ? METRES_PER_YARD : 1) : METRES_PER_UNIT[unit];
    if (!byStrides && !byPaces) {
      ctx.warnings.add(`Garmin's export does not state its distance unit, and neither steps × stride length nor the paces of its runs, walks and rides tell it clearly: distances read as ${unit}`);
    }

    const cadence = col(findColumn(h, NAMES.cadence), 'Avg Run Cadence');
    const stepsColumn = col(steps, 'Steps');
    const pace = col(findColumn(h, NAMES.pace), 'Avg Pace');
    /** A row's steps a minute (its cadence, else steps over time), and its pace where written as one. */
    const rowData = (r: number, d: number | undefined, seconds: number | undefined): RowData => {
      const n = stepsColumn?.number(r);
      const minutes = seconds ? seconds / 60 : undefined;
      return {
        stepsPerMinute: cadence?.number(r) ?? (n && minutes ? n / minutes : undefined),
        minPerKm: d && minutes && /^\d+:\d\d$/.test(pace?.text(r) ?? '') ? minutes / ((d * METRES_PER_UNIT[unit]) / 1000) : undefined,
      };
    };

    return readActivities(table, ctx, date, type, asWritten, (r, typeText) => {
      const v = rowValues(r);
      const d = v.number(distance, 'distance');
      const kind = kinds[r];
      const seconds = v.seconds(time, 'duration');
      const up = v.number(ascent, 'elevation');
      return {
        name: title.text(r) || undefined,
        metres: d === undefined ? undefined : d * metresEach(kind, d),
        seconds,
        avgHr: v.number(hr, 'avgHr'),
        ascentMetres: up === undefined ? undefined : unit === 'mi' ? up * 0.3048 : up,
        runBy: kind === undefined ? runFromData(typeText, kind, rowData(r, d, seconds)) : undefined,
        written: v.written,
      };
    });
  },
};
