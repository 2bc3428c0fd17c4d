import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` tags for the app's boot chunk and every chunk it imports.
 * main.tsx imports the app with `import()` once zod is configured, so without these the browser
 * would learn of the app's code only after the first script had run: one more round trip
 * before the first page, which on a slow mobile line is the longest wait of the first visit.
 * Preloading fetches the modules without running them: the order main.tsx needs is kept.
 */
export function preloadBootPlugin(entry = '/src/boot.tsx'): Plugin {
  return {
    name: 'scorecard:preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [file] : [],
        );
        const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry) === true);
        if (boot === undefined) throw new Error(`no chunk for ${entry}: is it still imported?`);
        // The entry and what it imports statically are loaded by Vite's own tags already.
        const entryChunk = ctx.chunk;
        const preloaded = new Set(
          entryChunk === undefined ? [] : [entryChunk.fileName, ...entryChunk.imports],
        );
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName) || preloaded.has(fileName)) return;
          files.push(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
        };
        visit(boot.fileName);
        return files.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
