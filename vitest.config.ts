import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ (and regenerates the data module) once, so bundle and browser tests use the
    // real output, and starts the one chromium the browser tests share.
    globalSetup: ['test/globalSetup.ts'],
    // Vitest's default is one worker fewer than the cores: one file at a time on two cores. Browser
    // and preview tests spend much of their time waiting on chromium and child processes, so two
    // files at a time keeps both cores busy (docs/TESTING.md has the measurements).
    maxWorkers: Math.max(2, availableParallelism()),
    // Files run one after another in a worker's process rather than each in a fresh one: starting
    // a process and importing the sources again cost more than the tests of most files. A file
    // leaves nothing behind (servers closed, nothing stubbed); vi.resetModules() gives a file
    // fresh modules where it needs them (test/addon/startAddon.test.ts).
    isolate: false,
    // The long files start first (test/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // CI machines are shared: these are ceilings for a stuck test, not expectations of speed.
    // Browser and preview tests wait on events and conditions (expect.poll, locator waits), so
    // a busy machine makes them slower, never wrong.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
