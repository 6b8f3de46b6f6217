// Embedded charts: recorded with their type, data ranges, position and options, so a test (or the
// preview) can see which charts a sheet holds and what they plot.

import type { Emulates } from './gas';
import type { EmuRange } from './range';

type ChartType = GoogleAppsScript.Charts.ChartType;

export interface ChartPosition {
  /** 1-based anchor cell, and the offset in pixels from its top-left corner. */
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

interface ChartState {
  id: number | null;
  type?: ChartType;
  ranges: EmuRange[];
  position: ChartPosition;
  options: Map<string, unknown>;
}

const copyState = (s: ChartState): ChartState => ({ ...s, ranges: [...s.ranges], position: { ...s.position }, options: new Map(s.options) });

export class EmuChartOptions implements Emulates<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}
  get(option: string): unknown {
    return this.options.get(option) ?? null;
  }
}

export class EmuEmbeddedChart implements Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getOptions' | 'getRanges' | 'modify'> {
  constructor(private readonly state: ChartState) {}

  getChartId(): number | null {
    return this.state.id;
  }

  getOptions(): EmuChartOptions {
    return new EmuChartOptions(this.state.options);
  }

  getRanges(): EmuRange[] {
    return [...this.state.ranges];
  }

  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(copyState(this.state));
  }

  get type(): ChartType | undefined {
    return this.state.type;
  }

  get position(): ChartPosition {
    return { ...this.state.position };
  }

  /** The chart as inserted into a sheet, with the id Sheets gives it. */
  withId(id: number): EmuEmbeddedChart {
    return new EmuEmbeddedChart({ ...copyState(this.state), id });
  }
}

type BuilderMethods = 'addRange' | 'clearRanges' | 'getRanges' | 'getChartType' | 'setChartType' | 'setOption' | 'setPosition' | 'build';

export class EmuEmbeddedChartBuilder implements Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods> {
  constructor(private readonly state: ChartState = { id: null, ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: new Map() }) {}

  addRange(range: EmuRange): EmuEmbeddedChartBuilder {
    this.state.ranges.push(range);
    return this;
  }

  clearRanges(): EmuEmbeddedChartBuilder {
    this.state.ranges = [];
    return this;
  }

  getRanges(): EmuRange[] {
    return [...this.state.ranges];
  }

  getChartType(): ChartType {
    return this.state.type!;
  }

  setChartType(type: ChartType): EmuEmbeddedChartBuilder {
    this.state.type = type;
    return this;
  }

  setOption(option: string, value: unknown): EmuEmbeddedChartBuilder {
    this.state.options.set(option, value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmuEmbeddedChartBuilder {
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): EmuEmbeddedChart {
    if (this.state.type === undefined) throw new Error('Exception: Chart type is required.');
    return new EmuEmbeddedChart(copyState(this.state));
  }
}
