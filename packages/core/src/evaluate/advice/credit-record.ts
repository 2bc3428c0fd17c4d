import type { AdviceContext } from './context.js';
import type { AdviceOption } from './types.js';

/** The credit record: the smallest improvement that is enough. */
export function creditRecordOption(context: AdviceContext): AdviceOption | undefined {
  const { model, record } = context;
  const points = (level: string) => model.creditRecord.points.get(level) ?? 0;
  const better = [...model.creditRecord.codes]
    .sort((a, b) => points(a) - points(b))
    .filter((level) => points(level) > points(record.creditRecord));
  for (const to of better) {
    const found = context.tryChange(
      { kind: 'creditRecord', from: record.creditRecord, to },
      { ...record, creditRecord: to },
    );
    if (found !== undefined) return found;
  }
  return undefined;
}
