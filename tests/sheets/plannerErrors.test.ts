// The planner's server functions, called as google.script.run calls them (anyone who can open the
// sidebar's console can send anything): every invalid field is named, with what was sent — never
// "Planner: unexpected error".
import { createEmulator } from '../../emulator';

const emu = createEmulator({ timeZone: 'Europe/London' });
emu.spreadsheet.insertSheet('Log').getRange(1, 1, 2, 4).setValues([['Date', 'Type', 'Distance', 'Duration'], ['2026-03-01', 'Easy run', 5, 50]]);
const refusal = (name: string, request: unknown): string => {
  try {
    emu.run(name, request);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${name} accepted ${JSON.stringify(request)}`);
};

describe('suggestWeek', () => {
  it.each([
    [{ raceDate: 'soon' }, 'Planner: race date must be a date like 2026-03-02, got "soon"'],
    [{ raceDate: 5 }, 'Planner: race date must be a date like 2026-03-02, got 5'],
    [{ weekStart: '2026-02-30' }, 'Planner: week start must be a date like 2026-03-02, got "2026-02-30"'],
    [{ longRunDay: 'Funday' }, 'Planner: long-run day must be one of Mon, Tue, Wed, Thu, Fri, Sat, Sun, got "Funday"'],
    [{ targetMiles: -5 }, 'Planner: weekly target must be more than 0, got -5'],
    [{ targetMiles: '40' }, 'Planner: weekly target must be a number, got "40"'],
    [{ injured: 'maybe' }, 'Planner: injured must be yes or no, got "maybe"'],
    [{ colour: 'red' }, 'Planner: unknown field "colour": use weekStart, longRunDay, raceDate, targetMiles, injured, raceDistance, cycle'],
    ['x', 'Planner: the request must be an object with weekStart, longRunDay, raceDate, targetMiles, injured, raceDistance, cycle, got "x"'],
  ])('names the field of %j', (request, message) => {
    expect(refusal('suggestWeek', request)).toBe(message);
  });
});

describe('insertPlan', () => {
  const row = ['2026-03-02', 'Mon', 'AM', 'Easy run', 'easy_run', 5, 50, ''];
  const week = (r: unknown[]) => ({ weekStart: '2026-03-02', rows: [row, r], replace: false });
  it.each([
    [{ weekStart: 'x', rows: [row], replace: false }, 'Planner: week start must be a date like 2026-03-02, got "x"'],
    [week(['2026-03-03', 'Tue', 'AM', 'Easy run', 'easy', 5, 50, '']), 'Planner: row 2: kind must be one of the planner\'s session kinds (easy_run, long_run, tempo, …), got "easy"'],
    [week(['2026-03-03', 'Tue', 'AM', 'Easy run', 'easy_run', -5, 50, '']), 'Planner: row 2: distance must be a number, 0 or more, or empty, got -5'],
    [week(['2026-03-03', 'Tue', 'noon', 'Easy run', 'easy_run', 5, 50, '']), 'Planner: row 2: slot must be AM or PM, got "noon"'],
    [{ weekStart: '2026-03-02', rows: [row], replace: 'yes' }, 'Planner: replace must be true or false, got "yes"'],
    [{ weekStart: '2026-03-02', rows: [], replace: false }, 'Planner: the week has no sessions'],
  ])('names the field of %j', (request, message) => {
    expect(refusal('insertPlan', request)).toBe(message);
  });
});
