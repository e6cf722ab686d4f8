import { BackLink } from '@dvc/ui';
import type { Stop } from '../schema.js';
import { useFlowsTranslation } from './i18n.js';

export interface StopPageProps {
  /** What the eligibility answer leads to (`Step.stop` from the engine). */
  stop: Stop;
  /** Where "Quay lại" goes: the eligibility question, to change the answer. */
  backHref: string;
}

/**
 * The page an eligibility answer stops at: why this service is not the right one, and where to
 * go instead, from the definition. No form: the person goes back to change the answer or leaves.
 */
export function StopPage({ stop, backHref }: StopPageProps) {
  const { locale } = useFlowsTranslation();
  return (
    <div className="dvc-flow dvc-flow-stop">
      <BackLink href={backHref} />
      <h1 className="dvc-flow-title">{stop.title[locale]}</h1>
      <p className="dvc-flow-lead">{stop.body[locale]}</p>
      {stop.link && (
        <p>
          <a href={stop.link.href}>{stop.link.text[locale]}</a>
        </p>
      )}
    </div>
  );
}
