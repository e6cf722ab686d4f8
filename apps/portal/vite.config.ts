import { reactRouter } from '@react-router/dev/vite';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const i18nResources = realpathSync(
  fileURLToPath(new URL('../../packages/i18n/dist/resources.js', import.meta.url)),
);
const clientResources = fileURLToPath(new URL('./app/i18n/client-resources.ts', import.meta.url));

/**
 * In the browser bundle only, @dvc/i18n's catalogs (every language, every namespace) give way
 * to app/i18n/client-resources.ts: the page's own language and namespaces, written into the
 * HTML by the server, the rest of that language fetched after hydration. The server build
 * keeps the real module, so server-rendered HTML is always complete.
 */
function pageCatalogsInTheBrowser(): Plugin {
  return {
    name: 'dvc:page-catalogs-in-the-browser',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('resources.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      let id = resolved.id;
      try {
        id = realpathSync(id);
      } catch {
        return null;
      }
      return id === i18nResources ? clientResources : null;
    },
  };
}

export default defineConfig({
  plugins: [pageCatalogsInTheBrowser(), reactRouter()],
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
});
