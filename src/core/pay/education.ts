/**
 * The ways in through school: a coding certificate, an associate degree or a bachelor's degree,
 * each with its full-time length (NCES's IPEDS award definitions), its tuition and fees (College
 * Board, Trends in College Pricing 2025) and what it does to pay (data/education_programs.csv,
 * data/education_pay.csv).
 *
 * Pay by education is priced like a credential (credentials.ts): a raw ratio of two averages of
 * one AAPC survey and year, then the share of a raw gap that survives at equal experience
 * (r^share), because degree holders in a survey also differ in experience:
 *   - associate degree or certificate: AAPC 2012, "an associate degree or some college" earned 9%
 *     more than no college (a certificate is college coursework without a degree);
 *   - bachelor's degree: AAPC 2009, bachelor's ÷ high-school diploma.
 * Both are old, medium-confidence reports of AAPC members' averages (a trade-press summary), and
 * later reports suggest the gap has narrowed: EXPLAIN says so, and `npm run validate` compares the
 * factors with the later figures held out. The estimate without a program is the occupation's pay
 * as published, every education level together; a program's factor is applied to it.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { EducationPayFigure, EducationProgram, ProgramFigure } from '../referenceTypes';
import { dollars, fourDecimals } from '../figureText';
import { experienceShare } from './credentials';

export type { EducationProgram } from '../referenceTypes';

const EDUCATION = REFERENCE.education;
export const PROGRAMS: readonly EducationProgram[] = ['certificate', 'associate', 'bachelor'];

/** "associate degree": how a program reads in a sentence. */
export const PROGRAM_LABELS: Readonly<Record<EducationProgram, string>> = {
  certificate: 'coding certificate',
  associate: 'associate degree',
  bachelor: "bachelor's degree",
};

/** Order of attainment: a requirement of one level is met by it or any higher. */
export const programRank = (program: EducationProgram): number => PROGRAMS.indexOf(program);

/** The highest of several programs, or undefined for none. */
export function highestProgram(programs: readonly EducationProgram[]): EducationProgram | undefined {
  return programs.reduce<EducationProgram | undefined>((a, b) => (a === undefined || programRank(b) > programRank(a) ? b : a), undefined);
}

const PROGRAM_NAMES: readonly [RegExp, EducationProgram][] = [
  [/^(coding |medical coding )?certificate( program(me)?)?$/, 'certificate'],
  [/^(associate|associates|associate's|aas|as)( degree)?$/, 'associate'],
  [/^(bachelor|bachelors|bachelor's|bs|ba)( degree)?$/, 'bachelor'],
];

/** "associate", "Associate degree", "AAS", "bachelor's", "certificate" → the program; anything else → undefined. */
export function parseProgram(text: string): EducationProgram | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
  return PROGRAM_NAMES.find(([pattern]) => pattern.test(key))?.[1];
}

function programFigure(program: EducationProgram, figure: ProgramFigure['figure']): ProgramFigure {
  const found = EDUCATION.programs.find((f) => f.program === program && f.figure === figure);
  if (!found) throw new Error(`The bundled data has no ${figure} for a ${program} program.`);
  return found;
}

export interface ProgramTerms {
  readonly program: EducationProgram;
  /** Full-time years (IPEDS). */
  readonly years: number;
  /** Published tuition and fees a year (College Board). */
  readonly tuitionPerYear: number;
  readonly length: ProgramFigure;
  readonly tuition: ProgramFigure;
}

export function programTerms(program: EducationProgram): ProgramTerms {
  const length = programFigure(program, 'length');
  const tuition = programFigure(program, 'tuition per year');
  return { program, years: length.value, tuitionPerYear: tuition.value, length, tuition };
}

/** "associate degree: 2 years full-time (NCES IPEDS glossary: …), $4,150 a year (College Board …, 2025-26; page)". */
export function programBasis(program: EducationProgram): string {
  const t = programTerms(program);
  return (
    `${PROGRAM_LABELS[program]}: ${t.years} year${t.years === 1 ? '' : 's'} full-time (${t.length.publication.title}; ${t.length.publication.url}), ` +
    `tuition and fees ${dollars(t.tuitionPerYear)} a year (${t.tuition.publication.title}, ${t.tuition.vintage}; ${t.tuition.publication.url})`
  );
}

// ---- Pay by education --------------------------------------------------------------------

const modelFigure = (level: EducationPayFigure['level']): EducationPayFigure => {
  const found = EDUCATION.pay.find((f) => f.use === 'model' && f.level === level);
  if (!found) throw new Error(`The bundled data has no AAPC figure for education level "${level}".`);
  return found;
};

export interface EducationFactor {
  readonly program: EducationProgram;
  /** The survey ratio before the equal-experience share. */
  readonly raw: number;
  readonly share: number;
  /** raw^share: the pay factor at equal experience. */
  readonly factor: number;
  /** What the raw ratio is, with its figures and the publisher's page. */
  readonly detail: string;
  readonly caveat: string;
}

function rawRatio(program: EducationProgram): { raw: number; detail: string; figures: EducationPayFigure[] } {
  if (program === 'bachelor') {
    const bachelor = modelFigure('bachelor');
    const none = modelFigure('none');
    if (bachelor.survey !== none.survey || bachelor.year !== none.year)
      throw new Error(`An education ratio must stay inside one survey: ${bachelor.survey} ÷ ${none.survey}`);
    const raw = bachelor.value / none.value;
    return {
      raw,
      figures: [bachelor, none],
      detail: `${bachelor.survey}: ${bachelor.group.toLowerCase()} ${dollars(bachelor.value)} ÷ ${none.group.toLowerCase()} ${dollars(none.value)} = ${fourDecimals(raw)} (raw averages; ${bachelor.publication.url})`,
    };
  }
  const premium = modelFigure('associate');
  const raw = 1 + premium.value / 100;
  return {
    raw,
    figures: [premium],
    detail: `${premium.survey}: "${premium.group.toLowerCase()}" earned ${premium.value}% more, a ratio of ${fourDecimals(raw)} (raw averages; ${premium.publication.url})${program === 'certificate' ? '; a coding certificate is college coursework without a degree, so it takes this group' : ''}`,
  };
}

/** The pay factor of the highest program completed, at equal experience. */
export function educationFactor(program: EducationProgram): EducationFactor {
  const { raw, detail, figures } = rawRatio(program);
  const share = experienceShare();
  const factor = Math.pow(raw, share);
  const confidence = [...new Set(figures.map((f) => f.confidence))].join(', ');
  return {
    program,
    raw,
    share,
    factor,
    detail: `${PROGRAM_LABELS[program]}: ${detail}; at equal experience ${fourDecimals(raw)}^${fourDecimals(share)} = ${fourDecimals(factor)} (the credentials' equal-experience share)`,
    caveat:
      `Old and thin evidence: one ${figures[0]!.year} AAPC survey average of members by highest education, read from a trade-press report (${confidence} confidence); ` +
      'later AAPC reports suggest the gap has narrowed (the validation page compares them). No AHIMA pay figure by degree is published. ' +
      'The pay without a program is the occupation’s as published, every education level together.',
  };
}

/** SALARY_SOURCE("costs") and sources blocks: where program lengths, tuition, eligibility and pay by education come from. */
export function schoolCitation(): string {
  const [certificate, associate, bachelor] = PROGRAMS.map(programTerms);
  const pay = EDUCATION.pay.filter((f) => f.use === 'model');
  const rule = EDUCATION.eligibility[0];
  return (
    `school: full-time lengths from the ${certificate!.length.publication.title.replace(/:.*$/, '')} (${certificate!.length.publication.url}); ` +
    `tuition and fees from College Board, Trends in College Pricing ${associate!.tuition.vintage} (public two-year ${dollars(associate!.tuitionPerYear)}, ` +
    `public four-year ${dollars(bachelor!.tuitionPerYear)} a year; ${associate!.tuition.publication.url}); ` +
    `pay by education from the ${[...new Set(pay.map((f) => f.survey))].join(' and ')} (${pay[0]!.publication.url}); ` +
    `credential eligibility from ${rule ? rule.publication.url : 'AHIMA'}`
  );
}
