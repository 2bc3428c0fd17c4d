import { codeAndName, useGradeName } from '../../components/grade-badge';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type { ComparisonSection, Model } from '../../lib/core-adapter';
import { groupCount } from '../../lib/core-adapter';
import type { Sides } from './sides';

/**
 * The grade transition matrix of the core as a table: a row per grade before, a column per
 * grade after, households in both sides counted in the cells. Grades keep the core's order
 * (best first), so cells left of the diagonal are moves up and right of it moves down; the
 * shading only shows that order.
 */
export function TransitionMatrix({
  transitions,
  model,
  sides,
  idPrefix,
}: {
  readonly transitions: ComparisonSection['transitions'];
  readonly model: Model;
  readonly sides: Sides;
  readonly idPrefix: string;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const codes = Object.keys(transitions);
  const titleId = `${idPrefix}-matrix-title`;
  return (
    <section class="card" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('compare.matrix')}</h4>
      <ScrollArea label={t('compare.matrix')}>
        <table class="table matrix" data-testid="transition-matrix">
          <caption>
            {t('compare.matrixCaption', { before: sides.beforeShort, after: sides.afterShort })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {sides.beforeShort} ↓ · {sides.afterShort} →
              </th>
              {codes.map((code) => (
                <th scope="col" class="num" key={code} title={codeAndName(code, gradeName(code))}>
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((from, row) => (
              <tr key={from} data-from={from}>
                <th scope="row" title={codeAndName(from, gradeName(from))}>
                  {from}
                </th>
                {codes.map((to, column) => {
                  const count = transitions[from]?.[to] ?? 0;
                  const place = column === row ? 'is-same' : column < row ? 'is-up' : 'is-down';
                  return (
                    <td
                      key={to}
                      data-to={to}
                      class={`num ${place}${count === 0 ? ' is-zero' : ''}`}
                    >
                      {groupCount(count)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
