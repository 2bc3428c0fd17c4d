import { useI18n } from '../../i18n/index';
import type { Bins } from '../../lib/core-adapter';
import { comparisonText } from '../../lib/rule-text';

/** A model's bins as a table: each condition and its points, then the points otherwise. */
export function BinsTable({
  title,
  bins,
  percent = false,
}: {
  readonly title: string;
  readonly bins: Bins;
  /** The bins bound a ratio: shown as percentages (`< 80%`). */
  readonly percent?: boolean;
}) {
  const { t } = useI18n();
  return (
    <table class="table compact">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('model.when')}</th>
          <th scope="col" class="num">
            {t('model.points')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bins.bins.map((bin) => (
          <tr key={`${bin.when}${bin.value}`}>
            <td>{comparisonText(bin.when, bin.value, percent)}</td>
            <td class="num">{bin.points}</td>
          </tr>
        ))}
        <tr>
          <td colSpan={2} class="muted">
            {t('model.otherwise', { points: bins.otherwise })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
