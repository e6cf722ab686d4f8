/** The smallest shape of a service definition; the full schema grows with the flow engine. */
export interface ServiceDefinition {
  /** A stable identifier used in URLs, e.g. `dang-ky-khai-sinh`. */
  id: string;
  /** The definition's version; drafts record it. */
  version: number;
  /** The service's name in Vietnamese. */
  name: string;
}

/** Thrown when a service definition is broken, with a message that says where. */
export class ServiceDefinitionError extends Error {
  override name = 'ServiceDefinitionError';
}

/** Checks a definition at run time and returns it unchanged. */
export function defineService<T extends ServiceDefinition>(definition: T): T {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.id)) {
    throw new ServiceDefinitionError(
      `Service id "${definition.id}" must be lower-case words joined by "-"`,
    );
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new ServiceDefinitionError(
      `Service "${definition.id}": version must be a whole number from 1`,
    );
  }
  return definition;
}
