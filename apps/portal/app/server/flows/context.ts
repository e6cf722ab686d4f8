import {
  firstIncompleteStep,
  type Answers,
  type FieldError,
  type ServiceDefinition,
  type Step,
} from '@dvc/flows';
import { data, type RouterContextProvider } from 'react-router';
import { getDb } from '../db/index.js';
import type { DraftOwner } from '../drafts/drafts.js';
import { issueResumeCode, resumeDraft } from '../drafts/drafts.js';
import { getRequestState, type RequestState } from '../request-context.js';
import { parseCookies, serializeCookie } from '../security/session.js';
import { flowPaths, serviceBySlug, startHref, stepHref } from './catalog.js';
import { openFlow, type OpenFlow } from './store.js';

export interface FlowContext {
  request: RequestState;
  definition: ServiceDefinition;
  db: Awaited<ReturnType<typeof getDb>>;
  owner: DraftOwner;
  flow: OpenFlow;
  now: Date;
}

/** A 404 the root error boundary renders, for a service or page that does not exist. */
export function notFound() {
  return data({ reason: 'not-found' as const }, { status: 404, statusText: 'Not Found' });
}

/** The cookie that keeps a person's unfinished draft of a service on this device. */
export function draftCookieName(serviceId: string): string {
  return `dvc_draft_${serviceId}`;
}

/**
 * The service, its owner's flow (draft + prefill) and the request, for a flow route. Given the
 * request, a person without an account whose session ended (timed out) gets their draft back
 * from this device's draft cookie: expiry keeps the draft.
 */
export async function loadFlowContext(
  context: Readonly<RouterContextProvider>,
  slug: string | undefined,
  httpRequest?: Request,
): Promise<FlowContext> {
  const request = getRequestState(context);
  const definition = serviceBySlug(slug);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!definition) throw notFound();
  const db = await getDb();
  const owner: DraftOwner = {
    sessionId: request.session.id,
    citizenProfileId: request.session.citizen_profile_id,
  };
  const now = new Date();
  let flow = await openFlow(db, definition, owner, now);
  const deviceCode = httpRequest
    ? parseCookies(httpRequest.headers.get('cookie')).get(draftCookieName(definition.id))
    : undefined;
  if (!flow.row && !owner.citizenProfileId && deviceCode) {
    if (await resumeDraft(db, deviceCode, owner, now)) {
      flow = await openFlow(db, definition, owner, now);
    }
  }
  return { request, definition, db, owner, flow, now };
}

/**
 * Keeps a person's draft on this device (a person without an account): the draft gets a new
 * resume code, kept in an HttpOnly cookie, which brings the draft back after the session ends.
 * `code` is a code just issued (shown on the "saved" page); otherwise one is issued.
 */
export async function keepDraftOnDevice(ctx: FlowContext, code?: string | null): Promise<void> {
  if (ctx.owner.citizenProfileId) return;
  const fresh = await openFlow(ctx.db, ctx.definition, ctx.owner, ctx.now);
  if (!fresh.row) return;
  const value = code ?? (await issueResumeCode(ctx.db, fresh.row.id, ctx.owner));
  if (!value) return;
  ctx.request.cookies.push(
    serializeCookie(draftCookieName(ctx.definition.id), value, {
      secure: ctx.request.secure,
      maxAge: Math.floor((new Date(fresh.row.expires_at).getTime() - ctx.now.getTime()) / 1000),
    }),
  );
}

/** The address of an engine step. */
export function hrefOfStep(definition: ServiceDefinition, step: Step): string {
  switch (step.kind) {
    case 'start':
      return startHref(definition);
    case 'check-answers':
      return stepHref(definition, flowPaths.checkAnswers);
    case 'stop':
      return stepHref(definition, flowPaths.stop);
    default:
      return stepHref(definition, step.id);
  }
}

/** Where a person continues the flow: the first step that still needs them. */
export function resumeHref(ctx: FlowContext): string {
  return hrefOfStep(
    ctx.definition,
    firstIncompleteStep(ctx.definition, ctx.flow.state.answers, {
      unconfirmed: ctx.flow.state.unconfirmed,
      today: ctx.now,
    }),
  );
}

/** What a refused step post left for the page render of the same request. */
export interface RefusedPost {
  stepId: string;
  answers: Answers;
  errors: FieldError[];
  /** The old-address look-up done for this post, if any. */
  lookup?: { question: string; found: { code: string; provinceCode: string } | undefined };
}

const refusedPosts = new WeakMap<object, RefusedPost>();

/**
 * Hands a refused post from the action to the loader of the same request (they share the
 * request's context), so the page is rendered - on the server and again in the browser after
 * hydration - from what was typed, not from the saved draft.
 */
export function keepRefusedPost(context: object, refused: RefusedPost): void {
  refusedPosts.set(context, refused);
}

/** The refused post of this request, if its action refused one for this step. */
export function refusedPostOf(context: object, stepId: string): RefusedPost | undefined {
  const refused = refusedPosts.get(context);
  return refused?.stepId === stepId ? refused : undefined;
}
