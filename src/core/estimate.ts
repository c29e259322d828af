/**
 * The estimate: a worker's annual pay from place, years, credentials, role and setting.
 *
 *  1. Base: the pay distribution of the state, the nation, or a metropolitan or nonmetropolitan
 *     area, for the role's occupation (distribution.ts).
 *  2. Experience places the worker at a percentile of it (experience.ts).
 *  3. Credential and setting factors multiply that pay (credentials.ts, settings.ts).
 *  4. Ceiling against double counting: the OEWS distribution already contains certified,
 *     hospital-based and senior workers, so stacked factors must not carry an estimate past
 *     what the distribution supports. Below its 75th percentile pay is untouched; above it, log
 *     pay approaches the 90th percentile smoothly (p75 · (p90/p75)^tanh(ln(pay/p75) / ln(p90/p75))),
 *     so the estimate never exceeds the p90 (an area's derived p90) and stays monotone in every input.
 *  5. Rounded to whole dollars, at the end only.
 */
import type { Area, CredentialInfo } from './referenceTypes';
import type { RoleInfo } from './roles';
import type { WorkSetting } from './settings';
import { areaDistribution, payAtQuantile, type PayDistribution } from './distribution';
import { experienceQuantile } from './experience';
import { credentialFactor, type CredentialFactor } from './credentials';
import { settingFactor, type SettingFactor } from './settings';

export interface EstimateInputs {
  readonly area: Area;
  readonly years: number;
  readonly credentials: readonly CredentialInfo[];
  readonly role: RoleInfo;
  readonly setting: WorkSetting;
}

export interface Estimate {
  readonly inputs: EstimateInputs;
  readonly distribution: PayDistribution;
  readonly experienceQuantile: number;
  readonly experiencePay: number;
  readonly credential: CredentialFactor;
  readonly setting: SettingFactor;
  /** Pay after the factors, before the ceiling. */
  readonly factoredPay: number;
  /** Pay after the ceiling, unrounded. */
  readonly cappedPay: number;
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

export function estimatePay(inputs: EstimateInputs): Estimate {
  const distribution = areaDistribution(inputs.role, inputs.area);
  const quantile = experienceQuantile(inputs.years);
  const experiencePay = payAtQuantile(distribution, quantile);
  const credential = credentialFactor(inputs.credentials);
  const setting = settingFactor(inputs.setting);
  const factoredPay = experiencePay * credential.factor * setting.factor;
  const cappedPay = distributionCeiling(factoredPay, distribution);
  return {
    inputs,
    distribution,
    experienceQuantile: quantile,
    experiencePay,
    credential,
    setting,
    factoredPay,
    cappedPay,
    pay: Math.round(cappedPay),
  };
}
