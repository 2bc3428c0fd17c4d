import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index';

/** A page whose code is fetched the first time it is shown (or when {@link LazyPage.preload} asks). */
export interface LazyPage<P> {
  (props: P): JSX.Element;
  /** Fetches the page's code; resolves once it can be shown at once. A failed fetch may be retried. */
  preload(): Promise<void>;
}

/**
 * A page loaded on demand: its code is a chunk of its own, so the first visit downloads and
 * parses only the shell and the household scorecard. Until the chunk is there the page says it
 * is opening; if the chunk cannot be fetched (offline before the app was ever kept, a new
 * version replaced on the server) it says so with a button to try again. Once loaded, the page
 * renders at once, with no placeholder, every time after.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  function Page(props: P): JSX.Element {
    const [failed, setFailed] = useState(false);
    const [, setShown] = useState(0);
    useEffect(() => {
      if (loaded !== undefined || failed) return;
      let live = true;
      preload().then(
        () => live && setShown((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (loaded !== undefined) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return <PageLoading failed={failed} onRetry={() => setFailed(false)} />;
  }
  Page.preload = preload;
  return Page;
}

function PageLoading({
  failed,
  onRetry,
}: {
  readonly failed: boolean;
  readonly onRetry: () => void;
}) {
  const { t } = useI18n();
  if (failed) {
    return (
      <div class="notice notice-warn page-loading" role="alert" data-testid="page-failed">
        <p>{t('app.pageFailed')}</p>
        <button type="button" class="button" onClick={onRetry}>
          {t('app.pageRetry')}
        </button>
      </div>
    );
  }
  return (
    <p class="muted page-loading" role="status" data-testid="page-loading">
      {t('app.pageLoading')}
    </p>
  );
}
