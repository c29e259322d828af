/**
 * Who may hold a credential: AHIMA's eligibility pathways (data/credential_eligibility.csv).
 * A credential with pathways is eligible when every condition of one pathway holds:
 *   - RHIT: a CAHIIM-accredited associate degree in health information management (or higher);
 *   - RHIA: a CAHIIM-accredited bachelor's (or master's) in health information management;
 *   - CCS: two years of coding experience, coursework (a coding certificate or a degree) and one
 *     year, or RHIT, RHIA or CCS-P held;
 *   - CCA: a high-school diploma, which every plan here assumes.
 * AAPC's credentials have no prerequisite ("proof of education or experience isn't necessary"):
 * their rule is the apprenticeship (credentials.ts). A plan's degree is read as the accredited
 * HIM program the rule names; a plan cannot tell an accredited program from another.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { EligibilityPathway } from '../referenceTypes';
import { PROGRAM_LABELS, programRank, type EducationProgram } from './education';

const PATHWAYS = REFERENCE.education.eligibility;

/** What a person has when they would take an exam. */
export interface Attainment {
  /** Programs completed. */
  readonly programs: readonly EducationProgram[];
  /** Years of coding experience. */
  readonly years: number;
  /** Credential codes already held. */
  readonly held: readonly string[];
}

export const pathwaysOf = (code: string): readonly EligibilityPathway[] => PATHWAYS.filter((p) => p.credential === code);

function meets(pathway: EligibilityPathway, a: Attainment): boolean {
  const program = pathway.program;
  if (program !== undefined && !a.programs.some((p) => programRank(p) >= programRank(program))) return false;
  if (pathway.yearsExperience !== undefined && a.years < pathway.yearsExperience) return false;
  if (pathway.credentialsHeld.length > 0 && !pathway.credentialsHeld.some((c) => a.held.includes(c))) return false;
  return true;
}

/** True when the credential has no pathways in the data or one of them holds. */
export function isEligible(code: string, a: Attainment): boolean {
  const pathways = pathwaysOf(code);
  return pathways.length === 0 || pathways.some((p) => meets(p, a));
}

function pathwayWords(p: EligibilityPathway): string {
  const parts: string[] = [];
  if (p.program)
    parts.push(p.program === 'certificate' ? 'a coding certificate or degree' : `an accredited ${PROGRAM_LABELS[p.program]} in HIM`);
  if (p.yearsExperience !== undefined) parts.push(`${p.yearsExperience} year${p.yearsExperience === 1 ? '' : 's'} of coding experience`);
  if (p.credentialsHeld.length > 0) parts.push(p.credentialsHeld.join(', ').replace(/, ([^,]*)$/, ' or $1'));
  return parts.join(' and ');
}

/** "RHIT needs an accredited associate degree in HIM (or higher)": the pathways in a short sentence, no source. */
export function eligibilityWords(code: string): string {
  const pathways = pathwaysOf(code).filter((p) => p.program || p.yearsExperience !== undefined || p.credentialsHeld.length > 0);
  if (pathways.length === 0) return `${code} has no education or experience prerequisite`;
  const higher = pathways.length === 1 && pathways[0]!.program === 'associate' ? ' (or higher)' : '';
  return `${code} needs ${pathways.map(pathwayWords).join('; or ')}${higher}`;
}

/** The rule with its publication and the publisher's page, for EXPLAIN and the sources blocks. */
export function eligibilityRule(code: string): string {
  const pathways = pathwaysOf(code);
  const first = pathways[0];
  if (!first) return eligibilityWords(code);
  return `${eligibilityWords(code)} (${first.publication.title}, ${first.confidence} confidence; ${first.publication.url})`;
}

/** Years of coding experience after which a person with no program and `held` credentials becomes eligible (0 if now, undefined if never). */
export function yearsUntilEligible(code: string, held: readonly string[], programs: readonly EducationProgram[] = []): number | undefined {
  const pathways = pathwaysOf(code);
  if (pathways.length === 0) return 0;
  const years = pathways.filter((p) => meets(p, { programs, held, years: Number.POSITIVE_INFINITY })).map((p) => p.yearsExperience ?? 0);
  return years.length === 0 ? undefined : Math.min(...years);
}
