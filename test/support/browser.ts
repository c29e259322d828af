/**
 * Headless Debian chromium driven by playwright-core (npm packages cannot download browsers
 * here; .ci/run installs chromium with apt-get). Screenshots go to test-results/.
 *
 * Under `npm test` one chromium serves every browser test file: the global setup starts it
 * (launchBrowserServer) and launchBrowser connects to it, so a file pays for a connection, not a
 * browser start. Each file still gets its own pages and contexts, and its `browser.close()`
 * closes them and disconnects. Outside a test run launchBrowser starts a browser of its own.
 */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function launchOptions(): LaunchOptions {
  if (!chromiumAvailable()) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  }
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Closed network here: without these flags chromium keeps trying Google's hosts.
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** The shared chromium's address, inside a vitest run whose global setup started it. */
async function sharedEndpoint(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('chromiumEndpoint');
}

export async function launchBrowser(): Promise<Browser> {
  const endpoint = await sharedEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(launchOptions());
}

/** A chromium that other processes connect to (the test run's global setup starts one). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared chromium's address, when the test run's global setup could start it. */
    chromiumEndpoint?: string;
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}
