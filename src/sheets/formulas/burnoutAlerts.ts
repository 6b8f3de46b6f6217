import { readLog } from '../../core/log/readLog';
import { alertsByDay } from '../../core/alerts/burnoutAlerts';
import { ALERT_RULES } from '../../core/alerts/alertRules';
import { ALERT_THRESHOLDS } from '../../core/alerts/thresholds';
import { defineFormula, Table } from './define';
import { EASY_PACE_PARAM, LOG_PARAM, MONTH_PARAM, TYPE_MAP_PARAM } from './logArg';
import { readEasyPace, readMonth, readTypeMap } from './args';
import { dailyTable } from './daily';

const NAME = 'BURNOUT_ALERTS';
export const BURNOUT_ALERTS_HEADER = ['Date', 'Level', 'Reasons'];

export const BURNOUT_ALERTS = defineFormula({
  name: NAME,
  summary: 'Daily burnout alerts: Date | Level | Reasons, one row per calendar day. Level is OK, WATCH or ALERT (the most severe rule that fired); Reasons lists every rule that fired with its measured value and threshold.',
  details: [
    `Rules: ${ALERT_RULES.map((r) => r.describe(ALERT_THRESHOLDS)).join('; ')}.`,
    'ACWR, Form and Monotony are those of TRAINING_LOAD; Recovery and the HRV range and resting-HR baseline those of RECOVERY_SCORE. Session-order rules (P3, P4, P5, P9) are the planner\'s, reported on the day of the strength or stacked session. A day without sessions is a rest day. The Form rule reads Form as a percentage of Fitness, (Fitness − Fatigue) ÷ Fitness of the day before: the reference zones were set for TSS, and session-RPE loads run 3–5 times larger, so a fixed −30 would fire on any ordinary week. Fitness starts from 0 on the log\'s first day, so both averages are divided by the weight their days of data carry, 1 − (1 − 1/42)^days and 1 − (1 − 1/7)^days (a bias-corrected average): steady training reads 0 %, and the correction fades as the log grows. ACWR thresholds (Gabbett) are debated: read them as a signal, not a diagnosis.',
  ],
  params: [LOG_PARAM, MONTH_PARAM, EASY_PACE_PARAM, TYPE_MAP_PARAM],
  run(tz, log, month, easyPace, typeMap): Table {
    const pace = readEasyPace(easyPace, NAME);
    const range = readMonth(month, tz, NAME);
    // A month's rows need only that month's alerts (the load model still runs over the whole log).
    const days = alertsByDay(readLog(log, tz, NAME, { easyPace: pace, typeMap: readTypeMap(typeMap, NAME) }), {}, range?.first);
    return dailyTable(tz, BURNOUT_ALERTS_HEADER, days, range, (date, a) => [date, a.level, a.reasons.join('; ')]);
  },
});
