/**
 * The files behind the ways in: program lengths and tuition (data/education_programs.csv), AAPC
 * pay by highest education (data/education_pay.csv) and AHIMA's eligibility pathways
 * (data/credential_eligibility.csv). Each row cites its publication (`source`) and the
 * publisher's page (`source_url`); the copy a figure was read from stays in `retrieved_from`.
 */
import { join } from 'node:path';
import type {
  CredentialInfo,
  EducationData,
  EducationPayFigure,
  EducationProgram,
  EligibilityPathway,
  ProgramFigure,
} from '../src/core/referenceTypes';
import { publicationOf, readCsv, type Row } from './referenceCsv';

export const PROGRAMS: readonly EducationProgram[] = ['certificate', 'associate', 'bachelor'];
const LEVELS: readonly string[] = [...PROGRAMS, 'none'];
const CONFIDENCES = new Set(['high', 'medium', 'low']);

const text = (row: Row, column: string): string => (row[column] ?? '').trim();

function checkConfidence(where: string, row: Row, problems: string[]): void {
  if (!CONFIDENCES.has(text(row, 'confidence')))
    problems.push(`${where}: confidence "${text(row, 'confidence')}" is not high, medium or low`);
}

function readPrograms(rows: readonly Row[], problems: string[]): ProgramFigure[] {
  const figures = rows.map((row, i): ProgramFigure => {
    const where = `education_programs.csv row ${i + 2}`;
    const program = text(row, 'program') as EducationProgram;
    const figure = text(row, 'figure') as ProgramFigure['figure'];
    const value = Number(text(row, 'value'));
    if (!PROGRAMS.includes(program)) problems.push(`${where}: program "${program}" is not one of ${PROGRAMS.join(', ')}`);
    if (figure !== 'length' && figure !== 'tuition per year')
      problems.push(`${where}: figure "${figure}" is neither length nor tuition per year`);
    if (!(value > 0)) problems.push(`${where}: value must be a positive number ("${text(row, 'value')}")`);
    if (figure === 'length' && !Number.isInteger(value)) problems.push(`${where}: a program's length is whole years`);
    checkConfidence(where, row, problems);
    return {
      program,
      figure,
      value,
      vintage: text(row, 'vintage'),
      confidence: text(row, 'confidence'),
      publication: publicationOf(row),
      notes: text(row, 'notes'),
    };
  });
  // Every program needs both figures, once each: a plan prices its years and its tuition.
  for (const program of PROGRAMS)
    for (const figure of ['length', 'tuition per year'] as const) {
      const count = figures.filter((f) => f.program === program && f.figure === figure).length;
      if (count !== 1) problems.push(`education_programs.csv: ${program} needs one "${figure}" row, has ${count}`);
    }
  return figures;
}

function readPay(rows: readonly Row[], problems: string[]): EducationPayFigure[] {
  return rows.map((row, i): EducationPayFigure => {
    const where = `education_pay.csv row ${i + 2}`;
    const level = text(row, 'level') as EducationPayFigure['level'];
    const unit = text(row, 'unit') as EducationPayFigure['unit'];
    const use = text(row, 'use') as EducationPayFigure['use'];
    const value = Number(text(row, 'value'));
    const year = Number(text(row, 'year'));
    if (!LEVELS.includes(level)) problems.push(`${where}: level "${level}" is not one of ${LEVELS.join(', ')}`);
    if (!['USD/year', 'USD/hour', 'percent'].includes(unit)) problems.push(`${where}: unit "${unit}" is not USD/year, USD/hour or percent`);
    if (use !== 'model' && use !== 'validation') problems.push(`${where}: use "${use}" is neither model nor validation`);
    if (!(value > 0)) problems.push(`${where}: value must be a positive number`);
    if (!Number.isInteger(year)) problems.push(`${where}: year must be a whole year`);
    checkConfidence(where, row, problems);
    return {
      id: text(row, 'figure_id'),
      survey: text(row, 'source'),
      year,
      level,
      group: text(row, 'group'),
      value,
      unit,
      confidence: text(row, 'confidence'),
      use,
      publication: publicationOf(row),
    };
  });
}

function readEligibility(rows: readonly Row[], credentials: readonly CredentialInfo[], problems: string[]): EligibilityPathway[] {
  const codes = new Set(credentials.map((c) => c.code));
  return rows.map((row, i): EligibilityPathway => {
    const where = `credential_eligibility.csv row ${i + 2}`;
    const credential = text(row, 'credential');
    const program = text(row, 'program');
    const years = text(row, 'years_experience');
    const held = text(row, 'credentials_held')
      .split('|')
      .filter((c) => c !== '');
    if (!codes.has(credential)) problems.push(`${where}: unknown credential "${credential}"`);
    for (const c of held) if (!codes.has(c)) problems.push(`${where}: unknown credential "${c}" in credentials_held`);
    if (program !== '' && !PROGRAMS.includes(program as EducationProgram))
      problems.push(`${where}: program "${program}" is not one of ${PROGRAMS.join(', ')}`);
    if (years !== '' && !(Number(years) >= 0)) problems.push(`${where}: years_experience must be a number`);
    checkConfidence(where, row, problems);
    return {
      credential,
      pathway: Number(text(row, 'pathway')),
      ...(program !== '' ? { program: program as EducationProgram } : {}),
      ...(years !== '' ? { yearsExperience: Number(years) } : {}),
      credentialsHeld: held,
      confidence: text(row, 'confidence'),
      publication: publicationOf(row),
      notes: text(row, 'notes'),
    };
  });
}

export function readEducationData(dir: string, credentials: readonly CredentialInfo[], problems: string[]): EducationData {
  const pay = readPay(readCsv(join(dir, 'education_pay.csv')), problems);
  for (const level of ['bachelor', 'none', 'associate'] as const)
    if (!pay.some((f) => f.use === 'model' && f.level === level)) problems.push(`education_pay.csv: no model figure for "${level}"`);
  return {
    programs: readPrograms(readCsv(join(dir, 'education_programs.csv')), problems),
    pay,
    eligibility: readEligibility(readCsv(join(dir, 'credential_eligibility.csv')), credentials, problems),
  };
}
