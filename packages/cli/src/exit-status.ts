/**
 * The command's exit statuses (docs/formats.md, "Command line").
 *
 * - `ok` (0): every record was valid.
 * - `invalidRecords` (1): some household or village records were invalid; the valid ones were
 *   still evaluated and written.
 * - `unusable` (2): nothing could be evaluated: an unreadable file, input that is not JSON, no
 *   `villages` array, no evaluation year, an invalid model, bad flags.
 */
export const EXIT = { ok: 0, invalidRecords: 1, unusable: 2 } as const;

/** One of the statuses in {@link EXIT}. */
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/**
 * The status of a run that evaluated everything it was given: 0, or 1 when records were invalid
 * (households, villages, entities, or townships' own fields).
 */
export function statusOf(
  summary: {
    readonly invalidHouseholds: number;
    readonly invalidVillages: number;
    readonly entities?: { readonly invalid: number };
  },
  townships?: { readonly townships: readonly { readonly errors: readonly unknown[] }[] },
): ExitStatus {
  const invalidTownships = (townships?.townships ?? []).filter((t) => t.errors.length > 0).length;
  const invalid =
    summary.invalidHouseholds +
    summary.invalidVillages +
    (summary.entities?.invalid ?? 0) +
    invalidTownships;
  return invalid > 0 ? EXIT.invalidRecords : EXIT.ok;
}
