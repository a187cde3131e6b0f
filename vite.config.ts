import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The top-level manifest.webmanifest is the single source; the plugin serves it at a stable URL.
const manifest = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
);
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

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
          // Preact, its hooks and its JSX runtime in one chunk: all three are on the first load,
          // and left to itself the bundler splits them differently as lazy screens come and go,
          // each split costing a file's overhead on the first-load budget.
          // Dexie and the three small db modules every screen shares likewise travel together.
          // Both in one file: on a first visit every extra file on the start path costs a
          // connection and a round trip (Lighthouse, slow 4G), and they always load together.
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](preact|dexie)[\\/]|src[\\/]db[\\/](database|vault|schema)\.ts$/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  plugins: [
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
