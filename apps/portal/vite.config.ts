import { reactRouter } from '@react-router/dev/vite';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

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

const servicesEntry = realpathSync(
  fileURLToPath(new URL('../../packages/services/dist/index.js', import.meta.url)),
);
const servicesExamples = realpathSync(
  fileURLToPath(new URL('../../packages/services/dist/examples.js', import.meta.url)),
);
const checkedServicesId = '\0dvc:checked-services';

/**
 * In the browser bundle only, `@dvc/services` gives way to the definitions as the build's own
 * run of `defineService` returned them (checked, defaults filled in), as one JSON literal.
 * The browser then carries neither zod (about 38 KB gzip) nor the definitions' source, and
 * spends no time checking them again on a slow phone. The server keeps the real package.
 * The build stops if the package's exports change or a definition does not survive JSON.
 */
function checkedServicesInTheBrowser(): Plugin {
  const known = new Set(['services', 'findService', 'getService', 'examples']);
  return {
    name: 'dvc:checked-services-in-the-browser',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (source !== '@dvc/services') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      try {
        return realpathSync(resolved.id) === servicesEntry ? checkedServicesId : null;
      } catch {
        return null;
      }
    },
    async load(id) {
      if (id !== checkedServicesId) return null;
      this.addWatchFile(servicesEntry);
      const real = (await import(pathToFileURL(servicesEntry).href)) as Record<string, unknown> & {
        services: readonly { id: string }[];
      };
      const json = JSON.stringify(real.services);
      deepStrictEqual(JSON.parse(json), real.services, 'a service definition is not plain JSON');
      const lines = [
        `export { examples } from ${JSON.stringify(servicesExamples)};`,
        `export const services = JSON.parse(${JSON.stringify(json)});`,
        'export function findService(id) {',
        '  return services.find((service) => service.id === id);',
        '}',
        'export function getService(id) {',
        '  const found = findService(id);',
        '  if (!found) throw new Error(`@dvc/services has no service "${id}"`);',
        '  return found;',
        '}',
      ];
      for (const [name, value] of Object.entries(real)) {
        if (known.has(name)) continue;
        const index = real.services.indexOf(value as { id: string });
        if (index < 0) {
          throw new Error(
            `@dvc/services exports "${name}", which vite.config.ts does not know how to give the browser`,
          );
        }
        lines.push(`export const ${name} = services[${String(index)}];`);
      }
      return lines.join('\n');
    },
  };
}

/** Files worth compressing: text. Fonts (woff2) and images are compressed already. */
const compressible = /\.(?:js|mjs|css|json|svg|txt|map)$/u;

/**
 * After the browser build: a brotli (`.br`) and a gzip (`.gz`) copy of every text asset, at
 * the highest levels (once per build, not per request). server/http.js sends the one the
 * client accepts; over a 1.6 Mbps phone link the scripts arrive in about a third of the time.
 */
function precompressedAssets(): Plugin {
  return {
    name: 'dvc:precompressed-assets',
    apply: 'build',
    // After every environment is built: React Router writes its manifest and moves the
    // server build's assets into the client folder last.
    buildApp: {
      order: 'post',
      // eslint-disable-next-line @typescript-eslint/require-await -- the hook's type is async
      async handler(builder) {
        const assets = join(builder.environments.client?.config.build.outDir ?? '', 'assets');
        if (!existsSync(assets)) return;
        for (const name of readdirSync(assets)) {
          if (!compressible.test(name)) continue;
          const file = join(assets, name);
          const body = readFileSync(file);
          if (body.length < 1024) continue;
          const br = brotliCompressSync(body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          });
          const gz = gzipSync(body, { level: zlib.Z_BEST_COMPRESSION });
          if (br.length < body.length) writeFileSync(`${file}.br`, br);
          if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    pageCatalogsInTheBrowser(),
    checkedServicesInTheBrowser(),
    reactRouter(),
    precompressedAssets(),
  ],
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
});
