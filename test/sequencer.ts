import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest, longest first (measured on two cores; docs/TESTING.md):
 * started first, they run beside each other and the short files fill the gaps; started last,
 * one of them would run alone at the end. Vitest's own order cannot be relied on for this: a
 * fresh clone has no timings and goes by file size, and a run of part of a file (`-t`) records
 * that part's time as the file's. Then any other browser or fuzz file, then the rest in vitest's
 * order. A new file that takes more than about ten seconds belongs in this list.
 */
const LONGEST_FIRST: readonly (string | RegExp)[] = [
  'test/fuzz/ranges.fuzz.test.ts',
  'test/browser/listingImages.test.ts',
  'test/browser/preview.test.ts',
  'test/browser/sidebar.test.ts',
  'test/fuzz/singleCalls.fuzz.test.ts',
  'test/browser/previewAsServed.test.ts',
  'test/core/model.test.ts',
  'test/browser/comparisonSheets.test.ts',
  'test/lint/layers.test.ts',
  /^test\/(browser|fuzz)\//,
];

function rank(spec: TestSpecification): number {
  const path = relative(spec.project.config.root, spec.moduleId).replace(/\\/g, '/');
  const index = LONGEST_FIRST.findIndex((entry) => (typeof entry === 'string' ? entry === path : entry.test(path)));
  return index === -1 ? LONGEST_FIRST.length : index;
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: within a rank, vitest's order stands.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
