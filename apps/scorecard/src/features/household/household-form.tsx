import type { ComponentChildren } from 'preact';
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
}

/** Every field of the household record (docs/formats.md), grouped in sections. */
export function HouseholdFormView({ evalYearField }: HouseholdFormViewProps) {
  const { t } = useI18n();
  return (
    <form class="household-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <Section title={t('form.section.basic')}>
        <div class="grid grid-3">
          {evalYearField}
          <TextField path={['id']} label={t('field.id')} inputMode="text" />
          <TextField
            path={['head', 'name']}
            label={t('field.head.name')}
            inputMode="text"
            hint={t('form.optional')}
          />
          <TextField
            path={['head', 'idNumber']}
            label={t('field.head.idNumber')}
            inputMode="text"
            hint={t('form.optional')}
          />
          <TextField
            path={['members']}
            label={t('field.members')}
            inputMode="numeric"
            hint={t('form.optional')}
          />
          <TextField
            path={['labourers']}
            label={t('field.labourers')}
            inputMode="numeric"
            hint={t('form.optional')}
          />
        </div>
        <GroupIssues path={['head']} />
        <MetaNote />
      </Section>
      <Section title={t('form.section.houses')}>
        <Houses />
      </Section>
      <Section title={t('form.section.land')}>
        <div class="grid grid-3">
          <TextField path={['land', 'contractedMu']} label={t('field.land.contractedMu')} />
          <TextField path={['land', 'transferredInMu']} label={t('field.land.transferredInMu')} />
          <TextField path={['land', 'forestMu']} label={t('field.land.forestMu')} />
        </div>
        <GroupIssues path={['land']} />
      </Section>
      <Section title={t('form.section.livestock')}>
        <Livestock />
      </Section>
      <Section title={t('form.section.equipment')}>
        <Equipment list="machines" />
        <Equipment list="vehicles" />
        <Equipment list="facilities" />
      </Section>
      <Section title={t('form.section.finance')}>
        <div class="grid grid-2">
          <TextField
            path={['deposits']}
            label={t('field.deposits')}
            hint={t('form.hint.decimal')}
          />
          <TextField
            path={['collectiveShares']}
            label={t('field.collectiveShares')}
            hint={t('form.hint.decimal')}
          />
          <TextField
            path={['debts', 'bankLoans']}
            label={t('field.debts.bankLoans')}
            hint={t('form.hint.decimal')}
          />
          <TextField
            path={['debts', 'other']}
            label={t('field.debts.other')}
            hint={t('form.hint.decimal')}
          />
        </div>
        <GroupIssues path={['debts']} />
      </Section>
      <Section title={t('form.section.income')}>
        <div class="grid grid-2">
          <TextField
            path={['income', 'net']}
            label={t('field.income.net')}
            hint={t('form.hint.decimal')}
          />
          <TextField
            path={['income', 'operating']}
            label={t('field.income.operating')}
            hint={t('form.hint.decimal')}
          />
        </div>
        <GroupIssues path={['income']} />
      </Section>
      <Section title={t('form.section.civility')}>
        <CivilityField />
      </Section>
      <Section title={t('form.section.credit')}>
        <CreditRecord />
        <VetoesField />
      </Section>
    </form>
  );
}

function Section({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="form-section">
      <h3>{title}</h3>
      {children}
    </section>
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
          <SelectField
            path={['houses', i, 'structure']}
            label={i18n.t('field.houses.structure')}
            options={options}
          />
          <TextField path={['houses', i, 'areaM2']} label={i18n.t('field.houses.areaM2')} />
          <TextField
            path={['houses', i, 'yearBuilt']}
            label={i18n.t('field.houses.yearBuilt')}
            inputMode="numeric"
          />
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
            <TextField path={[list, i, 'price']} label={t(`field.${list}.price`)} />
            <TextField
              path={[list, i, 'year']}
              label={t(`field.${list}.year`)}
              inputMode="numeric"
            />
          </>
        )}
      />
    </div>
  );
}

function Livestock() {
  const { model } = useForm();
  const i18n = useI18n();
  return (
    <>
      <div class="grid grid-3">
        {speciesOf(model).map((s) => (
          <TextField
            key={s.code}
            path={['livestock', s.code]}
            label={i18n.label(s.label, s.code)}
            inputMode="numeric"
          />
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
  return (
    <SelectField path={['creditRecord']} label={i18n.t('field.creditRecord')} options={options} />
  );
}

function MetaNote() {
  const { form } = useForm();
  const { t } = useI18n();
  return form.meta === undefined ? null : <p class="muted">{t('form.meta')}</p>;
}
