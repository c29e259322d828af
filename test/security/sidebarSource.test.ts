/**
 * The sidebar never turns data into markup: no source file under src/sidebar assigns
 * innerHTML or outerHTML, calls insertAdjacentHTML, or writes the document. (Text goes in
 * with textContent and elements are made with createElement.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIDEBAR = 'src/sidebar';
const MARKUP_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML)\b|\bdocument\s*\.\s*(write|writeln)\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html|css)$/.test(name) ? [path] : [];
  });
}

const files = existsSync(SIDEBAR) ? sourceFiles(SIDEBAR) : [];

describe('sidebar source', () => {
  it.skipIf(files.length === 0)('puts no data into markup (innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => MARKUP_SINKS.test(text)),
    );
    expect(offending).toEqual([]);
  });
});
