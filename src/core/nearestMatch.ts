/** Finds the valid value a typo was most likely meant to be, for "did you mean" messages. */

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("CPCA" → "CPAC"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate whose key is closest to `given`, if it is close enough to be a typo:
 * at most 1 edit for short words, about one edit in four for longer ones.
 */
export function nearestMatch<T>(given: string, candidates: ReadonlyArray<{ key: string; value: T }>): T | undefined {
  const text = given.trim().toLowerCase();
  if (text === '') return undefined;
  let best: { distance: number; value: T } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(text, candidate.key);
    if (!best || distance < best.distance) best = { distance, value: candidate.value };
  }
  const allowed = text.length <= 3 ? 1 : Math.max(2, Math.floor(text.length / 4));
  return best && best.distance <= allowed ? best.value : undefined;
}
