// First: configures zod before the core's schemas are built (see the module).
import './lib/zod-jitless';
import { render } from 'preact';
import { App, SAVED_KEYS } from './app';
import { watchPresses } from './lib/after-press';
import { restoreSession } from './lib/persist/session';
import { registerServiceWorker } from './lib/service-worker';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/result.css';
import './styles/tables.css';
import './styles/review.css';
import './styles/compare.css';
import './styles/field.css';
import './styles/verify.css';
import './styles/print.css';

watchPresses();
const root = document.getElementById('app');
if (root !== null) {
  // The work kept from the last visit is read first, so the page opens with it.
  void restoreSession(SAVED_KEYS).then((session) => render(<App session={session} />, root));
}
registerServiceWorker();
