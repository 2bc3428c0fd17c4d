/** The bounds of docs/formats.md, inclusive. */
export const BOUNDS = {
  /** Largest absolute money amount, in yuan. */
  money: '10000000000',
  /** Largest area, in m² or mu. */
  area: '1000000',
  /** Largest head count per livestock species. */
  livestockHeads: 1_000_000,
  /** Largest `members` / `labourers`. */
  persons: 100,
  /** Largest `householdsTotal`. */
  householdsTotal: 100_000,
  /** Earliest and latest year (also of `evalYear`). */
  minYear: 1900,
  maxYear: 2100,
  /** Most entries in `houses`, `machines`, `vehicles`, `facilities`. */
  assetItems: 1000,
  /** Most households in one village. */
  householdsPerVillage: 100_000,
  /** Deepest nesting of a free-form `meta` object (carried into results, so it must be writable). */
  metaDepth: 32,
  /** Longest id or name string, in characters (Unicode code points). */
  stringLength: 200,
  /** Most veto codes one record may list (duplicates collapse). */
  vetoes: 100,
  /** Largest absolute decimal of a model document (6 fractional digits at most). */
  modelDecimal: '1000000000000',
  // Democratic review and objections (docs/formats.md §15).
  /** Smallest and largest review panel (`review.panelSize`). */
  minPanelSize: 3,
  maxPanelSize: 99,
  /** Most reviewers' entries in one review (`review.marks`). */
  reviewMarks: 99,
  /** Longest grounds of an objection, in characters (Unicode code points). */
  objectionGrounds: 2000,
  /** Longest notice period, in days (`notice.days`). */
  noticeDays: 366,
  /** Most objections in one objections document. */
  objections: 100_000,
  /** Most dates in `holidays` or `workdays`. */
  calendarDates: 10_000,
} as const;
