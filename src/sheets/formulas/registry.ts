// Every custom formula the add-on publishes, in the order the docs list them.
import { FormulaDef } from './define';
import { WEEKLY_MILES } from './weeklyMiles';
import { TRAINING_LOAD } from './trainingLoad';
import { RECOVERY_SCORE } from './recoveryScore';
import { BURNOUT_ALERTS } from './burnoutAlerts';
import { CROSS_TRAIN_MILES } from './crossTrainMiles';
import { LOG_ISSUES } from './logIssues';
import { ORDER_CHECK } from './orderCheck';

export const FORMULAS: readonly FormulaDef[] = [WEEKLY_MILES, TRAINING_LOAD, RECOVERY_SCORE, BURNOUT_ALERTS, CROSS_TRAIN_MILES, LOG_ISSUES, ORDER_CHECK];
