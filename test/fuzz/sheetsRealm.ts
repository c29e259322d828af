/**
 * dist/Code.js as Sheets runs it: loaded into its own global scope and called through its
 * top-level functions. Values that must belong to that scope (dates) are made inside it, as
 * Apps Script's own Date objects would be.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { bundleGlobals } from '../../scripts/projectFiles';

export type SheetFunction = (...args: unknown[]) => unknown;

export interface SheetsRealm {
  readonly call: (name: string, args: readonly unknown[]) => unknown;
  /** A Date of the bundle's realm. */
  readonly date: (time: number) => Date;
}

export function loadBundle(path = 'dist/Code.js'): SheetsRealm {
  const context = vm.createContext(bundleGlobals());
  vm.runInContext(readFileSync(path, 'utf8'), context, { filename: 'Code.js' });
  const globals = context as Record<string, SheetFunction>;
  const date = vm.runInContext('(time) => new Date(time)', context) as (time: number) => Date;
  return {
    call: (name, args) => {
      const fn = globals[name];
      if (typeof fn !== 'function') throw new TypeError(`dist/Code.js defines no ${name}`);
      return fn(...args);
    },
    date,
  };
}

/** What one call did: the value it returned, or the error it threw. */
export type Outcome = { readonly value: unknown } | { readonly thrown: unknown };

export function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (thrown) {
    return { thrown };
  }
}

/**
 * The bundle runs in another realm, so `instanceof Error` against this realm's Error is
 * false; an Error is recognised by its constructor's name and a string message.
 */
export function isErrorObject(thrown: unknown): thrown is Error {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const name = (thrown as { constructor?: { name?: unknown } }).constructor?.name;
  return name === 'Error' && typeof (thrown as { message?: unknown }).message === 'string';
}

/** Deep equality of cell values where 0 equals -0 (Sheets shows both as 0). */
export function sameCells(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameCells(x, b[i]));
  return a === b;
}
