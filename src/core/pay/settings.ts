/**
 * Work setting: where the work is done, relative to all settings. Each ratio divides two figures
 * of ONE publication; where a second publication is needed, it enters as its own ratio, never
 * mixed into another's (docs/METHOD.md "Work settings"; data/SOURCES.md, work_setting_figures.csv).
 *
 * A setting's pay gap has two parts: what the setting pays a like worker, and who works there.
 * BLS's medians by setting are of all workers, and hospitals employ more credentialed and more
 * experienced coders than physician offices, so their ratio (hospitals ÷ offices 1.255, May
 * 2025) carries both. AAPC's averages by setting are of its members, mostly certified, so their
 * ratios are close to a setting's gap at like credentials (hospital ÷ practice about 1.07 in
 * 2015). Each setting therefore has two factors:
 *
 * - population (all workers): BLS's ratio. A worker with no credential is priced at it, so
 *   CODER_SALARY with no credential reproduces the OOH medians by setting.
 *   hospital, physician office: OOH May 2025 medians (hospitals 59,120; offices of physicians
 *   47,120) ÷ the all-settings median (51,140). Hospital inpatient and outpatient: the hospital
 *   factor split by AAPC 2015's inpatient ÷ outpatient (50,925 ÷ 47,773), the OOH hospital taken
 *   as their geometric midpoint; health system: the hospital factor × AAPC 2015 health system
 *   (51,389) ÷ that midpoint (49,324). Payer: OEWS May 2021 annual means of 29-2072, insurance
 *   carriers 64,170 ÷ all industries 48,310.
 * - like credentials: the same settings as AAPC's members see them. The physician practice is the
 *   geometric mean of AAPC 2015's three practice sizes (shares not published), and hospital ÷
 *   practice = the AAPC hospital midpoint ÷ that, R. All settings stay at 1, placed between
 *   practices and hospitals where BLS places them: the all-settings median is a share t of the
 *   way from offices to hospitals in log pay (t = ln(1/office) ÷ ln(hospital/office)), so
 *   practice = R^(−t), hospital = R^(1−t), and inpatient, outpatient and health system follow
 *   from the hospital by AAPC 2015's own ratios, as above. Payer: AAPC 2010's coders holding
 *   CPC-P, the payer credential, ÷ those holding CPC (45,750 ÷ 39,953), never below the payer
 *   population ÷ a CPC's factor, so that a credential never lowers pay at a payer.
 *
 * A credential moves a worker from the population to like credentials in proportion to how much
 * of a CPC's factor it carries (CPC is the credential most AAPC members hold): with credential
 * factor c and a CPC's c_CPC, the share is λ = ln c ÷ ln c_CPC (0 to 1) and the setting factor
 * population^(1−λ) × like^λ. Pay never falls with a credential added, because in every setting
 * c_CPC × like ≥ population.
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
import { rememberedByKey } from '../memo';
import { RemoteWorkError, isRemoteWork } from '../places/remoteWork';
import { dollars } from '../figureText';
import { referenceCredentialFactor } from './credentials';

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
  /** The factor applied: population^(1 − share) × likeCredentials^share. */
  readonly factor: number;
  /** All workers of the setting (BLS): the factor for a worker with no credential. */
  readonly population: number;
  /** A like-credentialed worker (AAPC members): the factor for a CPC or more. */
  readonly likeCredentials: number;
  /** λ: how far the worker's credential moves the factor from population to like credentials, 0 to 1. */
  readonly share: number;
  /** Every step of the factor with its figures, as EXPLAIN shows it. */
  readonly basis: string;
  /** The publications the factor rests on, in the order the basis uses them (none for "any"). */
  readonly publications: readonly Publication[];
}

/** The two factors of a setting and their bases, before a worker's credential chooses between them. */
interface SettingGap {
  readonly population: number;
  readonly populationBasis: string;
  readonly likeCredentials: number;
  readonly likeBasis: string;
  readonly publications: readonly Publication[];
}

const ratio = (n: number): string => (Math.round(n * 10000) / 10000).toFixed(4);

/** "AAPC 2015 Salary Survey", linked to AAPC's salary survey page. */
function surveyPublication(figure: SettingSurveyFigure): Publication {
  return { title: figure.survey, url: figure.source };
}

const geometricMean = (values: readonly number[]): number => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);

/** The two factors of each setting with their bases, computed once from the bundled figures. */
function computeGaps(): Readonly<Record<Exclude<WorkSetting, 'any'>, SettingGap>> {
  const s = REFERENCE.settings;
  const ooh = s.publication;
  const oohRatio = (figure: typeof s.hospital, name: string) =>
    `${name} ${dollars(figure.value)} ÷ all settings ${dollars(s.allSettings.value)}`;
  const hospital = s.hospital.value / s.allSettings.value;
  const office = s.physicianOffice.value / s.allSettings.value;
  const hospitalText = `hospital ${ratio(hospital)} (OOH May ${s.hospital.year} medians: ${oohRatio(s.hospital, 'hospitals')})`;
  // AAPC 2015 publishes inpatient and outpatient averages but no hospital average: the hospital
  // is taken as their geometric midpoint, so only the survey's ratios are used.
  const inOut = s.inpatient.value / s.outpatient.value;
  const split = Math.sqrt(inOut);
  const midpoint = Math.sqrt(s.inpatient.value * s.outpatient.value);
  const aapc = surveyPublication(s.inpatient);
  const inOutText = `√(inpatient ÷ outpatient) ${ratio(split)} (${s.inpatient.survey} averages: hospital inpatient ${dollars(s.inpatient.value)}, hospital outpatient ${dollars(s.outpatient.value)})`;
  const healthSystem = s.healthSystem.value / midpoint;
  const healthText =
    `health system ÷ hospital ${ratio(healthSystem)} (${s.healthSystem.survey}: health system ${dollars(s.healthSystem.value)} ÷ ` +
    `√(hospital inpatient ${dollars(s.inpatient.value)} × hospital outpatient ${dollars(s.outpatient.value)}) = ${dollars(Math.round(midpoint))})`;
  // Like credentials: AAPC 2015's hospital midpoint over its practices, placed around "all settings" as BLS places them.
  const practice = geometricMean(s.practices.map((f) => f.value));
  const gap = midpoint / practice;
  const position = Math.log(1 / office) / Math.log(hospital / office);
  const likeHospital = Math.pow(gap, 1 - position);
  const likeOffice = Math.pow(gap, -position);
  const gapText =
    `${s.inpatient.survey} hospital ÷ physician practice ${ratio(gap)} (√(inpatient × outpatient) ${dollars(Math.round(midpoint))} ÷ ` +
    `${dollars(Math.round(practice))}, the geometric mean of ${s.practices.map((f) => `${f.group} ${dollars(f.value)}`).join(', ')}), ` +
    `placed around all settings where the OOH places them (all settings ${ratio(position)} of the way from offices to hospitals in log pay)`;
  const likeHospitalText = `hospital ${ratio(likeHospital)} = ${ratio(gap)}^${ratio(1 - position)} (${gapText})`;
  const oohAapc = [ooh, aapc];
  // Payer: OEWS means for all workers; AAPC 2010's payer-credential coders for like credentials.
  const payer = s.payer.value / s.payerAllIndustries.value;
  const payerSource = surveyPublication(s.payer);
  const cpcP = s.payerCredentialed.value / s.payerCredentialedBase.value;
  const floor = payer / referenceCredentialFactor();
  const likePayer = Math.max(cpcP, floor);
  const cpcPText =
    `${s.payerCredentialed.survey}: ${s.payerCredentialed.group}, AAPC's payer credential, ${dollars(s.payerCredentialed.value)} ÷ ` +
    `${s.payerCredentialedBase.group} ${dollars(s.payerCredentialedBase.value)} = ${ratio(cpcP)}`;
  return {
    hospital: {
      population: hospital,
      populationBasis: `OOH May ${s.hospital.year} medians: ${oohRatio(s.hospital, 'hospitals')}`,
      likeCredentials: likeHospital,
      likeBasis: gapText,
      publications: oohAapc,
    },
    'physician office': {
      population: office,
      populationBasis: `OOH May ${s.physicianOffice.year} medians: ${oohRatio(s.physicianOffice, 'offices of physicians')}`,
      likeCredentials: likeOffice,
      likeBasis: `${ratio(gap)}^−${ratio(position)} (${gapText})`,
      publications: oohAapc,
    },
    'hospital inpatient': {
      population: hospital * split,
      populationBasis: `${hospitalText} × ${inOutText}; the hospital taken as the midpoint of inpatient and outpatient, as the survey publishes no hospital average`,
      likeCredentials: likeHospital * split,
      likeBasis: `${likeHospitalText} × √(inpatient ÷ outpatient) ${ratio(split)}`,
      publications: oohAapc,
    },
    'hospital outpatient': {
      population: hospital / split,
      populationBasis: `${hospitalText} ÷ ${inOutText}; the hospital taken as the midpoint of inpatient and outpatient, as the survey publishes no hospital average`,
      likeCredentials: likeHospital / split,
      likeBasis: `${likeHospitalText} ÷ √(inpatient ÷ outpatient) ${ratio(split)}`,
      publications: oohAapc,
    },
    'health system': {
      population: hospital * healthSystem,
      populationBasis: `${hospitalText} × ${healthText}; a health system's coders are placed against the same survey's hospital coders`,
      likeCredentials: likeHospital * healthSystem,
      likeBasis: `${likeHospitalText} × health system ÷ hospital ${ratio(healthSystem)}`,
      publications: oohAapc,
    },
    payer: {
      population: payer,
      populationBasis:
        `OEWS ${s.payer.period} annual means for SOC ${s.soc}: insurance carriers ${dollars(s.payer.value)} ÷ all industries ${dollars(s.payerAllIndustries.value)} ` +
        `(a ratio of means from BLS's top-paying industries, applied around the median; the latest industry table found for ${s.soc})`,
      likeCredentials: likePayer,
      likeBasis:
        likePayer > cpcP
          ? `${ratio(likePayer)}, the payer population ÷ a CPC's factor (${ratio(payer)} ÷ ${ratio(referenceCredentialFactor())}), as ${cpcPText} is lower and a credential must not lower pay`
          : cpcPText,
      publications: [payerSource, surveyPublication(s.payerCredentialed)],
    },
  };
}

let gaps: ReturnType<typeof computeGaps> | undefined;

/** Factors by setting and credential factor: a range prices the same few pairs row after row. */
const settingFactors = rememberedByKey<SettingFactor>();

/**
 * The setting factor for a worker whose credentials multiply pay by `credential` (1 for none):
 * the population factor for no credential, the like-credential factor from a CPC's factor up.
 */
export function settingFactor(setting: WorkSetting, credential = 1): SettingFactor {
  return settingFactors(`${setting}|${credential}`, () => computeSettingFactor(setting, credential));
}

function computeSettingFactor(setting: WorkSetting, credential: number): SettingFactor {
  if (setting === 'any')
    return { setting, factor: 1, population: 1, likeCredentials: 1, share: 0, basis: 'any setting: no adjustment', publications: [] };
  gaps ??= computeGaps();
  const gap = gaps[setting];
  const reference = referenceCredentialFactor();
  const share = Math.min(1, Math.max(0, Math.log(credential) / Math.log(reference)));
  const factor = Math.pow(gap.population, 1 - share) * Math.pow(gap.likeCredentials, share);
  const choice =
    share === 0
      ? `no credential: the population factor ${ratio(gap.population)}, as BLS's medians by setting describe all of a setting's workers`
      : share === 1
        ? `a credential factor of ${ratio(credential)}, at least a CPC's ${ratio(reference)}: the like-credential factor ${ratio(gap.likeCredentials)}`
        : `a credential factor of ${ratio(credential)} carries ${Math.round(share * 100)}% of a CPC's ${ratio(reference)} in log terms, so ` +
          `${ratio(gap.population)}^${ratio(1 - share)} × ${ratio(gap.likeCredentials)}^${ratio(share)} = ${ratio(factor)}`;
  return {
    setting,
    factor,
    population: gap.population,
    likeCredentials: gap.likeCredentials,
    share,
    basis:
      `all workers (population) ${ratio(gap.population)}: ${gap.populationBasis}; like credentials ${ratio(gap.likeCredentials)}: ${gap.likeBasis}; ` +
      `${choice}`,
    publications: gap.publications,
  };
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
