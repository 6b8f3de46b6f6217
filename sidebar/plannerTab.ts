// The planner tab: the runner's latest state, the week form, the suggested week and inserting it.

import { InsertResult, LatestDay, PlanRequest, PlannerState, SidebarPlan, planRequestSchema } from '../src/sheets/sidebarContract';
import { el, message } from './dom';
import { CYCLE_FIELD_HINT, RACE_DISTANCE_FIELD_HINT, cycleSelect, field, formatDate, given, onCheckedSubmit, raceDistanceInput, round1, weekdaySelect } from './fields';
import { planTab } from './planTab';
import { Server } from './server';

function stateCard(latest: LatestDay | undefined, logIssues: number): HTMLElement {
  if (!latest) {
    return el('section', { class: 'card', 'aria-label': 'Your latest day' },
      message('info', 'Your Log has no dated sessions yet. Log a few days — or import an export from Strava, Garmin or intervals.icu — and the planner will build your week from them.'));
  }
  const { recovery, alert } = latest;
  return el('section', { class: 'card', 'aria-label': 'Your latest day' },
    el('h2', {}, `Latest day: ${formatDate(latest.date)}`),
    el('p', { class: `level level-${alert.level.toLowerCase()}` }, el('strong', {}, `Alerts: ${alert.level}`)),
    alert.reasons.length ? el('ul', { class: 'reasons' }, ...alert.reasons.map((r) => el('li', {}, r))) : null,
    recovery
      ? el('p', { class: `level level-${recovery.status.toLowerCase()}` }, el('strong', {}, `Recovery ${Math.round(recovery.score)} (${recovery.status})`), recovery.why ? ` — ${recovery.why}` : '')
      : el('p', { class: 'muted' }, 'No wellness logged that day, so no recovery score.'),
    latest.notes.length ? el('p', { class: 'notes-logged' }, el('strong', {}, 'Your notes: '), latest.notes.join(' · ')) : null,
    logIssues ? el('p', { class: 'muted' }, `${logIssues} problem${logIssues === 1 ? '' : 's'} in the Log — =LOG_ISSUES(Log!A1:L) lists them.`) : null,
  );
}

function planForm(state: PlannerState, onSubmit: (request: PlanRequest) => void): HTMLFormElement {
  const d = state.defaults;
  const weekStart = el('input', { id: 'week-start', type: 'date', value: d.weekStart ?? '', 'aria-describedby': 'week-start-hint' });
  const longRun = weekdaySelect('long-run-day', d.longRunDay);
  const raceDate = el('input', { id: 'race-date', type: 'date', value: d.raceDate ?? '' });
  const raceDistance = raceDistanceInput('race-distance', d.raceDistance);
  const cycle = cycleSelect('cycle', d.cycle);
  const target = el('input', { id: 'target', type: 'number', min: '1', step: '0.5', inputmode: 'decimal', value: d.targetMiles === undefined ? '' : String(d.targetMiles), 'aria-describedby': 'target-hint' });
  const injured = el('input', { id: 'injured', type: 'checkbox', checked: d.injured });
  const errors = el('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = el('form', { class: 'card', 'aria-label': 'Week to plan', novalidate: true },
    field('Week starting', weekStart, 'Blank: the Monday after your last logged day.'),
    field('Long-run day', longRun),
    field('Race date', raceDate),
    field('Race distance', raceDistance, RACE_DISTANCE_FIELD_HINT),
    field(`Weekly target (${state.unit})`, target, 'Blank: from your recent weeks.'),
    field('Cutback cycle', cycle, CYCLE_FIELD_HINT),
    el('div', { class: 'field field-check' }, injured, el('label', { for: 'injured' }, 'Injured: replace running with low-impact cardio')),
    errors,
    el('button', { type: 'submit', class: 'action', disabled: !state.latest }, 'Suggest my week'),
  );
  onCheckedSubmit(form, errors, planRequestSchema, () => ({
    weekStart: weekStart.value || undefined,
    longRunDay: longRun.value,
    raceDate: raceDate.value || undefined,
    targetMiles: target.value === '' ? undefined : Number(target.value),
    injured: injured.checked,
    raceDistance: given(raceDistance),
    cycle: cycle.value,
  }), onSubmit);
  return form;
}

function amount(s: SidebarPlan['sessions'][number], unit: string): string {
  if (s.distance !== null) return `${s.distance} ${unit}`;
  return s.minutes !== null ? `${s.minutes} min` : '';
}

function weekTable(week: SidebarPlan): HTMLElement {
  return el('table', { class: 'plan' },
    el('caption', {}, `Week of ${formatDate(week.weekStart)} — ${week.phaseName}, ${round1(week.target)} ${week.unit} of running`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Day'), el('th', { scope: 'col' }, 'Session'), el('th', { scope: 'col' }, 'Amount'))),
    el('tbody', {}, ...week.sessions.map((s) =>
      el('tr', {},
        el('th', { scope: 'row' }, `${s.day} ${s.slot}`),
        el('td', {}, el('span', { class: 'session' }, s.session), s.details ? el('small', { class: 'details' }, s.details) : null),
        el('td', { class: 'num' }, amount(s, week.unit))))),
  );
}

export function plannerTab(server: Server, root: HTMLElement): void {
  planTab(server, root, {
    reading: 'Reading your log…',
    what: 'week',
    top: (state, submit) => [stateCard(state.latest, state.logIssues), planForm(state, submit)],
    plan: async (request: PlanRequest) => {
      const answer = await server.suggestWeek(request);
      return answer.plan ?? answer.message;
    },
    show: (week) => [weekTable(week), week.notes.length ? el('ul', { class: 'notes' }, ...week.notes.map((n) => el('li', {}, n))) : null],
    insert: (week) => ({
      what: 'week',
      send: (replace) => server.insertPlan({ weekStart: week.weekStart, rows: week.rows, replace }),
      done: (r: Extract<InsertResult, { status: 'inserted' }>) => `Inserted ${r.rows} sessions into the Plan sheet${r.replaced ? ` (replacing ${r.replaced} rows of that week)` : ''}.`,
      ask: (r: Extract<InsertResult, { status: 'exists' }>) => `The Plan sheet already has ${r.rows} row${r.rows === 1 ? '' : 's'} for the week of ${formatDate(week.weekStart)}. Replace them?`,
    }),
  });
}
