/**
 * The preview page's script: page/main.ts and its modules bundled for the browser by esbuild
 * (one IIFE, nothing global), in memory when the server starts — about a tenth of a second,
 * so `npm start` stays one command and nothing is written beside dist/'s Apps Script files.
 * Not minified, with an inline source map, so the browser's developer tools show the TypeScript.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'page', 'main.ts');

export async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
