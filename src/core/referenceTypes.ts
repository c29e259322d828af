/**
 * Shape of the bundled reference data. The values come from the CSV files in `data/`
 * (the single source of truth) through `scripts/referenceData.ts`, which writes the
 * generated module `data/generated/reference.ts`.
 */

import type { Publication } from './publishers';

/** Standard Occupational Classification codes the product covers. */
export type Soc = '29-2072' | '43-3021' | '29-9021';

/** A published OEWS statistic, named as the columns of the data files. */
export type WageStat =
  | 'employment'
  | 'annual_mean'
  | 'annual_median'
  | 'annual_p10'
  | 'annual_p25'
  | 'annual_p75'
  | 'annual_p90'
  | 'hourly_mean'
  | 'hourly_median'
  | 'hourly_p10'
  | 'hourly_p25'
  | 'hourly_p75'
  | 'hourly_p90';

export const WAGE_STATS: readonly WageStat[] = [
  'employment',
  'annual_mean',
  'annual_median',
  'annual_p10',
  'annual_p25',
  'annual_p75',
  'annual_p90',
  'hourly_mean',
  'hourly_median',
  'hourly_p10',
  'hourly_p25',
  'hourly_p75',
  'hourly_p90',
];

/** A published statistic of a record: the wage statistics, and the location quotient where a file has it. */
export type PublishedStat = WageStat | 'location_quotient';

/**
 * Where pay is measured. A state (or DC) is one kind of area, the nation another; BLS also
 * publishes metropolitan statistical areas (MSAs) and, for the rest of each state, nonmetropolitan
 * areas, each with a numeric area code.
 */
export type AreaKind = 'national' | 'state' | 'metropolitan' | 'nonmetropolitan';

export interface Area {
  /** USPS code for a state, `US` for the nation, the BLS area code for an MSA or nonmetropolitan area. */
  readonly code: string;
  readonly name: string;
  readonly kind: AreaKind;
  /**
   * USPS codes of the states the area lies in, the one BLS files it under first (an MSA title's
   * own list, "OR-WA"); a state lists itself; the nation none.
   */
  readonly states: readonly string[];
  /** State FIPS code (states only). */
  readonly fips?: string;
  /**
   * MSAs and nonmetropolitan areas: the May reference years in which BLS defined the area, each
   * with the name it had that year (MSA titles change when OMB redraws them; the code stays).
   */
  readonly names?: readonly AreaName[];
}

export interface AreaName {
  readonly year: number;
  readonly name: string;
}

/** One occupation in one area from one OEWS release, exactly as published. */
export interface WageRecord {
  readonly soc: Soc;
  readonly area: string;
  /** Data period: OEWS "May 2025" is 2025. */
  readonly year: number;
  readonly release: string;
  readonly values: Partial<Record<PublishedStat, number>>;
  /** Why a statistic is absent, where the source says (e.g. BLS `**` markers). */
  readonly missing: Partial<Record<PublishedStat, string>>;
  /** The BLS release page for this area and year (every row merged into the record cites it). */
  readonly publication: Publication;
}

export interface Citation {
  readonly label: string;
  readonly year: number;
  /** The publisher's page for the figure (never a copy it was read from). */
  readonly source: string;
}

export interface CitedFigure extends Citation {
  readonly value: number;
}

export interface PriceParity {
  readonly area: string;
  readonly year: number;
  /** BEA regional price parity, all items, US = 100. */
  readonly rpp: number;
  readonly release: string;
  readonly publication: Publication;
}

/**
 * BEA's price parity of a metropolitan statistical area or of a state's nonmetropolitan portion
 * (data/bea_marpp_2024.csv), of the same BEA release and year as the state parities: a ratio of
 * two parities never mixes two years.
 */
export interface AreaPriceParity {
  /** An MSA's CBSA code (BLS's MSA code), or the USPS code of the state whose nonmetropolitan portion it is. */
  readonly area: string;
  readonly kind: 'metropolitan' | 'nonmetropolitan';
  /** BEA's name without "(Metropolitan Statistical Area)" or a footnote mark; a state's name for its nonmetropolitan portion. */
  readonly name: string;
  /** BEA regional price parity, all items, US = 100. */
  readonly rpp: number;
}

/** What the area parities (in `AreaTables`) cite: BEA's tables by metropolitan area and by portion, of the state parities' year. */
export interface AreaParitySources {
  readonly year: number;
  readonly metropolitan: Publication;
  readonly nonmetropolitan: Publication;
}

export interface CredentialInfo {
  readonly code: string;
  readonly name: string;
  readonly issuer: 'AAPC' | 'AHIMA';
  readonly focus: string;
  /** "AAPC certification pages" or "AHIMA certifications overview", with the issuer's own page for the credential. */
  readonly publication: Publication;
  /**
   * Set on a CPC or COC typed with its apprenticeship removed early ("CPC (A removed)"): one
   * year of experience with Practicode or an 80-hour course, instead of two (credentials.ts).
   */
  readonly apprenticeRemovedEarly?: true;
}

/** AAPC's apprentice rule for one credential (data/credential_rules.csv). */
export interface ApprenticeRule {
  /** The full credential, "CPC". */
  readonly credential: string;
  /** Its apprentice designation, "CPC-A". */
  readonly apprentice: string;
  /** Years of coding experience after which the "-A" comes off. */
  readonly yearsToRemove: number;
  /** Years that suffice with AAPC's Practicode or an 80-hour coding course. */
  readonly yearsWithCourse: number;
  readonly publication: Publication;
}

/** AAPC 2010: certified against non-certified coders at the same experience (the only such table found). */
export interface EqualExperienceGap {
  readonly certifiedFirstYear: SurveyFigure;
  readonly nonCertifiedFirstYear: SurveyFigure;
  readonly certifiedLongest: SurveyFigure;
  readonly nonCertifiedLongest: SurveyFigure;
  /** Years of experience the two pairs stand for: 1 and 25. */
  readonly firstYears: number;
  readonly longestYears: number;
  /** The raw certified and non-certified averages of the survey nearest in time with both (AAPC 2009). */
  readonly rawCertified: SurveyFigure;
  readonly rawNonCertified: SurveyFigure;
}

/**
 * One average from one salary survey. `survey` names the publication (a survey and its year);
 * a ratio is only ever taken between two figures of the same survey and year. `source` is
 * the publisher's page; `year` is the year the survey's salaries refer to.
 */
export interface SurveyFigure extends CitedFigure {
  readonly survey: string;
  /** `certification` (certified, non-certified), `credential` (one credential) or `credential_count`. */
  readonly dimension: string;
  /** Who the average covers, as the survey words it ("CPC-H (now COC)"). */
  readonly group: string;
  /** The catalogue code of a one-credential group ("COC" for CPC-H); empty otherwise. */
  readonly code: string;
  /** How far the figure's reading is trusted, where the data says ("medium"); empty otherwise. */
  readonly confidence: string;
}

export interface CredentialSurvey {
  /** The current report: the most recent survey with certified, non-certified and CPC averages. */
  readonly nonCertified: SurveyFigure;
  readonly certifiedAverage: SurveyFigure;
  readonly twoCredentials: SurveyFigure;
  readonly threeOrMoreCredentials: SurveyFigure;
  readonly equalExperience: EqualExperienceGap;
  /**
   * Every usable survey average of one catalogue credential or of a certification status
   * (data/credential_salary_surveys.csv, statuses ok and historical), newest survey first.
   */
  readonly figures: readonly SurveyFigure[];
}

/**
 * One figure of a table by work setting or industry: an AAPC survey average or an OEWS
 * industry mean. `survey` names the publication; a setting ratio divides two figures of one
 * publication, period and statistic only.
 */
export interface SettingSurveyFigure extends CitedFigure {
  readonly survey: string;
  /** The occupation of an OEWS figure; empty for a survey of AAPC members. */
  readonly soc: string;
  /** The reference period as published ("2015", "May 2021"). */
  readonly period: string;
  /** The group as the publication words it ("hospital, inpatient", "insurance carriers"). */
  readonly group: string;
  /** `average` (a survey's average salary) or `annual_mean` (OEWS). */
  readonly statistic: string;
  /** How far the reading is trusted ("medium": read from a copy of the publisher's table). */
  readonly confidence: string;
}

export interface SettingMedians {
  readonly soc: Soc;
  /** Where the medians by setting are published (the handbook's "Pay" tab). */
  readonly publication: Publication;
  readonly allSettings: CitedFigure;
  readonly hospital: CitedFigure;
  readonly physicianOffice: CitedFigure;
  /** AAPC 2015 averages by setting: they split the hospital factor and place health systems. */
  readonly inpatient: SettingSurveyFigure;
  readonly outpatient: SettingSurveyFigure;
  readonly healthSystem: SettingSurveyFigure;
  /**
   * AAPC 2015 averages of the three physician practice sizes (shares not published): with the
   * hospital midpoint, the hospital ÷ physician practice gap at like credentials.
   */
  readonly practices: readonly SettingSurveyFigure[];
  /** OEWS May 2021 annual means of 29-2072: insurance carriers over all industries (all workers). */
  readonly payer: SettingSurveyFigure;
  readonly payerAllIndustries: SettingSurveyFigure;
  /** AAPC 2010 job title "coder": CPC-P (the payer credential) over CPC, a payer coder at like credentials. */
  readonly payerCredentialed: SettingSurveyFigure;
  readonly payerCredentialedBase: SettingSurveyFigure;
  /** OEWS May 2021 annual means of 29-9021, shown where that role borrows the coder factors. */
  readonly hitHospitals: SettingSurveyFigure;
  readonly hitAllIndustries: SettingSurveyFigure;
}

export interface Projection {
  readonly soc: Soc;
  readonly occupation: string;
  readonly period: string;
  /** Growth over the decade as a decimal (National Employment Matrix value where given). */
  readonly growth?: number;
  readonly growthRounded?: number;
  readonly openings?: number;
  readonly median?: number;
  readonly medianReference?: string;
  readonly education?: string;
  readonly publication: Publication;
}

/** One year's CPI-U annual average (BLS series CUUR0000SA0, U.S. city average, all items). */
export interface ConsumerPriceYear {
  readonly year: number;
  readonly index: number;
  /** Months averaged: 12, or fewer where BLS published no index for a month. */
  readonly months: number;
  /** Why the average is provisional, where it is (2025: no October index). */
  readonly provisional?: string;
  readonly publication: Publication;
}

/**
 * A national figure from before SOC 29-2072 existed in OEWS: the predecessor occupation 29-2071
 * (May 2010–2018), or the broader group priced in a transition year (May 2020). Neither is the
 * same occupation as 29-2072, so they are kept apart from the wage records.
 */
export interface EarlierOccupationRecord {
  /** The code as published: "29-2071", or the group's label in a transition year. */
  readonly code: string;
  readonly occupation: string;
  readonly year: number;
  /** `predecessor`: SOC 29-2071; `transitional`: a year of the 2019–2021 change. */
  readonly kind: 'predecessor' | 'transitional';
  /** The occupation that replaced it. */
  readonly successor: Soc;
  readonly values: Partial<Record<WageStat, number>>;
  readonly publication: Publication;
}

export type CertificationCostKind =
  | 'exam'
  | 'membership'
  | 'continuing education'
  | 'recertification'
  | 'late fee'
  | 'reinstatement'
  | 'exam extension'
  /** A course or programme before the exam: typical figures only, never counted unless the person gives theirs. */
  | 'preparation';

/** One cited price or requirement of a credential or of its issuer's membership. */
export interface CertificationCost {
  /** A credential code, or the issuer ("AAPC", "AHIMA") for membership-wide rows. */
  readonly holder: string;
  readonly kind: CertificationCostKind;
  readonly variant: string;
  readonly value: number;
  readonly unit: 'USD' | 'CEUs';
  /** "year", "2 years", or "" for a one-off. */
  readonly per: string;
  readonly vintage: string;
  readonly confidence: string;
  readonly publication: Publication;
}

/** A state or DC as the state files name it. */
export interface StateRecord {
  /** USPS code. */
  readonly code: string;
  readonly name: string;
  readonly fips: string;
}

/** The ways into coding school offers: a coding certificate, an associate degree, a bachelor's degree. */
export type EducationProgram = 'certificate' | 'associate' | 'bachelor';

/** A program's full-time length or its yearly tuition and fees (data/education_programs.csv). */
export interface ProgramFigure {
  readonly program: EducationProgram;
  readonly figure: 'length' | 'tuition per year';
  readonly value: number;
  readonly vintage: string;
  readonly confidence: string;
  readonly publication: Publication;
  readonly notes: string;
}

/** An AAPC survey figure by highest education (data/education_pay.csv). */
export interface EducationPayFigure {
  readonly id: string;
  /** "AAPC 2009 Salary Survey": the unit a ratio may not cross. */
  readonly survey: string;
  readonly year: number;
  /** The education level the figure describes; "none" is no college. */
  readonly level: EducationProgram | 'none';
  readonly group: string;
  readonly value: number;
  readonly unit: 'USD/year' | 'USD/hour' | 'percent';
  readonly confidence: string;
  /** "model": a factor rests on it; "validation": held out, compared in npm run validate. */
  readonly use: 'model' | 'validation';
  readonly publication: Publication;
}

/** One of a credential's eligibility pathways: every condition it names must hold (data/credential_eligibility.csv). */
export interface EligibilityPathway {
  readonly credential: string;
  readonly pathway: number;
  /** A completed program at this level or higher. */
  readonly program?: EducationProgram;
  /** Years of coding experience. */
  readonly yearsExperience?: number;
  /** Any one of these credentials held. */
  readonly credentialsHeld: readonly string[];
  readonly confidence: string;
  readonly publication: Publication;
  readonly notes: string;
}

export interface EducationData {
  readonly programs: readonly ProgramFigure[];
  readonly pay: readonly EducationPayFigure[];
  readonly eligibility: readonly EligibilityPathway[];
}

export interface ReferenceData {
  /** The 50 states and DC. */
  readonly areas: readonly StateRecord[];
  /** The May years of the area estimates (themselves in `AreaTables`), for citations that must not read them. */
  readonly areaYears: readonly number[];
  /** Per occupation and state (and the nation): the most recent year with a published median. */
  readonly wages: readonly WageRecord[];
  /** The May years of 29-2072 figures, nationally and in any state (the earlier ones themselves in `AreaTables`), for citations that must not read them. */
  readonly coderHistoryYears: { readonly national: readonly number[]; readonly states: readonly number[] };
  /** National figures of the occupation 29-2072 replaced, and of the transition year (the wage history). */
  readonly earlierOccupation: readonly EarlierOccupationRecord[];
  readonly consumerPrices: readonly ConsumerPriceYear[];
  /** Usable cost rows only (status ok). */
  readonly certificationCosts: readonly CertificationCost[];
  readonly priceParities: readonly PriceParity[];
  /** The area parities' publications and year, for citations that must not read the area tables. */
  readonly areaParitySources: AreaParitySources;
  readonly credentials: readonly CredentialInfo[];
  readonly credentialSurvey: CredentialSurvey;
  readonly apprenticeRules: readonly ApprenticeRule[];
  /** Programs, pay by education and credential eligibility: the ways in. */
  readonly education: EducationData;
  readonly settings: SettingMedians;
  readonly projections: readonly Projection[];
}

/**
 * Everything a call for a state's latest figures never reads: the BLS OEWS metropolitan and
 * nonmetropolitan area estimates of every year in the data, and the earlier years of the state
 * and national estimates. Shipped apart from `ReferenceData` and read only when first needed.
 */
export interface AreaTables {
  /** Every area BLS defined in any year of the data, with or without a figure. */
  readonly areas: readonly Area[];
  /** One record per occupation, area code and year, as published. */
  readonly wages: readonly WageRecord[];
  /** States and the nation: every year other than the one `ReferenceData.wages` holds. */
  readonly earlierStateWages: readonly WageRecord[];
  /** BEA's parities of the metropolitan areas and of the states' nonmetropolitan portions it publishes. */
  readonly priceParities: readonly AreaPriceParity[];
}
