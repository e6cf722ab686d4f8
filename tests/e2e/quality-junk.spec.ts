import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { crawlForms, type FoundForm } from './quality/crawl';
import {
  junkFiles,
  junkKinds,
  junkMarker,
  junkText,
  multipartBody,
  seededRandom,
} from './quality/junk';
import { scanDatabase, startOwnPortal, type OwnPortal } from './quality/own-portal';

// Every form the crawl finds gets junk; afterwards the portal's own database is read for it.
// One test on purpose: the database can only be read once the server has stopped.
test.describe.configure({ timeout: 480_000 });
test.use({ javaScriptEnabled: false });

const seed = Number(process.env.JUNK_SEED ?? 20_261_130);

type Value = string | { name: string; type: string; bytes: Buffer };
interface Case {
  label: string;
  fields: [string, Value][];
  /** An exact status the case must get, when one is the only right answer. */
  status?: number;
  /** A raw body and type, for requests no form would send. */
  raw?: { body: Buffer; contentType: string };
}

const csrfName = '_csrf';
/** Junk that must never come back unescaped in a page. */
const activeMarkup = ['<script>alert(1)</script>', '<img src=x onerror', '<svg/onload'];

function casesFor(form: FoundForm, token: string, random: () => number): Case[] {
  const named = form.fields.filter((f) => f.name !== csrfName);
  const files = named.filter((f) => f.type === 'file');
  const plain = named.filter((f) => f.type !== 'file');
  const withToken = (fields: [string, Value][]): [string, Value][] =>
    form.method === 'post' ? [[csrfName, token], ...fields] : fields;
  const cases: Case[] = junkKinds.map((kind) => ({
    label: kind,
    fields: withToken(plain.map((f) => [f.name, junkText(random, kind)])),
  }));
  cases.push(
    { label: 'fields missing', fields: withToken([]) },
    {
      label: 'fields duplicated',
      fields: withToken(
        plain.flatMap((f): [string, Value][] => [
          [f.name, junkText(random, 'html')],
          [f.name, junkText(random, 'wrong-type')],
        ]),
      ),
    },
    {
      label: 'unknown fields',
      fields: withToken([
        ...plain.map((f): [string, Value] => [f.name, f.value]),
        ['__proto__', junkText(random, 'html')],
        ['constructor', junkText(random, 'mixed')],
        [`${junkMarker}-field`, junkText(random, 'control')],
      ]),
    },
  );
  if (form.method === 'post') {
    const values = plain.map((f): [string, Value] => [f.name, junkText(random, 'decomposed')]);
    cases.push(
      { label: 'no CSRF token', fields: values, status: 403 },
      {
        label: 'wrong CSRF token',
        fields: [[csrfName, `${token.slice(0, -4)}AAAA`], ...values],
        status: 403,
      },
      { label: 'two CSRF tokens', fields: [[csrfName, 'gia-mao'], [csrfName, token], ...values] },
      {
        label: 'JSON instead of a form',
        fields: [],
        raw: {
          body: Buffer.from(JSON.stringify({ [csrfName]: token, x: junkText(random, 'html') })),
          contentType: 'application/json',
        },
      },
    );
    for (const file of junkFiles(random)) {
      for (const field of files) {
        cases.push({
          label: `file ${field.name}: ${file.name.slice(-4)} of ${file.bytes.length} bytes`,
          fields: withToken([
            ...plain.map((f): [string, Value] => [f.name, f.value]),
            [field.name, file],
          ]),
        });
      }
    }
  }
  return cases;
}

async function send(
  request: APIRequestContext,
  baseURL: string,
  form: FoundForm,
  item: Case,
): Promise<APIResponse> {
  const url = new URL(form.action, baseURL);
  const headers = {
    'X-Forwarded-For': `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  };
  if (form.method === 'get') {
    for (const [name, value] of item.fields) {
      if (typeof value === 'string') url.searchParams.append(name, value.slice(0, 4000));
    }
    return request.get(url.href, { headers, maxRedirects: 0 });
  }
  let body: Buffer;
  let contentType: string;
  if (item.raw) ({ body, contentType } = item.raw);
  else if (form.multipart || item.fields.some(([, v]) => typeof v !== 'string')) {
    ({ body, contentType } = multipartBody(item.fields));
  } else {
    const params = new URLSearchParams();
    for (const [name, value] of item.fields)
      if (typeof value === 'string') params.append(name, value);
    body = Buffer.from(params.toString());
    contentType = 'application/x-www-form-urlencoded';
  }
  return request.post(url.href, {
    data: body,
    headers: { ...headers, 'Content-Type': contentType },
    maxRedirects: 0,
  });
}

/** Posts 17 MB (over the server's 16 MB limit) and returns the status it answers with. */
function oversizedPost(url: URL, cookie: string): Promise<number> {
  const size = 17 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(size),
        Cookie: cookie,
      },
    });
    // A server that neither answers nor closes would otherwise hold the test to its timeout.
    req.setTimeout(60_000, () => {
      req.destroy(new Error('no answer to the oversized post within 60 s'));
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A pipe broken after the answer arrived is expected; before it, a failure.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(Buffer.alloc(size, 0x61));
  });
}

let portal: OwnPortal | undefined;

test.afterAll(async () => {
  await portal?.stop();
});

test(`every form refuses junk without a fault and keeps none of it (seed ${seed})`, async ({
  page,
}) => {
  // Each phase says when it ended, so that a run that stalls shows where.
  const started = Date.now();
  const at = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  portal = await startOwnPortal();
  const own = portal;
  console.log(`junk: own portal started (${at()})`);
  const { pages, forms } = await crawlForms(page, own.baseURL);
  console.log(`junk: crawled ${pages.length} pages, found ${forms.length} forms (${at()})`);
  expect(forms.some((f) => f.action === '/tra-cuu' && f.method === 'post')).toBe(true);
  const request = page.context().request;
  const random = seededRandom(seed);
  const faults: string[] = [];
  let sent = 0;
  for (const form of forms) {
    // A fresh token for the session the crawl is using.
    await page.goto(new URL(form.page, own.baseURL).href);
    const token = await page.evaluate(
      (name) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '',
      csrfName,
    );
    for (const item of casesFor(form, token, random)) {
      const where = `${form.method.toUpperCase()} ${form.action} (${item.label})`;
      const response = await send(request, own.baseURL, form, item);
      sent += 1;
      const status = response.status();
      const body = status >= 300 && status < 400 ? '' : await response.text();
      if (status >= 500) faults.push(`${where}: ${status}`);
      else if (item.status && status !== item.status)
        faults.push(`${where}: ${status}, not ${item.status}`);
      else if (form.method === 'post' && status >= 200 && status < 300) {
        // A page instead of a refusal: it must say what is wrong.
        if (!/role="alert"|aria-invalid="true"/u.test(body))
          faults.push(`${where}: ${status} with no message`);
      }
      for (const markup of activeMarkup) {
        if (body.includes(markup)) faults.push(`${where}: echoes ${markup} unescaped`);
      }
    }
  }
  // One request over the server's whole-body limit, once.
  const firstPost = forms.find((f) => f.method === 'post');
  if (firstPost) {
    // Raw HTTP: the server answers 413 from the headers and closes before the body is
    // through, which a client that insists on writing it all reports as a broken pipe.
    const cookie = (await page.context().cookies(own.baseURL))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const hugeStatus = await oversizedPost(new URL(firstPost.action, own.baseURL), cookie);
    sent += 1;
    if (hugeStatus !== 413) faults.push(`17 MB body to ${firstPost.action}: ${hugeStatus}`);
  }
  console.log(`junk: sent ${sent} requests (${at()})`);
  await own.stop();
  console.log(`junk: own portal stopped (${at()})`);
  const scan = await scanDatabase(own, junkMarker);
  portal = undefined;
  console.log(
    `junk: database after: ${scan.applications} applications, tainted ${JSON.stringify(scan.tainted)}`,
  );
  expect(faults).toEqual([]);
  expect(scan.tainted).toEqual({});
  expect(scan.applications).toBe(own.seededApplications);
});
