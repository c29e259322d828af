/**
 * `npm run stack`: a stack trace from Apps Script's execution log, with the minified bundle's
 * positions turned back into source files, lines and function names.
 *
 * Code.js is minified (a shorter file compiles faster on every execution), so the log names a
 * failing function by its minified name and position, e.g. `at Lt (Code:1:100314)`. The build
 * writes dist/Code.js.map beside Code.js (it is never pushed); this reads the trace from the
 * arguments or standard input and prints each frame as
 * `at estimatePay (src/core/pay/estimate.ts:88:12)`. The map must be of the build that was pushed:
 * the build is deterministic, so rebuilding the pushed commit gives it back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const SOURCE_MAP = join(ROOT, 'dist', 'Code.js.map');

/** A frame's position in Code.js as Apps Script prints it: `Code:LINE:COLUMN` (or Code.gs, Code.js). */
const POSITION = /\bCode(?:\.gs|\.js)?:(\d+):(\d+)/g;

/** Every `Code:LINE:COLUMN` in `trace` followed by where it is in the source, when the map knows. */
export function symbolicate(trace: string, payload: SourceMapPayload): string {
  const map = new SourceMap(payload);
  return trace.replace(POSITION, (whole, line: string, column: string) => {
    // The log counts lines and columns from 1; the map from 0.
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as {
      originalSource?: string;
      originalLine?: number;
      originalColumn?: number;
    };
    if (entry.originalSource === undefined || entry.originalLine === undefined) return whole;
    const file = relative(ROOT, normalize(join(ROOT, 'dist', entry.originalSource)));
    return `${whole} → ${file}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}

async function main(): Promise<void> {
  if (!existsSync(SOURCE_MAP)) {
    console.error('stack: dist/Code.js.map is missing; run `npm run build` on the commit that was pushed');
    process.exit(1);
  }
  const args = process.argv.slice(2).join(' ');
  let trace = args;
  if (trace === '') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    trace = Buffer.concat(chunks).toString('utf8');
  }
  console.log(symbolicate(trace, JSON.parse(readFileSync(SOURCE_MAP, 'utf8')) as SourceMapPayload));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
