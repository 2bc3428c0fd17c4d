import type { BatchResult, Issue, RecordError } from '@credit-village/core';

/**
 * The parts of a result document that the core may add beside villages (FORMATS.md "Entities,
 * townships and the county"). Read structurally, so the workbook writes them whichever core
 * produced them; every field is optional here and written when present.
 */
export interface EntityResultLike {
  readonly id?: string;
  readonly type?: string;
  readonly score?: number;
  readonly components?: readonly { readonly id: string; readonly points: number }[];
  readonly grade?: string;
  readonly creditEntity?: boolean;
  readonly vetoes?: readonly string[];
  readonly limit?: string;
  readonly creditOnly?: string;
  readonly guaranteed?: string;
  readonly limitBoundBy?: string;
}

export interface TownshipResultLike {
  readonly id?: string | null;
  readonly rating?: string | null;
  readonly gatesFailed?: readonly string[] | null;
  readonly villages?: Readonly<Record<string, number | null>>;
  readonly shares?: Readonly<Record<string, string | null>> | null;
  readonly npl?: string | null;
  readonly nplIncrement?: string | null;
  readonly performing?: string | null;
  readonly errors?: readonly { readonly issues: readonly Issue[] }[];
}

/** A result document, with what entities and townships add when the batch had them. */
export type ResultDocument = BatchResult & {
  readonly entities?: readonly EntityResultLike[];
  readonly entityErrors?: readonly RecordError[];
  readonly townships?: readonly TownshipResultLike[];
  readonly county?: object;
};
