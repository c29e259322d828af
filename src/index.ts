/**
 * The add-on's table of contents: every global Apps Script needs (custom functions, triggers,
 * functions the sidebar calls), each delegating to a module. The build turns each export
 * into a top-level `function` declaration carrying this JSDoc, which Sheets' formula helper
 * reads; nothing else becomes global.
 */
import {
  coderSalary,
  coderSalaryExplain,
  salaryRange,
  stateWage,
  areaList,
  payPercentile,
  certPremium,
  colAdjust,
  jobOutlookCell,
  salarySource,
  payReview,
} from './sheets/customFunctions';
import {
  wageTrendTable,
  wageGrowthCell,
  certPayback,
  certPaybackExplain,
  careerPathTable,
  pathCompareTable,
} from './sheets/careerFunctions';
import type { CellInput, CellOutput } from './sheets/cells';
import { buildAddonMenu } from './addon/menu';
import { createServerApi } from './addon/serverApi';
import { appsScriptWorkbook } from './addon/workbook/appsScriptWorkbook';
import { showDialog, showSidebar } from './addon/dialogs';
import { startAddon } from './addon/startAddon';
import type {
  AreaChoices,
  BuildResult,
  CareerPlanRequest,
  ComparisonRequest,
  PayBandsRequest,
  PayReviewRequest,
  ReferenceTablesRequest,
  RosterPreview,
  SidebarOptions,
  WaysInRequest,
} from './addon/requests';

/** A cell or a range, as Sheets passes it. */
type Arg = CellInput | CellInput[][];
type Result = CellOutput | CellOutput[][];

// Registers what the server code needs (the area tables' reader) before any global runs. Loading
// Code.js touches no Apps Script service: HtmlService is reached only when a file is first read.
startAddon({ HtmlService: { createHtmlOutputFromFile: (name) => HtmlService.createHtmlOutputFromFile(name) } });

/**
 * Estimated annual pay (USD) for a medical coder, biller or health information technologist / medical registrar, from BLS state or metropolitan-area wage data, years of experience, credentials and work setting.
 *
 * @param {"CA"} state State code or name ("CA", "California"), "US" for the national figure, or a metropolitan or nonmetropolitan area by BLS code ("41940"), title or city ("Sunnyvale", "Portland, OR"). A range gives one estimate per cell. For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {5} years Years of experience, 0 to 60 (40 and more count as 40).
 * @param {"CPC"} [cert] Optional credentials, e.g. "CPC" or "CPC, CRC" (several allowed); blank or "none" for no credential.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @return Estimated annual pay in whole dollars.
 * @customfunction
 */
export function CODER_SALARY(state: Arg, years: Arg, cert?: Arg, role?: Arg, setting?: Arg): Result {
  return coderSalary(state, years, cert, role, setting);
}

/**
 * Every step of a CODER_SALARY estimate with its source, as a two-column table (step, value); with ranges, one summary line per cell.
 *
 * @param {"CA"} state State code or name, "US", or an area by BLS code, title or city ("Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {5} years Years of experience, 0 to 60.
 * @param {"CPC"} [cert] Optional credentials, e.g. "CPC, CRC".
 * @param {"coder"} [role] Optional "coder", "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @return A table of steps and values ending with the estimate.
 * @customfunction
 */
export function CODER_SALARY_EXPLAIN(state: Arg, years: Arg, cert?: Arg, role?: Arg, setting?: Arg): Result {
  return coderSalaryExplain(state, years, cert, role, setting);
}

/**
 * The 10th, 25th, 50th, 75th and 90th percentile annual pay in a state or area, as one row (one row per place for a range); where a state publishes only its median, the national shape scaled to that median; for an area, its published quartiles with p10 and p90 in its state's shape.
 *
 * @param {"TX"} state State code or name, "US", or an area by BLS code, title or city; a column of places gives one row each. For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {TRUE} [headers] Optional TRUE to add a header row.
 * @return Five annual amounts: p10, p25, median, p75, p90.
 * @customfunction
 */
export function SALARY_RANGE(state: Arg, role?: Arg, headers?: Arg): Result {
  return salaryRange(state, role, headers);
}

/**
 * One published BLS statistic for a state or area, exactly as released (an error text where the data does not have it; areas have no published p10 or p90).
 *
 * @param {"NY"} state State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"median"} [stat] Optional "median" (default), "mean", "p10", "p25", "p75", "p90", "hourly_median", "employment", "location_quotient" or "year".
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {2024} [year] Optional May reference year of the data (2022 to 2025 for areas); blank for the latest.
 * @return The statistic as published.
 * @customfunction
 */
export function STATE_WAGE(state: Arg, stat?: Arg, role?: Arg, year?: Arg): Result {
  return stateWage(state, stat, role, year);
}

/**
 * The metropolitan and nonmetropolitan areas of a state, one row each under a header: BLS area code, name, type, employment, median and the year of those figures ("US" lists every area).
 *
 * @param {"CA"} state State code or name, or "US" for every area in the country. For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"coder"} [role] Optional "coder" (default) or "biller"; the data has no area figures for "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"median"} [sort] Optional "name" (default), "median" (highest first), "employment" (highest first) or "code".
 * @return A table: Code, Area, Type, Employment, Median, Year.
 * @customfunction
 */
export function AREA_LIST(state: Arg, role?: Arg, sort?: Arg): Result {
  return areaList(state, role, sort);
}

/**
 * Where an annual pay sits in a state's pay distribution, from 0 to 1 (0.5 = the median): checks an offer or a pay band.
 *
 * @param {52000} pay Annual pay in dollars.
 * @param {"FL"} state State code or name, "US", or an area by BLS code, title or city. For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @return A fraction between 0 and 1.
 * @customfunction
 */
export function PAY_PERCENTILE(pay: Arg, state: Arg, role?: Arg): Result {
  return payPercentile(pay, state, role);
}

/**
 * Each person's market position, one row per person: the market estimate for their profile, their pay's percentile in the local distribution, the gap to the estimate, the compa-ratio (pay ÷ estimate) and a flag ("below p25", "above p90" or blank).
 *
 * @param {52000} pay Annual pay in dollars; a column gives one row per person.
 * @param {"TX"} area Where the person works: state code or name, "US", or a metropolitan or nonmetropolitan area by BLS code, title or city ("Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {5} years Years of experience, 0 to 60.
 * @param {"CPC"} [cert] Optional credentials, e.g. "CPC" or "CPC, CRC"; blank or "none" for no credential.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @param {TRUE} [headers] Optional TRUE to add a header row.
 * @return Five cells per person: estimate, percentile (0–1), gap in dollars, compa-ratio, flag.
 * @customfunction
 */
export function PAY_REVIEW(pay: Arg, area: Arg, years: Arg, cert?: Arg, role?: Arg, setting?: Arg, headers?: Arg): Result {
  return payReview(pay, area, years, cert, role, setting, headers);
}

/**
 * A credential's pay premium over non-certified workers with the same experience, as a decimal (0.138 = 13.8%): its AAPC survey ratio (job held fixed where a survey does), shrunk to equal experience by AAPC's 2010 certified vs non-certified gap by experience; AHIMA credentials at a documented AAPC level (no AHIMA pay figure is published); CPC-A and COC-A the apprentices' part (AAPC 2010 CPC-A ÷ non-certified first-years), and a CPC or COC with under 2 years is an apprentice.
 *
 * @param {"CPC"} cert Credential code, or several ("CPC, CRC") for the multi-credential premium; "CPC (A removed)" for an apprenticeship removed early (1 year with Practicode or an 80-hour course).
 * @param {10} [years] Optional years of experience, 0 to 60 (default 10, the median worker's years, rounded up).
 * @return The premium as a decimal.
 * @customfunction
 */
export function CERT_PREMIUM(cert: Arg, years?: Arg): Result {
  return certPremium(cert, years);
}

/**
 * The amount with the same purchasing power in another place, using BEA regional price parities (2024): a state's own, a metropolitan area's own, a nonmetropolitan area's state nonmetropolitan portion; an area BEA publishes neither for takes its state's parity (About the data lists them).
 *
 * @param {60000} amount Amount in dollars.
 * @param {"TX"} from_state State where the amount is earned (code or name, "US", or a metropolitan or nonmetropolitan area by BLS code, title or city). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"CA"} to_state State or area to compare with. For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @return The equivalent amount in to_state, rounded to the cent.
 * @customfunction
 */
export function COL_ADJUST(amount: Arg, from_state: Arg, to_state: Arg): Result {
  return colAdjust(amount, from_state, to_state);
}

/**
 * BLS employment projection for a role: growth over the projection decade as a decimal, or another field.
 *
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"growth"} [field] Optional "growth" (default), "growth_rounded", "openings", "period", "median" or "education".
 * @return The projection figure.
 * @customfunction
 */
export function JOB_OUTLOOK(role?: Arg, field?: Arg): Result {
  return jobOutlookCell(role, field);
}

/**
 * The citation and data vintage behind the figures, for a footnote cell.
 *
 * @param {"wages"} [topic] Optional "all" (default), "wages", "credentials", "setting", "cost of living" or "outlook".
 * @return Citation text.
 * @customfunction
 */
export function SALARY_SOURCE(topic?: Arg): Result {
  return salarySource(topic);
}

/**
 * An occupation's published pay in an area year by year: median, mean and employment as published, and the median in constant dollars (CPI-U). Years without a figure are gap rows with a note; the national coder series marks the 2019–2021 change from SOC 29-2071 to 29-2072.
 *
 * @param {"US"} area State code or name, "US" (the national coder series starts in 2010), or an area by BLS code, title or city ("41940", "Sunnyvale"; May 2022–2025). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {2025} [dollars] Optional base year of the constant-dollar column, a CPI-U year in the data (default the latest, 2025, whose average is provisional).
 * @return A table with a header: year, SOC, median, mean, employment, median in constant dollars, note.
 * @customfunction
 */
export function WAGE_TREND(area: Arg, role?: Arg, dollars?: Arg): Result {
  return wageTrendTable(area, role, dollars);
}

/**
 * Annualised growth of the published median between two years, as a decimal (0.025 = 2.5% a year); real growth removes price changes with the CPI-U. Never computed across the 2019–2021 occupation change.
 *
 * @param {"US"} area State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {2021} from_year First May reference year.
 * @param {2025} to_year Last May reference year, after from_year.
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {TRUE} [real] Optional TRUE for growth after inflation (CPI-U); FALSE or blank for current dollars.
 * @return The yearly growth rate as a decimal.
 * @customfunction
 */
export function WAGE_GROWTH(area: Arg, from_year: Arg, to_year: Arg, role?: Arg, real?: Arg): Result {
  return wageGrowthCell(area, from_year, to_year, role, real);
}

/**
 * Months until a credential pays back its cost: the exam fee, the first year of a required membership, your preparation and any extra cost, against the pay gain CODER_SALARY gives for it once the new pay starts (after your months to a hire or promotion; a CPC or COC earned with under 2 years gains the apprentice's part of the premium until the apprenticeship ends, then the full one), with the yearly membership netted out. A projection in today's dollars, not a promise; text when it never pays back.
 *
 * @param {"US"} area State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {2} years Years of experience when the credential is earned, 0 to 60.
 * @param {"CPC"} cert The credential to earn, e.g. "CRC".
 * @param {"CPC"} [have] Optional credentials already held, e.g. "CPC" (blank for none).
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @param {400} [extra_cost] Optional up-front cost in dollars the data does not have: the exam fee where no current price is cited (required then: COC, CIC and others), a retake.
 * @param {2000} [prep_cost] Optional cost of preparation in dollars (a course or programme); blank counts none. Reported typical costs: $1,748 in-state to $12,578 non-resident for one college certificate, $2,000–$7,500 for a programme.
 * @param {3} [months_to_start] Optional months from earning the credential until the new pay starts (a hire or promotion), 0 to 120; blank for 0.
 * @return Months to one decimal, or a text saying it never pays back.
 * @customfunction
 */
export function CERT_PAYBACK(
  area: Arg,
  years: Arg,
  cert: Arg,
  have?: Arg,
  role?: Arg,
  setting?: Arg,
  extra_cost?: Arg,
  prep_cost?: Arg,
  months_to_start?: Arg,
): Result {
  return certPayback(area, years, cert, have, role, setting, extra_cost, prep_cost, months_to_start);
}

/**
 * Every step of a CERT_PAYBACK answer with its source, as a two-column table (step, value): the wait until the new pay starts, pay with and without, each cost included and where it is published, the costs not included, the method and the months; with ranges, one summary line per cell.
 *
 * @param {"US"} area State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {2} years Years of experience when the credential is earned, 0 to 60.
 * @param {"CPC"} cert The credential to earn.
 * @param {"CPC"} [have] Optional credentials already held.
 * @param {"coder"} [role] Optional "coder", "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @param {400} [extra_cost] Optional up-front cost the data does not have.
 * @param {2000} [prep_cost] Optional cost of preparation in dollars (a course or programme).
 * @param {3} [months_to_start] Optional months until the new pay starts (a hire or promotion).
 * @return A table of steps and values ending with the months to pay back.
 * @customfunction
 */
export function CERT_PAYBACK_EXPLAIN(
  area: Arg,
  years: Arg,
  cert: Arg,
  have?: Arg,
  role?: Arg,
  setting?: Arg,
  extra_cost?: Arg,
  prep_cost?: Arg,
  months_to_start?: Arg,
): Result {
  return certPaybackExplain(area, years, cert, have, role, setting, extra_cost, prep_cost, months_to_start);
}

/**
 * A year-by-year career plan: years of experience, credentials held (a CPC or COC earned with under 2 years is CPC-A or COC-A, priced at the apprentices' part of the premium, until the experience is there, then the full credential at no further cost), estimated pay (today's dollars unless a growth rate is given), cumulative earnings and cumulative costs, for year 0 (now) to the horizon. School ("associate:0") lasts its full-time length with its published tuition and no coding pay; a credential the plan has not made its holder eligible for (RHIT without an associate degree, RHIA without a bachelor's) is refused with the rule. A projection from today's data, not a promise.
 *
 * @param {"TX"} area State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {0} years_now Years of experience now, 0 to 60.
 * @param {"associate:0, RHIT:2:299"} plan Credentials and programs with the plan year each starts: "CPC:0, CRC:3" (0 = now), "certificate:0, CPC:1", "associate:0, RHIT:2", "bachelor:0, RHIA:4"; "CPC:held" or "associate:held" for one you have; a third field is a cost ("COC:2:400", the exam where the data has no price; "associate:0:6000", the whole program instead of the published tuition); or a range of rows item | year | cost.
 * @param {10} [horizon] Optional number of years ahead, 1 to 40 (default 10).
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @param {0.02} [growth] Optional yearly pay growth (0.02 or "2%"); blank for none, so pay stays in today's dollars.
 * @param {2000} [prep_cost] Optional cost of preparation in dollars (a course or programme), paid in the year of the first planned credential; blank counts none.
 * @param {3} [months_to_start] Optional months from earning a credential until its pay starts (a hire or promotion), 0 to 120; blank for 0.
 * @param {FALSE} [while_studying] Optional TRUE if you keep coding while in school (pay and experience go on); blank or FALSE: no coding pay in school years.
 * @return A table with a header and one row per year.
 * @customfunction
 */
export function CAREER_PATH(
  area: Arg,
  years_now: Arg,
  plan: Arg,
  horizon?: Arg,
  role?: Arg,
  setting?: Arg,
  growth?: Arg,
  prep_cost?: Arg,
  months_to_start?: Arg,
  while_studying?: Arg,
): Result {
  return careerPathTable(area, years_now, plan, horizon, role, setting, growth, prep_cost, months_to_start, while_studying);
}

/**
 * Ways in side by side: for each plan, pay by year and cumulative earnings net of school and credential costs, then the year each plan overtakes the first (its cumulative net passes the first's and stays above). Blank plans compare straight to work, a coding certificate then CPC, an associate degree then CCS, and a bachelor's degree then RHIA. A projection from today's data, not a promise.
 *
 * @param {"US"} area State code or name, "US", or an area by BLS code, title or city ("41940", "Sunnyvale"). For a remote job, give the employer's area: BLS OEWS counts workers where the employer's establishment reports them.
 * @param {""} [plans] Optional range of plans, one a cell, as CAREER_PATH takes them ("certificate:0, CPC:1"; a blank cell is straight to work), up to 8; blank for the default ways in.
 * @param {10} [horizon] Optional number of years ahead, 1 to 40 (default 10).
 * @param {0} [years_now] Optional years of coding experience now, 0 to 60 (default 0).
 * @param {"coder"} [role] Optional "coder" (default), "biller" or "hit" (health information technologist / medical registrar, 29-9021).
 * @param {"any"} [setting] Optional work setting: "any" (default), "hospital", "hospital inpatient", "hospital outpatient", "physician office" (or "physician practice"), "health system" or "payer".
 * @param {0.02} [growth] Optional yearly pay growth (0.02 or "2%"); blank for none (today's dollars).
 * @param {FALSE} [while_studying] Optional TRUE if you keep coding while in school; blank or FALSE: no coding pay in school years.
 * @return A table: a header, one row per year (pay and cumulative net of each plan), and the overtaking year of each.
 * @customfunction
 */
export function PATH_COMPARE(
  area: Arg,
  plans?: Arg,
  horizon?: Arg,
  years_now?: Arg,
  role?: Arg,
  setting?: Arg,
  growth?: Arg,
  while_studying?: Arg,
): Result {
  return pathCompareTable(area, plans, horizon, years_now, role, setting, growth, while_studying);
}

/**
 * Builds the add-on menu when a spreadsheet opens.
 *
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildAddonMenu(SpreadsheetApp.getUi());
}

/**
 * Runs when the add-on is installed: builds the menu at once (Google's add-on lifecycle).
 *
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

const server = createServerApi(() => appsScriptWorkbook(SpreadsheetApp, LockService, Utilities));

/**
 * Menu: opens the sidebar to build a comparison sheet.
 */
export function showComparisonSidebar(): void {
  showSidebar(HtmlService, SpreadsheetApp.getUi(), 'comparison');
}

/**
 * Menu: opens the sidebar on the reference tables page.
 */
export function showReferenceTablesSidebar(): void {
  showSidebar(HtmlService, SpreadsheetApp.getUi(), 'reference');
}

/**
 * Menu: opens the sidebar on the team pay page (review a roster, suggest pay bands).
 */
export function showTeamSidebar(): void {
  showSidebar(HtmlService, SpreadsheetApp.getUi(), 'team');
}

/**
 * Menu: opens the sidebar on the career plan page.
 */
export function showCareerPlanSidebar(): void {
  showSidebar(HtmlService, SpreadsheetApp.getUi(), 'career');
}

/**
 * Menu: converts this add-on's formulas in the selection (the whole active sheet when a single cell is selected) to their values.
 */
export function freezeFormulasToValues(): void {
  server.freezeFormulas();
}

/**
 * Menu: lists the functions with examples.
 */
export function showFunctionHelp(): void {
  showDialog(HtmlService, SpreadsheetApp.getUi(), 'help');
}

/**
 * Menu: the data sources, their years and known gaps.
 */
export function showAboutData(): void {
  showDialog(HtmlService, SpreadsheetApp.getUi(), 'about');
}

/**
 * Sidebar: the states, credentials, roles and settings it offers.
 */
export function getSidebarOptions(): SidebarOptions {
  return server.getSidebarOptions();
}

/**
 * Sidebar: the metropolitan and nonmetropolitan areas it offers, with each role's median.
 */
export function getAreaChoices(): AreaChoices {
  return server.getAreaChoices();
}

/**
 * Sidebar: builds a comparison on a new sheet.
 *
 * @param {ComparisonRequest} request What to compare and how.
 */
export function buildComparison(request: ComparisonRequest): BuildResult {
  return server.buildComparison(request);
}

/**
 * Sidebar: builds a career plan on a new sheet.
 *
 * @param {CareerPlanRequest} request The area, experience, plan and options.
 */
export function buildCareerPlan(request: CareerPlanRequest): BuildResult {
  return server.buildCareerPlan(request);
}

/**
 * Sidebar: builds ways in side by side (PATH_COMPARE) on a new sheet.
 *
 * @param {WaysInRequest} request The area, experience, plans and options.
 */
export function buildWaysIn(request: WaysInRequest): BuildResult {
  return server.buildWaysIn(request);
}

/**
 * Sidebar: inserts the chosen reference tables, each on a new sheet.
 *
 * @param {ReferenceTablesRequest} request Which tables.
 */
export function insertReferenceTables(request: ReferenceTablesRequest): { sheetNames: string[]; message: string } {
  return server.insertReferenceTables(request);
}

/**
 * Sidebar: freezes this add-on's formulas to values.
 */
export function freezeFormulas(): { frozen: number; message: string } {
  return server.freezeFormulas();
}

/**
 * Sidebar: reads the selected roster's headers and size (no names, no figures).
 */
export function readRoster(): RosterPreview {
  return server.readRoster();
}

/**
 * Sidebar: builds a pay review of the roster on a new sheet.
 *
 * @param {PayReviewRequest} request The roster read and what each column holds.
 */
export function buildPayReview(request: PayReviewRequest): BuildResult {
  return server.buildPayReview(request);
}

/**
 * Sidebar: builds suggested pay bands for an area on a new sheet.
 *
 * @param {PayBandsRequest} request Area, role, setting and credential.
 */
export function suggestPayBands(request: PayBandsRequest): BuildResult {
  return server.suggestPayBands(request);
}
