/**
 * Suggested pay bands: a minimum, midpoint and maximum per experience level, from the model.
 *
 * Each level covers the years up to the next one (entry 0–2, then 2–5, 5–10, 10–20, and 20 up
 * to 40, where the experience curve stops rising: experience.ts). A band runs from the model's
 * estimate at the level's first year (minimum) to its estimate where the next level starts
 * (maximum); the midpoint is halfway between, as a pay range's midpoint is. Everything else —
 * area, credentials, role, setting, the ceiling at the local p90 — is the estimate itself
 * (estimate.ts), so a band never claims a spread the data does not have: its width is what
 * experience alone explains within the level.
 */
import type { Area, CredentialInfo } from './referenceTypes';
import type { RoleInfo } from './roles';
import type { WorkSetting } from './settings';
import { estimatePay } from './estimate';
import { MAX_CURVE_YEARS } from './experience';

export interface BandLevel {
  readonly label: string;
  readonly fromYears: number;
  readonly toYears: number;
}

/** Entry, 2, 5, 10 and 20 years: the levels a practice usually names. */
export const BAND_LEVELS: readonly BandLevel[] = [
  { label: 'Entry', fromYears: 0, toYears: 2 },
  { label: '2 years', fromYears: 2, toYears: 5 },
  { label: '5 years', fromYears: 5, toYears: 10 },
  { label: '10 years', fromYears: 10, toYears: 20 },
  { label: '20 years and more', fromYears: 20, toYears: MAX_CURVE_YEARS },
];

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

export function payBands(profile: BandProfile): PayBand[] {
  const at = (years: number) => estimatePay({ ...profile, years }).pay;
  return BAND_LEVELS.map((level) => {
    const minimum = at(level.fromYears);
    const maximum = at(level.toYears);
    return { level, minimum, midpoint: Math.round((minimum + maximum) / 2), maximum };
  });
}
