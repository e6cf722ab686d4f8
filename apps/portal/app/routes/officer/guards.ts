import { data } from 'react-router';

/**
 * The answer for an application that does not exist or belongs to another commune: the same
 * 404 either way, so a URL tells nobody whether an application is there.
 */
export function staffNotFound() {
  return data({ reason: 'staff-not-found' as const }, { status: 404, statusText: 'Not Found' });
}

/** An application id from the URL, or null when it is not a UUID. */
export function applicationIdParam(value: string | undefined): string | null {
  return value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u.test(value)
    ? value
    : null;
}
