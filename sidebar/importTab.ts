// The import tab: choose an export, see what it would add, import it, see the result.

import { ImportPreview, csvTextSchema, describeIssues } from '../src/sheets/sidebarContract';
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

function previewCard(p: ImportPreview): HTMLElement {
  const dates = p.rows.map((r) => String(r[DATE])).sort();
  return el('section', { class: 'card', 'aria-label': 'What the import adds' },
    el('h2', {}, p.formatName),
    el('p', {}, p.rows.length
      ? `${p.rows.length} new row${p.rows.length === 1 ? '' : 's'} from ${dates[0]} to ${dates[dates.length - 1]}, distances in ${p.unit}.`
      : 'Nothing new to add.'),
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
    let preview: ImportPreview;
    try {
      preview = await server.previewImport(text.data);
    } catch (e) {
      return replaceChildren(out, message('error', errorText(e)));
    }
    const button = el('button', { type: 'button', class: 'action', disabled: preview.rows.length === 0 }, `Import ${preview.rows.length} rows`);
    const result = el('div', { 'aria-live': 'polite' });
    button.addEventListener('click', async () => {
      button.disabled = true;
      replaceChildren(result, message('info', 'Importing…'));
      try {
        const r = await server.importActivities(text.data);
        replaceChildren(result, message('ok', `Added ${r.added} row${r.added === 1 ? '' : 's'} to the Log; ${r.duplicates} already there, ${r.skipped} skipped.`));
      } catch (e) {
        button.disabled = false;
        replaceChildren(result, message('error', `Nothing was imported: ${errorText(e)}`));
      }
    });
    replaceChildren(out, previewCard(preview), button, result);
  });
}
