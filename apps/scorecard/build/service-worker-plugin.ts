import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './service-worker-source.ts';

/**
 * Emits `sw.js` next to `index.html` in a production build, precaching every emitted file.
 * Runs after Vite's HTML plugin so `index.html` and the worker chunk are in the bundle.
 */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'scorecard:service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map') && file !== 'sw.js')
        .sort();
      const assets = ['./', ...files.map((file) => `./${file}`)];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(assets, version),
      });
    },
  };
}
