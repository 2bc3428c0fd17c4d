/**
 * Starts the app: the work kept from the last visit is read, the app rendered with it, and the
 * other pages' code fetched in the background. Imported by main.tsx once zod is configured.
 */
import { render } from 'preact';
import { App, SAVED_KEYS } from './app';
import { watchPresses } from './lib/after-press';
import { restoreSession } from './lib/persist/session';
import { preloadPages } from './pages';

watchPresses();
const root = document.getElementById('app');
if (root !== null) {
  // The work kept from the last visit is read first, so the page opens with it.
  void restoreSession(SAVED_KEYS).then((session) => {
    render(<App session={session} />, root);
    // The other pages' code is fetched once the first page is up, so each opens at once (and
    // offline) afterwards; the root element then says so (`data-pages="loaded"`, which the
    // end-to-end tests wait for). A failure here is said by the page itself when it is opened.
    setTimeout(() => {
      preloadPages().then(
        () => {
          document.documentElement.dataset.pages = 'loaded';
        },
        () => {},
      );
    }, 0);
  });
}
