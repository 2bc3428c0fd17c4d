import type { EntityAdviceContext } from './context.js';
import type { EntityAdviceOption } from './types.js';

/** Taking out agricultural insurance. */
export function insureOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { record } = context;
  if (record.insured === true) return undefined;
  return context.tryChange({ kind: 'insure' }, { ...record, insured: true });
}

/** Selling on orders or sales contracts. */
export function salesContractsOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { record } = context;
  if (record.salesContracts === true) return undefined;
  return context.tryChange({ kind: 'salesContracts' }, { ...record, salesContracts: true });
}
