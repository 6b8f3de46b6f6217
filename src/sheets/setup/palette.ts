// Colours from Google Sheets' own palette. The three alert colours differ in lightness as well as
// hue (ALERT is the darkest), so they stay apart for colour-blind runners; the cells' text carries
// the meaning too (OK / WATCH / ALERT, Green / Amber / Red, the numbers themselves).

export interface Swatch {
  background: string;
  /** Dark text that stays readable on the background. */
  text: string;
  /** Bold: the swatch that calls for action. */
  bold?: boolean;
}

export const RED: Swatch = { background: '#e06666', text: '#000000', bold: true }; // light red 1
export const AMBER: Swatch = { background: '#ffd966', text: '#000000' }; // light yellow 1
export const GREEN: Swatch = { background: '#b6d7a8', text: '#000000' }; // light green 2
export const BLUE: Swatch = { background: '#9fc5e8', text: '#000000' }; // light blue 2
export const GREY: Swatch = { background: '#d9d9d9', text: '#000000' }; // light grey 1
/** Log rows that break an order rule: apart from the alert colours, since it marks sessions, not days. */
export const ORANGE: Swatch = { background: '#f9cb9c', text: '#000000' }; // light orange 2

/** The red → amber → green colour scale Sheets offers by default. */
export const SCALE = { low: '#e67c73', mid: '#ffd666', high: '#57bb8a' };
