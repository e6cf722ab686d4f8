import { data } from 'react-router';

/** Any address no other route claims: a 404 that the root error boundary renders. */
export function loader() {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  throw data({ reason: 'not-found' as const }, { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}
