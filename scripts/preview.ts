/**
 * `npm start`: builds the add-on and serves the local preview — a spreadsheet grid evaluated
 * by HyperFormula with the add-on's custom functions, and the real sidebar — on localhost.
 * Port: --port N, or PORT, default 8080.
 */
import { join } from 'node:path';
import { buildAll, DIST } from './build';
import { startPreviewServer } from './preview/server';

function requestedPort(): number {
  const flag = process.argv.indexOf('--port');
  const text = flag >= 0 ? process.argv[flag + 1] : process.env.PORT;
  const port = Number(text ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${text}"`);
  return port;
}

async function main(): Promise<void> {
  await buildAll();
  const port = requestedPort();
  try {
    const preview = await startPreviewServer({ dist: join(DIST), port });
    console.log(`\nCoding & Billing Pay preview: ${preview.url}\n(Ctrl+C to stop)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use. Start on another: PORT=8081 npm start (or npm start -- --port 8081).`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
