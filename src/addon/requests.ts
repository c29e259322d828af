/**
 * What the sidebar sends to the server and gets back. Plain JSON (google.script.run clones
 * arguments), validated again on the server: nothing here is trusted.
 */
export type CompareDimension = 'states' | 'credentials' | 'years' | 'roles' | 'settings';
export type StateSelection = 'chosen' | 'all' | 'top10' | 'bottom10';

export interface ComparisonColumns {
  readonly range: boolean;
  readonly hourly: boolean;
  readonly costOfLiving: boolean;
  readonly employment: boolean;
  readonly outlook: boolean;
}

export interface ComparisonRequest {
  readonly compare: CompareDimension;
  /** What is compared: state codes, credential sets ("CPC, CRC" or "none"), years, roles or settings. */
  readonly items: readonly (string | number)[];
  /** For states: the chosen list, or all / top or bottom 10 by median. */
  readonly stateSelection?: StateSelection;
  /** The inputs held fixed. */
  readonly state: string;
  readonly years: number | string;
  readonly cert: string;
  readonly role: string;
  readonly setting: string;
  readonly columns: ComparisonColumns;
  /** Cost-of-living adjusted pay is expressed in this state's prices. */
  readonly costOfLivingTo: string;
  readonly output: 'values' | 'formulas';
  readonly title?: string;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly rows: number;
  readonly message: string;
}

export interface ReferenceTablesRequest {
  readonly states: boolean;
  readonly credentials: boolean;
  readonly outlook: boolean;
  readonly role?: string;
}

export interface SidebarOptions {
  /** With each role's published median, for "top/bottom 10 by median" of the chosen role. */
  readonly states: readonly { readonly code: string; readonly name: string; readonly medians: Readonly<Record<string, number>> }[];
  readonly credentials: readonly { readonly code: string; readonly name: string; readonly issuer: string }[];
  readonly roles: readonly { readonly value: string; readonly label: string }[];
  readonly settings: readonly string[];
  readonly experienceLevels: readonly number[];
  readonly limits: { readonly maxRows: number; readonly maxTitle: number };
  readonly dataVintage: string;
}
