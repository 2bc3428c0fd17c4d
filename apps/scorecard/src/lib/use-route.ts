import { useEffect, useState } from 'preact/hooks';

/** The app's pages. */
export type Page =
  | 'household'
  | 'entity'
  | 'collect'
  | 'villages'
  | 'review'
  | 'objections'
  | 'followUp'
  | 'years'
  | 'model'
  | 'verify';

/** The pages in navigation order. */
export const PAGES: readonly Page[] = [
  'household',
  'entity',
  'collect',
  'villages',
  'review',
  'objections',
  'followUp',
  'years',
  'model',
  'verify',
];

const ROUTE =
  /^#\/(household|entity|collect|villages|review|objections|followUp|years|model|verify)$/;

/** `#/verify/<code>`: the verify page, opened with a code (features/verify reads the code). */
const VERIFY_LINK = /^#\/verify\//;

function pageOf(hash: string): Page | undefined {
  if (VERIFY_LINK.test(hash)) return 'verify';
  return ROUTE.exec(hash)?.[1] as Page | undefined;
}

/** The link to a page: `#/villages`. */
export function pageHref(page: Page): string {
  return `#/${page}`;
}

/**
 * The current page, kept in the URL's hash (`#/villages`) so that the back button and links
 * work; other hashes (`#main` of the skip link) leave the page as it is.
 */
export function useRoute(): [Page, (page: Page) => void] {
  const [page, setPage] = useState<Page>(
    () => pageOf(globalThis.location?.hash ?? '') ?? 'household',
  );
  useEffect(() => {
    const onChange = () => {
      const next = pageOf(location.hash);
      if (next !== undefined) setPage(next);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (next: Page) => {
    setPage(next);
    if (location.hash !== pageHref(next)) location.hash = pageHref(next);
    globalThis.scrollTo?.(0, 0);
  };
  return [page, navigate];
}
