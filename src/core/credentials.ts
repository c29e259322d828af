/**
 * Coding and billing credentials and their pay factor over non-certified workers.
 *
 * Every factor rests on a ratio of two averages from one salary survey and year, never from two
 * surveys (data/SOURCES.md, file 8, "A method the evidence supports"):
 *  - own figure in the current report (the newest survey in the data: AAPC's 2026 report of its
 *    2025 survey): the credential's average ÷ that report's non-certified average (CPC, CRC);
 *  - own figure only in an older survey: the current CPC factor × (credential ÷ CPC) in the most
 *    recent survey that reports both, naming that survey (CIC: 2018; CPMA and COC, surveyed as
 *    CPC-H before AAPC renamed it: 2012);
 *  - no own figure: the current report's certified average ÷ non-certified, and EXPLAIN says so
 *    (no AHIMA per-credential salary is in the data);
 *  - CPC-A, the apprentice designation: no premium. Apprentices earned below CPC in every survey
 *    that reports them and below the non-certified average in 2009; they are new coders, and the
 *    experience step already places new coders low in the distribution.
 * Several credentials: the current report's average for two, or for three or more, but never
 * below the best single credential in the set, so adding a credential never lowers pay; CPC-A
 * is not counted. Survey averages do not control for experience, and each factor says so.
 */
import { REFERENCE } from '../../data/generated/reference';
import type { CredentialInfo, SurveyFigure } from './referenceTypes';
import { dollars, fourDecimals } from './figureText';
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

/** The apprentice designation: a CPC who has not yet shown two years' experience. */
export const APPRENTICE = 'CPC-A';
const CPC = 'CPC';
const SURVEY = REFERENCE.credentialSurvey;
const CURRENT = SURVEY.nonCertified;
const EXPERIENCE_CAVEAT = 'Survey averages do not control for experience or job title; experience is its own step of the estimate.';

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

/** What a factor rests on: the credential's own survey figure, the certified average, or nothing. */
export type CredentialEvidence = 'none' | 'own figure' | 'certified average' | 'no premium' | 'credential count';

export interface CredentialFactor {
  readonly factor: number;
  readonly evidence: CredentialEvidence;
  /** The ratio the factor rests on: numerator and denominator from one survey and year. */
  readonly ratio?: SurveyRatio;
  /** Set when `ratio` is to an older survey's CPC: the current CPC factor it multiplies. */
  readonly scale?: SurveyRatio;
  /** Survey and year and what is divided, e.g. "AAPC 2012 Salary Survey: CPMA ÷ CPC × current CPC factor". */
  readonly basis: string;
  /** The basis with its figures and the publisher's page, for EXPLAIN. */
  readonly detail: string;
  /** What the factor does not capture. */
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
/** The current CPC factor: CPC ÷ non-certified in the current report. */
const CPC_SCALE = withinSurvey(currentCpc, CURRENT);

function confidenceNote(figures: readonly SurveyFigure[]): string {
  const levels = [...new Set(figures.map((f) => f.confidence).filter(Boolean))];
  const notes = levels.map(
    (level) => `${level} (${[...new Set(figures.filter((f) => f.confidence === level).map((f) => f.survey))].join('; ')})`,
  );
  return notes.length > 0 ? ` Confidence in the survey figures: ${notes.join(', ')}.` : '';
}

function ownCurrent(code: string, own: SurveyFigure): CredentialFactor {
  const ratio = withinSurvey(own, CURRENT);
  return {
    factor: ratioValue(ratio),
    evidence: 'own figure',
    ratio,
    basis: `${surveyShortName(own)}: ${code} ÷ non-certified`,
    detail:
      `${named(own)}: its own average in the ${own.survey}: ${dollars(own.value)} ÷ non-certified ${dollars(CURRENT.value)} = ` +
      `${fourDecimals(ratioValue(ratio))}; ${own.source}`,
    caveat: `${EXPERIENCE_CAVEAT}${confidenceNote([own, CURRENT])}`,
  };
}

function ownRelativeToCpc(code: string, own: SurveyFigure, cpc: SurveyFigure): CredentialFactor {
  const ratio = withinSurvey(own, cpc);
  const factor = ratioValue(ratio) * ratioValue(CPC_SCALE);
  return {
    factor,
    evidence: 'own figure',
    ratio,
    scale: CPC_SCALE,
    basis: `${surveyShortName(own)}: ${code} ÷ CPC × current CPC factor`,
    detail:
      `${named(own)}: its own average relative to CPC in the ${own.survey}, the most recent survey in the data with both: ` +
      `${dollars(own.value)} ÷ CPC ${dollars(cpc.value)} = ${fourDecimals(ratioValue(ratio))}, × the current CPC factor ` +
      `${fourDecimals(ratioValue(CPC_SCALE))} (${CURRENT.survey}: CPC ${dollars(currentCpc!.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)}) = ${fourDecimals(factor)}; ${own.source}`,
    caveat:
      `A ${own.year} ratio applied to today's CPC factor: it assumes ${code} pays as much more than CPC as it did in ${own.year}. ` +
      `${EXPERIENCE_CAVEAT}${confidenceNote([own, cpc, currentCpc!])}`,
  };
}

function certifiedAverage(credential: CredentialInfo): CredentialFactor {
  const ratio = withinSurvey(SURVEY.certifiedAverage, CURRENT);
  const { code } = credential;
  const ahima = credential.issuer === 'AHIMA' ? ' No AHIMA per-credential salary is in the data.' : '';
  return {
    factor: ratioValue(ratio),
    evidence: 'certified average',
    ratio,
    basis: `${surveyShortName(CURRENT)}: certified average ÷ non-certified`,
    detail:
      `${code}: no survey in the data gives ${code}'s own average beside a CPC or non-certified average of the same survey and ` +
      `year, so the current certified average is used: ${dollars(SURVEY.certifiedAverage.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)} = ${fourDecimals(ratioValue(ratio))} (${CURRENT.survey}); ${CURRENT.source}`,
    caveat: `Not ${code}'s own evidence: the average of every certified respondent.${ahima} ${EXPERIENCE_CAVEAT}${confidenceNote([
      SURVEY.certifiedAverage,
      CURRENT,
    ])}`,
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

function apprentice(): CredentialFactor {
  const { toCpc, toNonCertified } = apprenticeEvidence();
  const list = (ratios: readonly SurveyRatio[]): string =>
    ratios.map((r) => `${fourDecimals(ratioValue(r))} in the ${r.numerator.survey}`).join(', ');
  // Words from the figures themselves, so the reason cannot outlive the evidence.
  const relation = (ratios: readonly SurveyRatio[], what: string): string => {
    const below = ratios.every((r) => ratioValue(r) < 1) ? 'below' : 'not always below';
    return ratios.length === 1 ? `${below} ${what}` : `${below} ${what} in every survey in the data that reports both`;
  };
  return {
    factor: 1,
    evidence: 'no premium',
    // The population qualifier ("job title 'coder'") is in the detail; the catalogue column stays short.
    basis: `CPC-A ÷ CPC ${toCpc.map((r) => `${ratioValue(r).toFixed(2)} (${surveyShortName(r.numerator).replace(/ \(.*\)$/, '')})`).join(', ')}: no premium`,
    detail:
      `${APPRENTICE} (apprentice): no premium. Apprentices earned ${relation(toCpc, 'CPC')} (CPC-A ÷ CPC ${list(toCpc)})` +
      (toNonCertified.length > 0
        ? ` and ${relation(toNonCertified, 'the non-certified average')} (CPC-A ÷ non-certified ${list(toNonCertified)})`
        : '') +
      `; ${toCpc[0]?.numerator.source ?? CURRENT.source}`,
    caveat:
      'A CPC-A is a new coder: experience is modelled separately (0 years → the 25th percentile), so no credential premium is added. ' +
      EXPERIENCE_CAVEAT,
  };
}

const singles = new Map<string, CredentialFactor>();

/** One credential's own factor, by the method in the file comment. */
function singleFactor(credential: CredentialInfo): CredentialFactor {
  const cached = singles.get(credential.code);
  if (cached) return cached;
  const { code } = credential;
  let factor: CredentialFactor;
  const own = code === APPRENTICE ? undefined : inSurvey(CURRENT, (f) => f.code === code);
  if (code === APPRENTICE) factor = apprentice();
  else if (own) factor = ownCurrent(code, own);
  else {
    // Figures are newest first: the first survey that has the credential and CPC is the most recent.
    const older = SURVEY.figures
      .filter((f) => f.code === code)
      .map((f) => ({ own: f, cpc: inSurvey(f, (g) => g.code === CPC) }))
      .find((pair) => pair.cpc !== undefined);
    factor = older ? ownRelativeToCpc(code, older.own, older.cpc!) : certifiedAverage(credential);
  }
  singles.set(code, factor);
  return factor;
}

const NO_CREDENTIAL_FACTOR: CredentialFactor = {
  factor: 1,
  evidence: 'none',
  basis: 'no credential: the non-certified level',
  detail: 'no credential: the non-certified level',
  caveat: 'none: no credential premium is applied',
};

export function credentialFactor(credentials: readonly CredentialInfo[]): CredentialFactor {
  // CPC-A adds nothing, so it does not count towards "two credentials" either.
  const counted = credentials.filter((c) => c.code !== APPRENTICE);
  if (counted.length === 0) return credentials.length === 0 ? NO_CREDENTIAL_FACTOR : singleFactor(credentials[0]!);
  const apprenticeNote = counted.length < credentials.length ? 'CPC-A adds no premium and is not counted. ' : '';
  if (counted.length === 1) {
    const only = singleFactor(counted[0]!);
    return apprenticeNote ? { ...only, detail: apprenticeNote + only.detail } : only;
  }
  const ratio = withinSurvey(counted.length >= 3 ? SURVEY.threeOrMoreCredentials : SURVEY.twoCredentials, CURRENT);
  const countFactor = ratioValue(ratio);
  const group = `"${ratio.numerator.group}"`;
  const codes = counted.map((c) => c.code).join(', ');
  const [best, bestCode] = counted.map((c) => [singleFactor(c), c.code] as const).reduce((a, b) => (b[0].factor > a[0].factor ? b : a));
  const setRule = 'a set is never estimated below the best single credential in it';
  if (best.factor > countFactor) {
    return {
      ...best,
      basis: `${counted.length} credentials: ${bestCode}'s own factor (${best.basis})`,
      detail:
        `${apprenticeNote}${counted.length} credentials (${codes}): ${bestCode}'s factor ${fourDecimals(best.factor)} is above the ${ratio.numerator.survey} ` +
        `average for ${group} (${dollars(ratio.numerator.value)} ÷ non-certified ${dollars(CURRENT.value)} = ${fourDecimals(countFactor)}), ` +
        `and ${setRule}. ${best.detail}`,
    };
  }
  return {
    factor: countFactor,
    evidence: 'credential count',
    ratio,
    basis: `${surveyShortName(ratio.numerator)}: ${ratio.numerator.group} ÷ non-certified`,
    detail:
      `${apprenticeNote}${counted.length} credentials (${codes}): the ${ratio.numerator.survey} average for ${group}, applied to any ` +
      `${counted.length >= 3 ? 'three or more' : 'two'} credentials: ${dollars(ratio.numerator.value)} ÷ non-certified ` +
      `${dollars(CURRENT.value)} = ${fourDecimals(countFactor)}, at least the best single credential in the set ` +
      `(${bestCode} ${fourDecimals(best.factor)}); ${ratio.numerator.source}`,
    caveat: `The report's averages by number of certifications, not by which ones. ${EXPERIENCE_CAVEAT}${confidenceNote([ratio.numerator, CURRENT])}`,
  };
}

/** CERT_PREMIUM: the premium as a decimal (0.207 = 20.7%). */
export function credentialPremium(credentials: readonly CredentialInfo[]): number {
  return credentialFactor(credentials).factor - 1;
}

/** The surveys the catalogue's factors and the CPC-A rule rest on, newest first, once each. */
export function credentialSurveys(): readonly SurveyFigure[] {
  const figures = [
    ...CREDENTIALS.flatMap((c) => {
      const f = singleFactor(c);
      return [f.ratio?.numerator, f.scale?.numerator].filter((x): x is SurveyFigure => x !== undefined);
    }),
    SURVEY.twoCredentials,
    ...apprenticeEvidence().toCpc.map((r) => r.numerator),
  ];
  return figures
    .filter((f, i) => figures.findIndex((g) => sameSurvey(f, g)) === i)
    .sort((a, b) => b.year - a.year || a.survey.localeCompare(b.survey));
}

/** Which credentials have their own figure and which use the certified average, for "About the data". */
export function credentialEvidenceSummary(): string {
  const by = (evidence: CredentialEvidence): string[] =>
    CREDENTIALS.filter((c) => singleFactor(c).evidence === evidence).map((c) => `${c.code} (${singleFactor(c).ratio!.numerator.year})`);
  const average = CREDENTIALS.filter((c) => singleFactor(c).evidence === 'certified average').map((c) => c.code);
  return (
    `Credential premiums: own survey figures for ${by('own figure').join(', ')}; ` +
    `the current certified average for ${average.join(', ')} (no survey figure of their own; no AHIMA per-credential salary is in the data); ` +
    `${APPRENTICE} carries no premium.`
  );
}

const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The publications credential factors are read from, and AAPC's page for them: SALARY_SOURCE and sources blocks. */
export function credentialCitation(): string {
  const older = credentialSurveys()
    .filter(
      (f) => !sameSurvey(f, CURRENT) && CREDENTIALS.some((c) => singleFactor(c).scale && sameSurvey(singleFactor(c).ratio!.numerator, f)),
    )
    .map((f) => f.survey);
  return `${CURRENT.survey}${older.length > 0 ? `; credential ÷ CPC ratios from the ${joinAnd(older)}` : ''}: ${CURRENT.source}`;
}

/** The current report's name: the survey the certified average and the set averages come from. */
export const CURRENT_CREDENTIAL_SURVEY = CURRENT.survey;

/** How several credentials combine, in words with the current figures. */
export function credentialSetRule(): string {
  const percent = (figure: SurveyFigure): string => `+${((ratioValue(withinSurvey(figure, CURRENT)) - 1) * 100).toFixed(1)}%`;
  return (
    `Several credentials: ${percent(SURVEY.twoCredentials)} for two, ${percent(SURVEY.threeOrMoreCredentials)} for three or more ` +
    `(${surveyShortName(CURRENT)} averages), never below the best single credential in the set; ${APPRENTICE} is not counted.`
  );
}
