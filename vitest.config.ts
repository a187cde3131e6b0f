import { defineConfig } from 'vitest/config';

// Two projects: pure logic and storage run in Node (no DOM to build for each file), screens and
// hooks in happy-dom. A file that needs a browser global outside the screens says so with a
// `// @vitest-environment happy-dom` first line.
const logicDirs = '{db,domain,export,import,support}';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    restoreMocks: true,
    // Every core: the default leaves one free, which on a two-core CI machine halves the pool.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          include: [`tests/unit/${logicDirs}/**/*.test.{ts,tsx}`],
          environment: 'node',
          setupFiles: ['tests/unit/setup.logic.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [`tests/unit/${logicDirs}/**`],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
