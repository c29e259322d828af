import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './support/browser';

/** `npm run build`, its output shown as it comes. */
function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit code ${code})`))));
  });
}

/**
 * Builds dist/ (and regenerates the data module) once, so bundle and browser tests use the real
 * output; meanwhile starts the one headless chromium that every browser test file connects to
 * (test/support/browser.ts) instead of launching its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Without chromium, the browser tests try to launch it themselves and say how to install it.
  const [built, browser] = await Promise.allSettled([build(), launchBrowserServer()]);
  const server = browser.status === 'fulfilled' ? browser.value : undefined;
  if (built.status === 'rejected') {
    await server?.close();
    throw built.reason;
  }
  if (server) project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
  };
}
