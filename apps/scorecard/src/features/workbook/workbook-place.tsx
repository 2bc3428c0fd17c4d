import { useI18n } from '../../i18n/index';
import type { WorkbookPlace } from '../../worker/workbook-protocol';

/**
 * Where a problem is in the workbook, in a clerk's words: `农户 第 18 行「面积（m²）」` (the
 * sheet and the column's label as the file has them; the column's letter when it has no label),
 * or in English `农户 row 18, column D「面积（m²）」`.
 */
export function placeWords(place: WorkbookPlace, lang: 'zh' | 'en'): string {
  const label = place.label === undefined ? '' : `「${place.label}」`;
  if (lang === 'zh') {
    const column =
      place.label === undefined && place.column !== undefined ? ` ${place.column} 列` : '';
    return `${place.sheet} 第 ${place.row} 行${column}${label}`;
  }
  const column = place.column === undefined ? '' : `, column ${place.column}`;
  return `${place.sheet} row ${place.row}${column}${label === '' ? '' : ` ${label}`}`;
}

/** A place in the workbook (see {@link placeWords}); a dash when no row holds the problem. */
export function WorkbookPlaceText({ place }: { readonly place: WorkbookPlace | null }) {
  const { lang } = useI18n();
  if (place === null) return <span class="muted">—</span>;
  return <span class="workbook-place">{placeWords(place, lang)}</span>;
}
