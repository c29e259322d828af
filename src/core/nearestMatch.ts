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

/** Edits a typo may have: at most 1 for short words, about one in four for longer ones. */
function allowedEdits(text: string): number {
  return text.length <= 3 ? 1 : Math.max(2, Math.floor(text.length / 4));
}

/**
 * The candidate whose key is closest to `given`, if it is close enough to be a typo:
 * at most 1 edit for short words, about one edit in four for longer ones.
 */
export function nearestMatch<T>(given: string, candidates: ReadonlyArray<{ key: string; value: T }>): T | undefined {
  const text = given.trim().toLowerCase();
  if (text === '') return undefined;
  const allowed = allowedEdits(text);
  let best: { distance: number; value: T } | undefined;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: such a candidate can never be close enough.
    if (Math.abs(candidate.key.length - text.length) > allowed) continue;
    const distance = editDistance(text, candidate.key, best ? Math.min(best.distance, allowed) : allowed);
    if (!best || distance < best.distance) best = { distance, value: candidate.value };
  }
  return best && best.distance <= allowed ? best.value : undefined;
}

/** Letter pairs of `#text#` with their counts: the start and end marks make the first and last letters count too. */
function letterPairs(text: string): Map<string, number> {
  const marked = `\u0001${text}\u0001`;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < marked.length; i++) {
    const pair = marked.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * `nearestMatch` for a long list (a thousand area names and cities), built once: a bad cell in a
 * range shows its suggestion, so a column of unknown places asks once per cell. Each edit
 * (a substitution, insertion, deletion, or swap of neighbours) breaks at most three of a
 * text's letter pairs, so a name within k edits shares at least max(length) + 1 − 3k of them;
 * only names that do are measured. Gives what `nearestMatch` gives on the same list.
 */
export function nearestMatchIndex<T>(candidates: ReadonlyArray<{ key: string; value: T }>): (given: string) => T | undefined {
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    for (const [pair, count] of letterPairs(candidate.key)) {
      const list = postings.get(pair) ?? [];
      list.push(i, count);
      postings.set(pair, list);
    }
  });
  const lengths = Int32Array.from(candidates, (c) => c.key.length);
  const shared = new Int32Array(candidates.length);
  const touched = new Int32Array(candidates.length);
  return (given) => {
    const text = given.trim().toLowerCase();
    if (text === '') return undefined;
    const allowed = allowedEdits(text);
    // Short texts share too few pairs to rule anything out: measure every name of a fitting length.
    if (text.length + 1 - 3 * allowed <= 0) return nearestMatch(text, candidates);
    let count = 0;
    for (const [pair, times] of letterPairs(text)) {
      const list = postings.get(pair);
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) {
        const i = list[k]!;
        // The distance is at least the difference in length.
        const gap = lengths[i]! - text.length;
        if (gap > allowed || -gap > allowed) continue;
        if (shared[i] === 0) touched[count++] = i;
        shared[i] = shared[i]! + (times < list[k + 1]! ? times : list[k + 1]!);
      }
    }
    let best: { distance: number; index: number } | undefined;
    for (let t = 0; t < count; t++) {
      const i = touched[t]!;
      const enough = shared[i]!;
      shared[i] = 0;
      const length = lengths[i]!;
      if (enough < (length > text.length ? length : text.length) + 1 - 3 * allowed) continue;
      const distance = editDistance(text, candidates[i]!.key, best ? Math.min(best.distance, allowed) : allowed);
      // Ties go to the earlier name, as in nearestMatch.
      if (!best || distance < best.distance || (distance === best.distance && i < best.index)) best = { distance, index: i };
    }
    return best && best.distance <= allowed ? candidates[best.index]!.value : undefined;
  };
}

/** A suggestion as messages quote it: `"CPC"`. */
export function quoted(value: string | undefined): string | undefined {
  return value === undefined ? undefined : `"${value}"`;
}
