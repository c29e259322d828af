/**
 * `npm run push`: builds, says which files go up, then runs `clasp push --force`.
 *
 * `--force` because the manifest (appsscript.json) is ours: without it clasp 3 asks whether to
 * overwrite a changed manifest, and with no terminal to answer it prints "Skipping push." and
 * exits 0, so nothing would be pushed while the command looks successful.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, buildAll, DIST } from './build';
import { ReferenceDataError } from './referenceData';

/** What `.claspignore` lets through from `dist/`. */
export const PUSHED_FILES = ['Code.js', 'Sidebar.html', 'AreaTables.html', 'FunctionHelp.html', 'AboutData.html', 'appsscript.json'];

/** The clasp call: `--force` pushes our manifest without a question nobody is there to answer. */
export const CLASP_PUSH = ['clasp', 'push', '--force'];

/** Why the project cannot be pushed as configured, or undefined when it can. */
export function claspSettingsProblem(text: string | undefined): string | undefined {
  if (text === undefined) return 'No .clasp.json: create one with your script id (README, "Deploying").';
  let settings: { scriptId?: unknown; rootDir?: unknown };
  try {
    settings = JSON.parse(text) as typeof settings;
  } catch {
    return '.clasp.json is not valid JSON.';
  }
  if (typeof settings.scriptId !== 'string' || settings.scriptId === '' || settings.scriptId.startsWith('REPLACE_'))
    return 'Put your Apps Script project\'s script id in .clasp.json ("scriptId"; Project Settings in the script editor).';
  if (settings.rootDir !== 'dist') return '.clasp.json must have "rootDir": "dist" (only the built files are pushed).';
  return undefined;
}

async function main(): Promise<void> {
  const problem = claspSettingsProblem(existsSync('.clasp.json') ? readFileSync('.clasp.json', 'utf8') : undefined);
  if (problem) {
    console.error(`push: ${problem}`);
    process.exit(1);
  }
  try {
    await buildAll();
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  console.log('push: sending to the Apps Script project in .clasp.json:');
  for (const file of PUSHED_FILES) console.log(`  dist/${file}  ${(statSync(join(DIST, file)).size / 1024).toFixed(1)} KiB`);
  const clasp = spawnSync('npx', CLASP_PUSH, { stdio: 'inherit' });
  process.exit(clasp.status ?? 1);
}

if (process.argv[1] && /push\.ts$/.test(process.argv[1])) await main();
