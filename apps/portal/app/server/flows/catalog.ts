import type { ServiceDefinition } from '@dvc/flows';
import { services } from '@dvc/services';

/**
 * The addresses of a flow's own pages, beside the definition's page ids. They are Vietnamese
 * words no definition uses as a page id (checked at load, below).
 */
export const flowPaths = {
  checkAnswers: 'kiem-tra',
  declaration: 'cam-doan',
  confirmation: 'da-nop',
  stop: 'khong-the-tiep-tuc',
  saved: 'da-luu',
} as const;

const reserved = new Set<string>(Object.values(flowPaths));
for (const service of services) {
  for (const id of [...service.pages.map((p) => p.id), ...service.eligibility.map((q) => q.id)]) {
    if (reserved.has(id)) {
      throw new Error(`Service "${service.id}": page id "${id}" is reserved by the portal`);
    }
  }
}

/** The service a `/dich-vu/:slug` address names (the slug is the definition's id). */
export function serviceBySlug(slug: string | undefined): ServiceDefinition | undefined {
  return services.find((s) => s.id === slug);
}

/** Every service the portal offers. */
export function allServices(): readonly ServiceDefinition[] {
  return services;
}

/** The address of a step of a service: a page id, or one of `flowPaths`. */
export function stepHref(definition: ServiceDefinition, step: string): string {
  return `/dich-vu/${definition.id}/${step}`;
}

/** The start page of a service. */
export function startHref(definition: ServiceDefinition): string {
  return `/dich-vu/${definition.id}`;
}

/** The first step a person sees after "Bắt đầu": the first eligibility question or page. */
export function firstStepId(definition: ServiceDefinition): string {
  const first = definition.eligibility[0]?.id ?? definition.pages[0]?.id;
  if (!first) throw new Error(`Service "${definition.id}" has no steps`);
  return first;
}
