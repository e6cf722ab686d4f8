import { useSyncExternalStore } from 'react';

function subscribe() {
  return () => undefined;
}

/**
 * False on the server and while hydrating server HTML, true once the browser runs the component.
 * Enhancements switch on with it, so the server HTML stays the working no-JavaScript version.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
