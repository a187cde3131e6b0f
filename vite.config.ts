import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The top-level manifest.webmanifest is the single source; the plugin serves it at a stable URL.
const manifest = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
);
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The start in three files, each one request: the boot (main.tsx and what both kinds of visit
// need), the welcome (painted on a first visit before anything else loads) and the app (the
// database, the shell, Today). Filled in from the static import graphs once they are known.
const startFiles = {
  boot: new Set<string>(),
  welcome: new Set<string>(),
  app: new Set<string>(),
};

/** Sorts the modules of the start into the three files of `startFiles`. */
function startGraphs(): Plugin {
  return {
    name: 'waypoint:start-graphs',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (test: (id: string) => boolean) => {
        const found = new Set<string>();
        const stack = ids.filter(test);
        while (stack.length > 0) {
          const id = stack.pop() as string;
          if (found.has(id)) continue;
          found.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return found;
      };
      const entry = closure((id) => this.getModuleInfo(id)?.isEntry === true);
      const welcome = closure((id) =>
        /src[\\/]features[\\/]welcome[\\/]showFirstVisit\.tsx$/.test(id),
      );
      const app = closure((id) => /src[\\/]app[\\/]start\.tsx$/.test(id));
      const shared = [...welcome].filter((id) => app.has(id));
      startFiles.boot = new Set([...entry, ...shared]);
      startFiles.welcome = new Set([...welcome].filter((id) => !startFiles.boot.has(id)));
      startFiles.app = new Set([...app].filter((id) => !startFiles.boot.has(id)));
    },
  };
}

/**
 * Names the bundler's runtime (which the welcome and the app import) in index.html next to the
 * entry, so the browser fetches it with the entry instead of a round trip after either.
 */
function preloadRuntime(): Plugin {
  return {
    name: 'waypoint:preload-runtime',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const runtime = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.name === 'rolldown-runtime',
        );
        if (!runtime) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${runtime.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/** Styles stay with Vite's CSS handling; the entry module stays the entry chunk. */
const groupable = (id: string) => !/\.css$|src[\\/]main\.tsx$/.test(id);

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // index.html names every chunk the entry imports statically, so the browser fetches them in
    // parallel with the entry instead of one round trip later (two, for the bundler's runtime).
    // Lazy screens keep preloading only their CSS (Vite adds it after this filter), as before:
    // naming their JS chunks in the entry would cost first-load bytes. No polyfill: every
    // supported browser has modulepreload.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Left to itself the bundler cuts the start into many small shared files, and on a first
          // visit over a slow network every extra file costs a connection and a round trip.
          groups: (['boot', 'welcome', 'app'] as const).map((name) => ({
            name,
            test: (id: string) => startFiles[name].has(id) && groupable(id),
          })),
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  plugins: [
    startGraphs(),
    preloadRuntime(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/*', 'theme-boot.js'],
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2,ttf,txt}'],
        // Store screenshots are for install dialogs and the README, not for offline use.
        globIgnores: ['screenshots/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
});
