import type { ComponentChildren } from 'preact';
import { FormSection } from '../../components/form-section';
import { ScorecardForm } from '../../components/scorecard-form';
import { useI18n } from '../../i18n/index';
import { creditLevelsOf, speciesOf, structuresOf } from '../../lib/model-view';
import { CivilityField } from './civility-field';
import { GroupIssues, SelectField, TextField } from './fields';
import { useForm } from './form-context';
import type { EquipmentList } from './form-state';
import { RowList } from './row-list';
import { VetoesField } from './vetoes-field';

/** Props of {@link HouseholdFormView}. */
export interface HouseholdFormViewProps {
  /** The evaluation year input, rendered in the first section. */
  readonly evalYearField: ComponentChildren;
  /** The user asks for the result (the form's submit button, or Enter in a field). */
  readonly onSubmit: () => void;
  /** The submit button's words (by default 检查并评分; the collection page saves). */
  readonly submitLabel?: string;
}

/** Every field of the household record (docs/formats.md), grouped in sections. */
export function HouseholdFormView({
  evalYearField,
  onSubmit,
  submitLabel,
}: HouseholdFormViewProps) {
  const { t } = useI18n();
  return (
    <ScorecardForm
      class="household-form"
      noteId="form-required-note"
      submitTestId="submit"
      submitLabel={submitLabel}
      onSubmit={onSubmit}
    >
      <FormSection title={t('form.section.basic')}>
        <div class="grid grid-3">
          {evalYearField}
          <TextField path={['id']} required />
          <TextField path={['head', 'name']} hint={t('form.optional')} />
          <TextField path={['head', 'idNumber']} hint={t('form.optional')} />
          <TextField path={['members']} hint={t('form.optional')} />
          <TextField path={['labourers']} hint={t('form.optional')} />
        </div>
        <GroupIssues path={['head']} />
        <MetaNote />
      </FormSection>
      <FormSection title={t('form.section.houses')}>
        <Houses />
      </FormSection>
      <FormSection title={t('form.section.land')}>
        <div class="grid grid-3">
          <TextField path={['land', 'contractedMu']} />
          <TextField path={['land', 'transferredInMu']} />
          <TextField path={['land', 'forestMu']} />
        </div>
        <GroupIssues path={['land']} />
      </FormSection>
      <FormSection title={t('form.section.livestock')}>
        <Livestock />
      </FormSection>
      <FormSection title={t('form.section.equipment')}>
        <Equipment list="machines" />
        <Equipment list="vehicles" />
        <Equipment list="facilities" />
      </FormSection>
      <FormSection title={t('form.section.finance')}>
        <div class="grid grid-2">
          <TextField path={['deposits']} hint={t('form.hint.decimal')} />
          <TextField path={['collectiveShares']} hint={t('form.hint.decimal')} />
          <TextField path={['debts', 'bankLoans']} hint={t('form.hint.decimal')} />
          <TextField path={['debts', 'other']} hint={t('form.hint.decimal')} />
        </div>
        <GroupIssues path={['debts']} />
      </FormSection>
      <FormSection title={t('form.section.income')}>
        <div class="grid grid-2">
          <TextField path={['income', 'net']} hint={t('form.hint.decimalSigned')} required />
          <TextField path={['income', 'operating']} hint={t('form.hint.decimal')} required />
        </div>
        <GroupIssues path={['income']} />
      </FormSection>
      <FormSection title={t('form.section.civility')}>
        <CivilityField />
      </FormSection>
      <FormSection title={t('form.section.credit')}>
        <CreditRecord />
        <VetoesField />
      </FormSection>
    </ScorecardForm>
  );
}

function Houses() {
  const { model } = useForm();
  const i18n = useI18n();
  const options = structuresOf(model).map((s) => ({
    value: s.code,
    label: i18n.label(s.label, s.code),
  }));
  return (
    <RowList
      list="houses"
      rowName={i18n.t('field.houses')}
      addLabel="action.addHouse"
      firstField="structure"
      renderRow={(i) => (
        <>
          <SelectField path={['houses', i, 'structure']} options={options} required />
          <TextField path={['houses', i, 'areaM2']} required />
          <TextField path={['houses', i, 'yearBuilt']} required />
        </>
      )}
    />
  );
}

const ADD_LABEL = {
  machines: 'action.addMachine',
  vehicles: 'action.addVehicle',
  facilities: 'action.addFacility',
} as const;

function Equipment({ list }: { readonly list: EquipmentList }) {
  const { t } = useI18n();
  return (
    <div class="equipment">
      <h4>{t(`field.${list}`)}</h4>
      <RowList
        list={list}
        rowName={t(`field.${list}`)}
        addLabel={ADD_LABEL[list]}
        firstField="price"
        renderRow={(i) => (
          <>
            <TextField path={[list, i, 'price']} required />
            <TextField path={[list, i, 'year']} required />
          </>
        )}
      />
    </div>
  );
}

function Livestock() {
  const { model } = useForm();
  return (
    <>
      <div class="grid grid-3">
        {speciesOf(model).map((s) => (
          <TextField key={s.code} path={['livestock', s.code]} />
        ))}
      </div>
      <GroupIssues path={['livestock']} />
    </>
  );
}

function CreditRecord() {
  const { model } = useForm();
  const i18n = useI18n();
  const options = creditLevelsOf(model).map((l) => ({
    value: l.code,
    label: i18n.label(l.label, l.code),
  }));
  return <SelectField path={['creditRecord']} options={options} required />;
}

function MetaNote() {
  const { form } = useForm();
  const { t } = useI18n();
  return form.meta === undefined ? null : <p class="muted">{t('form.meta')}</p>;
}
