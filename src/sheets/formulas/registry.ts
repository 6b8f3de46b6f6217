// Every custom formula the add-on publishes, in the order the docs list them.
import { FormulaDef } from './define';
import { WEEKLY_MILES } from './weeklyMiles';
import { TRAINING_LOAD } from './trainingLoad';

export const FORMULAS: readonly FormulaDef[] = [WEEKLY_MILES, TRAINING_LOAD];
