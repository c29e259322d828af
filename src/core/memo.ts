/**
 * Answers remembered by key, for the pure functions a range calls once per row: a column of
 * 10,000 rows repeats the same few places, credentials and settings, and each answer carries its
 * explanation text, which costs more to build than the figure. Bounded, so a range of distinct
 * values cannot grow it without limit: when full it starts again. An answer of `undefined` is
 * not kept (wrap it), and a computation that throws keeps nothing.
 */
export function rememberedByKey<T>(limit = 1000): (key: string, compute: () => T) => T {
  const answers = new Map<string, T>();
  return (key, compute) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute();
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

/** A value computed from the bundled data on first use, then kept (the data never changes in a run). */
export function once<T>(compute: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}
