import type { SidebarOptions } from '../addon/requests';

/** One sidebar page: its tab `#tab-NAME`, its panel `#page-NAME`, its own module. */
export interface SidebarPage {
  /** Also what `<body data-page="…">` names to open on this page. */
  readonly name: string;
  /** Event handlers, attached once before the lists arrive. */
  wire(): void;
  /** Fills the page's lists from the server's options. */
  fill(options: SidebarOptions): void;
}
