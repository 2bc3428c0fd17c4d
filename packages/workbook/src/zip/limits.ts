/**
 * What a workbook may hold before it is refused unread (zip-bomb protection). The limits are
 * checked on the archive's directory before anything is inflated, and again while inflating,
 * because a hostile archive can declare sizes it does not keep to.
 */
export interface ZipLimits {
  /** Most entries (files) in the archive. */
  readonly maxEntries: number;
  /** Most bytes all entries may inflate to, together. */
  readonly maxUncompressedBytes: number;
}

/**
 * The default limits: 10,000 entries and 1 GiB inflated in all. A workbook of 100,000
 * households with one house each inflates to about 120 MB; an xlsx written by Excel has a
 * dozen entries plus one per sheet.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
};
