import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type {
  HouseholdExplanation,
  HouseholdResult,
  LineReceipt,
  Model,
} from '../../lib/core-adapter';
import { labelOf, structuresOf } from '../../lib/model-view';
import { compareDecimal, formatMoney, groupDecimal } from '../../lib/money';

/**
 * Every asset line with its value, then gross assets G, liabilities L and net assets N. With a
 * receipt, each line also shows its formula, inputs and exact value before rounding.
 */
export function AssetsTable({
  result,
  receipt,
  model,
}: {
  readonly result: HouseholdResult;
  readonly receipt?: HouseholdExplanation['assets'];
  readonly model: Model;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section class="card assets-card" aria-labelledby="assets-title">
      <h3 id="assets-title">{t('result.assets')}</h3>
      <table class="table assets">
        <thead>
          <tr>
            <th scope="col">{t('result.item')}</th>
            <th scope="col" class="num">
              {t('result.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.assets.lines.length === 0 ? (
            <tr>
              <td colSpan={2} class="muted">
                {t('result.noAssets')}
              </td>
            </tr>
          ) : null}
          {result.assets.lines.map((line, i) => {
            const detail = receipt?.lines[i];
            const structure = detail?.inputs.structure;
            const name = `${t(`asset.${line.item}`)}${line.index === undefined ? '' : ` ${line.index + 1}`}`;
            return (
              <tr key={`${line.item}-${line.index ?? ''}`} data-line={line.item}>
                <th scope="row">
                  {name}
                  {structure === undefined ? null : (
                    <span class="muted">
                      {t('result.structure', {
                        name: i18n.label(labelOf(structuresOf(model), structure), structure),
                      })}
                    </span>
                  )}
                  {detail === undefined ? null : <LineDetail line={detail} />}
                </th>
                <td class="num">
                  <Money value={line.value} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr class="total">
            <th scope="row">{t('result.gross')}</th>
            <td class="num" data-testid="gross">
              <Money value={result.assets.gross} />
            </td>
          </tr>
          <tr>
            <th scope="row">
              {t('result.liabilities')}
              {receipt === undefined ? null : (
                <span class="line-detail">
                  {t('result.liabilitiesDetail', {
                    bank: formatMoney(receipt.liabilities.bankLoans),
                    other: formatMoney(receipt.liabilities.other),
                  })}
                </span>
              )}
            </th>
            <td class="num" data-testid="liabilities">
              <Money value={result.assets.liabilities} />
            </td>
          </tr>
          <tr class="total">
            <th scope="row">{t('result.net')}</th>
            <td class="num" data-testid="net">
              <Money value={result.assets.net} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function LineDetail({ line }: { readonly line: LineReceipt }) {
  const { t } = useI18n();
  const inputs = Object.entries(line.inputs)
    .filter(([name]) => name !== 'structure')
    .map(([name, value]) => `${name} ${value}`)
    .join(' · ');
  return (
    <span class="line-detail">
      <span lang="en">{line.formula}</span>
      <br />
      <span lang="en">{inputs}</span>
      {!line.exact.endsWith('…') && compareDecimal(line.exact, line.value) === 0 ? null : (
        <>
          <br />
          {t('result.exact', { exact: groupDecimal(line.exact) })}
        </>
      )}
    </span>
  );
}
