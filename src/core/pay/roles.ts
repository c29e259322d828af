/** The jobs the product prices, and the BLS occupation each one is measured by. */
import type { Soc } from '../referenceTypes';
import { InputError } from '../inputError';
import { nearestMatch, quoted } from '../nearestMatch';

export type Role = 'coder' | 'biller' | 'hit';

export interface RoleInfo {
  readonly role: Role;
  readonly soc: Soc;
  readonly occupation: string;
  /** The role in words, as sheets and the sidebar name it (lower case; a word `parseRole` reads). */
  readonly label: string;
  /** The same, for many people ("medical coders"). */
  readonly plural: string;
  /** What a reader must know about how well the occupation fits the role. */
  readonly caveat?: string;
}

export const ROLES: Readonly<Record<Role, RoleInfo>> = {
  coder: { role: 'coder', soc: '29-2072', occupation: 'Medical Records Specialists', label: 'medical coder', plural: 'medical coders' },
  biller: {
    role: 'biller',
    soc: '43-3021',
    occupation: 'Billing and Posting Clerks',
    label: 'medical biller',
    plural: 'medical billers',
    // BLS publishes 43-3021 across all industries; no healthcare-only split exists (data/SOURCES.md, file 2).
    caveat: 'BLS 43-3021 covers billing clerks in all industries, not only healthcare',
  },
  // SOC 29-9021 is the technologist and registrar occupation. O*NET lists RHIT among the job
  // titles of 29-2072, so "hit" is never a label for an RHIT-holding coder.
  hit: {
    role: 'hit',
    soc: '29-9021',
    occupation: 'Health Information Technologists and Medical Registrars',
    label: 'health information technologist / medical registrar',
    plural: 'health information technologists / medical registrars',
  },
};

// No prototype: "constructor" or "__proto__" typed in a cell must not find Object's own members.
const ALIASES: Readonly<Record<string, Role>> = Object.assign(Object.create(null), {
  coder: 'coder',
  coders: 'coder',
  coding: 'coder',
  'medical coder': 'coder',
  'medical records specialist': 'coder',
  'medical records specialists': 'coder',
  '29-2072': 'coder',
  biller: 'biller',
  billers: 'biller',
  billing: 'biller',
  'medical biller': 'biller',
  'billing clerk': 'biller',
  'billing and posting clerks': 'biller',
  '43-3021': 'biller',
  hit: 'hit',
  'health information technologist': 'hit',
  'health information technologists': 'hit',
  'health information technologist / medical registrar': 'hit',
  'health information technologists and medical registrars': 'hit',
  'medical registrars': 'hit',
  'medical registrar': 'hit',
  '29-9021': 'hit',
});

export const ROLE_ACCEPTED =
  '"coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021), or the SOC code';

/** Blank means the default role, coder. */
export function parseRole(text: string): RoleInfo {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === '') return ROLES.coder;
  const role = ALIASES[key];
  if (role) return ROLES[role];
  throw new InputError('role', text, ROLE_ACCEPTED, () =>
    quoted(
      nearestMatch(
        key,
        Object.keys(ROLES).map((r) => ({ key: r, value: r })),
      ),
    ),
  );
}

/**
 * Words of job titles as rosters write them ("Medical Coder II", "Billing Specialist", "HIM
 * Technician"), in order of precedence: a title naming coding and billing is read as coding,
 * the work the product measures first.
 */
const TITLE_WORDS: readonly (readonly [Role, RegExp])[] = [
  ['coder', /\b(cod(er|ers|ing)|cdi|abstract(or|ors|ing))\b/i],
  ['biller', /\b(bill(er|ers|ing)|claims?|posting|reimbursement|collections?|accounts receivable)\b/i],
  ['hit', /\b(health information|him|registrar|registry|rhit|rhia)\b/i],
];

/** A role from a job title: the role's own words first, then the title's words; undefined when none fits. */
export function roleFromTitle(text: string): RoleInfo | undefined {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const exact = ALIASES[key];
  if (exact) return ROLES[exact];
  return TITLE_WORDS.map(([role, words]) => (words.test(key) ? ROLES[role] : undefined)).find(Boolean);
}
