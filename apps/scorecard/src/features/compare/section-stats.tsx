import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { ComparisonSection } from '../../lib/core-adapter';
import { groupCount } from '../../lib/core-adapter';
import { formatMoneyChange } from '../../lib/money';
import type { Sides } from './sides';

/**
 * The figures of a comparison (overall or one village), all from the core: households on each
 * side, matched, new and missing; upgrades, downgrades and unchanged; credit status gained and
 * lost; total limit on each side and its change.
 */
export function SectionStats({
  section,
  sides,
}: {
  readonly section: ComparisonSection;
  readonly sides: Sides;
}) {
  const { t } = useI18n();
  const { households, totalLimit } = section;
  const change = totalLimit.change;
  return (
    <dl class="summary-stats comparison-stats" data-testid="comparison-stats">
      <div>
        <dt>{t('compare.households', { before: sides.beforeShort, after: sides.afterShort })}</dt>
        <dd data-testid="cmp-households">
          {groupCount(households.before)} / {groupCount(households.after)}
        </dd>
      </div>
      <div>
        <dt>{t('compare.matched')}</dt>
        <dd data-testid="cmp-matched">{groupCount(households.matched)}</dd>
      </div>
      <div>
        <dt>{t('compare.newMissing')}</dt>
        <dd data-testid="cmp-new-missing">
          {groupCount(households.new)} / {groupCount(households.missing)}
        </dd>
      </div>
      <div>
        <dt>{t('compare.upDown')}</dt>
        <dd data-testid="cmp-up-down">
          <span class="is-up">{groupCount(section.upgrades)}</span> /{' '}
          <span class="is-down">{groupCount(section.downgrades)}</span> /{' '}
          {groupCount(section.unchanged)}
        </dd>
      </div>
      <div>
        <dt>{t('compare.credit')}</dt>
        <dd data-testid="cmp-credit">
          <span class="is-up">+{groupCount(section.creditGained)}</span> /{' '}
          <span class="is-down">−{groupCount(section.creditLost)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('compare.limitSide', { side: sides.beforeShort })}</dt>
        <dd data-testid="cmp-limit-before">
          <Money value={totalLimit.before} />
        </dd>
      </div>
      <div>
        <dt>{t('compare.limitSide', { side: sides.afterShort })}</dt>
        <dd data-testid="cmp-limit-after">
          <Money value={totalLimit.after} />
        </dd>
      </div>
      <div>
        <dt>{t('compare.limitChange')}</dt>
        <dd
          data-testid="cmp-limit-change"
          class={change.startsWith('-') ? 'is-down' : /^[0.]+$/.test(change) ? '' : 'is-up'}
        >
          {formatMoneyChange(change)}
        </dd>
      </div>
    </dl>
  );
}
