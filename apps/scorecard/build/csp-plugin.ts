import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own scripts, workers and styles; no
 * inline script or style, no external resource of any kind.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the CSP meta tag to `index.html` in production builds only: the dev server injects
 * styles as inline `<style>` elements for hot reloading, which this policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'scorecard:csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
