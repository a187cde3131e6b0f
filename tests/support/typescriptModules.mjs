// Running the TypeScript shared with the tests (the heavy-user generator, the backup format)
// from a Node script: Vite's SSR loader compiles each module as it is, with no build step.
import { createServer } from 'vite';

/**
 * Calls `use` with a loader of modules by path from the project root, then closes it.
 * @template T
 * @param {string} appVersion what `__APP_VERSION__` reads in the loaded modules
 * @param {(load: (path: string) => Promise<Record<string, any>>) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withTypeScriptModules(appVersion, use) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
