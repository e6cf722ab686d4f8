import type { ServiceDefinition, ServiceFact } from '../schema.js';
import { useFlowsTranslation } from './i18n.js';

/**
 * "(cần xác nhận lại với cơ quan giải quyết)" after a fact the definition lists as unverified,
 * so no page presents it as settled; nothing for a confirmed fact.
 */
export function UnverifiedMark({
  definition,
  fact,
}: {
  definition: ServiceDefinition;
  fact: ServiceFact;
}) {
  const { t } = useFlowsTranslation();
  if (!definition.unverified.some((u) => u.fact === fact)) return null;
  return <span className="dvc-flow-unverified"> ({t('templates.start.unverified')})</span>;
}
