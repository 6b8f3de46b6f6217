// The Season tab: the race (date, distance, cycle, peak), the season to race day as a chart and a
// table (SEASON_PLAN's columns), and inserting that table into the Plan sheet.

import { PlannerState, SeasonInsertResult, SeasonRequest, SidebarSeason, seasonRequestSchema } from '../src/sheets/sidebarContract';
import { el } from './dom';
import { CYCLE_FIELD_HINT, RACE_DISTANCE_FIELD_HINT, cycleSelect, field, formatDate, given, onCheckedSubmit, raceDistanceInput, round1, shortDate, signedPercent, weekdaySelect } from './fields';
import { seasonChart } from './seasonChart';
import { planTab } from './planTab';
import { Server } from './server';

/** SEASON_PLAN's columns but Notes (a line of its own); soft hyphens let the long headings wrap in 276 px. */
const COLUMNS = ['Week of', 'Phase', 'Run', 'Long run', 'Qual\u00adity', 'Stren\u00adgth', 'Fit\u00adness', 'Form %'];

function seasonForm(state: PlannerState, onSubmit: (request: SeasonRequest) => void): HTMLFormElement {
  const d = state.defaults;
  const raceDate = el('input', { id: 'season-race-date', type: 'date', value: d.raceDate ?? '', required: true, 'aria-describedby': 'season-race-date-hint' });
  const raceDistance = raceDistanceInput('season-race-distance', d.raceDistance);
  const longRun = weekdaySelect('season-long-run-day', d.longRunDay);
  const peak = el('input', { id: 'season-peak', type: 'number', min: '1', step: '1', inputmode: 'decimal', 'aria-describedby': 'season-peak-hint' });
  const cycle = cycleSelect('season-cycle', d.cycle);
  const errors = el('div', { class: 'form-errors', 'aria-live': 'polite' });
  const form = el('form', { class: 'card', 'aria-label': 'Race to plan for', novalidate: true },
    field('Race date', raceDate, 'Your goal race: the season runs from next week to it and through its recovery.'),
    field('Race distance', raceDistance, RACE_DISTANCE_FIELD_HINT),
    field('Long-run day', longRun),
    field(`Peak week (${state.unit})`, peak, 'Blank: from your level and the race distance.'),
    field('Cutback cycle', cycle, CYCLE_FIELD_HINT),
    errors,
    el('button', { type: 'submit', class: 'action' }, 'Plan my season'),
  );
  onCheckedSubmit(form, errors, seasonRequestSchema, () => ({
    raceDate: raceDate.value,
    raceDistance: given(raceDistance),
    longRunDay: longRun.value,
    peakMiles: peak.value === '' ? undefined : Number(peak.value),
    cycle: cycle.value,
  }), onSubmit);
  return form;
}

/** The season table: a row per week, its notes on a line of their own below it (the sidebar is 300 px wide). */
function seasonTable(season: SidebarSeason): HTMLElement {
  const num = (v: number | '') => (v === '' ? '–' : String(round1(v)));
  return el('div', { id: 'season-table', class: 'scroll', role: 'region', 'aria-label': 'Season table', tabindex: '0' },
    el('table', { class: 'plan season' },
      el('caption', {}, `Week by week, in ${season.unit}`),
      el('thead', {}, el('tr', {}, ...COLUMNS.map((c, i) => el('th', { scope: 'col', class: i >= 2 ? 'num' : undefined }, c)))),
      el('tbody', {}, ...season.rows.flatMap(([weekOf, phase, run, long, quality, strength, fitness, form, notes]) => [
        el('tr', { class: `phase-${phase.toLowerCase()}` },
          el('th', { scope: 'row' }, shortDate(weekOf)),
          el('td', {}, phase),
          el('td', { class: 'num' }, num(run)),
          el('td', { class: 'num' }, num(long)),
          el('td', { class: 'num' }, String(quality)),
          el('td', { class: 'num' }, String(strength)),
          el('td', { class: 'num' }, String(Math.round(fitness))),
          el('td', { class: 'num' }, form === '' ? '–' : signedPercent(form))),
        notes ? el('tr', { class: 'week-notes' }, el('td', { colspan: String(COLUMNS.length) }, el('span', { class: 'visually-hidden' }, 'Notes: '), notes)) : null,
      ].filter((r): r is HTMLTableRowElement => r !== null)))));
}

export function seasonTab(server: Server, root: HTMLElement): void {
  planTab(server, root, {
    reading: 'Reading your settings…',
    what: 'season',
    top: (state, submit) => [seasonForm(state, submit)],
    plan: async (request: SeasonRequest) => {
      const answer = await server.planSeason(request);
      return answer.season ?? answer.message;
    },
    show: (season) => [
      el('h2', {}, `Season to ${formatDate(season.raceDate)}: ${season.raceDistance}, ${season.cycle} cycle`),
      seasonChart({
        weeks: season.rows.map((r) => ({ weekOf: r[0], phase: r[1], run: r[2], formPct: r[7] === '' ? null : r[7] })),
        raceDate: season.raceDate, unit: season.unit, fresh: season.fresh,
      }),
      seasonTable(season),
    ],
    insert: (season) => ({
      what: 'season',
      send: (replace) => server.insertSeason({ rows: season.rows, replace }),
      done: (r: Extract<SeasonInsertResult, { status: 'inserted' }>) => `Inserted ${r.rows} weeks into the Plan sheet at ${r.range}${r.replaced ? ` (replacing the ${r.replaced} rows of the season there)` : ''}.`,
      ask: (r: Extract<SeasonInsertResult, { status: 'exists' }>) => `The Plan sheet already has a season plan (${r.rows} row${r.rows === 1 ? '' : 's'} at ${r.range}). Replace it?`,
    }),
  });
}
