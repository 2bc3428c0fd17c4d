import { list, oneOf, strictObject } from '../schema/fields.js';
import { TOWNSHIP_MEASURES } from './entity-document.js';
import {
  bins,
  code,
  comparison,
  decimal,
  label,
  labelled,
  levels,
  points,
  rounding,
} from './schema-parts.js';

/**
 * The schemas of the model document's sections for entities, townships and the county
 * (docs/model.md §8–9). Cross-references (a cap table missing a type, a threshold for an unknown
 * line, unsorted bins) are checked in `checkEntitySections`.
 */

const binsObject = (what: string) => strictObject(bins, what);

export const entitySectionSchema = strictObject(
  {
    types: list(labelled, 100, 'the entity types'),
    mainLines: list(
      strictObject({ code, label: label.optional(), unit: label.optional() }, 'a main line'),
      100,
      'the main lines',
    ),
    components: strictObject(
      {
        standing: strictObject(
          {
            years: binsObject('the bins on years since registration'),
            demonstration: strictObject(levels, 'the demonstration levels'),
          },
          'the standing component',
        ),
        scale: strictObject(
          {
            thresholds: list(
              strictObject({ line: code, value: decimal('positive') }, 'a scale threshold'),
              100,
              'the scale thresholds',
            ),
            ...bins,
          },
          'the scale component',
        ),
        debtRatio: strictObject({ noDebt: points, noAssets: points, ...bins }, 'bins'),
        surplus: binsObject('bins'),
        creditRecord: strictObject(levels, 'levels'),
        stability: strictObject(
          {
            lease: strictObject({ noLease: points, ...bins }, 'the bins on lease years left'),
            insured: points,
            salesContracts: points,
          },
          'the stability component',
        ),
        linkage: strictObject(
          {
            householdsDriven: binsObject('the bins on households driven'),
            principalHouseholdGrade: strictObject(
              { ...levels, otherwise: points },
              'the points by household grade',
            ),
          },
          'the linkage component',
        ),
      },
      'the entity components',
    ),
    vetoes: strictObject(
      { codes: list(labelled, 100, 'the entity veto codes') },
      'the entity vetoes',
    ),
    limit: strictObject(
      {
        coefficients: strictObject(
          { assets: decimal('nonNegative'), surplus: decimal('nonNegative') },
          'the entity limit coefficients',
        ),
        rounding,
        byGrade: list(
          strictObject(
            {
              grade: code,
              base: decimal('nonNegative'),
              caps: list(
                strictObject({ type: code, cap: decimal('nonNegative') }, 'a cap'),
                100,
                'the caps by entity type',
              ),
            },
            'an entity limit row',
          ),
          100,
          'the entity limit rows',
        ),
        creditOnlyCeiling: decimal('nonNegative'),
      },
      'the entity limit',
    ),
  },
  'the entity parameters',
);

const threshold = (what: string) => strictObject({ when: comparison, value: decimal('any') }, what);

export const townshipSectionSchema = strictObject(
  {
    shares: list(
      strictObject(
        { id: code, ratings: list(code, 100, 'the village ratings counted') },
        'a share',
      ),
      100,
      'the shares',
    ),
    gates: list(
      strictObject(
        {
          id: code,
          measure: oneOf(TOWNSHIP_MEASURES, 'the measure'),
          when: comparison,
          value: decimal('any'),
        },
        'a township gate',
      ),
      100,
      'the township gates',
    ),
    ratings: list(
      strictObject(
        { code, label: label.optional(), share: code, minShare: decimal('unit') },
        'a township rating band',
      ),
      100,
      'the township rating bands',
    ),
  },
  'the township parameters',
);

export const countySectionSchema = strictObject(
  {
    creditVillageShare: threshold('the credit-village share condition'),
    creditTownshipShare: threshold('the credit-township share condition'),
    npl: threshold('the county NPL condition'),
  },
  'the county parameters',
);
