import { forwardRef } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { Tag, type TagProps } from '../tag/Tag.js';
import { StatusIcon } from './StatusIcon.js';
import { findApplicationStatus, type ApplicationStatusId } from './statuses.js';

export interface StatusTagProps extends Omit<TagProps, 'variant' | 'icon' | 'children'> {
  /** The application status, by stable id (`'received'`) or by its number (1 to 10). */
  status: ApplicationStatusId | number;
  /** Overrides the catalog label of the status for this instance. */
  label?: string;
}

/** The status of an application as a tag with text, colour and an icon, never colour alone. */
export const StatusTag = forwardRef<HTMLElement, StatusTagProps>(function StatusTag(
  { status, label, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const found = findApplicationStatus(status);
  if (!found) throw new RangeError(`Unknown application status: ${String(status)}`);
  return (
    <Tag
      ref={ref}
      variant={found.tone}
      icon={<StatusIcon tone={found.tone} />}
      className={['dvc-status-tag', className].filter(Boolean).join(' ')}
      data-status={found.id}
      {...rest}
    >
      {label ?? t(`statusTag.${found.id}`)}
    </Tag>
  );
});
