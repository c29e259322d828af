/**
 * Coding and billing credentials and their pay factor over non-certified workers at the same
 * experience (data/SOURCES.md, file 8, "Credentials at equal experience").
 *
 * 1. Raw ratio: a ratio of two averages from one salary survey and year, never from two:
 *    - own figure in the current report (AAPC's 2026 report of its 2025 survey): the
 *      credential's average ÷ that report's non-certified average (CPC, CRC);
 *    - own figure only in an older survey: the current CPC ratio × (credential ÷ CPC) in one
 *      survey, preferring the AAPC 2010 table of respondents with the job title "coder", which
 *      holds the job fixed (COC as CPC-H, CPMA, CEMC, CEDC, CIRCC); otherwise the most recent
 *      survey with both (CIC: 2018, which reports no job-title table);
 *    - AHIMA credentials: no AHIMA pay figure by credential is published. They are placed by
 *      AHIMA's own levels: CCA, the entry-level credential, at AAPC's entry level (CPC-A), below
 *      CPC; CCS, the mastery-level facility credential, at the better of AAPC's facility
 *      credentials (COC, CIC), so it is never below an outpatient-only credential; CCS-P at CPC,
 *      its physician-based counterpart; RHIT, RHIA, CDIP and CHDA at the current certified
 *      average, the level of one credential (RHIT and RHIA also need a degree: eligibility.ts);
 *    - no own figure (CPB, CPCO, CDEI): the current certified average ÷ non-certified;
 *    - several credentials: the current report's average for two, or for three or more, never
 *      below the best single credential in the set.
 * 2. Equal experience: raw averages mix experience into the premium (certified respondents are
 *    more experienced). The one table that crosses the two, AAPC 2010, gives certified ÷
 *    non-certified 1.145 in the first year and 1.123 after 25 years; one gap, their geometric
 *    mean 1.134, is used at every experience (a gap falling with years would make pay fall with
 *    a year more experience where a distribution is narrow). The raw gap of the survey nearest
 *    in time with both averages, AAPC 2009, is 1.200. The share of a raw gap that survives at
 *    equal experience is ln 1.134 ÷ ln 1.200 = 0.689, and every raw ratio r above becomes
 *    r^0.689. The same power keeps the order of credentials and never lowers a set below its
 *    best member.
 * 3. Apprentices (data/credential_rules.csv, AAPC's apprenticeship page): a CPC or COC holder
 *    with under two years of experience is a CPC-A or COC-A and is priced as one; with
 *    Practicode or an 80-hour course ("CPC (A removed)") one year suffices. An apprentice passed
 *    the same exam; the "-A" marks missing experience, which the experience curve prices. At
 *    equal experience apprentices earned more than non-certified coders: AAPC 2010's CPC-A
 *    coders 32,792 against its non-certified first-years 30,175 (×1.087), while its certified
 *    first-years, nearly all apprentices under AAPC's rule, earned ×1.145. So CPC-A carries part
 *    of the premium: the apprentices' own ratio, ×1.087, about two thirds of CPC's ×1.137 in log
 *    terms, taken as it is (both groups are within their first two years, so no experience share
 *    is removed). The raw CPC-A ÷ CPC of 0.82 (2010) and 0.77 (2009) compare new coders with
 *    experienced ones and are the experience curve's to explain.
 * 4. Auditing, risk-adjustment and documentation credentials (CPMA, CRC, CDEI, CDIP) are priced
 *    from surveys of their holders, who are experienced coders: under two years of experience
 *    they raise pay at most to the local 75th percentile (estimate.ts).
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { ApprenticeRule, CredentialInfo, SurveyFigure } from '../referenceTypes';
import { dollars, fourDecimals } from '../figureText';
import { MEDIAN_WORKER_YEARS } from './experience';
import { InputError } from '../inputError';
import { nearestMatch, quoted } from '../nearestMatch';
import { once, rememberedByKey } from '../memo';

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

// Each code once: the sidebar shows this whole sentence beside a refused request, so it stays short.
export const CREDENTIAL_ACCEPTED =
  `credential codes (${CREDENTIALS.map((c) => c.code).join(', ')}), several separated by commas, or "none"; ` +
  '"CPC (A removed)" or "COC (A removed)" for an apprenticeship removed early (Practicode or an 80-hour course)';

/** "(A removed)", "(-A removed)", "(apprentice removed)", "(apprenticeship removed)" after CPC or COC. */
const REMOVED_EARLY = /\(\s*(?:-?\s*a|apprentice(?:ship)?)\s+removed\s*\)/i;

/** How a credential reads back: "CPC (A removed)" for an apprenticeship removed early. */
export function credentialLabel(credential: CredentialInfo): string {
  return credential.apprenticeRemovedEarly ? `${credential.code} (A removed)` : credential.code;
}

const earlyVariants = new Map<string, CredentialInfo>();
/** The full credential, marked as having had its apprenticeship removed early (one object per code). */
function removedEarly(credential: CredentialInfo, given: string): CredentialInfo {
  const rule = APPRENTICE_RULES.find((r) => r.credential === credential.code || r.apprentice === credential.code);
  if (!rule) {
    throw new InputError(
      'cert',
      given.trim(),
      CREDENTIAL_ACCEPTED,
      undefined,
      `only ${APPRENTICE_RULES.map((r) => r.credential).join(' and ')} have an apprenticeship to remove`,
    );
  }
  let variant = earlyVariants.get(rule.credential);
  if (!variant) {
    variant = { ...credentialByKey(credentialKey(rule.credential))!, apprenticeRemovedEarly: true };
    earlyVariants.set(rule.credential, variant);
  }
  return variant;
}

/** Credentials named in one cell, by its text: a range repeats the same few credential cells. */
const cellCredentials = rememberedByKey<readonly CredentialInfo[]>();

function credentialsInCell(text: string): readonly CredentialInfo[] {
  return cellCredentials(text, () => readCredentialsInCell(text));
}

function readCredentialsInCell(text: string): readonly CredentialInfo[] {
  const found: CredentialInfo[] = [];
  // Split on list separators; a space separates too unless it sits inside a hyphenated code ("CPC A").
  const parts = text.split(/[,;/&+|]|\band\b/i).flatMap((part) => {
    const whole = credentialByKey(credentialKey(part.replace(REMOVED_EARLY, '')));
    return whole ? [part] : part.trim().split(/\s+/);
  });
  for (const given of parts) {
    const early = REMOVED_EARLY.test(given);
    const part = given.replace(REMOVED_EARLY, '');
    const key = credentialKey(part);
    if (NO_CREDENTIAL.has(key)) continue;
    const named = credentialByKey(key);
    const credential = named && early ? removedEarly(named, given) : named;
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
    addOnce(found, credential);
  }
  return found;
}

/**
 * "CPC, CRC", "cpc/crc", "CPC and CRC" or several cells → distinct credential codes.
 * Blank or "none" → no credential.
 */
export function parseCredentials(texts: readonly string[]): CredentialInfo[] {
  const found: CredentialInfo[] = [];
  for (const text of texts) for (const credential of credentialsInCell(text)) addOnce(found, credential);
  return found;
}

/** One entry per code; "CPC (A removed)" replaces a plain "CPC" named elsewhere in the list. */
function addOnce(found: CredentialInfo[], credential: CredentialInfo): void {
  const at = found.findIndex((c) => c.code === credential.code);
  if (at < 0) found.push(credential);
  else if (credential.apprenticeRemovedEarly) found[at] = credential;
}

/** AAPC's apprentice rules: CPC → CPC-A, COC → COC-A (data/credential_rules.csv). */
export const APPRENTICE_RULES: readonly ApprenticeRule[] = REFERENCE.apprenticeRules;
/** The apprentice designation of CPC, the one every survey reports. */
export const APPRENTICE = 'CPC-A';
const CPC = 'CPC';
const SURVEY = REFERENCE.credentialSurvey;
const CURRENT = SURVEY.nonCertified;
const GAP = SURVEY.equalExperience;
/** Years of experience CERT_PREMIUM assumes when none is given: the median worker's, in whole years. */
export const PREMIUM_YEARS = Math.ceil(MEDIAN_WORKER_YEARS);
const isApprenticeDesignation = (code: string): boolean => APPRENTICE_RULES.some((r) => r.apprentice === code);

/**
 * Auditing (CPMA), risk adjustment (CRC) and documentation integrity (CDEI, CDIP): roles filled by
 * experienced coders, so their survey averages describe experienced holders. For someone with
 * under `NEW_HOLDER_YEARS` they raise pay at most to the local 75th percentile (estimate.ts).
 */
export const EXPERIENCE_DEPENDENT: readonly string[] = ['CPMA', 'CRC', 'CDEI', 'CDIP'];
/** Two years: AAPC's apprenticeship length (credential_rules.csv), the experience a credential is taken to need. */
export const NEW_HOLDER_YEARS = Math.max(...APPRENTICE_RULES.map((r) => r.yearsToRemove));

/** Two averages of one survey and year: the only ratio the model takes. */
export interface SurveyRatio {
  readonly numerator: SurveyFigure;
  readonly denominator: SurveyFigure;
}

const sameSurvey = (a: SurveyFigure, b: SurveyFigure): boolean => a.survey === b.survey && a.year === b.year;

function withinSurvey(numerator: SurveyFigure, denominator: SurveyFigure): SurveyRatio {
  if (!sameSurvey(numerator, denominator)) {
    throw new Error(`A credential ratio must stay inside one survey: ${numerator.label} ÷ ${denominator.label}`);
  }
  return { numerator, denominator };
}

export const ratioValue = (ratio: SurveyRatio): number => ratio.numerator.value / ratio.denominator.value;

// ---- Step 2: the gap at equal experience -------------------------------------------------

/** AAPC 2010: certified ÷ non-certified in the first year, and after more than 25 years. */
export const FIRST_YEAR_GAP = withinSurvey(GAP.certifiedFirstYear, GAP.nonCertifiedFirstYear);
export const LONGEST_GAP = withinSurvey(GAP.certifiedLongest, GAP.nonCertifiedLongest);
/** AAPC 2009: the raw certified ÷ non-certified gap, experience mixed in. */
export const RAW_GAP = withinSurvey(GAP.rawCertified, GAP.rawNonCertified);

/**
 * Certified ÷ non-certified at the same experience: the geometric mean of the first-year and the
 * 25-year gaps. The two differ by 2%; one gap for every experience keeps pay from falling with a
 * year more experience where a distribution is narrow (a gap falling with years would).
 */
export const equalExperienceGap = once((): number => Math.sqrt(ratioValue(FIRST_YEAR_GAP) * ratioValue(LONGEST_GAP)));

/** The share of a raw survey gap that survives at equal experience: ln(equal-experience gap) ÷ ln(raw gap). */
export const experienceShare = once((): number => Math.log(equalExperienceGap()) / Math.log(ratioValue(RAW_GAP)));

/** The method in one sentence with its figures, for EXPLAIN and the reference table. */
export const equalExperienceMethod = once((): string => {
  const g = equalExperienceGap();
  const share = fourDecimals(experienceShare());
  return (
    `At equal experience: the ${GAP.certifiedFirstYear.survey} gives certified ÷ non-certified ${dollars(GAP.certifiedFirstYear.value)} ÷ ` +
    `${dollars(GAP.nonCertifiedFirstYear.value)} = ${fourDecimals(ratioValue(FIRST_YEAR_GAP))} in the first year and ` +
    `${dollars(GAP.certifiedLongest.value)} ÷ ${dollars(GAP.nonCertifiedLongest.value)} = ${fourDecimals(ratioValue(LONGEST_GAP))} ` +
    `after more than ${GAP.longestYears} years, ${fourDecimals(g)} between them (geometric mean). The raw gap of the ` +
    `${GAP.rawCertified.survey}, experience mixed in, is ${dollars(GAP.rawCertified.value)} ÷ ${dollars(GAP.rawNonCertified.value)} = ` +
    `${fourDecimals(ratioValue(RAW_GAP))}, so the share surviving at equal experience is ln ${fourDecimals(g)} ÷ ln ` +
    `${fourDecimals(ratioValue(RAW_GAP))} = ${share}, and each raw ratio r counts as r^${share} (${GAP.certifiedFirstYear.source})`
  );
});

// ---- Step 1: raw ratios ------------------------------------------------------------------

/** What a factor rests on. */
export type CredentialEvidence = 'none' | 'own figure' | 'counterpart' | 'certified average' | 'apprentice' | 'credential count';

export interface CredentialFactor {
  /** The factor at equal experience: `raw` ^ `share` (an apprentice's `raw` as it is). */
  readonly factor: number;
  /** The survey ratio before the experience share (1 for no credential). */
  readonly raw: number;
  /** The share of a raw gap kept at equal experience (experienceShare). */
  readonly share: number;
  readonly years: number;
  readonly evidence: CredentialEvidence;
  /** The ratio the raw factor rests on: numerator and denominator from one survey and year. */
  readonly ratio?: SurveyRatio;
  /** Set when `ratio` is to an older survey's CPC: the current CPC ratio it multiplies. */
  readonly scale?: SurveyRatio;
  /** Survey and year and what is divided, e.g. "AAPC 2010 survey (job title 'coder'): CPMA ÷ CPC × current CPC ratio". */
  readonly basis: string;
  /** The basis with its figures, the equal-experience step and the publisher's page, for EXPLAIN. */
  readonly detail: string;
  /** What the factor does not capture. */
  readonly caveat: string;
  /** The credentials as priced at these years: CPC-A for a CPC with under two years. */
  readonly priced: readonly CredentialInfo[];
  /** Why a credential is priced as its apprentice designation, when one is. */
  readonly apprentice?: string;
  /** Experience-dependent credentials held by someone with under two years (estimate.ts limits them). */
  readonly newHolderLimited: readonly CredentialInfo[];
}

/** A raw ratio and its words, before the experience share. */
interface RawFactor {
  readonly raw: number;
  /** Set when `raw` already compares workers of like experience: the experience share is not applied. */
  readonly atEqualExperience?: true;
  readonly evidence: CredentialEvidence;
  readonly ratio?: SurveyRatio;
  readonly scale?: SurveyRatio;
  readonly basis: string;
  readonly detail: string;
  readonly caveat: string;
}

/**
 * A publication named briefly for the catalogue's basis column: "AAPC 2026 report (2025 survey)",
 * "AAPC 2012 survey". Names of another shape are kept whole.
 */
export function surveyShortName(figure: SurveyFigure): string {
  const report = /^(\S+) (\d{4}) .*\bReport \((\d{4}) survey\)$/.exec(figure.survey);
  if (report) return `${report[1]} ${report[2]} report (${report[3]} survey)`;
  // A population qualifier stays: "AAPC 2010 survey (job title 'coder')".
  const survey = /^(\S+) (\d{4}) Salary Survey(?: \((?:respondents with )?(.+)\))?$/.exec(figure.survey);
  return survey ? `${survey[1]} ${survey[2]} survey${survey[3] ? ` (${survey[3]})` : ''}` : figure.survey;
}

/** The survey's own words where they differ from the code: `COC (surveyed as "CPC-H (now COC)")`. */
const named = (figure: SurveyFigure): string =>
  figure.group === figure.code ? figure.code : `${figure.code} (surveyed as "${figure.group}")`;

function inSurvey(like: SurveyFigure, test: (f: SurveyFigure) => boolean): SurveyFigure | undefined {
  return SURVEY.figures.find((f) => sameSurvey(f, like) && test(f));
}

const currentCpc = inSurvey(CURRENT, (f) => f.code === CPC);
if (!currentCpc) throw new Error(`The current report (${CURRENT.survey}) has no CPC average.`);
/** The current CPC ratio: CPC ÷ non-certified in the current report. */
const CPC_SCALE = withinSurvey(currentCpc, CURRENT);

const RAW_CAVEAT =
  'Survey averages by credential do not control for experience; the equal-experience share removes the part of the gap experience explains.';

function confidenceNote(figures: readonly SurveyFigure[]): string {
  const levels = [...new Set(figures.map((f) => f.confidence).filter(Boolean))];
  const notes = levels.map(
    (level) => `${level} (${[...new Set(figures.filter((f) => f.confidence === level).map((f) => f.survey))].join('; ')})`,
  );
  return notes.length > 0 ? ` Confidence in the survey figures: ${notes.join(', ')}.` : '';
}

function ownCurrent(code: string, own: SurveyFigure): RawFactor {
  const ratio = withinSurvey(own, CURRENT);
  return {
    raw: ratioValue(ratio),
    evidence: 'own figure',
    ratio,
    basis: `${surveyShortName(own)}: ${code} ÷ non-certified`,
    detail:
      `${named(own)}: its own average in the ${own.survey}: ${dollars(own.value)} ÷ non-certified ${dollars(CURRENT.value)} = ` +
      `${fourDecimals(ratioValue(ratio))} (raw); ${own.source}`,
    caveat: `${RAW_CAVEAT}${confidenceNote([own, CURRENT])}`,
  };
}

/** "job title 'coder'": a table that holds the job fixed, preferred for credential ÷ CPC. */
const holdsJobFixed = (figure: SurveyFigure): boolean => /job title/i.test(figure.survey);

function ownRelativeToCpc(code: string, own: SurveyFigure, cpc: SurveyFigure): RawFactor {
  const ratio = withinSurvey(own, cpc);
  const raw = ratioValue(ratio) * ratioValue(CPC_SCALE);
  const why = holdsJobFixed(own)
    ? 'the survey table that holds the job fixed (respondents with the job title "coder", by credential)'
    : `the most recent survey in the data with both (no table holding the job fixed reports ${code})`;
  return {
    raw,
    evidence: 'own figure',
    ratio,
    scale: CPC_SCALE,
    basis: `${surveyShortName(own)}: ${code} ÷ CPC × current CPC ratio`,
    detail:
      `${named(own)}: its own average relative to CPC in the ${own.survey}, ${why}: ` +
      `${dollars(own.value)} ÷ CPC ${dollars(cpc.value)} = ${fourDecimals(ratioValue(ratio))}, × the current CPC ratio ` +
      `${fourDecimals(ratioValue(CPC_SCALE))} (${CURRENT.survey}: CPC ${dollars(currentCpc!.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)}) = ${fourDecimals(raw)} (raw); ${own.source}`,
    caveat:
      `A ${own.year} ratio applied to today's CPC ratio: it assumes ${code} pays as much more than CPC as it did in ${own.year}` +
      `${own.year === 2010 ? '; a specialty credential’s 2010 average may rest on few respondents' : ''}. ` +
      `${RAW_CAVEAT}${confidenceNote([own, cpc, currentCpc!])}`,
  };
}

function certifiedAverage(credential: CredentialInfo): RawFactor {
  const ratio = withinSurvey(SURVEY.certifiedAverage, CURRENT);
  const { code } = credential;
  const ahima =
    credential.issuer === 'AHIMA'
      ? ` No AHIMA pay figure by credential is published; ${code} on a coder is priced as a coder's credential, at the level of one credential.`
      : '';
  return {
    raw: ratioValue(ratio),
    evidence: 'certified average',
    ratio,
    basis: `${surveyShortName(CURRENT)}: certified average ÷ non-certified`,
    detail:
      `${code}: no survey in the data gives ${code}'s own average beside a CPC or non-certified average of the same survey and ` +
      `year, so the current certified average is used: ${dollars(SURVEY.certifiedAverage.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)} = ${fourDecimals(ratioValue(ratio))} (raw; ${CURRENT.survey}); ${CURRENT.source}`,
    caveat: `Not ${code}'s own evidence: the average of every certified respondent.${ahima} ${RAW_CAVEAT}${confidenceNote([
      SURVEY.certifiedAverage,
      CURRENT,
    ])}`,
  };
}

/**
 * AHIMA credentials with an AAPC counterpart, as no AHIMA pay figure by credential is published,
 * placed by level (AHIMA's ladder: CCA entry level, CCS mastery level):
 *   - CCA, AHIMA's entry-level credential (a high-school diploma suffices), at AAPC's entry level:
 *     the apprentice designation CPC-A, which needs no experience either; so CCA sits below CPC;
 *   - CCS, the mastery-level facility credential (two years of experience, or coursework and one
 *     year: eligibility.ts), at the better of AAPC's facility credentials (CIC, COC), so it is
 *     never below an outpatient-only credential;
 *   - CCS-P, physician-based services, at CPC.
 */
const COUNTERPARTS: Readonly<Record<string, { readonly codes: readonly string[]; readonly level: string }>> = {
  CCA: { codes: [APPRENTICE], level: "AHIMA's entry-level credential (no experience required), at AAPC's entry level" },
  CCS: { codes: ['CIC', 'COC'], level: "AHIMA's mastery-level facility credential" },
  'CCS-P': { codes: [CPC], level: "AHIMA's physician-based credential" },
};

function counterpart(credential: CredentialInfo, { codes, level }: (typeof COUNTERPARTS)[string]): RawFactor {
  const [best, bestCode] = codes
    .map((c) => [rawFactor(CREDENTIALS.find((x) => x.code === c)!), c] as const)
    .reduce((a, b) => (b[0].raw > a[0].raw ? b : a));
  return {
    ...best,
    // At AAPC's apprentice level CCA carries the apprentices' part of the premium, as CPC-A does.
    evidence: 'counterpart',
    // Short for the catalogue column: the counterpart's survey, the detail has the rest.
    basis: `as ${bestCode}, no AHIMA figure: ${best.ratio ? surveyShortName(best.ratio.numerator) : best.basis}`,
    detail:
      `${credential.code}: ${level}; no AHIMA pay figure by credential is published, so it is priced at its AAPC counterpart ` +
      `${codes.length > 1 ? `(the better of ${codes.join(' and ')}) ` : ''}${bestCode}. ${best.detail}`,
    caveat: `Not ${credential.code}'s own evidence: its AAPC counterpart's. ${best.caveat}`,
  };
}

/** CPC-A's pay against CPC and against non-certified, in every survey that reports it. */
export function apprenticeEvidence(): { readonly toCpc: readonly SurveyRatio[]; readonly toNonCertified: readonly SurveyRatio[] } {
  const apprentices = SURVEY.figures.filter((f) => f.code === APPRENTICE);
  const against = (test: (f: SurveyFigure) => boolean): SurveyRatio[] =>
    apprentices.flatMap((a) => {
      const base = inSurvey(a, test);
      return base ? [withinSurvey(a, base)] : [];
    });
  return {
    toCpc: against((f) => f.code === CPC),
    toNonCertified: against((f) => f.dimension === 'certification' && f.group === CURRENT.group),
  };
}

/** "AAPC 2010 Salary Survey" for any table of it ("AAPC 2010 Salary Survey (credential by experience)"). */
const publicationOf = (figure: SurveyFigure): string => figure.survey.replace(/\s*\(.*\)$/, '');

/**
 * Two tables of one survey and year (the 2010 job-title table and its credential-by-experience
 * table): still one publication, so still one survey's ratio.
 */
function withinPublication(numerator: SurveyFigure, denominator: SurveyFigure): SurveyRatio {
  if (publicationOf(numerator) !== publicationOf(denominator) || numerator.year !== denominator.year) {
    throw new Error(`A credential ratio must stay inside one survey: ${numerator.label} ÷ ${denominator.label}`);
  }
  return { numerator, denominator };
}

/**
 * CPC-A against non-certified coders at like experience: the apprentices' own average in the
 * survey that also publishes non-certified coders' first-year average (AAPC 2010). Both groups
 * are within their first two years, so the ratio is read at equal experience as it is.
 */
export function apprenticeGap(): SurveyRatio {
  const firstYear = GAP.nonCertifiedFirstYear;
  const own = SURVEY.figures.find(
    (f) => f.code === APPRENTICE && publicationOf(f) === publicationOf(firstYear) && f.year === firstYear.year,
  );
  if (!own) throw new Error(`No ${APPRENTICE} average in the ${publicationOf(firstYear)} beside its first-year non-certified average.`);
  return withinPublication(own, firstYear);
}

function apprentice(code: string): RawFactor {
  const { toCpc } = apprenticeEvidence();
  const gap = apprenticeGap();
  const value = ratioValue(gap);
  const firstYears = ratioValue(FIRST_YEAR_GAP);
  const full = referenceCredentialFactor();
  const part = Math.log(value) / Math.log(full);
  const list = (ratios: readonly SurveyRatio[]): string =>
    ratios.map((r) => `${fourDecimals(ratioValue(r))} in the ${r.numerator.survey}`).join(', ');
  return {
    raw: value,
    atEqualExperience: true,
    evidence: 'apprentice',
    ratio: gap,
    // The catalogue column stays short; the detail has the tables.
    basis: `${publicationOf(gap.numerator).replace(/ Salary Survey$/, ' survey')}: CPC-A ÷ non-certified first-years`,
    detail:
      `${code} (apprentice): part of the credential premium. An apprentice passed the same exam as a CPC; the "-A" marks missing ` +
      `experience, which the experience curve prices. At like experience the ${publicationOf(gap.numerator)}'s apprentices earned more ` +
      `than non-certified coders: ${APPRENTICE} ${dollars(gap.numerator.value)} (respondents with the job title "coder") ÷ non-certified ` +
      `first-years ${dollars(gap.denominator.value)} (the credential-by-experience table) = ${fourDecimals(value)}, taken as it is (both ` +
      `groups are within their first two years), ${Math.round(part * 100)}% of a CPC's ${fourDecimals(full)} in log terms; the same ` +
      `survey's certified first-years, nearly all apprentices under AAPC's rule, earned ${fourDecimals(firstYears)} × the non-certified. ` +
      `Apprentices' raw averages sit below CPC (CPC-A ÷ CPC ${list(toCpc)}) because they compare new coders with experienced ones; ` +
      `${gap.numerator.source}`,
    caveat:
      `The apprentices' average covers coders within their first two years and the job title "coder"; the non-certified first-year ` +
      `average covers the first year and every job title, so the ratio may lean high; the certified first-years' ${fourDecimals(firstYears)} ` +
      `leans the other way.${confidenceNote([gap.numerator, gap.denominator])}`,
  };
}

const raws = new Map<string, RawFactor>();

/** One credential's raw ratio, by step 1 of the file comment. */
function rawFactor(credential: CredentialInfo): RawFactor {
  const cached = raws.get(credential.code);
  if (cached) return cached;
  const { code } = credential;
  let factor: RawFactor;
  const own = inSurvey(CURRENT, (f) => f.code === code);
  if (isApprenticeDesignation(code)) factor = apprentice(code);
  else if (own) factor = ownCurrent(code, own);
  else {
    // Figures are newest first; a table holding the job fixed comes before any other.
    const pairs = SURVEY.figures
      .filter((f) => f.code === code)
      .map((f) => ({ own: f, cpc: inSurvey(f, (g) => g.code === CPC) }))
      .filter((pair) => pair.cpc !== undefined);
    const pair = pairs.find((p) => holdsJobFixed(p.own)) ?? pairs[0];
    const counterparts = COUNTERPARTS[code];
    factor = pair
      ? ownRelativeToCpc(code, pair.own, pair.cpc!)
      : counterparts
        ? counterpart(credential, counterparts)
        : certifiedAverage(credential);
  }
  raws.set(code, factor);
  return factor;
}

// ---- Step 3: apprentices -----------------------------------------------------------------

const ruleFor = (credential: CredentialInfo): ApprenticeRule | undefined => APPRENTICE_RULES.find((r) => r.credential === credential.code);

/** Years of experience from which a credential is priced in full: 2 for CPC and COC, 1 once removed early, else 0. */
export function fullCredentialYears(credential: CredentialInfo): number {
  const rule = ruleFor(credential);
  if (!rule) return 0;
  return credential.apprenticeRemovedEarly ? rule.yearsWithCourse : rule.yearsToRemove;
}

/** AAPC's rule in words, with its page. */
export function apprenticeRuleText(rule: ApprenticeRule = APPRENTICE_RULES[0]!): string {
  return (
    `AAPC gives ${rule.apprentice} to anyone who passes the ${rule.credential} exam with under ${rule.yearsToRemove} years of coding ` +
    `experience; the "-A" comes off after ${rule.yearsToRemove} years of experience, or after ${rule.yearsWithCourse} year with AAPC's ` +
    `Practicode or an 80-hour coding course (then type "${rule.credential} (A removed)") (${rule.publication.title}, ${rule.publication.url})`
  );
}

function byCode(code: string): CredentialInfo {
  return CREDENTIALS.find((c) => c.code === code)!;
}

/** The credentials as priced at `years`: a CPC or COC below its full-credential years is its apprentice designation. */
export function pricedCredentials(
  credentials: readonly CredentialInfo[],
  years: number,
): { priced: CredentialInfo[]; apprentice?: string } {
  const notes: string[] = [];
  const priced = credentials.map((c) => {
    const rule = ruleFor(c);
    if (!rule || years >= fullCredentialYears(c)) return c;
    notes.push(
      c.apprenticeRemovedEarly
        ? `${credentialLabel(c)} at ${years} years is priced as ${rule.apprentice}: removing the apprenticeship early still needs ${rule.yearsWithCourse} year of experience`
        : `${c.code} at ${years} years is priced as ${rule.apprentice}, with the apprentice's part of the premium`,
    );
    return byCode(rule.apprentice);
  });
  const rule = APPRENTICE_RULES[0]!;
  // "CPC-A, CPC" once CPC is priced in full is simply CPC.
  const full = new Set(priced.map((c) => c.code));
  const kept = priced.filter(
    (c, i) =>
      priced.findIndex((d) => d.code === c.code) === i && !APPRENTICE_RULES.some((r) => r.apprentice === c.code && full.has(r.credential)),
  );
  return {
    priced: kept,
    ...(notes.length > 0 ? { apprentice: `${notes.join('; ')}. ${apprenticeRuleText(rule)}.` } : {}),
  };
}

// ---- The factor --------------------------------------------------------------------------

const NO_CREDENTIAL_RAW: RawFactor = {
  raw: 1,
  evidence: 'none',
  basis: 'no credential: the non-certified level',
  detail: 'no credential: the non-certified level',
  caveat: 'none: no credential premium is applied',
};

/** A raw factor at equal experience: `raw` ^ the experience share, or `raw` as it is where it already compares like experience. */
function atEqualExperience(raw: RawFactor): number {
  return raw.raw === 1 || raw.atEqualExperience ? raw.raw : Math.pow(raw.raw, experienceShare());
}

/** The raw factor of a set of priced credentials (apprentice designations not counted beside a full credential). */
function setRaw(priced: readonly CredentialInfo[]): RawFactor {
  const counted = priced.filter((c) => !isApprenticeDesignation(c.code));
  if (counted.length === 0) return priced.length === 0 ? NO_CREDENTIAL_RAW : rawFactor(priced[0]!);
  const apprenticeNote =
    counted.length < priced.length
      ? `${priced
          .filter((c) => isApprenticeDesignation(c.code))
          .map((c) => c.code)
          .join(', ')} is not counted beside a full credential. `
      : '';
  if (counted.length === 1) {
    const only = rawFactor(counted[0]!);
    return apprenticeNote ? { ...only, detail: apprenticeNote + only.detail } : only;
  }
  const ratio = withinSurvey(counted.length >= 3 ? SURVEY.threeOrMoreCredentials : SURVEY.twoCredentials, CURRENT);
  const countRaw = ratioValue(ratio);
  const group = `"${ratio.numerator.group}"`;
  const codes = counted.map((c) => c.code).join(', ');
  const [best, bestCode] = counted.map((c) => [rawFactor(c), c.code] as const).reduce((a, b) => (b[0].raw > a[0].raw ? b : a));
  const setRule = 'a set is never estimated below the best single credential in it';
  if (best.raw > countRaw) {
    return {
      ...best,
      basis: `${counted.length} credentials: ${bestCode}'s own ratio (${best.basis})`,
      detail:
        `${apprenticeNote}${counted.length} credentials (${codes}): ${bestCode}'s raw ratio ${fourDecimals(best.raw)} is above the ${ratio.numerator.survey} ` +
        `average for ${group} (${dollars(ratio.numerator.value)} ÷ non-certified ${dollars(CURRENT.value)} = ${fourDecimals(countRaw)}), ` +
        `and ${setRule}. ${best.detail}`,
    };
  }
  return {
    raw: countRaw,
    evidence: 'credential count',
    ratio,
    basis: `${surveyShortName(ratio.numerator)}: ${ratio.numerator.group} ÷ non-certified`,
    detail:
      `${apprenticeNote}${counted.length} credentials (${codes}): the ${ratio.numerator.survey} average for ${group}, applied to any ` +
      `${counted.length >= 3 ? 'three or more' : 'two'} credentials: ${dollars(ratio.numerator.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)} = ${fourDecimals(countRaw)} (raw), at least the best single credential in the set ` +
      `(${bestCode} ${fourDecimals(best.raw)}); ${ratio.numerator.source}`,
    caveat: `The report's averages by number of certifications, not by which ones. ${RAW_CAVEAT}${confidenceNote([ratio.numerator, CURRENT])}`,
  };
}

/** Factors by credential set and years: a range prices the same few sets row after row. */
const factors = rememberedByKey<CredentialFactor>();

/**
 * The pay factor of a set of credentials for someone with `years` of experience (CERT_PREMIUM's
 * default: the curve's median, 10 years): apprentice rule, raw ratio, equal-experience share.
 */
export function credentialFactor(credentials: readonly CredentialInfo[], years: number = PREMIUM_YEARS): CredentialFactor {
  const key = `${credentials.map((c) => (c.apprenticeRemovedEarly ? `${c.code}*` : c.code)).join(',')}|${years}`;
  return factors(key, () => computeCredentialFactor(credentials, years));
}

function computeCredentialFactor(credentials: readonly CredentialInfo[], years: number): CredentialFactor {
  const { priced, apprentice: apprenticeNote } = pricedCredentials(credentials, years);
  const counted = setRaw(priced);
  const held = priced.find((c) => isApprenticeDesignation(c.code));
  // A set is never priced below an apprentice designation it holds: adding a credential never lowers pay.
  const base = held && atEqualExperience(rawFactor(held)) > atEqualExperience(counted) ? rawFactor(held) : counted;
  const share = base.atEqualExperience ? 1 : experienceShare();
  const factor = atEqualExperience(base);
  const newHolderLimited = years < NEW_HOLDER_YEARS ? priced.filter((c) => EXPERIENCE_DEPENDENT.includes(c.code)) : [];
  const equal =
    base.raw === 1 || base.atEqualExperience
      ? ''
      : ` ${equalExperienceMethod()}: ${fourDecimals(base.raw)}^${fourDecimals(share)} = ${fourDecimals(factor)}.`;
  return {
    ...base,
    factor,
    share,
    years,
    // The apprentice rule has its own EXPLAIN row; the basis is the priced credential's.
    detail: `${base.detail}.${equal}`,
    priced,
    ...(apprenticeNote ? { apprentice: apprenticeNote } : {}),
    newHolderLimited,
  };
}

/**
 * A CPC's factor at equal experience, full credential: the reference a work setting's gap at like
 * credentials is measured for (CPC is the credential most AAPC members hold; settings.ts).
 */
export const referenceCredentialFactor = once((): number => Math.pow(ratioValue(CPC_SCALE), experienceShare()));

/** CERT_PREMIUM: the premium as a decimal (0.138 = 13.8%) at `years` of experience (default 10). */
export function credentialPremium(credentials: readonly CredentialInfo[], years: number = PREMIUM_YEARS): number {
  return credentialFactor(credentials, years).factor - 1;
}

/** The surveys the catalogue's factors, the equal-experience step and the CPC-A rule rest on, newest first, once each. */
export function credentialSurveys(): readonly SurveyFigure[] {
  const figures = [
    ...CREDENTIALS.flatMap((c) => {
      const f = rawFactor(c);
      return [f.ratio?.numerator, f.scale?.numerator].filter((x): x is SurveyFigure => x !== undefined);
    }),
    SURVEY.twoCredentials,
    GAP.certifiedFirstYear,
    GAP.rawCertified,
    ...apprenticeEvidence().toCpc.map((r) => r.numerator),
  ];
  return figures
    .filter((f, i) => figures.findIndex((g) => sameSurvey(f, g)) === i)
    .sort((a, b) => b.year - a.year || a.survey.localeCompare(b.survey));
}

/** Which credentials have their own figure and which use the certified average, for "About the data". */
export function credentialEvidenceSummary(): string {
  const by = (evidence: CredentialEvidence): string[] =>
    CREDENTIALS.filter((c) => rawFactor(c).evidence === evidence).map((c) => `${c.code} (${rawFactor(c).ratio!.numerator.year})`);
  const codes = (evidence: CredentialEvidence): string[] =>
    CREDENTIALS.filter((c) => rawFactor(c).evidence === evidence).map((c) => c.code);
  return (
    `Credential premiums, at equal experience (AAPC 2010 certified vs non-certified by experience): own survey figures for ${by('own figure').join(', ')}; ` +
    `AAPC counterparts for ${codes('counterpart').join(', ')} and the current certified average for ${codes('certified average').join(', ')} ` +
    `(no survey figure of their own; no AHIMA pay figure by credential is published); ` +
    `${codes('apprentice').join(' and ')} carry the apprentices' part of the premium (${surveyShortName(apprenticeGap().numerator).replace(/ \(.*\)$/, '')}: ` +
    `CPC-A ÷ non-certified first-years ${fourDecimals(ratioValue(apprenticeGap()))}), and a CPC or COC with under ${NEW_HOLDER_YEARS} years of experience is priced as one.`
  );
}

const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The publications credential factors are read from, and AAPC's page for them: SALARY_SOURCE and sources blocks. */
export function credentialCitation(): string {
  const older = credentialSurveys()
    .filter((f) => !sameSurvey(f, CURRENT) && CREDENTIALS.some((c) => rawFactor(c).scale && sameSurvey(rawFactor(c).ratio!.numerator, f)))
    .map((f) => f.survey);
  return (
    `${CURRENT.survey}${older.length > 0 ? `; credential ÷ CPC ratios from the ${joinAnd(older)}` : ''}; ` +
    `equal experience from the ${GAP.certifiedFirstYear.survey} and the ${GAP.rawCertified.survey}: ${CURRENT.source}`
  );
}

/** The current report's name: the survey the certified average and the set averages come from. */
export const CURRENT_CREDENTIAL_SURVEY = CURRENT.survey;

/** How several credentials combine, in words with the current figures. */
export function credentialSetRule(): string {
  const share = experienceShare();
  const percent = (figure: SurveyFigure): string =>
    `+${((Math.pow(ratioValue(withinSurvey(figure, CURRENT)), share) - 1) * 100).toFixed(1)}%`;
  return (
    `Several credentials: ${percent(SURVEY.twoCredentials)} for two, ${percent(SURVEY.threeOrMoreCredentials)} for three or more ` +
    `(${surveyShortName(CURRENT)} averages at equal experience), never below the best single credential in the set; ` +
    `${APPRENTICE_RULES.map((r) => r.apprentice).join(' and ')} are not counted beside a full credential.`
  );
}
