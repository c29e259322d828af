/**
 * What a credential costs to earn and to keep, from the cited prices in data/certification_costs.csv.
 *
 * - Exam: AAPC's one-attempt fee; AHIMA's non-member fee (an AHIMA membership is not assumed, and
 *   its dues were found only in a low-confidence copy). CPC-A is awarded on passing the CPC exam,
 *   so it costs the CPC exam fee.
 * - Keeping it: an AAPC credential needs an active AAPC membership (individual dues, a year) and
 *   36 CEUs every two years; one membership covers every AAPC credential a person holds. The
 *   CEU requirements are shown but not priced: the data has no cited price for them, and AHIMA's
 *   recertification fees were found only in a low-confidence copy (RHIT), so none is counted.
 * - A credential without a cited current exam price (COC, CIC, CPMA, CPCO, CDEI, CCS-P, CDIP,
 *   CHDA, and RHIT, whose only price is a low-confidence copy) is never given an assumed one:
 *   the person gives the cost (CERT_PAYBACK's extra_cost, a plan's third field).
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { CertificationCost, CredentialInfo } from '../referenceTypes';
import { CREDENTIALS } from '../pay/credentials';

/** The exam whose fee buys a credential, where it is another credential's ("CPC-A" → the CPC exam). */
const EXAM_OF: Readonly<Record<string, string>> = { 'CPC-A': 'CPC', 'COC-A': 'COC' };

export interface CredentialCost {
  readonly credential: CredentialInfo;
  /** The exam fee used, or undefined where the data has no cited current price. */
  readonly exam?: CertificationCost;
  /** Why there is no exam price (for the message asking the person for the cost). */
  readonly examMissing?: string;
  /** The membership the credential needs to stay active (AAPC), if any. */
  readonly membership?: CertificationCost;
  /** The continuing-education requirement, shown but not priced. */
  readonly continuingEducation?: CertificationCost;
}

function costRow(holder: string, kind: CertificationCost['kind'], variant?: string): CertificationCost | undefined {
  return REFERENCE.certificationCosts.find(
    (c) => c.holder === holder && c.kind === kind && (variant === undefined || c.variant === variant),
  );
}

/** The variant of the exam fee a person without an issuer's membership pays. */
const EXAM_VARIANT: Readonly<Record<CredentialInfo['issuer'], string>> = { AAPC: 'one attempt', AHIMA: 'non-member' };

export function credentialCost(credential: CredentialInfo): CredentialCost {
  const examCode = EXAM_OF[credential.code] ?? credential.code;
  const exam = costRow(examCode, 'exam', EXAM_VARIANT[credential.issuer]);
  const aapc = credential.issuer === 'AAPC';
  return {
    credential,
    ...(exam ? { exam } : { examMissing: `the data has no cited current ${credential.code} exam price` }),
    ...(aapc ? { membership: costRow('AAPC', 'membership', 'individual') } : {}),
    continuingEducation: costRow(aapc ? 'AAPC' : credential.code, 'continuing education'),
  };
}

/** "$425 one attempt (AAPC certification exams: CPC exam fee, 2026)". */
export function describeCost(cost: CertificationCost): string {
  const amount = cost.unit === 'USD' ? `$${cost.value}` : `${cost.value} CEUs`;
  const per = cost.per ? ` per ${cost.per}` : '';
  const variant = cost.variant ? ` ${cost.variant}` : '';
  // A secondary report without a publisher's page is named, never linked to the copy.
  const page = cost.publication.url ? `; ${cost.publication.url}` : '';
  return `${amount}${per}${variant} (${cost.publication.title}, ${cost.vintage}${page})`;
}

/** SALARY_SOURCE("costs"): the publishers' pages, the vintages, and the credentials without a cited price. */
export function costCitation(): string {
  const pages = [
    ...new Map(REFERENCE.certificationCosts.filter((c) => c.publication.url).map((c) => [c.publication.url, c.publication])).values(),
  ];
  const years = REFERENCE.certificationCosts.flatMap((c) => (c.vintage.match(/\d{4}/g) ?? []).map(Number));
  const unpriced = CREDENTIALS.filter((c) => credentialCost(c).exam === undefined).map((c) => c.code);
  return (
    `Certification costs: exam fees, dues and continuing-education rules from ${pages.map((p) => p.url).join(', ')} (as of ${Math.min(...years)}–${Math.max(...years)}); ` +
    `no cited current exam price for ${unpriced.join(', ')}: give it as extra_cost; preparation is counted only as you give it (prep_cost)`
  );
}

/** Typical preparation costs in the data (low confidence, secondary reports), in words with their sources. */
export function preparationCosts(): string {
  const rows = REFERENCE.certificationCosts.filter((c) => c.kind === 'preparation');
  if (rows.length === 0) return 'the data has no preparation cost';
  const bySource = new Map<string, CertificationCost[]>();
  for (const row of rows) bySource.set(row.publication.title, [...(bySource.get(row.publication.title) ?? []), row]);
  const parts = [...bySource].map(
    ([title, list]) =>
      `${list.map((c) => `$${c.value.toLocaleString('en-US')} (${c.variant})`).join(', ')} (${title}; ${list[0]!.confidence} confidence)`,
  );
  return `typical figures reported are ${parts.join('; ')}; no publisher's page for them is in the data, so give yours`;
}

/** A second attempt: the two-attempt price where the data cites one, as the cost a retake would add. */
export function retakeNote(credentials: readonly CredentialInfo[]): string {
  const notes = credentials.flatMap((c) => {
    const one = costRow(EXAM_OF[c.code] ?? c.code, 'exam', 'one attempt');
    const two = costRow(EXAM_OF[c.code] ?? c.code, 'exam', 'two attempts');
    return one && two ? [`a retake of ${c.code} (two attempts cost $${two.value} instead of $${one.value})`] : [];
  });
  return notes.length > 0 ? notes.join('; ') : 'a retake (the data has no retake price for this exam)';
}
