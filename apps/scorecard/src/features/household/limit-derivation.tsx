import { LimitDerivationCard } from '../../components/limit-derivation-card';
import { useI18n } from '../../i18n/index';
import type { LimitReceipt } from '../../lib/core-adapter';
import { formatMoney, formatYuan, groupDecimal } from '../../lib/money';

// The model page (features/model) reads the rounding's name from here.
export { roundingName } from '../../lib/rounding-name';

/** Props of {@link LimitDerivation}. */
export interface LimitDerivationProps {
  readonly receipt: LimitReceipt;
  readonly grade: string;
  /** Gross key assets G and operating income, as the terms' inputs. */
  readonly gross: string;
  readonly operatingIncome: string;
}

/**
 * How a household's limit came about (docs/model.md §7): base + coefficient × G + coefficient ×
 * operating income = raw; the cap; the smaller of the two rounded down to the step; and the
 * term that bound it. Every figure is the core's, shown digit for digit.
 */
export function LimitDerivation({ receipt, grade, gross, operatingIncome }: LimitDerivationProps) {
  const { t } = useI18n();
  const { base, grossAssetsTerm, operatingIncomeTerm, raw, cap } = receipt;
  const figures =
    base === null ||
    grossAssetsTerm === null ||
    operatingIncomeTerm === null ||
    raw === null ||
    cap === null
      ? null
      : {
          base,
          terms: [
            {
              term: 'grossAssets',
              label: t('limit.grossTerm', { coef: receipt.grossAssetsCoefficient }),
              detail: (
                <>
                  {receipt.grossAssetsCoefficient} × {formatMoney(gross)} ={' '}
                  {groupDecimal(grossAssetsTerm, 2)}
                </>
              ),
              value: grossAssetsTerm,
            },
            {
              term: 'operatingIncome',
              label: t('limit.incomeTerm', { coef: receipt.operatingIncomeCoefficient }),
              detail: (
                <>
                  {receipt.operatingIncomeCoefficient} × {formatMoney(operatingIncome)} ={' '}
                  {groupDecimal(operatingIncomeTerm, 2)}
                </>
              ),
              value: operatingIncomeTerm,
            },
          ],
          raw,
          rawDetail: formatYuan(raw).exact ? null : (
            <span class="line-detail">{t('limit.exact', { exact: groupDecimal(raw, 2) })}</span>
          ),
          cap,
          capLabel: t('limit.cap', { grade }),
        };
  return (
    <LimitDerivationCard
      receipt={receipt}
      grade={grade}
      figures={figures}
      noneGradeText={t('limit.none.grade', { grade })}
      idPrefix=""
    />
  );
}
