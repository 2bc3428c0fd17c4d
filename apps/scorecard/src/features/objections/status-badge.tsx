import { useI18n } from '../../i18n/index';
import type { ObjectionStatus } from './objections-core';

/** An objection's status as the core reports it, in the clerk's words, coloured by kind. */
export function StatusBadge({ status }: { readonly status: ObjectionStatus }) {
  const { t } = useI18n();
  return (
    <span class={`status status-${status}`} data-status={status}>
      {t(`objections.status.${status}`)}
    </span>
  );
}
