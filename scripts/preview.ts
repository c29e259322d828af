/**
 * `npm start`: builds the add-on, then serves the local preview on localhost — a spreadsheet
 * grid whose formulas HyperFormula evaluates with the built Code.js, the built sidebar, and the
 * add-on's menu. Port: `npm start -- --port N`, or PORT=N, default 8080 (0 picks a free one).
 */
import { createServer } from 'node:net';
import { BuildError, buildAll, DIST } from './build';
import { ReferenceDataError } from './referenceData';

const DEFAULT_PORT = 8080;

function requestedPort(): number {
  const flag = process.argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const arg = process.argv[flag];
  const text = flag < 0 ? process.env.PORT : arg!.includes('=') ? arg!.slice('--port='.length) : process.argv[flag + 1];
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port "${text}": give a whole number from 0 to 65535.`);
  return port;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function portInUse(port: number): string {
  return `Port ${port} is already in use (another preview still running?). Start on another port: npm start -- --port ${port + 1} (or PORT=${port + 1} npm start).`;
}

/** Checked before building, so a busy port is reported at once. */
function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const port = requestedPort();
  if (port !== 0)
    await checkPortFree(port).catch((error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? portInUse(port) : error.message));
  try {
    await buildAll();
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError) fail(`build failed: ${error.message}`);
    throw error;
  }
  // Imported after the build: the server code reads the data module the build generates.
  const { startPreviewServer } = await import('./preview/server');
  try {
    const preview = await startPreviewServer({ dist: DIST, port });
    console.log(`\nCoding & Billing Pay — local preview: ${preview.url}\nOpen it in a browser. Ctrl+C stops the server.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(portInUse(port));
    throw error;
  }
}

await main();
