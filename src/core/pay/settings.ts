/**
 * Work setting: where the work is done, relative to all settings. Each factor is a ratio of
 * two figures of ONE publication; where a second publication is needed, it enters as its own
 * ratio, never mixed into another's (README "Work settings"; data/SOURCES.md, work_setting_figures.csv).
 *
 * - hospital, physician office: BLS Occupational Outlook Handbook medians by setting for Medical
 *   Records Specialists (May 2025: hospitals 59,120; offices of physicians 47,120) over the
 *   all-settings national median of the same release (51,140).
 * - hospital inpatient, hospital outpatient: the hospital factor split by AAPC 2015 averages
 *   (inpatient 50,925; outpatient 47,773). The OOH publishes no split and AAPC no hospital
 *   average, so the hospital factor is taken as the geometric midpoint of the two: inpatient =
 *   hospital × √(in/out), outpatient = hospital ÷ √(in/out). Only the survey's in/out ratio is
 *   used, never its levels, which are AAPC members' averages of 2015.
 * - health system: the hospital factor × AAPC 2015 health system (51,389) ÷ the same survey's
 *   hospital midpoint √(inpatient × outpatient) = 49,324.
 * - payer: BLS OEWS May 2021 annual means of 29-2072, insurance carriers 64,170 over all
 *   industries 48,310 (one page; no later industry table for 29-2072 was found).
 *
 * No such split is published for billers; health information technologists have OEWS industry
 * means for hospitals but none for the other settings. Both borrow the coder factors and EXPLAIN
 * says so.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { SettingSurveyFigure } from '../referenceTypes';
import type { Publication } from '../publishers';
import { InputError } from '../inputError';
import { nearestMatch, quoted } from '../nearestMatch';
import { RemoteWorkError, isRemoteWork } from '../places/remoteWork';
import { dollars } from '../figureText';

export type WorkSetting =
  'any' | 'hospital' | 'hospital inpatient' | 'hospital outpatient' | 'physician office' | 'health system' | 'payer';

export const SETTINGS: readonly WorkSetting[] = [
  'any',
  'hospital',
  'hospital inpatient',
  'hospital outpatient',
  'physician office',
  'health system',
  'payer',
];

/**
 * Each setting as sheets and the sidebar show it. Every label is also a word `parseSetting`
 * reads, so a label written in a sheet is an argument a live formula can take.
 */
export const SETTING_LABELS: Readonly<Record<WorkSetting, string>> = {
  any: 'All settings',
  hospital: 'Hospital',
  'hospital inpatient': 'Hospital inpatient',
  'hospital outpatient': 'Hospital outpatient',
  'physician office': 'Physician office',
  'health system': 'Health system',
  payer: 'Payer (health insurer)',
};

// No prototype: "constructor" or "__proto__" typed in a cell must not find Object's own members.
// Each word names its own setting; a word that could mean two ("outpatient care centre") is not here.
const ALIASES: Readonly<Record<string, WorkSetting>> = Object.assign(Object.create(null), {
  '': 'any',
  any: 'any',
  all: 'any',
  'all settings': 'any',
  'any setting': 'any',
  hospital: 'hospital',
  hospitals: 'hospital',
  'hospital inpatient': 'hospital inpatient',
  'hospital, inpatient': 'hospital inpatient',
  'inpatient hospital': 'hospital inpatient',
  inpatient: 'hospital inpatient',
  'inpatient coding': 'hospital inpatient',
  'hospital outpatient': 'hospital outpatient',
  'hospital, outpatient': 'hospital outpatient',
  'outpatient hospital': 'hospital outpatient',
  outpatient: 'hospital outpatient',
  'outpatient coding': 'hospital outpatient',
  'physician office': 'physician office',
  'physician offices': 'physician office',
  "physician's office": 'physician office',
  'physicians office': 'physician office',
  'offices of physicians': 'physician office',
  'physician practice': 'physician office',
  'physician practices': 'physician office',
  'medical practice': 'physician office',
  practice: 'physician office',
  "doctor's office": 'physician office',
  'doctors office': 'physician office',
  office: 'physician office',
  clinic: 'physician office',
  'health system': 'health system',
  'health systems': 'health system',
  'healthcare system': 'health system',
  'health care system': 'health system',
  payer: 'payer',
  payers: 'payer',
  payor: 'payer',
  payors: 'payer',
  'payer (health insurer)': 'payer',
  insurer: 'payer',
  'health insurer': 'payer',
  insurance: 'payer',
  'insurance carrier': 'payer',
  'insurance carriers': 'payer',
  'health plan': 'payer',
});

export const SETTING_ACCEPTED =
  '"any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer"';

export function parseSetting(text: string): WorkSetting {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const setting = ALIASES[key];
  if (setting) return setting;
  if (isRemoteWork(key)) throw new RemoteWorkError('setting', text, SETTING_ACCEPTED);
  throw new InputError('setting', text, SETTING_ACCEPTED, () =>
    quoted(
      nearestMatch(
        key,
        Object.keys(ALIASES).map((a) => ({ key: a, value: ALIASES[a]! })),
      ),
    ),
  );
}

export interface SettingFactor {
  readonly setting: WorkSetting;
  readonly factor: number;
  /** Every step of the factor with its figures, as EXPLAIN shows it. */
  readonly basis: string;
  /** The publications the factor rests on, in the order the basis uses them (none for "any"). */
  readonly publications: readonly Publication[];
}

const ratio = (n: number): string => (Math.round(n * 10000) / 10000).toFixed(4);

/** "AAPC 2015 Salary Survey", linked to AAPC's salary survey page. */
function surveyPublication(figure: SettingSurveyFigure): Publication {
  return { title: figure.survey, url: figure.source };
}

/** The factor for each setting with its basis, computed once from the bundled figures. */
function computeFactors(): Readonly<Record<WorkSetting, SettingFactor>> {
  const s = REFERENCE.settings;
  const ooh = s.publication;
  const oohRatio = (figure: typeof s.hospital, name: string) =>
    `${name} ${dollars(figure.value)} ÷ all settings ${dollars(s.allSettings.value)}`;
  const hospital = s.hospital.value / s.allSettings.value;
  const office = s.physicianOffice.value / s.allSettings.value;
  const hospitalText = `hospital factor ${ratio(hospital)} (OOH May ${s.hospital.year} medians: ${oohRatio(s.hospital, 'hospitals')})`;
  // AAPC 2015 publishes inpatient and outpatient averages but no hospital average: the OOH
  // hospital factor is taken as their geometric midpoint, so only the survey's ratio is used.
  const inOut = s.inpatient.value / s.outpatient.value;
  const split = Math.sqrt(inOut);
  const midpoint = Math.sqrt(s.inpatient.value * s.outpatient.value);
  const aapc = surveyPublication(s.inpatient);
  const inOutText = `${s.inpatient.survey} averages: hospital inpatient ${dollars(s.inpatient.value)}, hospital outpatient ${dollars(s.outpatient.value)}`;
  const splitText =
    `the hospital is taken as the midpoint of inpatient and outpatient, as the survey publishes no hospital average; ` +
    `only the survey's ratio is used, not its ${s.inpatient.year} levels`;
  const payer = s.payer.value / s.payerAllIndustries.value;
  const payerSource = surveyPublication(s.payer);
  const factor = (setting: WorkSetting, value: number, basis: string, publications: Publication[]): SettingFactor => ({
    setting,
    factor: value,
    basis,
    publications,
  });
  return {
    any: factor('any', 1, 'any setting: no adjustment', []),
    hospital: factor('hospital', hospital, `OOH May ${s.hospital.year} medians: ${oohRatio(s.hospital, 'hospitals')}`, [ooh]),
    'physician office': factor(
      'physician office',
      office,
      `OOH May ${s.physicianOffice.year} medians: ${oohRatio(s.physicianOffice, 'offices of physicians')}`,
      [ooh],
    ),
    'hospital inpatient': factor(
      'hospital inpatient',
      hospital * split,
      `${hospitalText} × √(inpatient ÷ outpatient) ${ratio(split)} (${inOutText}); ${splitText}`,
      [ooh, aapc],
    ),
    'hospital outpatient': factor(
      'hospital outpatient',
      hospital / split,
      `${hospitalText} ÷ √(inpatient ÷ outpatient) ${ratio(split)} (${inOutText}); ${splitText}`,
      [ooh, aapc],
    ),
    'health system': factor(
      'health system',
      (hospital * s.healthSystem.value) / midpoint,
      `${hospitalText} × health system ÷ hospital ${ratio(s.healthSystem.value / midpoint)} (${s.healthSystem.survey} averages: health system ${dollars(s.healthSystem.value)} ÷ ` +
        `√(hospital inpatient ${dollars(s.inpatient.value)} × hospital outpatient ${dollars(s.outpatient.value)}) = ${dollars(Math.round(midpoint))}); ` +
        `a health system's coders are placed against the same survey's hospital coders`,
      [ooh, aapc],
    ),
    payer: factor(
      'payer',
      payer,
      `OEWS ${s.payer.period} annual means for SOC ${s.soc}: insurance carriers ${dollars(s.payer.value)} ÷ all industries ${dollars(s.payerAllIndustries.value)} ` +
        `(a ratio of means, applied to the distribution around the median; the latest industry table found for ${s.soc})`,
      [payerSource],
    ),
  };
}

let factors: Readonly<Record<WorkSetting, SettingFactor>> | undefined;

export function settingFactor(setting: WorkSetting): SettingFactor {
  factors ??= computeFactors();
  return factors[setting];
}

/**
 * What a role other than coder must know about the setting factor: billers have no split by
 * setting at all; health information technologists have OEWS industry means that put hospitals
 * below the all-industry mean, against the coder factor's direction.
 */
export function borrowedSettingNote(soc: string): string | undefined {
  const s = REFERENCE.settings;
  if (soc === s.soc) return undefined;
  const borrowed = `measured for medical records specialists (SOC ${s.soc}); applied to this role as the nearest evidence`;
  if (soc === s.hitHospitals.soc)
    return (
      `${borrowed}. Caution: for SOC 29-9021 the OEWS ${s.hitHospitals.period} annual means put general medical and surgical hospitals ` +
      `(${dollars(s.hitHospitals.value)}) below all industries (${dollars(s.hitAllIndustries.value)}), so a hospital factor above 1 may overstate this role (${s.hitHospitals.source})`
    );
  return `${borrowed}; BLS publishes no split by setting for SOC ${soc}`;
}
