import type { Kysely } from 'kysely';
import type { Database, Session } from '../db/schema.js';

/** What the session remembers of a submission: enough to show the confirmation again. */
export interface RememberedSubmission {
  code: string;
  submittedAt: string;
}

interface FlowSessionData {
  submissions?: Record<string, RememberedSubmission>;
  /** The last resume code shown for a service's draft (the draft keeps only its hash). */
  resumeCodes?: Record<string, string>;
}

function flowData(session: Session): FlowSessionData {
  const data = session.data as { flow?: FlowSessionData } | null;
  return data?.flow ?? {};
}

async function writeFlowData(
  db: Kysely<Database>,
  session: Session,
  next: FlowSessionData,
): Promise<void> {
  const data = { ...session.data, flow: next };
  await db
    .updateTable('sessions')
    .set({ data: JSON.stringify(data) })
    .where('id', '=', session.id)
    .execute();
  session.data = data;
}

/**
 * Remembers a submission on the session, so the confirmation page finds it without any
 * personal data (or the code) in its address.
 */
export async function rememberSubmission(
  db: Kysely<Database>,
  session: Session,
  serviceId: string,
  submission: RememberedSubmission,
): Promise<void> {
  const data = flowData(session);
  await writeFlowData(db, session, {
    ...data,
    submissions: { ...data.submissions, [serviceId]: submission },
  });
}

/** The submission this session made of a service, if any. */
export function rememberedSubmission(
  session: Session,
  serviceId: string,
): RememberedSubmission | undefined {
  const found = flowData(session).submissions?.[serviceId];
  return typeof found?.code === 'string' ? found : undefined;
}

/** Keeps a resume code for the "saved" page of this session (shown again on reload). */
export async function rememberResumeCode(
  db: Kysely<Database>,
  session: Session,
  serviceId: string,
  code: string | null,
): Promise<void> {
  const data = flowData(session);
  const resumeCodes = { ...data.resumeCodes };
  if (code) resumeCodes[serviceId] = code;
  else delete resumeCodes[serviceId];
  await writeFlowData(db, session, { ...data, resumeCodes });
}

/** The resume code this session was last shown for a service. */
export function rememberedResumeCode(session: Session, serviceId: string): string | undefined {
  const code = flowData(session).resumeCodes?.[serviceId];
  return typeof code === 'string' ? code : undefined;
}
