import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, nearestMatch, nearestMatchIndex } from '../../src/core/nearestMatch';

describe('editDistance', () => {
  it('counts edits, with an adjacent transposition as one', () => {
    expect(editDistance('pensylvania', 'pennsylvania')).toBe(1);
    expect(editDistance('cpca', 'cpac')).toBe(1);
    expect(editDistance('texas', 'texas')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('with a limit, agrees with the full distance whenever either is within the limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const full = editDistance(a, b);
        const limited = editDistance(a, b, limit);
        if (full <= limit) expect(limited).toBe(full);
        else expect(limited).toBeGreaterThan(limit);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('nearestMatch', () => {
  const states = ['pennsylvania', 'california', 'texas', 'tx', 'pa', 'ca'].map((key) => ({ key, value: key }));

  it('finds the closest key within about one edit in four, and nothing past that', () => {
    expect(nearestMatch('Pensylvania', states)).toBe('pennsylvania');
    expect(nearestMatch('Calfornia', states)).toBe('california');
    expect(nearestMatch('Salem 17', states)).toBeUndefined();
    expect(nearestMatch('', states)).toBeUndefined();
  });
});

describe('nearestMatchIndex', () => {
  it('gives what nearestMatch gives on the same list, for near and far texts alike', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' ', '-'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), word, fc.nat(), (keys, typo, pick) => {
        const candidates = keys.map((key, i) => ({ key, value: i }));
        const nearest = nearestMatchIndex(candidates);
        // A text near one of the keys (one edit away) and an unrelated one.
        const key = keys[pick % keys.length]!;
        const near = key.length > 1 ? key.slice(1) : `${key}a`;
        for (const text of [near, typo, key]) expect(nearest(text)).toBe(nearestMatch(text, candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
