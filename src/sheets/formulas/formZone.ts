import { readLog } from '../../core/log/readLog';
import { dailyLoads, formPercent, trainingLoad } from '../../core/load/trainingLoad';
import { FORM_ZONES, formZone } from '../../core/load/formZones';
import { defineFormula, Table } from './define';
import { dailyTable } from './daily';
import { EASY_PACE_PARAM, LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readMonth, readTypeMap } from './args';

const NAME = 'FORM_ZONE';
export const FORM_ZONE_HEADER = ['Date', 'Form %', 'Zone'];

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;
const zones = FORM_ZONES.map((z, i) => {
  const from = i === 0 ? undefined : FORM_ZONES[i - 1].below;
  const range = from === undefined ? `below ${signed(z.below)}` : z.below === Infinity ? `${signed(from)} and above` : `${signed(from)} to ${signed(z.below)}`;
  return `${z.name} ${range}`;
});

export const FORM_ZONE = defineFormula({
  name: NAME,
  summary: 'Form as a fraction of Fitness, and its zone: Date | Form % | Zone, the same days as TRAINING_LOAD.',
  details: [
    'Form % = (Fitness − Fatigue) ÷ Fitness, both yesterday\'s, with the log\'s zero start corrected as BURNOUT_ALERTS does (each average divided by the weight its days of data carry), so steady training reads about 0 % from the first week. Blank on the first day and while Fitness is 0.',
    `Zones (intervals.icu, Friel; set for TSS points, read as a percentage so they fit session-RPE loads): ${zones.join('; ')}. "high risk" is where BURNOUT_ALERTS raises its Form ALERT.`,
  ],
  params: [LOG_PARAM, MONTH_PARAM, EASY_PACE_PARAM, TYPE_MAP_PARAM],
  run(tz, log, month, easyPace, typeMap): Table {
    const pace = readEasyPace(easyPace, NAME);
    const range = readMonth(month, tz, NAME);
    const parsed = readLog(log, tz, NAME, { easyPace: pace, without: 'wellness', typeMap: readTypeMap(typeMap, NAME) });
    const first = parsed.firstDay ?? 0;
    const days = trainingLoad(dailyLoads(parsed), first);
    return dailyTable(tz, FORM_ZONE_HEADER, days, range, (date, d) => {
      const percent = formPercent(days, d.day - first);
      return percent === undefined ? [date, '', ''] : [date, percent / 100, formZone(percent)];
    });
  },
});
