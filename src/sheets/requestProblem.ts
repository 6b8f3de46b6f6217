// A sidebar request its schema refuses, in one sentence that names the field and what was sent: a
// server function is callable by anyone who can open the sidebar's console, and a message of ours
// ("Planner: unexpected error") would tell them, or a future sidebar, nothing.

import * as z from 'zod/mini';
import { RunnerError } from '../core/errors';
import { quote } from '../core/log/cells';

const valueAt = (v: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<PropertyKey, unknown>)[k] : undefined), v);

const sent = (v: unknown): string => (typeof v === 'string' ? quote(v) : v === undefined ? 'nothing' : typeof v === 'object' ? 'an object' : String(v));

/**
 * The first problem of a refused request, e.g. 'Planner: race date must be a date like 2026-03-02,
 * got "soon"'. The schema's messages name their field ("Race date must be …"); `fields` lists the
 * request's fields, for an unknown field or a request that is not an object.
 */
export function requestProblem(feature: string, error: z.core.$ZodError, request: unknown, fields: readonly string[]): RunnerError {
  const issue = error.issues[0];
  const use = fields.join(', ');
  if (issue.code === 'unrecognized_keys') return new RunnerError(`${feature}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: use ${use}`);
  if (issue.path.length === 0) return new RunnerError(`${feature}: the request must be an object with ${use}, got ${sent(request)}`);
  // A plan row's field: which row (1 = the week's first).
  const row = issue.path.length > 2 && typeof issue.path[1] === 'number' ? `row ${issue.path[1] + 1}: ` : '';
  const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  const value = valueAt(request, issue.path);
  // A check of a whole list (no sessions) has no single value to show.
  return new RunnerError(`${feature}: ${row}${message}${Array.isArray(value) ? '' : `, got ${sent(value)}`}`);
}
