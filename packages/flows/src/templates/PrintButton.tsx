'use client';
import { Button } from '@dvc/ui';
import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/** A "print" button that exists only once JavaScript runs; without it, the browser's print works. */
export function PrintButton({ children }: { children: string }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <Button
      type="button"
      variant="secondary"
      className="dvc-flow-print-button"
      onClick={() => {
        window.print();
      }}
    >
      {children}
    </Button>
  );
}
