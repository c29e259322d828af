/**
 * The estimate: a worker's annual pay from place, years, credentials, role and setting.
 *
 *  1. Base: the pay distribution of the state, the nation, or a metropolitan or nonmetropolitan
 *     area, for the role's occupation (distribution.ts).
 *  2. Experience places the worker at a percentile of it (experience.ts).
 *  3. Credential, setting and (in a career plan) education factors multiply that pay
 *     (credentials.ts, settings.ts, education.ts). The
 *     credential factor is the gap at equal experience for these years, and a CPC or COC with
 *     under two years is priced as its apprentice designation (credentials.ts).
 *  4. Ceiling against double counting: the OEWS distribution already contains certified,
 *     hospital-based and senior workers, so stacked factors must not carry an estimate past
 *     what the distribution supports. Below its 75th percentile pay is untouched; above it, log
 *     pay approaches the 90th percentile smoothly (p75 · (p90/p75)^tanh(ln(pay/p75) / ln(p90/p75))),
 *     so the estimate never exceeds the p90 (an area's derived p90) and stays monotone in every input.
 *  5. New holders of experience-dependent credentials (CPMA, CRC, CDEI, CDIP with under two
 *     years): those credentials raise pay at most to the local p75. The estimate is the larger
 *     of the pay without them and the pay with them held at p75, so adding a credential or a
 *     year never lowers it.
 *  6. Rounded to whole dollars, at the end only.
 */
import type { Area, CredentialInfo } from '../referenceTypes';
import type { RoleInfo } from './roles';
import type { WorkSetting } from './settings';
import { areaDistribution, payAtQuantile, type PayDistribution } from './distribution';
import { experienceQuantile } from './experience';
import { credentialFactor, EXPERIENCE_DEPENDENT, type CredentialFactor } from './credentials';
import { settingFactor, type SettingFactor } from './settings';
import { educationFactor, type EducationFactor, type EducationProgram } from './education';

export interface EstimateInputs {
  readonly area: Area;
  readonly years: number;
  readonly credentials: readonly CredentialInfo[];
  readonly role: RoleInfo;
  readonly setting: WorkSetting;
  /** The highest program completed, where a career plan knows it (education.ts); none otherwise. */
  readonly education?: EducationProgram;
}

export interface Estimate {
  readonly inputs: EstimateInputs;
  readonly distribution: PayDistribution;
  readonly experienceQuantile: number;
  readonly experiencePay: number;
  readonly credential: CredentialFactor;
  readonly setting: SettingFactor;
  readonly education?: EducationFactor;
  /** Pay after the factors, before the ceiling. */
  readonly factoredPay: number;
  /** Pay after the ceiling (and the new-holder limit), unrounded. */
  readonly cappedPay: number;
  /** Set when experience-dependent credentials are held with under two years: how they were limited. */
  readonly newHolder?: {
    /** The estimate without those credentials, after the ceiling. */
    readonly payWithout: number;
    /** The local p75 they may raise pay to. */
    readonly limit: number;
    /** Whether the limit changed the estimate. */
    readonly applied: boolean;
  };
  /** The result: whole dollars. */
  readonly pay: number;
}

/** Leaves pay up to p75 alone and bends anything above it smoothly towards (never past) p90. */
export function distributionCeiling(pay: number, distribution: PayDistribution): number {
  const p75 = distribution.percentiles[3];
  const p90 = distribution.percentiles[4];
  if (pay <= p75) return pay;
  const width = Math.log(p90 / p75);
  if (width <= 0) return p75;
  return p75 * Math.exp(width * Math.tanh(Math.log(pay / p75) / width));
}

/** `quantileOf` is the experience curve: the product's, or one being fitted (scripts/validation/experienceFit.ts). */
export function estimatePay(inputs: EstimateInputs, quantileOf: (years: number) => number = experienceQuantile): Estimate {
  const distribution = areaDistribution(inputs.role, inputs.area);
  const quantile = quantileOf(inputs.years);
  const experiencePay = payAtQuantile(distribution, quantile);
  const credential = credentialFactor(inputs.credentials, inputs.years);
  const setting = settingFactor(inputs.setting, credential.factor);
  const education = inputs.education ? educationFactor(inputs.education) : undefined;
  const schooling = education?.factor ?? 1;
  const factoredPay = experiencePay * credential.factor * setting.factor * schooling;
  const ceiled = distributionCeiling(factoredPay, distribution);
  let cappedPay = ceiled;
  let newHolder: Estimate['newHolder'];
  if (credential.newHolderLimited.length > 0) {
    const others = inputs.credentials.filter((c) => !EXPERIENCE_DEPENDENT.includes(c.code));
    const without = credentialFactor(others, inputs.years);
    const settingWithout = settingFactor(inputs.setting, without.factor).factor;
    const payWithout = distributionCeiling(experiencePay * without.factor * settingWithout * schooling, distribution);
    const limit = distribution.percentiles[3];
    cappedPay = Math.max(payWithout, Math.min(ceiled, limit));
    newHolder = { payWithout, limit, applied: cappedPay !== ceiled };
  }
  return {
    inputs,
    distribution,
    experienceQuantile: quantile,
    experiencePay,
    credential,
    setting,
    ...(education ? { education } : {}),
    factoredPay,
    cappedPay,
    ...(newHolder ? { newHolder } : {}),
    pay: Math.round(cappedPay),
  };
}
