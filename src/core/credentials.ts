/**
 * Coding and billing credentials and their pay premium over non-certified workers.
 *
 * Premiums come from the AAPC 2026 Salary Report (2025 salaries), the only recent survey with
 * certified vs non-certified averages: each factor is a survey average divided by the
 * non-certified average (55,721). A credential-specific factor is used only where the report
 * gives that credential's own average (CPC); every other known credential uses the
 * certified average, and two or three-plus credentials use the report's multi-credential
 * averages. AHIMA publishes no recent per-credential salary (data/SOURCES.md, file 8).
 */
import { REFERENCE } from '../../data/generated/reference';
import type { CitedFigure, CredentialInfo } from './referenceTypes';
import { InputError } from './inputError';
import { nearestMatch, quoted } from './nearestMatch';

export const CREDENTIALS: readonly CredentialInfo[] = REFERENCE.credentials;

/** "CPC-A", "cpca" and "CPC A" all name the same credential. */
function credentialKey(text: string): string {
  return text.toUpperCase().replace(/[\s\-_.]/g, '');
}

const byKey = new Map<string, CredentialInfo>();
function credentialByKey(key: string): CredentialInfo | undefined {
  if (byKey.size === 0) for (const c of CREDENTIALS) byKey.set(credentialKey(c.code), c);
  return byKey.get(key);
}

const NO_CREDENTIAL = new Set(['', 'NONE', 'NO', 'N/A', 'NA', '-', 'NOCERT', 'NONCERTIFIED', 'UNCERTIFIED']);

export const CREDENTIAL_ACCEPTED = `credential codes such as CPC, COC, CIC, CRC, CPB, CCS or RHIT, several separated by commas, or "none"; known: ${CREDENTIALS.map((c) => c.code).join(', ')}`;

/** Credentials named in one cell, by its text: a range repeats the same few credential cells. */
const cellCredentials = new Map<string, readonly CredentialInfo[]>();
const CELL_CACHE_LIMIT = 1000;

function credentialsInCell(text: string): readonly CredentialInfo[] {
  const cached = cellCredentials.get(text);
  if (cached) return cached;
  const found: CredentialInfo[] = [];
  // Split on list separators; a space separates too unless it sits inside a hyphenated code ("CPC A").
  const parts = text.split(/[,;/&+|]|\band\b/i).flatMap((part) => {
    const whole = credentialByKey(credentialKey(part));
    return whole ? [part] : part.trim().split(/\s+/);
  });
  for (const part of parts) {
    const key = credentialKey(part);
    if (NO_CREDENTIAL.has(key)) continue;
    const credential = credentialByKey(key);
    if (!credential) {
      throw new InputError(
        'cert',
        part.trim(),
        CREDENTIAL_ACCEPTED,
        () =>
          quoted(
            nearestMatch(
              key.toLowerCase(),
              CREDENTIALS.map((c) => ({ key: credentialKey(c.code).toLowerCase(), value: c.code })),
            ),
          ),
        'unknown credential',
      );
    }
    if (!found.includes(credential)) found.push(credential);
  }
  if (cellCredentials.size >= CELL_CACHE_LIMIT) cellCredentials.clear();
  cellCredentials.set(text, found);
  return found;
}

/**
 * "CPC, CRC", "cpc/crc", "CPC and CRC" or several cells → distinct credential codes.
 * Blank or "none" → no credential.
 */
export function parseCredentials(texts: readonly string[]): CredentialInfo[] {
  const found: CredentialInfo[] = [];
  for (const text of texts) for (const credential of credentialsInCell(text)) if (!found.includes(credential)) found.push(credential);
  return found;
}

export interface CredentialFactor {
  readonly factor: number;
  /** How the factor was chosen, in words for EXPLAIN. */
  readonly basis: string;
  /** Survey average the factor is read from, over `base`. */
  readonly figure?: CitedFigure;
  readonly base?: CitedFigure;
}

export function credentialFactor(credentials: readonly CredentialInfo[]): CredentialFactor {
  const survey = REFERENCE.credentialSurvey;
  const base = survey.nonCertified;
  const over = (figure: CitedFigure, basis: string): CredentialFactor => ({ factor: figure.value / base.value, basis, figure, base });
  if (credentials.length === 0) return { factor: 1, basis: 'no credential: the non-certified level' };
  if (credentials.length >= 3) {
    return over(survey.threeOrMoreCredentials, `${credentials.length} credentials: AAPC average for three or more certifications`);
  }
  if (credentials.length === 2) {
    return over(survey.twoCredentials, '2 credentials: AAPC average for two AAPC certifications (applied to any two credentials)');
  }
  const only = credentials[0]!;
  const own = survey.byCredential[only.code];
  if (own) return over(own, `${only.code}: its own AAPC average`);
  return over(survey.certifiedAverage, `${only.code}: no credential-specific figure in the data, AAPC certified average used`);
}

/** CERT_PREMIUM: the premium as a decimal (0.207 = 20.7%). */
export function credentialPremium(credentials: readonly CredentialInfo[]): number {
  return credentialFactor(credentials).factor - 1;
}
