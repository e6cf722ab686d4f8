import { createI18n, resources } from '@dvc/i18n';
import { I18nProvider, useTranslation } from '@dvc/i18n/react';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CatalogPayload } from './catalog-payload';
import { PageCatalogs, trackNamespaces } from './page-catalogs';

type Catalogs = Record<string, Record<string, Record<string, unknown>>>;
const vi = (resources as unknown as Catalogs).vi ?? {};

function Nav() {
  const { t } = useTranslation('portal');
  return createElement('a', { href: '/tra-cuu' }, t('nav.lookup'));
}

function WithUi() {
  const { t } = useTranslation('ui');
  return createElement('span', null, t('backLink.label'));
}

/** A server render of `children` and the payload its PageCatalogs wrote. */
function payloadOf(children: ReactNode, lng: 'vi' | 'en' = 'vi'): CatalogPayload {
  const i18n = trackNamespaces(createI18n({ lng }));
  const html = renderToString(
    createElement(
      Fragment,
      null,
      createElement(I18nProvider, { i18n }, children),
      createElement(PageCatalogs, { i18n, locale: lng, nonce: 'n0nce' }),
    ),
  );
  const json = /<script type="application\/json" id="dvc-i18n-catalogs"[^>]*>(.*)<\/script>/su.exec(
    html,
  )?.[1];
  if (!json) throw new Error(`no catalog block in ${html}`);
  return JSON.parse(json) as CatalogPayload;
}

describe('the catalogs a page ships', () => {
  it("ships of the portal's strings only the groups the page read, with titles and errors", () => {
    const payload = payloadOf(createElement(Nav));
    expect(payload.locale).toBe('vi');
    expect(payload.partial).toEqual(['portal']);
    expect(Object.keys(payload.catalogs)).toEqual(['portal']);
    expect(Object.keys(payload.catalogs.portal ?? {}).sort()).toEqual(['errors', 'meta', 'nav']);
    // The groups go whole, exactly as in the catalog.
    expect(payload.catalogs.portal?.nav).toEqual(vi.portal?.nav);
    // Officers' and reports' strings stay on the server.
    expect(vi.portal?.officer).toBeDefined();
    expect(payload.catalogs.portal?.officer).toBeUndefined();
    expect(payload.catalogs.portal?.reports).toBeUndefined();
  });

  it('ships a component namespace whole once the page uses it, in the page language only', () => {
    const payload = payloadOf(
      createElement(Fragment, null, createElement(Nav), createElement(WithUi)),
      'en',
    );
    expect(payload.locale).toBe('en');
    expect(payload.catalogs.ui).toEqual((resources as unknown as Catalogs).en?.ui);
    expect(payload.partial).toEqual(['portal']);
    expect(JSON.stringify(payload)).not.toContain(
      (vi.portal?.nav as Record<string, string> | undefined)?.lookup ?? 'Tra cứu hồ sơ',
    );
  });

  it('cannot close its element, whatever the strings hold', () => {
    const i18n = trackNamespaces(createI18n({ lng: 'vi' }));
    const html = renderToString(createElement(PageCatalogs, { i18n, locale: 'vi' }));
    expect(html.match(/<\/script>/gu)).toHaveLength(1);
    expect(html.slice(html.indexOf('>') + 1, html.lastIndexOf('<'))).not.toMatch(/[<>]/u);
  });
});
