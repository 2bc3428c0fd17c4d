import { codeAndName } from '../../components/grade-badge';
import type { Model } from '../../lib/core-adapter';
import { gradeLabelOf } from '../../lib/model-view';

/** A grade in Chinese for a printed page: `AAA 优秀` with the model's label, or the code alone. */
export function gradeInChinese(model: Model, grade: string): string {
  const label = gradeLabelOf(model, grade)?.zh;
  return label === undefined ? grade : codeAndName(grade, label);
}
