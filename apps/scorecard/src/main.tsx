// First: configures zod before the core's schemas are built (see the module). The app is
// imported only after this module has run: its static imports would be evaluated before this
// module's body, and with the pages in chunks of their own the bundler may put the core in a
// chunk that runs first (the e2e harness reports the CSP violation zod's probe would cause).
import './lib/zod-jitless';
import { registerServiceWorker } from './lib/service-worker';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/result.css';
import './styles/tables.css';
import './styles/review.css';
import './styles/compare.css';
import './styles/field.css';
import './styles/entity.css';
import './styles/collect.css';
import './styles/verify.css';
import './styles/print.css';

void import('./boot');
registerServiceWorker();
