/** Parses server HTML into a detached element of the current document, for tests that read it without JavaScript. */
export function parseHtml(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}
