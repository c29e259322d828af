/** Finds the valid value a typo was most likely meant to be, for "did you mean" messages. */

/** Rows reused across calls: a range of unknown values measures every cell against every candidate. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions ("CPCA" → "CPAC").
 * Three rolling rows of integers (a transposition looks two rows back) rather than a full
 * matrix. With a `limit`, it stops as soon as every entry of a row exceeds it (the distance
 * can only grow from there) and returns `limit + 1`: most candidates are ruled out in a row or two.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [twoBack, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      // Plain comparisons rather than Math.min: this is the innermost loop.
      let best = previous[j]! + 1;
      if (current[j - 1]! + 1 < best) best = current[j - 1]! + 1;
      if (previous[j - 1]! + (ai === bj ? 0 : 1) < best) best = previous[j - 1]! + (ai === bj ? 0 : 1);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && twoBack[j - 2]! + 1 < best)
        best = twoBack[j - 2]! + 1;
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    // A transposition reaches back two rows, so both rows must be past the limit to stop.
    if (rowMinimum > limit && i > 1 && minimumOf(previous, b.length) > limit) return limit + 1;
    const reused = twoBack;
    twoBack = previous;
    previous = current;
    current = reused;
  }
  return previous[b.length]!;
}

function minimumOf(row: Int32Array, last: number): number {
  let minimum = row[0]!;
  for (let j = 1; j <= last; j++) if (row[j]! < minimum) minimum = row[j]!;
  return minimum;
}

/**
 * The candidate whose key is closest to `given`, if it is close enough to be a typo:
 * at most 1 edit for short words, about one edit in four for longer ones.
 */
export function nearestMatch<T>(given: string, candidates: ReadonlyArray<{ key: string; value: T }>): T | undefined {
  const text = given.trim().toLowerCase();
  if (text === '') return undefined;
  const allowed = text.length <= 3 ? 1 : Math.max(2, Math.floor(text.length / 4));
  let best: { distance: number; value: T } | undefined;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: such a candidate can never be close enough.
    if (Math.abs(candidate.key.length - text.length) > allowed) continue;
    const distance = editDistance(text, candidate.key, best ? Math.min(best.distance, allowed) : allowed);
    if (!best || distance < best.distance) best = { distance, value: candidate.value };
  }
  return best && best.distance <= allowed ? best.value : undefined;
}

/** A suggestion as messages quote it: `"CPC"`. */
export function quoted(value: string | undefined): string | undefined {
  return value === undefined ? undefined : `"${value}"`;
}
