import { useRouteLoaderData } from 'react-router';
import { csrfFieldName } from '../server/csrf-field-name';

interface RootData {
  csrfToken?: string;
}

/** The hidden CSRF field every form that posts must contain (read from the root loader). */
export function CsrfField() {
  const data = useRouteLoaderData<RootData>('root');
  return <input type="hidden" name={csrfFieldName} value={data?.csrfToken ?? ''} />;
}
