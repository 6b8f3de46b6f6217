// The form fields the planner's tabs share (a labelled field with its hint, the weekday, race
// distance and cutback-cycle inputs) and how they show dates and Form %.

import { WEEKDAYS } from '../src/core/days';
import { CUTBACK_CYCLES } from '../src/core/cutbackCycle';
import * as z from 'zod/mini';
import { describeIssues } from '../src/sheets/sidebarContract';
import { el, message, replaceChildren } from './dom';

const DAY_NAMES: Record<string, string> = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };
const CYCLE_NAMES: Record<string, string> = { '3:1': '3:1', '2:1': '2:1 (masters)' };

export const round1 = (n: number) => Math.round(n * 10) / 10;

export const formatDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "2 Mar": dates in the season's table and chart. */
export const shortDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A Form %: "+12 %", "−4 %", "0 %". */
export const signedPercent = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(Math.round(n))} %`;

/** A labelled field; the hint (if any) is the input's description, linked by its `aria-describedby`. */
export function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input, hint ? el('small', { id: `${id}-hint` }, hint) : null);
}

export const weekdaySelect = (id: string, value: string | undefined) =>
  el('select', { id }, ...WEEKDAYS.map((w) => el('option', { value: w, selected: w === value }, DAY_NAMES[w])));

export const raceDistanceInput = (id: string, value: string | undefined) =>
  el('input', { id, type: 'text', value: value ?? '', autocomplete: 'off', 'aria-describedby': `${id}-hint` });

export const RACE_DISTANCE_FIELD_HINT = 'Like "100 mi", "50 km" or "marathon"; a bare number is in your log\'s unit. Sets the taper and the recovery weeks.';

export const cycleSelect = (id: string, value: string | undefined) =>
  el('select', { id, 'aria-describedby': `${id}-hint` }, ...CUTBACK_CYCLES.map((c) => el('option', { value: c, selected: c === value }, CYCLE_NAMES[c])));

export const CYCLE_FIELD_HINT = '3:1: three building weeks, then a lighter one; 2:1: two, then a lighter one (often better for masters runners).';

/** A blank text field is "not given". */
export const given = (input: HTMLInputElement): string | undefined => (input.value.trim() === '' ? undefined : input.value.trim());

/**
 * On submit, reads the form's values and hands them on once `schema` accepts them (the server checks
 * them again); otherwise says in `errors` what to fix, naming the field.
 */
export function onCheckedSubmit<T>(form: HTMLFormElement, errors: HTMLElement, schema: z.ZodMiniType<T>, read: () => unknown, submit: (value: T) => void): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const parsed = schema.safeParse(read());
    if (!parsed.success) {
      replaceChildren(errors, message('error', `Please check the form: ${describeIssues(parsed.error)}.`));
      return;
    }
    replaceChildren(errors);
    submit(parsed.data);
  });
}
