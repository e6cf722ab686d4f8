import type { ServiceDefinition } from '@dvc/flows';

/** Every service this package defines; the first real ones arrive with the flow engine. */
export const services: readonly ServiceDefinition[] = [];
