// One person's browser, as far as the load bench needs it: a cookie jar, an address of its own
// (X-Forwarded-For, trusted by a portal started with TRUST_PROXY=1, as in the e2e tests), no
// redirects followed (the bench reads each one), and the forms of a page read from its HTML.

/** Longest wait for one answer; a request still open then counts as lost, not as slow. */
export const requestTimeoutMs = 60_000;

/**
 * Requests sent again after the connection they went out on was reset before any answer: a
 * kept-alive connection the portal closed as it was being reused. Browsers send the request
 * again in that case (whatever its method), and so does the bench; counted, to be printed.
 */
export const resent = { count: 0 };

const resetCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
const isReset = (error) =>
  error instanceof TypeError &&
  error.cause instanceof Error &&
  'code' in error.cause &&
  resetCodes.has(String(error.cause.code));

/** A loopback client of its own: cookies, address. */
export function createClient(base, serial) {
  const cookies = new Map();
  const address = `10.77.${Math.floor(serial / 250) % 250}.${(serial % 250) + 1}`;
  return {
    address,
    /**
     * Sends a request with this client's cookies. `keepCookies: false` leaves the jar as it was
     * (a response the person never received). `signal` aborts it early (a lost connection).
     */
    async request(path, { keepCookies = true, signal, ...init } = {}) {
      const headers = new Headers(init.headers);
      headers.set('X-Forwarded-For', address);
      if (cookies.size) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      let response;
      for (let attempt = 1; !response; attempt++) {
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        try {
          response = await fetch(new URL(path, base), {
            ...init,
            headers,
            redirect: 'manual',
            signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
          });
        } catch (error) {
          // Each attempt may meet another stale connection of the pool: three at most.
          if (attempt >= 3 || signal?.aborted || !isReset(error)) throw error;
          resent.count += 1;
        }
      }
      if (keepCookies) {
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          const name = pair.slice(0, at).trim();
          const value = pair.slice(at + 1).trim();
          // Max-Age=0 (or an empty value) is the server removing the cookie.
          if (value === '' || /;\s*max-age=0\b/iu.test(line)) cookies.delete(name);
          else cookies.set(name, value);
        }
      }
      return response;
    },
  };
}

const decodeEntities = (text) =>
  text
    .replace(/&quot;/gu, '"')
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag);
  return match ? decodeEntities(match[1] ?? '') : undefined;
};

/**
 * The page's post form that sends to `path` (the page itself, as every flow page does), else
 * its first post form: where it posts, and its hidden fields (the CSRF token, a submission key).
 */
export function formOf(html, path) {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/giu)]
    .map((m) => m[0])
    .filter((form) => /\smethod="post"/iu.test(/<form\b[^>]*>/iu.exec(form)?.[0] ?? ''));
  const pick =
    forms.find((form) => attribute(/<form\b[^>]*>/iu.exec(form)?.[0] ?? '', 'action') === path) ??
    forms[0];
  if (!pick) return null;
  const open = /<form\b[^>]*>/iu.exec(pick)?.[0] ?? '';
  const hidden = [...pick.matchAll(/<input\b[^>]*>/giu)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'type') === 'hidden' && attribute(tag, 'name'))
    .map((tag) => [attribute(tag, 'name') ?? '', attribute(tag, 'value') ?? '']);
  return { action: attribute(open, 'action') ?? path, hidden };
}

/** The text of the page's error summary, to say why a post was refused. */
export function errorsOf(html) {
  const summary = /class="[^"]*dvc-error-summary[^"]*"[\s\S]*?<\/div>\s*<\/div>/u.exec(html);
  const text = (summary?.[0] ?? '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return decodeEntities(text) || '(no error summary on the page)';
}

/** The path of a redirect's Location, or null when the answer is not a redirect. */
export function redirectPath(response) {
  if (![301, 302, 303, 307, 308].includes(response.status)) return null;
  const location = response.headers.get('location');
  return location ? new URL(location, 'http://x').pathname : null;
}
