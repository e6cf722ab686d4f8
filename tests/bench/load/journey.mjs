// One client's whole birth registration with plain HTTP form posts, as a browser without
// JavaScript sends them: the start page, each question page (GET, then its answers POSTed with
// the CSRF token read from the form), check answers, the declaration, and the submit. Some
// clients send the submit twice: two at once (a double click), or again after the first
// answer was lost (the connection dropped while the portal worked on it).
import { createClient, errorsOf, formOf, redirectPath } from './http.mjs';

/** How a client sends the final submit. */
export const submitKinds = ['once', 'double-click', 'once', 'retry-after-lost-answer'];

const codePattern = /HS-\d{4}-[0-9A-Z]{10}/u;
const fixedPages = { checkAnswers: 'kiem-tra', declaration: 'cam-doan', confirmation: 'da-nop' };

/**
 * The bounds shared by every client. A journey starts only while there is time
 * (`startUntil`) and only if its most requests still fit under `maxRequests`: it reserves
 * them, so the count is never passed, and gives back what it did not use. A journey under way
 * goes on after `startUntil` (so it ends with a submit, not cut short) until `stopAt`, the
 * hard end, after which it sends nothing more; a submit that started is finished (its retry
 * and its confirmation page are never cut off; each request waits at most a minute).
 */
export function createBudget({ maxRequests, startUntil, stopAt }) {
  /** Requests sent, and requests held by the journeys under way. */
  let spent = 0;
  let reserved = 0;
  const waiting = [];
  return {
    /**
     * The allowance of a new journey of at most `most` requests, or null: no more journeys.
     * When only the journeys under way keep it from fitting, waits for one of them to end.
     */
    async journey(most) {
      for (;;) {
        if (performance.now() >= startUntil || spent + most > maxRequests) return null;
        if (spent + reserved + most <= maxRequests) break;
        await new Promise((wake) => waiting.push(wake));
      }
      reserved += most;
      let left = most;
      return {
        take(n) {
          if (performance.now() >= stopAt || n > left) return false;
          left -= n;
          reserved -= n;
          spent += n;
          return true;
        },
        release() {
          reserved -= left;
          left = 0;
          for (const wake of waiting.splice(0)) wake();
        },
      };
    },
  };
}

/** The most requests one journey sends: the start, each page twice (and a redirect or two). */
export function mostRequests(answers) {
  return 1 + 2 * (Object.keys(answers.steps).length + 2) + 2 + 1 + 2 + 1;
}

/** Timings (ms) and statuses per request kind. */
export function createMeter({ windowEnd = Infinity } = {}) {
  /** Requests answered before `windowEnd` (while every client was busy). */
  let inWindow = 0;
  const kinds = {
    page: { label: 'question page (GET)', ms: [], statuses: new Map() },
    answer: { label: 'answer (POST)', ms: [], statuses: new Map() },
    submit: { label: 'submit (POST)', ms: [], statuses: new Map() },
    other: { label: 'other pages (GET/POST)', ms: [], statuses: new Map() },
  };
  return {
    kinds,
    get inWindow() {
      return inWindow;
    },
    /** Sends one request and records its time and status under `kind`. */
    async time(kind, send) {
      const t = performance.now();
      let response, body;
      try {
        response = await send();
        body = await response.text();
      } catch (error) {
        this.lost(kind, whyLost(error));
        throw error;
      }
      const entry = kinds[kind];
      entry.ms.push(performance.now() - t);
      entry.statuses.set(response.status, (entry.statuses.get(response.status) ?? 0) + 1);
      if (performance.now() < windowEnd) inWindow += 1;
      return { response, body };
    },
    /** A request that got no answer (aborted on purpose, timed out, connection refused). */
    lost(kind, why) {
      const entry = kinds[kind];
      const key = `no answer (${why})`;
      entry.statuses.set(key, (entry.statuses.get(key) ?? 0) + 1);
    },
  };
}

/** Why a request got no answer: the error, and its cause (fetch puts the socket's there). */
function whyLost(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String(cause.code) : cause?.message;
  return code ? `${error.name}: ${code}` : error.name;
}

const lastSegment = (path) => decodeURIComponent(path.split('/').at(-1) ?? '');

/** A step's answers as the form sends them: multipart when a file is among them. */
function bodyOf(hidden, fields) {
  const hasFile = fields.some(([, v]) => typeof v === 'object' && v !== null && 'file' in v);
  if (!hasFile) {
    const body = new URLSearchParams(hidden);
    for (const [name, value] of fields) {
      if (typeof value === 'string') body.append(name, value);
      else body.append(name, value.option);
    }
    return { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
  }
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of fields) {
    if (typeof value === 'string') body.append(name, value);
    else if ('file' in value)
      body.append(
        name,
        new Blob([value.file.buffer], { type: value.file.mimeType }),
        value.file.name,
      );
    else body.append(name, value.option);
  }
  return { body, headers: {} };
}

/**
 * Walks the service for one client; returns what happened to it. Outcomes: `acknowledged`
 * (the submit was answered with the redirect to the confirmation, which shows the code),
 * `not-acknowledged` (a submit was sent, no acknowledgement came back: `why` says what did),
 * `unfinished` (the bounds stopped it before the submit), `refused` (a page refused its
 * answers: the plan no longer fits the service) and `failed` (an error answer or a lost
 * connection before the submit).
 */
export async function runJourney({ base, slug, answers, serial, allowance, meter }) {
  const client = createClient(base, serial);
  const submitKind = submitKinds[serial % submitKinds.length] ?? 'once';
  const record = {
    serial,
    idNumber: answers.idNumber,
    submitKind,
    outcome: 'unfinished',
    why: '',
    code: null,
    submissionKey: null,
    submitAnswers: [],
  };
  const prefix = `/dich-vu/${slug}`;
  try {
    if (!allowance.take(1)) return record;
    const start = await meter.time('other', () => client.request(prefix));
    const first = new RegExp(
      `<a\\b[^>]*href="(${prefix}/[^"?#]+)"[^>]*dvc-flow-start__button`,
      'u',
    ).exec(start.body)?.[1];
    if (!first) throw new Error(`no start link on ${prefix} (status ${start.response.status})`);
    let path = first;
    // Question pages until check answers; the engine decides the order.
    for (let pages = 0; lastSegment(path) !== fixedPages.checkAnswers; pages++) {
      if (pages > 60) throw new Error('more than 60 pages: the flow goes round in circles');
      if (!allowance.take(1)) return record;
      const page = await meter.time('page', () => client.request(path));
      const moved = redirectPath(page.response);
      if (moved) {
        path = moved;
        continue;
      }
      if (page.response.status !== 200) throw new Error(`${path} answered ${page.response.status}`);
      const step = lastSegment(path);
      const fields = answers.steps[step];
      if (!fields) throw new Error(`the plan has no answers for page "${step}"`);
      const form = formOf(page.body, path);
      if (!form) throw new Error(`no form on page "${step}"`);
      if (!allowance.take(1)) return record;
      const { body, headers } = bodyOf(form.hidden, fields);
      const answer = await meter.time('answer', () =>
        client.request(form.action, { method: 'POST', body, headers }),
      );
      const next = redirectPath(answer.response);
      if (!next) {
        record.outcome = 'refused';
        record.why = `page "${step}" answered ${answer.response.status}: ${errorsOf(answer.body)}`;
        return record;
      }
      path = next;
    }
    // Check answers: the page, then its "confirm and continue".
    if (!allowance.take(2)) return record;
    const check = await meter.time('other', () => client.request(path));
    const checkForm = formOf(check.body, path);
    if (check.response.status !== 200 || !checkForm)
      throw new Error(`check answers answered ${check.response.status}`);
    const confirmed = await meter.time('other', () =>
      client.request(checkForm.action, {
        method: 'POST',
        body: new URLSearchParams(checkForm.hidden),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    );
    path = redirectPath(confirmed.response) ?? '';
    if (lastSegment(path) !== fixedPages.declaration)
      throw new Error(`check answers sent to "${path}" (${confirmed.response.status})`);
    // The declaration: its consents ticked, then the submit.
    if (!allowance.take(1)) return record;
    const declaration = await meter.time('other', () => client.request(path));
    const form = formOf(declaration.body, path);
    if (declaration.response.status !== 200 || !form)
      throw new Error(`the declaration answered ${declaration.response.status}`);
    const body = new URLSearchParams(form.hidden);
    record.submissionKey = body.get('submissionKey');
    for (const purpose of answers.consents) {
      const box = new RegExp(
        `<input\\b(?=[^>]*type="checkbox")(?=[^>]*value="${purpose}")[^>]*name="([^"]+)"`,
        'u',
      ).exec(declaration.body);
      if (!box) throw new Error(`no consent box for "${purpose}" on the declaration`);
      body.append(box[1] ?? '', purpose);
    }
    const sends = submitKind === 'once' ? 1 : 2;
    if (!allowance.take(sends + 1)) return record;
    await submit(client, meter, form.action, body.toString(), submitKind, serial, record);
    if (record.outcome === 'not-acknowledged') return record;
    // Acknowledged only when the confirmation it sent to shows the application's code.
    const done = await meter.time('other', () =>
      client.request(`${prefix}/${fixedPages.confirmation}`),
    );
    const code = codePattern.exec(done.body)?.[0];
    if (done.response.status === 200 && code) {
      record.outcome = 'acknowledged';
      record.code = code;
    } else {
      record.outcome = 'not-acknowledged';
      record.why = `the confirmation answered ${done.response.status} without an application code`;
    }
    return record;
  } catch (error) {
    // A submit already sent may have been stored: that one is not acknowledged, not failed.
    record.outcome = record.submitAnswers.length > 0 ? 'not-acknowledged' : 'failed';
    record.why = `${whyLost(error)}${error instanceof Error ? ` (${error.message})` : ''}`;
    return record;
  }
}

/**
 * The submit, sent once or twice. Records what each send was answered: `confirmation` (the
 * redirect to the confirmation page), another status, or `lost` (no answer). The client is
 * acknowledged later only if a send that it received answered `confirmation`.
 */
async function submit(client, meter, action, body, kind, serial, record) {
  const post = (extra = {}) =>
    client.request(action, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      ...extra,
    });
  const answered = (response) =>
    lastSegment(redirectPath(response) ?? '') === fixedPages.confirmation
      ? 'confirmation'
      : String(response.status);
  const sendTimed = async () => {
    try {
      const { response } = await meter.time('submit', () => post());
      return answered(response);
    } catch (error) {
      return `lost (${whyLost(error)})`;
    }
  };
  if (kind === 'double-click') {
    record.submitAnswers = await Promise.all([sendTimed(), sendTimed()]);
  } else if (kind === 'retry-after-lost-answer') {
    // The first send's answer never reaches the person: the connection drops after a few ms
    // (the portal may or may not have stored it by then), so its cookies never arrive either.
    const drop = new AbortController();
    const timer = setTimeout(() => drop.abort(), 2 + (serial % 7) * 6);
    let first;
    try {
      const response = await post({ signal: drop.signal, keepCookies: false });
      await response.arrayBuffer().catch(() => undefined);
      first = `lost (answer ${response.status} dropped)`;
    } catch (error) {
      first = `lost (${whyLost(error)})`;
    } finally {
      clearTimeout(timer);
    }
    meter.lost('submit', 'dropped on purpose');
    record.submitAnswers = [first, await sendTimed()];
  } else {
    record.submitAnswers = [await sendTimed()];
  }
  if (!record.submitAnswers.includes('confirmation')) {
    record.outcome = 'not-acknowledged';
    record.why = `the submit was answered: ${record.submitAnswers.join(', ')}`;
  }
}
