/**
 * The privacy policy and terms the listing links to say what the code does: every scope the
 * manifest asks for is named in the policy (so a new scope fails here until the policy explains
 * it), and the services the policy says the add-on never uses are absent from the built Code.js
 * and from the source.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const policy = readFileSync('docs/PRIVACY.md', 'utf8');
const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[]; exceptionLogging?: string };

/** The scopes a policy text does not name. */
function scopesNotNamed(scopes: readonly string[], text: string): string[] {
  return scopes.filter((scope) => !text.includes(`\`${scope}\``));
}

/** Services the policy says the add-on does not use (its "What it sends and stores"). */
const NEVER_USED = ['UrlFetchApp', 'PropertiesService', 'CacheService', 'Session', 'DriveApp', 'GmailApp', 'MailApp'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('docs/PRIVACY.md', () => {
  it('names every scope appsscript.json asks for, and fails on one it does not name', () => {
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(scopesNotNamed(manifest.oauthScopes, policy)).toEqual([]);
    const added = 'https://www.googleapis.com/auth/script.external_request';
    expect(scopesNotNamed([...manifest.oauthScopes, added], policy)).toEqual([added]);
  });

  it('names the services it says are never used, and neither the built Code.js nor src/ uses them', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    const source = sourceFiles('src')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const service of NEVER_USED) {
      expect(policy, service).toContain(`\`${service}\``);
      expect(new RegExp(`\\b${service}\\b`).test(code), `${service} in dist/Code.js`).toBe(false);
      expect(new RegExp(`\\b${service}\\s*\\.`).test(source), `${service} in src/`).toBe(false);
    }
  });

  it('says that errors are logged, as the manifest asks', () => {
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(policy).toContain('"exceptionLogging":');
  });

  it('is linked, with the terms and support pages, from each other and from the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const page of ['docs/PRIVACY.md', 'docs/TERMS.md', 'docs/PUBLISHING.md']) expect(readme).toContain(`](${page})`);
    expect(readFileSync('docs/TERMS.md', 'utf8')).toContain('](PRIVACY.md)');
    expect(readFileSync('docs/SUPPORT.md', 'utf8')).toContain('](PRIVACY.md)');
  });
});
