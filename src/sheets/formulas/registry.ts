// Every custom formula the add-on publishes, in the order the docs list them.
import { FormulaDef } from './define';
import { WEEKLY_MILES } from './weeklyMiles';
import { TRAINING_LOAD } from './trainingLoad';
import { RECOVERY_SCORE } from './recoveryScore';
import { BURNOUT_ALERTS } from './burnoutAlerts';
import { CROSS_TRAIN_MILES } from './crossTrainMiles';
import { LOG_ISSUES } from './logIssues';
import { SUGGEST_PLAN } from './suggestPlan';
import { SEASON_PLAN } from './seasonPlan';
import { PLAN_CHECK } from './planCheck';
import { ORDER_CHECK } from './orderCheck';
import { FORM_ZONE } from './formZone';
import { TODAY_STATUS } from './todayStatus';
import { FITNESS_TREND } from './fitnessTrend';
import { WEEKLY_TREND } from './weeklyTrend';

export const FORMULAS: readonly FormulaDef[] = [WEEKLY_MILES, TRAINING_LOAD, RECOVERY_SCORE, BURNOUT_ALERTS, CROSS_TRAIN_MILES, LOG_ISSUES, SUGGEST_PLAN, SEASON_PLAN, PLAN_CHECK, ORDER_CHECK, FORM_ZONE, TODAY_STATUS, FITNESS_TREND, WEEKLY_TREND];
