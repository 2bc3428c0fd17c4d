import { useI18n } from '../i18n/index';
import type { Model } from '../lib/core-adapter';
import { gradeCodesOf, gradeLabelOf, gradeTone } from '../lib/model-view';
import { Badge } from './badge';

/** The name of a household grade: the model's label, or the UI's for the veto grade (`NR`). */
export function useGradeName(model: Model): (code: string) => string {
  const i18n = useI18n();
  return (code) => {
    const label = gradeLabelOf(model, code);
    if (label === undefined && code === model.document.vetoes.grade) return i18n.t('grade.veto');
    return i18n.label(label, code);
  };
}

/**
 * Every grade of the model, best first and the veto grade last, as choices for a select or a
 * filter: the code as value, the code with its name as words.
 */
export function useGradeOptions(model: Model): readonly { value: string; label: string }[] {
  const gradeName = useGradeName(model);
  return gradeCodesOf(model).map((code) => ({
    value: code,
    label: codeAndName(code, gradeName(code)),
  }));
}

/** A code with its name, once: `AAA 优秀`, but `B级` rather than `B B级`. */
export function codeAndName(code: string, name: string): string {
  return name.includes(code) ? name : `${code} ${name}`;
}

/** A household grade as a coloured badge, with its name. */
export function GradeBadge({
  model,
  code,
  size = 'small',
  showName = false,
}: {
  readonly model: Model;
  readonly code: string;
  readonly size?: 'small' | 'large';
  readonly showName?: boolean;
}) {
  const name = useGradeName(model)(code);
  return (
    <span class="grade">
      <Badge code={code} tone={gradeTone(model, code)} title={name} size={size} />
      {showName && !name.includes(code) ? (
        <span class="grade-name" aria-hidden="true">
          {name}
        </span>
      ) : null}
    </span>
  );
}
