/**
 * Finds every form of the portal by following its links from the home page (JavaScript off:
 * what the server sends), so a new page's form is covered without editing a test.
 */
import type { Page } from '@playwright/test';

export interface FoundField {
  name: string;
  /** input type, or select / textarea. */
  type: string;
  value: string;
}

export interface FoundForm {
  /** Where the form was found (a path). */
  page: string;
  method: 'get' | 'post';
  /** The path the form posts to. */
  action: string;
  multipart: boolean;
  fields: FoundField[];
}

/** Paths never followed: signing out would end the crawl's session. */
const skipped = [/^\/dang-xuat/u, /^\/assets\//u];

export async function crawlForms(
  page: Page,
  baseURL: string,
  { maxPages = 60 }: { maxPages?: number } = {},
): Promise<{ pages: string[]; forms: FoundForm[] }> {
  const origin = new URL(baseURL).origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const visited: string[] = [];
  const forms = new Map<string, FoundForm>();
  while (queue.length && visited.length < maxPages) {
    const path = queue.shift() ?? '/';
    const response = await page.goto(new URL(path, origin).href);
    if (!response || response.status() >= 400) continue;
    visited.push(path);
    const found = await page.evaluate(() => {
      const links = [...document.querySelectorAll('a[href]')].map(
        (a) => (a as HTMLAnchorElement).href,
      );
      const formList = [...document.querySelectorAll('form')].map((form) => ({
        method: (form.getAttribute('method') ?? 'get').toLowerCase(),
        action: form.action,
        multipart: form.enctype === 'multipart/form-data',
        fields: [...form.elements]
          .filter(
            (el): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
              'name' in el && Boolean((el as HTMLInputElement).name),
          )
          .map((el) => ({
            name: el.name,
            type: el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
            value: el.value,
          })),
      }));
      return { links, forms: formList };
    });
    for (const href of found.links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      // The language switch is a link too: ?lang= is kept only for the home page.
      url.searchParams.delete('lang');
      const next = url.pathname + url.search;
      if (seen.has(next) || skipped.some((re) => re.test(url.pathname))) continue;
      seen.add(next);
      queue.push(next);
    }
    for (const form of found.forms) {
      const action = new URL(form.action).pathname;
      const names = [...new Set(form.fields.map((f) => f.name))].sort().join(',');
      const key = `${form.method} ${action} ${names}`;
      if (forms.has(key)) continue;
      forms.set(key, {
        page: path,
        method: form.method === 'post' ? 'post' : 'get',
        action,
        multipart: form.multipart,
        fields: form.fields,
      });
    }
  }
  return { pages: visited, forms: [...forms.values()] };
}
