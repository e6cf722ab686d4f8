export { defineService, ServiceDefinitionError, type ServiceDefinition } from './define-service.js';
