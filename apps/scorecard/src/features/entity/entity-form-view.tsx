import type { ComponentChildren } from 'preact';
import { FormSection } from '../../components/form-section';
import { useGradeOptions } from '../../components/grade-badge';
import { ScorecardForm } from '../../components/scorecard-form';
import type { SelectOption } from '../../components/select-input-field';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { useEntityForm } from './entity-context';
import {
  EntityFlagField,
  EntitySelectField,
  EntityTextField,
  EntityVetoesField,
} from './entity-fields';
import type { EntitySelectKey } from './entity-form';
import {
  demonstrationLevelsOf,
  entityCreditLevelsOf,
  entityTypesOf,
  mainLinesOf,
  mainLineUnitOf,
} from './entity-model';

/** Props of {@link EntityFormView}. */
export interface EntityFormViewProps {
  /** The evaluation year input, rendered in the first section. */
  readonly evalYearField: ComponentChildren;
  /** The user asks for the result (the submit button, or Enter in a field). */
  readonly onSubmit: () => void;
}

/** Every field of the entity record (docs/formats.md §15.1), grouped in sections. */
export function EntityFormView({ evalYearField, onSubmit }: EntityFormViewProps) {
  const { t } = useI18n();
  return (
    <ScorecardForm
      class="household-form entity-form"
      noteId="entity-required-note"
      submitTestId="entity-submit"
      onSubmit={onSubmit}
    >
      <FormSection title={t('form.section.basic')}>
        <div class="grid grid-3">
          {evalYearField}
          <EntityTextField path={['id']} required />
          <EntityTextField path={['name']} hint={t('form.optional')} />
          <ModelSelect path={['type']} required />
          <EntityTextField path={['township']} hint={t('entity.hint.where')} />
          <EntityTextField path={['village']} hint={t('entity.hint.where')} />
          <EntityTextField path={['principal', 'name']} hint={t('form.optional')} />
          <EntityTextField path={['principal', 'idNumber']} hint={t('form.optional')} />
        </div>
      </FormSection>
      <FormSection title={t('entity.section.business')}>
        <div class="grid grid-3">
          <EntityTextField path={['registeredYear']} hint={t('form.hint.year')} required />
          <ModelSelect path={['demonstration']} required />
          <ModelSelect path={['mainLine']} required />
          <ScaleField />
          <EntityTextField path={['leaseYearsLeft']} hint={t('entity.hint.lease')} />
          <EntityTextField path={['householdsDriven']} hint={t('entity.hint.households')} />
        </div>
      </FormSection>
      <FormSection title={t('entity.section.finance')}>
        <div class="grid grid-3">
          <EntityTextField path={['assets']} hint={t('form.hint.decimal')} required />
          <EntityTextField path={['liabilities']} hint={t('form.hint.decimal')} required />
          <EntityTextField path={['surplus']} hint={t('form.hint.decimalSigned')} required />
        </div>
      </FormSection>
      <FormSection title={t('entity.section.credit')}>
        <div class="grid grid-2">
          <ModelSelect path={['creditRecord']} required />
          <PrincipalGrade />
        </div>
        <div class="checks">
          <EntityFlagField name="insured" />
          <EntityFlagField name="salesContracts" />
        </div>
        <EntityVetoesField />
      </FormSection>
    </ScorecardForm>
  );
}

/** A select of the model's codes for a field, by their labels (the model's words, never codes). */
function ModelSelect({
  path,
  required = false,
}: {
  readonly path: readonly [Exclude<EntitySelectKey, 'principalHouseholdGrade'>];
  readonly required?: boolean;
}) {
  const { model } = useEntityForm();
  const i18n = useI18n();
  const lists = {
    type: entityTypesOf(model),
    demonstration: demonstrationLevelsOf(model),
    mainLine: mainLinesOf(model),
    creditRecord: entityCreditLevelsOf(model),
  };
  const options: SelectOption[] = lists[path[0]].map((entry) => ({
    value: entry.code,
    label: i18n.label(entry.label, entry.code),
  }));
  return <EntitySelectField path={path} options={options} required={required} />;
}

/** The scale, in the unit of the main line chosen (亩, 头, 羽). */
function ScaleField() {
  const { form, model } = useEntityForm();
  const i18n = useI18n();
  const words = useIssueWords(model);
  const unit =
    form.mainLine === '' ? undefined : i18n.label(mainLineUnitOf(model, form.mainLine), '');
  const name = words.name(['scale'], 'entity');
  return (
    <EntityTextField
      path={['scale']}
      label={unit === undefined || unit === '' ? name : i18n.t('entity.scaleIn', { name, unit })}
      hint={unit === undefined ? i18n.t('entity.hint.scaleFirst') : i18n.t('entity.hint.scale')}
      required
    />
  );
}

/** The grade of the principal's own household: the model's grades, or not known. */
function PrincipalGrade() {
  const { model } = useEntityForm();
  const { t } = useI18n();
  const options = useGradeOptions(model);
  return (
    <EntitySelectField
      path={['principalHouseholdGrade']}
      options={options}
      blank={t('entity.principalGrade.none')}
    />
  );
}
