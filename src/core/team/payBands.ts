/**
 * Suggested pay bands: a minimum, midpoint and maximum per experience level, as a salary
 * structure sets them.
 *
 * - Levels own their years: 0–2, 3–5, 6–10, 11–19 and 20 and more; no year belongs to two
 *   levels. (Bands may overlap in pay, as neighbouring grades of a structure usually do.)
 * - Midpoint: the market estimate (CODER_SALARY, estimate.ts) at the level's middle year — 1, 4,
 *   8, 15, and 30 for the last level, halfway to the 40 years where the experience curve stops
 *   rising — for the area, credentials, role and setting chosen. A midpoint is the market rate
 *   for someone fully able to do the work at that level.
 * - Spread: the maximum is RANGE_SPREAD above the minimum, with the midpoint halfway between
 *   (minimum = midpoint ÷ (1 + spread ÷ 2), maximum = minimum × (1 + spread)): SHRM's guide
 *   (RANGE_SPREAD_SOURCE) for the spread; the minimum and maximum follow from defining the
 *   spread on the minimum with the midpoint halfway.
 */
import type { Area, CredentialInfo } from '../referenceTypes';
import type { RoleInfo } from '../pay/roles';
import type { WorkSetting } from '../pay/settings';
import { estimatePay } from '../pay/estimate';
import { MAX_CURVE_YEARS } from '../pay/experience';
import { SHRM_SALARY_RANGES } from '../publishers';

/**
 * Range spread, (maximum − minimum) ÷ minimum. SHRM's guide gives typical spreads of 30% to
 * 40% for clerical, technical and paraprofessional jobs (20–25% for service and production,
 * 40–50% for professional and middle management). Medical coders, billers and health
 * information technicians are non-exempt technical and clerical jobs, so the middle of that
 * span is taken: 35%.
 */
export const RANGE_SPREAD = 0.35;
export const RANGE_SPREAD_SOURCE = SHRM_SALARY_RANGES;

export interface BandLevel {
  readonly label: string;
  /** First and last whole year of experience in the level; `toYears` undefined for "and more". */
  readonly fromYears: number;
  readonly toYears?: number;
  /** The year the midpoint is priced at: the level's middle. */
  readonly midpointYears: number;
}

export const BAND_LEVELS: readonly BandLevel[] = [
  { label: 'Entry', fromYears: 0, toYears: 2, midpointYears: 1 },
  { label: 'Developing', fromYears: 3, toYears: 5, midpointYears: 4 },
  { label: 'Experienced', fromYears: 6, toYears: 10, midpointYears: 8 },
  { label: 'Senior', fromYears: 11, toYears: 19, midpointYears: 15 },
  { label: 'Expert', fromYears: 20, midpointYears: (20 + MAX_CURVE_YEARS) / 2 },
];

/** "0 to 2", "20 and more". */
export function yearsCovered(level: BandLevel): string {
  return level.toYears === undefined ? `${level.fromYears} and more` : `${level.fromYears} to ${level.toYears}`;
}

export interface PayBand {
  readonly level: BandLevel;
  readonly minimum: number;
  readonly midpoint: number;
  readonly maximum: number;
}

export interface BandProfile {
  readonly area: Area;
  readonly credentials: readonly CredentialInfo[];
  readonly role: RoleInfo;
  readonly setting: WorkSetting;
}

/** A band around a midpoint, whole dollars, max − min = RANGE_SPREAD × min up to rounding. */
export function bandAround(midpoint: number): { minimum: number; maximum: number } {
  const minimum = midpoint / (1 + RANGE_SPREAD / 2);
  return { minimum: Math.round(minimum), maximum: Math.round(minimum * (1 + RANGE_SPREAD)) };
}

export function payBands(profile: BandProfile): PayBand[] {
  return BAND_LEVELS.map((level) => {
    const midpoint = estimatePay({ ...profile, years: level.midpointYears }).pay;
    return { level, midpoint, ...bandAround(midpoint) };
  });
}
