import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { formatPercent, groupDecimal } from '../../lib/money';
import { comparisonText } from '../../lib/rule-text';
import { roundingName } from '../household/limit-derivation';
import { BinsTable } from './bins-table';
import { CodedTable } from './coded-table';

/** Every parameter of the model in use, in the order of docs/model.md. */
export function ModelParameters({ model }: { readonly model: Model }) {
  const { t } = useI18n();
  const d = model.document;
  const { assets, score, limit, village } = d;
  const num = (value: string) => groupDecimal(value);
  const rate = (value: string) => formatPercent(value);
  return (
    <div class="model-parameters" data-testid="model-parameters">
      <section class="card">
        <h3>{t('model.assets')}</h3>
        <p>
          {t('model.assetRounding', {
            mode: roundingName(assets.rounding.mode, t),
            step: assets.rounding.step,
          })}
        </p>
        <CodedTable
          title={t('model.structures')}
          rows={assets.houses.structures}
          wide
          columns={[
            { title: t('model.unitCost'), cell: (s) => num(s.unitCost), numeric: true },
            { title: t('model.life'), cell: (s) => s.life, numeric: true },
            { title: t('model.residual'), cell: (s) => rate(s.residual), numeric: true },
          ]}
        />
        <table class="table compact">
          <caption>{t('model.land')}</caption>
          <tbody>
            {(
              [
                'rentPerMu',
                'contractYears',
                'transferYears',
                'forestValuePerMu',
                'haircut',
              ] as const
            ).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`model.land.${key}`)}</th>
                <td class="num">
                  {key === 'haircut' ? rate(assets.land[key]) : num(assets.land[key])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CodedTable
          title={`${t('model.livestock')} · ${t('model.haircut', { value: rate(assets.livestock.haircut) })}`}
          rows={assets.livestock.species}
          columns={[{ title: t('model.price'), cell: (s) => num(s.price), numeric: true }]}
        />
        <table class="table compact">
          <caption>{t('model.equipment')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.equipment.kind')}</th>
              <th scope="col" class="num">
                {t('model.life')}
              </th>
              <th scope="col" class="num">
                {t('model.residual')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(['machine', 'vehicle', 'facility'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`model.equipment.${key}`)}</th>
                <td class="num">{assets.equipment[key].life}</td>
                <td class="num">{rate(assets.equipment[key].residual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="table compact">
          <caption>{t('model.financial')}</caption>
          <tbody>
            {(['depositsRate', 'collectiveSharesRate'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`model.financial.${key}`)}</th>
                <td class="num">{rate(assets.financial[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="card">
        <h3>{t('model.score')}</h3>
        <CodedTable title={t('model.dimensions')} rows={score.civility.dimensions} />
        <CodedTable
          title={`${t('component.civility')} · ${t('model.levels')}`}
          rows={score.civility.levels}
          columns={[{ title: t('model.points'), cell: (l) => l.points, numeric: true }]}
        />
        <BinsTable title={t('component.netAssets')} bins={score.netAssets} />
        <BinsTable title={t('component.netIncome')} bins={score.netIncome} />
        <BinsTable title={t('component.debtRatio')} bins={score.debtRatio} percent />
        <p class="muted">
          {t('model.noDebt', { points: score.debtRatio.noDebt })} ·{' '}
          {t('model.noAssets', { points: score.debtRatio.noAssets })}
        </p>
        <CodedTable
          title={t('component.creditRecord')}
          rows={score.creditRecord.levels}
          columns={[{ title: t('model.points'), cell: (l) => l.points, numeric: true }]}
        />
      </section>

      <section class="card">
        <h3>{t('model.grades')}</h3>
        <CodedTable
          title={t('model.grades')}
          rows={d.grades}
          columns={[
            { title: t('model.minScore'), cell: (g) => g.minScore, numeric: true },
            {
              title: t('model.creditHousehold'),
              cell: (g) => (g.creditHousehold ? t('common.yes') : t('common.no')),
            },
          ]}
        />
        <CodedTable title={t('model.vetoes', { grade: d.vetoes.grade })} rows={d.vetoes.codes} />
      </section>

      <section class="card">
        <h3>{t('model.limit')}</h3>
        <p>
          {t('model.limitFormula', {
            gross: limit.coefficients.grossAssets,
            income: limit.coefficients.operatingIncome,
            rounding: roundingName(limit.rounding.mode, t),
            step: num(limit.rounding.step),
          })}
        </p>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">{t('households.col.grade')}</th>
              <th scope="col" class="num">
                {t('model.base')}
              </th>
              <th scope="col" class="num">
                {t('model.cap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {limit.byGrade.map((row) => (
              <tr key={row.grade}>
                <th scope="row">{row.grade}</th>
                <td class="num">{num(row.base)}</td>
                <td class="num">{num(row.cap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="card">
        <h3>{t('model.village')}</h3>
        <BinsTable title={t('item.coverage')} bins={village.items.coverage} percent />
        <BinsTable title={t('item.creditShare')} bins={village.items.creditShare} percent />
        <BinsTable title={t('item.npl')} bins={village.items.npl} percent />
        <BinsTable title={t('item.vetoShare')} bins={village.items.vetoShare} percent />
        <CodedTable
          title={t('item.partyOrganisation')}
          rows={village.items.partyOrganisation.levels}
          columns={[{ title: t('model.points'), cell: (l) => l.points, numeric: true }]}
        />
        <BinsTable title={t('item.collectiveIncome')} bins={village.items.collectiveIncome} />
        <table class="table compact">
          <caption>{t('model.gates')}</caption>
          <tbody>
            {village.gates.map((gate) => (
              <tr key={gate.item}>
                <th scope="row">{t(`item.${gate.item}`)}</th>
                <td>
                  {gate.when === 'in'
                    ? t('model.gateIn', { values: gate.values.join(t('common.listSep')) })
                    : comparisonText(gate.when, gate.value, gate.item !== 'collectiveIncome')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CodedTable
          title={t('model.ratings')}
          rows={village.ratings}
          columns={[{ title: t('model.minScore'), cell: (r) => r.minScore, numeric: true }]}
        />
        <p class="muted">
          {t('model.display', {
            decimals: d.display.ratioDecimals,
            mode: roundingName(d.display.ratioRounding, t),
          })}
        </p>
      </section>
    </div>
  );
}
