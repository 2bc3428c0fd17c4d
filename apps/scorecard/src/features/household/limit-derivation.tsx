import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { MessageKey } from '../../i18n/zh';
import type { LimitReceipt } from '../../lib/core-adapter';
import { formatMoney, formatYuan, groupDecimal } from '../../lib/money';

/**
 * An amount of the derivation to the fen: an exact value with more decimals is shown rounded,
 * marked ≈, with the exact value read out beside it.
 */
function Yuan({ value }: { readonly value: string }) {
  const { t } = useI18n();
  const shown = formatYuan(value);
  if (shown.exact) return <span class="money">{shown.text}</span>;
  return (
    <span class="money" title={t('limit.exact', { exact: groupDecimal(value) })}>
      <span aria-hidden="true">≈ </span>
      {shown.text}
      <span class="visually-hidden">{` (${t('limit.exact', { exact: groupDecimal(value) })})`}</span>
    </span>
  );
}

/** Props of {@link LimitDerivation}. */
export interface LimitDerivationProps {
  readonly receipt: LimitReceipt;
  readonly grade: string;
  /** Gross key assets G and operating income, as the terms' inputs. */
  readonly gross: string;
  readonly operatingIncome: string;
}

/**
 * How the limit came about (docs/model.md §7): base + coefficient × G + coefficient × operating
 * income = raw; the cap; the smaller of the two rounded down to the step; and the term that
 * bound it. Every figure is the core's, shown digit for digit.
 */
export function LimitDerivation({ receipt, grade, gross, operatingIncome }: LimitDerivationProps) {
  const { t } = useI18n();
  const { base, grossAssetsTerm, operatingIncomeTerm, raw, cap } = receipt;
  const bound = t(`boundBy.${receipt.boundBy}`);
  return (
    <section class="card limit" aria-labelledby="limit-title" data-bound-by={receipt.boundBy}>
      <h3 id="limit-title">{t('limit.title')}</h3>
      {base === null ||
      grossAssetsTerm === null ||
      operatingIncomeTerm === null ||
      raw === null ||
      cap === null ? (
        <p data-testid="limit-none">
          {receipt.boundBy === 'veto' ? t('limit.none.veto') : t('limit.none.grade', { grade })}
        </p>
      ) : (
        <table class="table derivation">
          <tbody>
            <tr data-term="base">
              <th scope="row">{t('limit.base', { grade })}</th>
              <td class="op" />
              <td class="num">{formatMoney(base)}</td>
            </tr>
            <tr data-term="grossAssets">
              <th scope="row">
                {t('limit.grossTerm', { coef: receipt.grossAssetsCoefficient })}
                <span class="line-detail">
                  {receipt.grossAssetsCoefficient} × {formatMoney(gross)} ={' '}
                  {groupDecimal(grossAssetsTerm, 2)}
                </span>
              </th>
              <td class="op">+</td>
              <td class="num">
                <Yuan value={grossAssetsTerm} />
              </td>
            </tr>
            <tr data-term="operatingIncome">
              <th scope="row">
                {t('limit.incomeTerm', { coef: receipt.operatingIncomeCoefficient })}
                <span class="line-detail">
                  {receipt.operatingIncomeCoefficient} × {formatMoney(operatingIncome)} ={' '}
                  {groupDecimal(operatingIncomeTerm, 2)}
                </span>
              </th>
              <td class="op">+</td>
              <td class="num">
                <Yuan value={operatingIncomeTerm} />
              </td>
            </tr>
            <tr
              data-term="raw"
              class={`total${receipt.boundBy === 'formula' ? ' is-binding' : ''}`}
            >
              <th scope="row">
                {t('limit.raw')}
                {formatYuan(raw).exact ? null : (
                  <span class="line-detail">
                    {t('limit.exact', { exact: groupDecimal(raw, 2) })}
                  </span>
                )}
              </th>
              <td class="op">=</td>
              <td class="num">
                <Yuan value={raw} />
              </td>
            </tr>
            <tr data-term="cap" class={receipt.boundBy === 'cap' ? 'is-binding' : undefined}>
              <th scope="row">{t('limit.cap', { grade })}</th>
              <td class="op" />
              <td class="num">{formatMoney(cap)}</td>
            </tr>
            <tr data-term="rounding">
              <th scope="row" colSpan={3} class="muted">
                {t('limit.rounding', {
                  mode: roundingName(receipt.rounding.mode, t),
                  step: groupDecimal(receipt.rounding.step),
                })}
              </th>
            </tr>
          </tbody>
        </table>
      )}
      <p class="limit-final">
        <span>{t('limit.final')}</span>
        <strong data-testid="limit-final">
          <Money value={receipt.limit} />
        </strong>
      </p>
      <p class="limit-bound" data-testid="limit-bound-by">
        {t('limit.boundBy', { term: bound })}
      </p>
    </section>
  );
}

/** The name of a rounding mode (`down`, `halfUp`; another mode is named by its code). */
export function roundingName(
  mode: string,
  t: (key: MessageKey, params?: Record<string, string>) => string,
): string {
  if (mode === 'down') return t('rounding.down');
  if (mode === 'halfUp') return t('rounding.halfUp');
  return t('rounding.other', { mode });
}
