'use client';
import { TimeoutWarning } from '@dvc/ui';
import { useState } from 'react';
import { useFlowsTranslation } from './i18n.js';

export interface SessionTimeoutProps {
  /** When the session ends (from the server's session), as a Date or a millisecond timestamp. */
  expiresAt: Date | number;
  /** The URL "Tiếp tục" POSTs to, to extend the session; it may answer `{ "expiresAt": ms or ISO }`. */
  extendUrl: string;
  /** Where "Đăng xuất" goes; the draft is kept either way. */
  signOutHref: string;
  /** The session length in seconds, used when the extend answer does not say when it ends. */
  sessionSeconds?: number;
  /** Headers sent with the extend request, e.g. the CSRF token. */
  headers?: Record<string, string>;
  /** Where to go when time runs out (e.g. "your session ended, your draft is saved"). */
  timeoutHref?: string;
  /** How many seconds before the end the warning opens. */
  warnBeforeSeconds?: number;
}

/**
 * The session timeout warning of a flow: @dvc/ui's TimeoutWarning on the session's expiry.
 * "Tiếp tục" POSTs to `extendUrl` and restarts the count from the server's answer; "Đăng xuất"
 * is a link. The body tells the person the draft is saved. Renders nothing on the server.
 */
export function SessionTimeout({
  expiresAt,
  extendUrl,
  signOutHref,
  sessionSeconds = 20 * 60,
  headers = {},
  timeoutHref,
  warnBeforeSeconds,
}: SessionTimeoutProps) {
  const { t } = useFlowsTranslation();
  const [expiry, setExpiry] = useState<Date | number>(expiresAt);
  async function extend() {
    const response = await fetch(extendUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...headers },
    });
    if (!response.ok) throw new Error(`extend failed: ${String(response.status)}`);
    let next: number | undefined;
    try {
      const body = (await response.json()) as { expiresAt?: unknown };
      const value = body.expiresAt;
      const ms =
        typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isFinite(ms)) next = ms;
    } catch {
      // An empty answer is fine: the session was extended by its usual length.
    }
    setExpiry(next ?? Date.now() + sessionSeconds * 1000);
  }
  return (
    <TimeoutWarning
      expiresAt={expiry}
      onContinue={extend}
      signOutHref={signOutHref}
      body={t('templates.session.body')}
      {...(warnBeforeSeconds !== undefined ? { warnBeforeSeconds } : {})}
      {...(timeoutHref
        ? {
            onTimeout: () => {
              window.location.assign(timeoutHref);
            },
          }
        : {})}
    />
  );
}
