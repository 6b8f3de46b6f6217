// The Help dialog: how the tracker works, what its colours mean and what each formula returns,
// written from the same definitions as the sheets and the formulas' own help.

import { FORMULAS } from './formulas/registry';
import { LEGEND } from './setup/dashboardSheet';

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function helpHtml(): string {
  const legend = LEGEND.map(([text, color]) => `<li><span style="display:inline-block;width:1em;height:1em;background:${color};vertical-align:middle"></span> ${escape(text)}</li>`);
  const formulas = FORMULAS.map((f) => `<li><b>${f.name}</b>: ${escape(f.summary)}</li>`);
  return [
    '<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4">',
    '<h3>Getting started</h3>',
    '<p>Choose <b>Set up tracker</b>. It adds four sheets and can be run again at any time to repair them: it never changes or deletes what you typed.</p>',
    '<ul>',
    '<li><b>Log</b>: one row per session (Date, Type, Distance, Duration, RPE) and your morning wellness (Sleep, HRV, Resting HR, Mood, Soreness). The Order check column flags sessions that break the guide\'s order rules. An import adds Avg HR, Elevation gain and Start (the time a session began, which keeps two sessions of one day apart) beside it; the Dashboard reads them.</li>',
    '<li><b>Settings</b>: distance unit, week start, long-run day, easy pace, race date, weekly target, race distance ("100 mi", "50 km") and cutback cycle (3:1 or 2:1).</li>',
    '<li><b>Dashboard</b>: Today at the top left (your latest day\'s alert and reasons, recovery, Form %, Fitness ramp, this week against its target, the next session), 12-week charts of fitness and of weekly distance, long run and elevation gain, then one month in detail (type any date in the Month cell).</li>',
    '<li><b>Plan</b>: your week\'s plan, checked against the planner\'s rules by PLAN_CHECK. <b>Open planner</b> suggests a week to insert there; its <b>Season</b> tab plans every week to race day (a table and a chart of distance and Form) and can insert that table beside the week, from column N.</li>',
    '</ul>',
    '<h3>Colours</h3>',
    `<ul style="list-style:none;padding-left:0">${legend.join('')}</ul>`,
    '<h3>Formulas</h3>',
    '<p>Type them in any cell; Sheets shows each one\'s short help as you type. Every argument, column and method: docs/formulas.md in the add-on\'s project.</p>',
    `<ul>${formulas.join('')}</ul>`,
    '</div>',
  ].join('\n');
}
