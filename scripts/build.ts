/**
 * `npm run build`: dist/Code.js (one file Apps Script can load), dist/appsscript.json.
 *
 * esbuild bundles src/index.ts into an IIFE assigned to one global (`__addon`). esbuild drops
 * JSDoc, and Sheets' formula helper reads the JSDoc of top-level declarations, so the entry
 * file's exports are read with the TypeScript compiler API and one top-level
 * `function NAME(params) { return __addon.NAME.apply(this, arguments); }` is appended per
 * export, carrying that export's JSDoc and parameter names. Nothing else reaches the global
 * scope. The build fails loudly when a `@customfunction` is not exported from the entry file,
 * when names clash, or when the output does not compile or load.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { generateReferenceModule, summarise } from './generateData';
import { ReferenceDataError } from './referenceData';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const ENTRY = join(ROOT, 'src', 'index.ts');
export const GLOBAL_NAME = '__addon';

export interface EntryExport {
  readonly name: string;
  readonly params: readonly string[];
  readonly jsdoc: string;
  readonly customFunction: boolean;
}

export class BuildError extends Error {}

/** The entry file's exported functions with their JSDoc and parameter names. */
export function readEntryExports(file = ENTRY): EntryExport[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const exports: EntryExport[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new BuildError(
        `${relative(ROOT, file)}: only function declarations may be exported from the entry file (found: ${statement.getText().slice(0, 60)}…)`,
      );
    }
    const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const doc = ranges
      .map((r) => text.slice(r.pos, r.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    if (!doc) throw new BuildError(`${relative(ROOT, file)}: export ${statement.name.text} has no JSDoc`);
    exports.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText()),
      jsdoc: doc,
      customFunction: /@customfunction\b/.test(doc),
    });
  }
  return exports;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A @customfunction documented anywhere but the entry file would never reach Sheets. */
export function checkCustomFunctionsAreExported(exports: readonly EntryExport[], srcDir = join(ROOT, 'src'), entry = ENTRY): void {
  const exported = new Set(exports.map((e) => e.name));
  for (const file of sourceFiles(srcDir)) {
    if (file === entry) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/@customfunction[\s\S]*?\*\/\s*(?:export\s+)?function\s+(\w+)/g)) {
      if (!exported.has(match[1]!)) {
        throw new BuildError(`${relative(ROOT, file)}: ${match[1]} is marked @customfunction but is not exported from src/index.ts`);
      }
    }
  }
}

export function checkNames(exports: readonly EntryExport[]): void {
  const seen = new Set<string>();
  for (const { name } of exports) {
    const key = name.toUpperCase();
    // Sheets matches function names case-insensitively, so CODER_SALARY and coder_salary clash.
    if (seen.has(key)) throw new BuildError(`duplicate global name ${name} (names are case-insensitive in Sheets)`);
    if (name === GLOBAL_NAME) throw new BuildError(`export ${name} clashes with the bundle's global name`);
    seen.add(key);
  }
}

function stub(entry: EntryExport): string {
  return `${entry.jsdoc}\nfunction ${entry.name}(${entry.params.join(', ')}) {\n  return ${GLOBAL_NAME}.${entry.name}.apply(this, arguments);\n}\n`;
}

/** Loads the file in a fresh context with no Apps Script globals: it must define exactly the stubs. */
function checkLoads(code: string, exports: readonly EntryExport[]): void {
  const script = new vm.Script(code, { filename: 'Code.js' });
  const context = vm.createContext({});
  const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
  script.runInContext(context);
  const globals = Object.getOwnPropertyNames(vm.runInContext('globalThis', context)).filter((n) => !before.has(n));
  const expected = new Set([GLOBAL_NAME, ...exports.map((e) => e.name)]);
  const leaked = globals.filter((n) => !expected.has(n));
  if (leaked.length > 0) throw new BuildError(`Code.js leaks globals: ${leaked.join(', ')}`);
  for (const entry of exports) {
    if (typeof (context as Record<string, unknown>)[entry.name] !== 'function')
      throw new BuildError(`Code.js does not define ${entry.name}`);
  }
}

export async function buildCode(): Promise<{ code: string; exports: EntryExport[] }> {
  const exports = readEntryExports();
  checkNames(exports);
  checkCustomFunctionsAreExported(exports);
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0]!.text.replace(/^var __addon =/m, `var ${GLOBAL_NAME} =`);
  const code = `${bundle}\n${exports.map(stub).join('\n')}`;
  checkLoads(code, exports);
  return { code, exports };
}

async function main(): Promise<void> {
  try {
    const data = generateReferenceModule();
    const { code, exports } = await buildCode();
    mkdirSync(DIST, { recursive: true });
    writeFileSync(join(DIST, 'Code.js'), code);
    copyFileSync(join(ROOT, 'appsscript.json'), join(DIST, 'appsscript.json'));
    const custom = exports.filter((e) => e.customFunction).map((e) => e.name);
    console.log(
      `build: dist/Code.js ${(code.length / 1024).toFixed(1)} KiB — ${custom.length} custom functions (${custom.join(', ')}), ${exports.length - custom.length} other globals`,
    );
    console.log(`build: data ${summarise(data)}`);
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError) {
      console.error(`build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
