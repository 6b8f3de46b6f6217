// The import tab: choose an export, see what it would add, import it, see the result.

import { ImportPreview, csvTextSchema, describeIssues } from '../src/sheets/sidebarContract';
import { SESSION_TYPE_NAMES } from '../src/core/sessionTypes';
import { LOG_HEADER } from '../src/core/log/columns';
import { el, message, replaceChildren } from './dom';
import { Server, errorText } from './server';

const TYPE = LOG_HEADER.indexOf('Type');
const DATE = LOG_HEADER.indexOf('Date');

/** Sessions per type (wellness-only rows have no type), most frequent first. */
function countsByType(rows: ImportPreview['rows']): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const type = String(r[TYPE] ?? '').replace(/^'/, '') || 'Wellness only';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The types no session type matches, each with its count and a choice of session type; saving the
 * choices puts them in the Type map on Settings, which the import and every formula then read.
 */
function typeMapCard(p: ImportPreview, save: (entries: { word: string; type: string }[]) => Promise<void>): HTMLElement | null {
  if (p.unknownTypes.length === 0) return null;
  const choices = p.unknownTypes.map(({ type }, i) => el('select', { id: `map-${i}`, 'aria-label': `Session type for ${type}` },
    el('option', { value: '' }, 'Leave as it is'), ...SESSION_TYPE_NAMES.map((n) => el('option', { value: n }, n))));
  const button = el('button', { type: 'button' }, 'Save to Type map and preview again');
  const status = el('div', { 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const entries = p.unknownTypes.flatMap(({ type }, i) => (choices[i].value ? [{ word: type, type: choices[i].value }] : []));
    if (entries.length === 0) return replaceChildren(status, message('error', 'Choose a session type for at least one of them first.'));
    button.disabled = true;
    replaceChildren(status, message('info', 'Saving…'));
    try {
      await save(entries);
    } catch (e) {
      button.disabled = false;
      replaceChildren(status, message('error', `Nothing was saved: ${errorText(e)}`));
    }
  });
  return el('section', { class: 'card', 'aria-label': 'Types to map' },
    el('h2', {}, 'Types the tracker does not know'),
    el('p', { class: 'muted' }, 'Counted toward load only until you say what they are. Your choice is saved in the Type map on Settings and used by the import and every formula.'),
    el('table', { class: 'plan' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type in the file'), el('th', { scope: 'col', class: 'num' }, 'Rows'), el('th', { scope: 'col' }, 'Session type'))),
      el('tbody', {}, ...p.unknownTypes.map(({ type, count }, i) =>
        el('tr', {}, el('td', {}, el('label', { for: `map-${i}` }, type)), el('td', { class: 'num' }, String(count)), el('td', {}, choices[i]))))),
    button, status);
}

/** How many rows of types nothing names were read as runs from their own data, and why. */
function runsFromDataNote(p: ImportPreview): HTMLElement | null {
  if (p.runsFromData.length === 0) return null;
  const total = p.runsFromData.reduce((n, r) => n + r.count, 0);
  return el('p', { 'aria-label': 'Runs read from their data' },
    `${total} row${total === 1 ? '' : 's'} read as runs from their data: `,
    p.runsFromData.map(({ type, count, why }) => `${type} ×${count} (${why})`).join('; '), '.');
}

function previewCard(p: ImportPreview): HTMLElement {
  const dates = p.rows.map((r) => String(r[DATE])).sort();
  const sessions = p.rows.filter((r) => r[TYPE] !== '').length;
  return el('section', { class: 'card', 'aria-label': 'What the import adds' },
    el('h2', {}, p.formatName),
    el('p', {}, p.rows.length
      ? `${p.rows.length} new row${p.rows.length === 1 ? '' : 's'} from ${dates[0]} to ${dates[dates.length - 1]}.`
      : 'Nothing new to add.'),
    el('p', {}, `Distances in ${p.unit}: ${p.unitWhy}.`),
    p.exportUnits.length ? el('p', { class: 'muted' }, `Read with ${p.exportUnits.join('; ')}.`) : null,
    sessions ? el('p', {}, `${p.measuredEffort} of ${sessions} session${sessions === 1 ? '' : 's'} carry measured effort (RPE or heart rate); the others' load is estimated from their type.`) : null,
    runsFromDataNote(p),
    p.duplicates || p.skipped ? el('p', { class: 'muted' }, `${p.duplicates} already in your Log, ${p.skipped} skipped.`) : null,
    p.rows.length ? el('table', { class: 'plan' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col', class: 'num' }, 'Rows'))),
      el('tbody', {}, ...countsByType(p.rows).map(([t, n]) => el('tr', {}, el('td', {}, t), el('td', { class: 'num' }, String(n)))))) : null,
    p.warnings.length ? el('ul', { class: 'notes', 'aria-label': 'Warnings' }, ...p.warnings.map((w) => el('li', {}, w))) : null,
  );
}

export function importTab(server: Server, root: HTMLElement): void {
  const file = el('input', { id: 'import-file', type: 'file', accept: '.csv,text/csv', 'aria-describedby': 'import-file-hint' });
  const out = el('div', { 'aria-live': 'polite' });
  replaceChildren(root,
    el('div', { class: 'card' },
      el('div', { class: 'field' },
        el('label', { for: 'import-file' }, 'Export file (CSV)'),
        file,
        el('small', { id: 'import-file-hint' }, 'Strava activities.csv (bulk export), Garmin Connect activity list, or an intervals.icu activities or wellness CSV. Nothing is written until you press Import.'))),
    out);

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return replaceChildren(out);
    replaceChildren(out, message('info', `Reading ${chosen.name}…`));
    const text = csvTextSchema.safeParse(await chosen.text());
    if (!text.success) return replaceChildren(out, message('error', `${chosen.name}: ${describeIssues(text.error)}.`));
    await show(text.data);
  });

  /** Previews the file, with the import button and the types still to map. */
  async function show(csv: string): Promise<void> {
    let preview: ImportPreview;
    try {
      preview = await server.previewImport(csv);
    } catch (e) {
      return replaceChildren(out, message('error', errorText(e)));
    }
    const button = el('button', { type: 'button', class: 'action', disabled: preview.rows.length === 0 }, `Import ${preview.rows.length} rows`);
    const result = el('div', { 'aria-live': 'polite' });
    button.addEventListener('click', async () => {
      button.disabled = true;
      replaceChildren(result, message('info', 'Importing…'));
      try {
        const r = await server.importActivities(csv);
        replaceChildren(result, message('ok', `Added ${r.added} row${r.added === 1 ? '' : 's'} to the Log; ${r.duplicates} already there, ${r.skipped} skipped.`));
      } catch (e) {
        button.disabled = false;
        replaceChildren(result, message('error', `Nothing was imported: ${errorText(e)}`));
      }
    });
    const mapping = typeMapCard(preview, async (entries) => {
      await server.saveTypeMap(entries);
      await show(csv);
    });
    replaceChildren(out, previewCard(preview), mapping, button, result);
  }
}
