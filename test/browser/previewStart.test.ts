/**
 * `npm start` as a newcomer runs it: it builds, serves, prints the address, and says plainly
 * when the port is taken or not a port. The full start runs in a copy of the repository, so
 * its build does not rewrite dist/ under the other test files.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const children: ChildProcess[] = [];
let blocker: Server | undefined;
const copies: string[] = [];

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** The repository's sources in a temporary folder, sharing node_modules. */
function repositoryCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'preview-start-'));
  copies.push(copy);
  const root = process.cwd();
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !/^(node_modules|\.git|dist|test-results|data[\\/]generated)([\\/]|$)/.test(relative(root, source)),
  });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = undefined;
});

/** Runs the start script; resolves when `until` matches its output or when it exits. */
function start(args: string[], until: RegExp, cwd = process.cwd()): Promise<{ output: string; code: number | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', ...args], { cwd, env: { ...process.env, PORT: '' } });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) resolve({ output, code: child.exitCode });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ output, code }));
  });
}

describe('npm start', () => {
  it('builds a fresh clone (no dist/, no generated data), then serves the preview and prints its address', async () => {
    const { output } = await start(['--port', '0'], /preview: (http:\/\/localhost:\d+\/)|Error/, repositoryCopy());
    expect(output).toMatch(/preview: http:\/\/localhost:\d+\//);
    const url = /preview: (http:\/\/localhost:\d+\/)/.exec(output)![1]!;
    expect(output).toMatch(/build: dist\/Code\.js/);
    const page = await fetch(url).then((r) => r.text());
    expect(page).toContain('Coding &amp; Billing Pay — local preview');
    const state = (await fetch(`${url}api/state`).then((r) => r.json())) as { sheets: string[] };
    expect(state.sheets).toContain('Examples');
  });

  it('says so when the port is taken, before building', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const { output, code } = await start([`--port=${port}`], /$^/);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).toContain(`npm start -- --port ${port + 1}`);
    expect(output).not.toMatch(/build:/);
  });

  it('refuses a port that is not one', async () => {
    const { output, code } = await start(['--port', 'eighty'], /$^/);
    expect(code).toBe(1);
    expect(output).toContain('invalid port "eighty"');
  });
});
