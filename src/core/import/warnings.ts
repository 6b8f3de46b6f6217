// What an import could not take, said once per kind of problem with the lines it happened on,
// so 300 rows with the same blank cell make one message, not 300.

import { quote } from '../log/cells';

const SHOWN_LINES = 5;

export class Warnings {
  /** Per message: the lines it happened on (each once, in order) and the first offending value. */
  private readonly groups = new Map<string, { lines: Set<number>; example?: string }>();

  /** `example`: the offending value, shown for the first line that has one. */
  add(message: string, line?: number, example?: string): void {
    let g = this.groups.get(message);
    if (!g) this.groups.set(message, (g = { lines: new Set() }));
    if (line !== undefined) g.lines.add(line);
    if (g.example === undefined && example !== undefined) g.example = example;
  }

  list(): string[] {
    return [...this.groups].map(([message, { lines: seen, example }]) => {
      const lines = [...seen];
      const parts: string[] = [];
      if (lines.length > 0) {
        const more = lines.length > SHOWN_LINES ? ` and ${lines.length - SHOWN_LINES} more` : '';
        parts.push(`line${lines.length > 1 ? 's' : ''} ${lines.slice(0, SHOWN_LINES).join(', ')}${more}`);
      }
      if (example !== undefined) parts.push(`e.g. ${quote(example)}`);
      return parts.length ? `${message} (${parts.join('; ')})` : message;
    });
  }
}
