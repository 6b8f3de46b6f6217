// How often a week is a cutback (P15): 3:1 (three building weeks, then a lighter one) by default,
// 2:1 for runners who recover more slowly (often masters runners).

export const CUTBACK_CYCLES = ['3:1', '2:1'] as const;
export type CutbackCycle = (typeof CUTBACK_CYCLES)[number];
export const DEFAULT_CUTBACK_CYCLE: CutbackCycle = '3:1';

/** A cycle as a runner types it ("3:1", " 2 : 1 "); undefined when it is not one of CUTBACK_CYCLES. */
export function readCutbackCycle(v: unknown): CutbackCycle | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.replace(/\s+/g, '');
  return CUTBACK_CYCLES.find((c) => c === text);
}
