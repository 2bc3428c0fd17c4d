import { Money } from '../../components/money';
import { isMessageKey, useI18n } from '../../i18n/index';
import type { MessageKey } from '../../i18n/zh';
import type {
  HouseholdExplanation,
  HouseholdResult,
  LineReceipt,
  Model,
} from '../../lib/core-adapter';
import { livestockUnit } from '../../lib/core-adapter';
import { labelOf, speciesOf, structuresOf } from '../../lib/model-view';
import { compareDecimal, formatMoney, formatPercent, groupDecimal } from '../../lib/money';

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
                  {detail === undefined ? null : (
                    <LineDetail line={detail} item={line.item} model={model} />
                  )}
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

/** Inputs whose values are ratios, shown as percentages. */
const RATES = new Set(['residual', 'haircut', 'depositsRate', 'collectiveSharesRate']);

/** Inputs whose values are amounts of yuan. */
const AMOUNTS = new Set([
  'unitCost',
  'price',
  'rentPerMu',
  'forestValuePerMu',
  'deposits',
  'collectiveShares',
]);

/**
 * How an asset line came about, in words: its formula (`面积 × 单位造价 × 成新率`), the
 * depreciation rule that applied, each input with its unit, and the exact value when it was
 * rounded. Built from the receipt's item and named inputs, in the UI's language.
 */
function LineDetail({
  line,
  item,
  model,
}: {
  readonly line: LineReceipt;
  readonly item: string;
  readonly model: Model;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const entries = Object.entries(line.inputs).filter(([name]) => name !== 'structure');
  const age = line.inputs.age;
  const life = line.inputs.life;
  // Which branch of the depreciation rule applied: a used-up asset keeps its residual share.
  const depreciation =
    age === undefined || life === undefined
      ? null
      : Number(age) >= Number(life)
        ? t('formula.q.residual')
        : t('formula.q.linear');
  const species = speciesOf(model);
  const inputText = (name: string, value: string): string => {
    const entry = species.find((s) => s.code === name);
    if (entry !== undefined) {
      const [heads = value, price = ''] = value.split(' × ');
      return t('input.heads', {
        species: i18n.label(entry.label, entry.code),
        heads: groupDecimal(heads),
        unit: livestockUnit(entry.code, lang),
        price: groupDecimal(price),
      });
    }
    const shown = RATES.has(name)
      ? formatPercent(value)
      : AMOUNTS.has(name)
        ? groupDecimal(value)
        : groupDecimal(value);
    const key = `input.${name}`;
    return isMessageKey(key) ? t(key, { v: shown }) : `${name} ${shown}`;
  };
  return (
    <span class="line-detail">
      {isMessageKey(`formula.${item}`) ? t(`formula.${item}` as MessageKey) : line.formula}
      {depreciation === null ? null : (
        <>
          <br />
          {depreciation}
        </>
      )}
      <br />
      {entries.map(([name, value]) => inputText(name, value)).join(t('common.listSep'))}
      {!line.exact.endsWith('…') && compareDecimal(line.exact, line.value) === 0 ? null : (
        <>
          <br />
          {t('result.exact', { exact: groupDecimal(line.exact) })}
        </>
      )}
    </span>
  );
}
