/**
 * `npm start` as a newcomer runs it says plainly when the port is taken or not a port, before
 * building. The full start — a fresh clone built, served, its address printed — is
 * previewAsServed.test.ts, which then drives what it serves in chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';

const children: ChildProcess[] = [];
let blocker: Server | undefined;

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
