import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ (and regenerates the data module) once, so bundle and browser tests use the real output.
    globalSetup: ['test/globalSetup.ts'],
    // CI machines are shared: these are ceilings for a stuck test, not expectations of speed.
    // Browser and preview tests wait on events and conditions (expect.poll, locator waits), so
    // a busy machine makes them slower, never wrong.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
