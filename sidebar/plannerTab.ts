// The planner tab: the runner's latest state, the week form, the suggested week and inserting it.

import { WEEKDAYS } from '../src/core/days';
import { InsertResult, LatestDay, PlanRequest, PlannerState, SidebarPlan, describeIssues, planRequestSchema } from '../src/sheets/sidebarContract';
import { el, message, replaceChildren } from './dom';
import { Server, errorText } from './server';

const DAY_NAMES: Record<string, string> = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };

const round1 = (n: number) => Math.round(n * 10) / 10;

const formatDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

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

function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input, hint ? el('small', { id: `${id}-hint` }, hint) : null);
}

function planForm(state: PlannerState, onSubmit: (request: PlanRequest) => void): HTMLFormElement {
  const d = state.defaults;
  const weekStart = el('input', { id: 'week-start', type: 'date', value: d.weekStart ?? '', 'aria-describedby': 'week-start-hint' });
  const longRun = el('select', { id: 'long-run-day' }, ...WEEKDAYS.map((w) => el('option', { value: w, selected: w === d.longRunDay }, DAY_NAMES[w])));
  const raceDate = el('input', { id: 'race-date', type: 'date', value: d.raceDate ?? '' });
  const target = el('input', { id: 'target', type: 'number', min: '1', step: '0.5', inputmode: 'decimal', value: d.targetMiles === undefined ? '' : String(d.targetMiles), 'aria-describedby': 'target-hint' });
  const injured = el('input', { id: 'injured', type: 'checkbox', checked: d.injured });
  const errors = el('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = el('form', { class: 'card', 'aria-label': 'Week to plan', novalidate: true },
    field('Week starting', weekStart, 'Blank: the Monday after your last logged day.'),
    field('Long-run day', longRun),
    field('Race date', raceDate),
    field(`Weekly target (${state.unit})`, target, 'Blank: from your last 4 weeks.'),
    el('div', { class: 'field field-check' }, injured, el('label', { for: 'injured' }, 'Injured: replace running with low-impact cardio')),
    errors,
    el('button', { type: 'submit', class: 'action', disabled: !state.latest }, 'Suggest my week'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const parsed = planRequestSchema.safeParse({
      weekStart: weekStart.value || undefined,
      longRunDay: longRun.value,
      raceDate: raceDate.value || undefined,
      targetMiles: target.value === '' ? undefined : Number(target.value),
      injured: injured.checked,
    });
    if (!parsed.success) {
      replaceChildren(errors, message('error', `Please check the form: ${describeIssues(parsed.error)}.`));
      return;
    }
    replaceChildren(errors);
    onSubmit(parsed.data);
  });
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
  const status = el('div', { 'aria-live': 'polite' }, message('info', 'Reading your log…'));
  const result = el('div', { 'aria-live': 'polite' });
  replaceChildren(root, status, result);

  const insert = async (week: SidebarPlan, replace: boolean, out: HTMLElement) => {
    replaceChildren(out, message('info', 'Writing to the Plan sheet…'));
    let r: InsertResult;
    try {
      r = await server.insertPlan({ weekStart: week.weekStart, rows: week.rows, replace });
    } catch (e) {
      replaceChildren(out, message('error', `Could not insert the week: ${errorText(e)}`));
      return;
    }
    if (r.status === 'inserted') {
      replaceChildren(out, message('ok', `Inserted ${r.rows} sessions into the Plan sheet${r.replaced ? ` (replacing ${r.replaced} rows of that week)` : ''}.`));
      return;
    }
    const yes = el('button', { type: 'button', class: 'action' }, 'Replace that week');
    const no = el('button', { type: 'button' }, 'Keep it');
    yes.addEventListener('click', () => insert(week, true, out));
    no.addEventListener('click', () => replaceChildren(out, message('info', 'Nothing was changed.')));
    replaceChildren(out, el('div', { class: 'confirm', role: 'alertdialog', 'aria-label': 'Replace the planned week?' },
      el('p', {}, `The Plan sheet already has ${r.rows} row${r.rows === 1 ? '' : 's'} for the week of ${formatDate(week.weekStart)}. Replace them?`),
      yes, ' ', no));
    yes.focus();
  };

  const suggest = async (request: PlanRequest) => {
    replaceChildren(result, message('info', 'Planning your week…'));
    try {
      const answer = await server.suggestWeek(request);
      if (!answer.plan) return replaceChildren(result, message('info', answer.message));
      const week = answer.plan;
      const out = el('div', { 'aria-live': 'polite' });
      const button = el('button', { type: 'button', class: 'action' }, 'Insert into Plan sheet');
      button.addEventListener('click', () => insert(week, false, out));
      replaceChildren(result,
        weekTable(week),
        week.notes.length ? el('ul', { class: 'notes' }, ...week.notes.map((n) => el('li', {}, n))) : null,
        button, out);
    } catch (e) {
      replaceChildren(result, message('error', `Could not plan the week: ${errorText(e)}`));
    }
  };

  server.getPlannerState().then(
    (state) => replaceChildren(status, stateCard(state.latest, state.logIssues), planForm(state, suggest)),
    (e) => replaceChildren(status, message('error', `Could not read your spreadsheet: ${errorText(e)}`)),
  );
}
