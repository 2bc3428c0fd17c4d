// First: configures zod before the core's schemas are built (see the module).
import './lib/zod-jitless';
import { render } from 'preact';
import { App } from './app';
import { registerServiceWorker } from './lib/service-worker';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/result.css';
import './styles/tables.css';
import './styles/review.css';
import './styles/compare.css';
import './styles/print.css';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
registerServiceWorker();
