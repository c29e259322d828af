/** Finds the valid value a typo was most likely meant to be, for "did you mean" messages. */

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions ("CPCA" → "CPAC").
 * Three rolling rows of integers (a transposition looks two rows back) rather than a full
 * matrix: a range of unknown values computes this for every cell against every candidate.
 */
export function editDistance(a: string, b: string): number {
  let twoBack = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
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
    }
    const reused = twoBack;
    twoBack = previous;
    previous = current;
    current = reused;
  }
  return previous[b.length]!;
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
    const distance = editDistance(text, candidate.key);
    if (!best || distance < best.distance) best = { distance, value: candidate.value };
  }
  return best && best.distance <= allowed ? best.value : undefined;
}

/** A suggestion as messages quote it: `"CPC"`. */
export function quoted(value: string | undefined): string | undefined {
  return value === undefined ? undefined : `"${value}"`;
}
