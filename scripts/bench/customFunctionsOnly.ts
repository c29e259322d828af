/**
 * A control build for the cold start: Code.js as it would be if the project held only the custom
 * functions — src/index.ts without its menu, sidebar and dialog globals (and the server API they
 * call), bundled the same way, with the same JSDoc stubs for what is left. Whatever it costs, no
 * rearranging of the add-on's other code can take a state call below it; the bench measures the
 * add-on's build beside it in the same rounds.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { BUNDLE_OPTIONS, DIST, ROOT, readEntryExports, stub } from '../build';
import { AREA_TABLES_FILE } from '../../src/core/places/areaTableFormat';

const ENTRY = join(ROOT, 'src', 'index.ts');

/** The entry's text without the exports that are not custom functions, nor top-level values only they use. */
export function customFunctionsEntry(text: string, dropped: ReadonlySet<string>): string {
  const source = ts.createSourceFile(ENTRY, text, ts.ScriptTarget.ES2020, true);
  const cuts: [number, number][] = [];
  for (const statement of source.statements) {
    const droppedFunction = ts.isFunctionDeclaration(statement) && statement.name && dropped.has(statement.name.text);
    // `const server = createServerApi(...)`: the sidebar's server, which only dropped globals call.
    const droppedValue = ts.isVariableStatement(statement) && /\bcreateServerApi\(/.test(statement.getText());
    if (droppedFunction || droppedValue) cuts.push([statement.getFullStart(), statement.getEnd()]);
  }
  // TypeScript elides the imports nothing uses any more, so the bundle leaves their modules out.
  return cuts.reduceRight((rest, [start, end]) => rest.slice(0, start) + rest.slice(end), text);
}

/** Builds the control into a fresh temporary folder (Code.js beside the area tables) and returns it. */
export async function buildCustomFunctionsOnly(): Promise<string> {
  const exports = readEntryExports();
  const custom = exports.filter((e) => e.customFunction);
  const dropped = new Set(exports.filter((e) => !e.customFunction).map((e) => e.name));
  const result = await build({
    ...BUNDLE_OPTIONS,
    stdin: {
      contents: customFunctionsEntry(readFileSync(ENTRY, 'utf8'), dropped),
      resolveDir: join(ROOT, 'src'),
      sourcefile: 'index.ts',
      loader: 'ts',
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'custom-functions-only-'));
  writeFileSync(join(dir, 'Code.js'), `${result.outputFiles[0]!.text}\n${custom.map(stub).join('\n')}`);
  copyFileSync(join(DIST, `${AREA_TABLES_FILE}.html`), join(dir, `${AREA_TABLES_FILE}.html`));
  return dir;
}
