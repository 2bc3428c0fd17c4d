import { LimitDerivationCard } from '../../components/limit-derivation-card';
import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { EntityLimitReceipt, EntityRecord, Model } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, groupDecimal } from '../../lib/money';
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
  const figures =
    base === null ||
    assetsTerm === null ||
    surplusTerm === null ||
    surplusCounted === null ||
    raw === null ||
    cap === null
      ? null
      : {
          base,
          terms: [
            {
              term: 'assets',
              label: t('entity.limit.assetsTerm', { coef: receipt.assetsCoefficient }),
              detail: (
                <>
                  {receipt.assetsCoefficient} × {formatMoney(record.assets)} ={' '}
                  {groupDecimal(assetsTerm, 2)}
                </>
              ),
              value: assetsTerm,
            },
            {
              term: 'surplus',
              label: t('entity.limit.surplusTerm', { coef: receipt.surplusCoefficient }),
              detail: (
                <>
                  {receipt.surplusCoefficient} × max({formatMoney(record.surplus)}, 0) ={' '}
                  {receipt.surplusCoefficient} × {formatMoney(surplusCounted)} ={' '}
                  {groupDecimal(surplusTerm, 2)}
                </>
              ),
              value: surplusTerm,
            },
          ],
          raw,
          cap,
          capLabel: t('entity.limit.cap', { type, grade }),
        };
  return (
    <LimitDerivationCard
      receipt={receipt}
      grade={grade}
      figures={figures}
      noneGradeText={t('entity.limit.noneGrade', { grade })}
      idPrefix="entity-"
      testId="entity-limit-derivation"
    >
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
    </LimitDerivationCard>
  );
}
