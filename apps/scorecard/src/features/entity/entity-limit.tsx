import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { EntityLimitReceipt, EntityRecord, Model } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, groupDecimal } from '../../lib/money';
import { roundingName, Yuan } from '../household/limit-derivation';
import { entityTypesOf } from './entity-model';

/** Props of {@link EntityLimitDerivation}. */
export interface EntityLimitDerivationProps {
  readonly receipt: EntityLimitReceipt;
  readonly grade: string;
  readonly record: EntityRecord;
  readonly model: Model;
}

/**
 * How an entity's limit came about (docs/model.md §12): base + coefficient × assets +
 * coefficient × max(surplus, 0) = raw; the cap of its type and grade; the smaller rounded; then
 * the split: at most the credit-only ceiling lent on credit alone (信用方式), the rest needing a
 * guarantee (需担保). Every figure is the core's, digit for digit.
 */
export function EntityLimitDerivation({
  receipt,
  grade,
  record,
  model,
}: EntityLimitDerivationProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { base, assetsTerm, surplusTerm, surplusCounted, raw, cap } = receipt;
  const type = i18n.label(labelOf(entityTypesOf(model), record.type), record.type);
  return (
    <section
      class="card limit"
      aria-labelledby="entity-limit-title"
      data-bound-by={receipt.boundBy}
      data-testid="entity-limit-derivation"
    >
      <h3 id="entity-limit-title">{t('limit.title')}</h3>
      {base === null ||
      assetsTerm === null ||
      surplusTerm === null ||
      surplusCounted === null ||
      raw === null ||
      cap === null ? (
        <p data-testid="entity-limit-none">
          {receipt.boundBy === 'veto'
            ? t('limit.none.veto')
            : t('entity.limit.noneGrade', { grade })}
        </p>
      ) : (
        <table class="table derivation">
          <tbody>
            <tr data-term="base">
              <th scope="row">{t('limit.base', { grade })}</th>
              <td class="op" />
              <td class="num">{formatMoney(base)}</td>
            </tr>
            <tr data-term="assets">
              <th scope="row">
                {t('entity.limit.assetsTerm', { coef: receipt.assetsCoefficient })}
                <span class="line-detail">
                  {receipt.assetsCoefficient} × {formatMoney(record.assets)} ={' '}
                  {groupDecimal(assetsTerm, 2)}
                </span>
              </th>
              <td class="op">+</td>
              <td class="num">
                <Yuan value={assetsTerm} />
              </td>
            </tr>
            <tr data-term="surplus">
              <th scope="row">
                {t('entity.limit.surplusTerm', { coef: receipt.surplusCoefficient })}
                <span class="line-detail">
                  {receipt.surplusCoefficient} × max({formatMoney(record.surplus)}, 0) ={' '}
                  {receipt.surplusCoefficient} × {formatMoney(surplusCounted)} ={' '}
                  {groupDecimal(surplusTerm, 2)}
                </span>
              </th>
              <td class="op">+</td>
              <td class="num">
                <Yuan value={surplusTerm} />
              </td>
            </tr>
            <tr
              data-term="raw"
              class={`total${receipt.boundBy === 'formula' ? ' is-binding' : ''}`}
            >
              <th scope="row">{t('limit.raw')}</th>
              <td class="op">=</td>
              <td class="num">
                <Yuan value={raw} />
              </td>
            </tr>
            <tr data-term="cap" class={receipt.boundBy === 'cap' ? 'is-binding' : undefined}>
              <th scope="row">{t('entity.limit.cap', { type, grade })}</th>
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
        <strong data-testid="entity-limit-final">
          <Money value={receipt.limit} />
        </strong>
      </p>
      <p class="limit-bound" data-testid="entity-limit-bound-by">
        {t('limit.boundBy', { term: t(`boundBy.${receipt.boundBy}`) })}
      </p>
      <table class="table derivation split" data-testid="entity-limit-split">
        <tbody>
          <tr data-term="creditOnly">
            <th scope="row">
              {t('entity.creditOnly')}
              <span class="line-detail">
                {t('entity.limit.creditOnlyRule', {
                  ceiling: formatMoney(receipt.creditOnlyCeiling),
                })}
              </span>
            </th>
            <td class="num">
              <Money value={receipt.creditOnly} />
            </td>
          </tr>
          <tr data-term="guaranteed">
            <th scope="row">
              {t('entity.guaranteed')}
              <span class="line-detail">{t('entity.limit.guaranteedRule')}</span>
            </th>
            <td class="num">
              <Money value={receipt.guaranteed} />
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
