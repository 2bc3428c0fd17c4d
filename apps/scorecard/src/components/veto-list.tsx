import { useI18n } from '../i18n/index';
import { type Coded, labelOf } from '../lib/model-view';

/**
 * The vetoes (一票否决) a receipt's record has, by code and the model's label; nothing when it
 * has none.
 */
export function VetoList({
  titleId,
  vetoes,
  codes,
}: {
  /** The id of the list's title (one per receipt on a page). */
  readonly titleId: string;
  readonly vetoes: readonly string[];
  /** The model's veto codes for the record's kind, with their labels. */
  readonly codes: readonly Coded[];
}) {
  const i18n = useI18n();
  if (vetoes.length === 0) return null;
  return (
    <section class="card vetoes" aria-labelledby={titleId} data-testid="vetoes">
      <h3 id={titleId}>{i18n.t('result.vetoes')}</h3>
      <ul>
        {vetoes.map((code) => (
          <li key={code}>
            <span class="code">{code}</span> {i18n.label(labelOf(codes, code), code)}
          </li>
        ))}
      </ul>
    </section>
  );
}
