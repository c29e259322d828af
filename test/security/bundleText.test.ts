/**
 * The pushed file read as source: no code built from strings, and no service that reads the
 * user's data beyond the open spreadsheet (the manifest's scopes would refuse such calls at run
 * time; this keeps them from being written at all). dist/Code.js is parsed with the TypeScript
 * compiler, so names are found as code, never in the JSDoc text.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const code = readFileSync('dist/Code.js', 'utf8');
const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

/** Services that reach the network, Drive, mail, calendars, contacts or other documents. */
const SERVICES = [
  'UrlFetchApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ContactsApp',
  'People',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'Jdbc',
  'Drive',
  'Gmail',
];
/** Methods that read who the user is, their stored data, a token, or another spreadsheet. */
const METHODS = [
  'getUserProperties',
  'getDocumentProperties',
  'getActiveUser',
  'getEffectiveUser',
  'getEmail',
  'getOAuthToken',
  'getIdentityToken',
  'openById',
  'openByUrl',
];

interface Found {
  readonly identifiers: Set<string>;
  readonly strings: string[];
  readonly calls: string[];
}

function walk(): Found {
  const found: Found = { identifiers: new Set(), strings: [], calls: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.identifiers.add(node.text);
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      found.strings.push(node.text);
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) found.calls.push(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('dist/Code.js as source', () => {
  const found = walk();

  it('parses as JavaScript', () => {
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(found.identifiers.has('CODER_SALARY')).toBe(true);
  });

  it('builds no code from strings: no eval, no Function constructor', () => {
    expect(found.identifiers.has('eval')).toBe(false);
    expect(found.calls.filter((name) => name === 'Function')).toEqual([]);
    expect(code).not.toMatch(/\bnew\s+Function\b|\beval\s*\(/);
  });

  it('names no service beyond the spreadsheet and the add-on UI', () => {
    expect(SERVICES.filter((name) => found.identifiers.has(name))).toEqual([]);
  });

  it('calls nothing that reads the user, their stored data, a token or another spreadsheet', () => {
    expect(METHODS.filter((name) => found.identifiers.has(name))).toEqual([]);
  });

  it('does not reach a service through a computed name either', () => {
    const names = new RegExp(`^(${[...SERVICES, ...METHODS].join('|')})$`);
    expect(found.strings.filter((text) => names.test(text))).toEqual([]);
  });
});
