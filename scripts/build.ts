/**
 * `npm run build`: dist/Code.js (one file Apps Script can load), dist/appsscript.json.
 *
 * esbuild bundles src/index.ts into an IIFE assigned to one global (`__addon`). esbuild drops
 * JSDoc, and Sheets' formula helper reads the JSDoc of top-level declarations, so the entry
 * file's exports are read with the TypeScript compiler API and one top-level
 * `function NAME(params) { return __addon.NAME.apply(this, arguments); }` is appended per
 * export, carrying that export's JSDoc and parameter names. Nothing else reaches the global
 * scope. The build fails loudly when a `@customfunction` is not exported from the entry file,
 * when names clash, when the output does not compile or load, or when it shows a web address
 * outside the publishers' sites.
 */
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { GENERATED_AREA_TABLES, generateReferenceModule, summarise } from './generateData';
import { AREA_TABLES_FILE } from '../src/core/places/areaTableFormat';
import { ReferenceDataError } from './referenceData';
import { buildSidebar } from './buildSidebar';
import { isPublisherUrl, PUBLISHER_SITES } from '../src/core/publishers';
import { DIALOG_FILES, type DialogKind } from '../src/addon/dialogs';
import type { FunctionHelp } from '../src/addon/help';

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

export interface DocParam {
  name: string;
  optional: boolean;
  example: string;
  text: string;
}

export function parseDoc(entry: EntryExport): { summary: string; params: DocParam[]; returns: string } {
  const lines = entry.jsdoc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const summary = lines.filter((l) => l.trim() !== '' && !l.startsWith('@'))[0] ?? '';
  const params = lines
    .filter((l) => l.startsWith('@param'))
    .map((l) => {
      const m = /^@param \{(.*?)\} (\[?)(\w+)\]? (.*)$/.exec(l)!;
      return { example: m[1]!, optional: m[2] === '[', name: m[3]!, text: m[4]! };
    });
  const returns = lines.find((l) => l.startsWith('@return'))?.replace(/^@return\s+/, '') ?? '';
  return { summary, params, returns };
}

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

/**
 * What the JSDoc stubs may carry in place of typographic characters. V8 keeps a source text
 * with any character beyond Latin-1 as two bytes per character and scans it more slowly, and
 * Apps Script compiles Code.js on every execution; a comment cannot escape a character, so the
 * stubs spell these the plain way (the formula helper shows "0-1", "pay / estimate").
 */
const PLAIN_TEXT: Record<string, string> = {
  '–': '-',
  '—': '-',
  '÷': '/',
  '×': 'x',
  '≤': '<=',
  '≥': '>=',
  '→': '->',
  '’': "'",
  '“': '"',
  '”': '"',
};

export function plainJsdoc(jsdoc: string): string {
  return jsdoc.replace(/[\u0080-\uffff]/g, (c) => PLAIN_TEXT[c] ?? c);
}

/** Code.js is ASCII (see PLAIN_TEXT): the first character that is not, with its surroundings. */
export function checkAscii(code: string): void {
  const at = code.search(/[\u0080-\uffff]/);
  if (at >= 0) {
    throw new BuildError(
      `Code.js must be ASCII: "${code[at]}" at ${at} in …${code.slice(Math.max(0, at - 40), at + 20)}…. ` +
        'In code write it as a \\u escape (esbuild escapes string literals, not regular expressions); in a JSDoc stub add it to PLAIN_TEXT.',
    );
  }
}

/** The top-level function Sheets sees for an export: its JSDoc, a one-line call into the bundle. */
export function stub(entry: EntryExport): string {
  return `${plainJsdoc(entry.jsdoc)}\nfunction ${entry.name}(${entry.params.join(', ')}) {\n  return ${GLOBAL_NAME}.${entry.name}.apply(this, arguments);\n}\n`;
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

/**
 * Web addresses in a built file, also with the slashes escaped as `https:\/\/` (JSON, string
 * literals). A host starts with a letter or digit, so a pattern such as /https:\/\/([a-z…]+)/
 * in the code is not taken for an address.
 */
export function webAddresses(text: string): string[] {
  const found = text.match(/\bhttps?:(?:\\?\/){2}[a-z0-9][^\s"'`<>\\)\]]*/gi) ?? [];
  return [...new Set(found.map((url) => url.replace(/\\\//g, '/')))];
}

/**
 * Everything in Code.js and Sidebar.html can reach a user (EXPLAIN rows, SALARY_SOURCE, sources
 * blocks, dialogs), so every address in them must be a publisher's page (data/CITATIONS.md): a
 * copy a figure was read from is provenance in data/, never a citation. No allowance is made
 * for other addresses because the built files have none: the sidebar loads no stylesheet or
 * script from elsewhere.
 */
export function checkShownAddresses(text: string, file: string): void {
  const outside = webAddresses(text).filter((url) => !isPublisherUrl(url));
  if (outside.length > 0) {
    throw new BuildError(
      `${file} shows ${outside.length} address(es) outside the publishers' sites (${PUBLISHER_SITES.join(', ')}): ${outside.slice(0, 5).join(', ')}` +
        `${outside.length > 5 ? ', …' : ''}. Cite the publisher's page; keep the copy in a retrieved_from column.`,
    );
  }
}

/** The function list Function help shows, from the same JSDoc as the formula helper. */
export function functionHelpEntries(exports: readonly EntryExport[]): FunctionHelp[] {
  return exports
    .filter((e) => e.customFunction)
    .map((entry) => {
      const doc = parseDoc(entry);
      const required = doc.params.filter((p) => !p.optional || p.name === 'cert');
      return {
        name: entry.name,
        signature: `${entry.name}(${doc.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`,
        summary: doc.summary,
        params: doc.params.map((p) => ({ name: p.name, optional: p.optional, text: p.text })),
        example: `=${entry.name}(${required.map((p) => p.example).join(', ')})`,
      };
    });
}

/**
 * dist/FunctionHelp.html and dist/AboutData.html: the menu's dialogs, fixed for a build, so
 * they are project files rather than code every custom-function execution would compile.
 * Imported here, after the data module is generated: help.ts reads it.
 */
async function writeDialogs(exports: readonly EntryExport[]): Promise<string[]> {
  const { functionHelpHtml, aboutDataHtml } = await import('../src/addon/help');
  const { startAddon } = await import('../src/addon/startAddon');
  const { projectHtmlService } = await import('./projectFiles');
  startAddon({ HtmlService: projectHtmlService(DIST) });
  const pages: Record<DialogKind, string> = { help: functionHelpHtml(functionHelpEntries(exports)), about: aboutDataHtml() };
  return Object.entries(pages).map(([kind, html]) => {
    const file = `${DIALOG_FILES[kind as DialogKind]}.html`;
    checkShownAddresses(html, `dist/${file}`);
    writeFileSync(join(DIST, file), html);
    return file;
  });
}

/** How the entry is bundled: shared with the benchmark's build of the custom functions alone. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'iife',
  globalName: GLOBAL_NAME,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  // Apps Script parses the whole file on every execution, custom function calls included:
  // minifying the bundle (not the JSDoc stubs appended to it) cuts that parse time. Minified
  // names keep the file short (keeping every identifier made it 20% longer and compile 1.3 ms
  // slower per execution; esbuild's keepNames adds a call per function run at load).
  minify: true,
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

export async function buildCode(): Promise<{ code: string; exports: EntryExport[]; sourceMap: string }> {
  const exports = readEntryExports();
  checkNames(exports);
  checkCustomFunctionsAreExported(exports);
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [ENTRY],
    // A failing function stays findable from the execution log through the source map written
    // beside Code.js (never pushed): `npm run stack` turns the log's `Code:1:COLUMN` positions
    // into source file, line and function name.
    sourcemap: 'external',
    sourcesContent: false,
    outfile: join(DIST, 'Code.js'),
  });
  const output = (suffix: string): string => result.outputFiles.find((f) => f.path.endsWith(suffix))!.text;
  // The map's line and column numbers hold because the bundle comes first in Code.js, unchanged
  // but for its last line, which pointed at the map: Apps Script has no use for the comment.
  const bundle = output('Code.js').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  const code = `${bundle}\n${exports.map(stub).join('\n')}`;
  checkAscii(code);
  checkLoads(code, exports);
  return { code, exports, sourceMap: output('Code.js.map') };
}

/** Everything `npm run build` writes to dist/. */
export async function buildAll(): Promise<void> {
  const data = generateReferenceModule();
  const { code, exports, sourceMap } = await buildCode();
  checkShownAddresses(code, 'dist/Code.js');
  mkdirSync(DIST, { recursive: true });
  writeFileSync(join(DIST, 'Code.js'), code);
  writeFileSync(join(DIST, 'Code.js.map'), sourceMap);
  // A project file, not code: Code.js reads it through HtmlService when an area is first asked for.
  copyFileSync(GENERATED_AREA_TABLES, join(DIST, `${AREA_TABLES_FILE}.html`));
  const areaTables = statSync(join(DIST, `${AREA_TABLES_FILE}.html`)).size;
  copyFileSync(join(ROOT, 'appsscript.json'), join(DIST, 'appsscript.json'));
  const dialogs = await writeDialogs(exports);
  const sidebar = await buildSidebar();
  checkShownAddresses(sidebar, 'dist/Sidebar.html');
  const custom = exports.filter((e) => e.customFunction).map((e) => e.name);
  console.log(
    `build: dist/Code.js ${(code.length / 1024).toFixed(1)} KiB — ${custom.length} custom functions (${custom.join(', ')}), ${exports.length - custom.length} other globals; dist/Sidebar.html ${(sidebar.length / 1024).toFixed(1)} KiB; dist/${AREA_TABLES_FILE}.html ${(areaTables / 1024).toFixed(1)} KiB; dialogs ${dialogs.map((f) => `dist/${f}`).join(', ')}`,
  );
  console.log(`build: data ${summarise(data)}`);
}

async function main(): Promise<void> {
  try {
    await buildAll();
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError) {
      console.error(`build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
