// How deep a parsed JSON body nests, checked at the HTTP edges: the code behind them (masking, transcripts) walks
// bodies recursively, and ~12,000 levels fit in 24 KB.

/** No activity or API body needs more; the bot's own activities wrap a customer's in a few levels (a handoff's transcript). */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether objects and arrays in `value` nest deeper than `max` levels (`{}` is one level, `{"a": []}` two). Iterative,
 * so that a hostile body cannot overflow the stack here too, and it stops at the first branch too deep.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: unknown[] = [value];
  const depths: number[] = [0];
  while (pending.length > 0) {
    const node = pending.pop();
    const depth = depths.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth === max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** The 400's reason for a body nested too deep. */
export const tooDeepReason = (max = MAX_JSON_DEPTH): string => `body nests objects or arrays more than ${max} levels deep`;
