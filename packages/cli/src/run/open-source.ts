import { openBatchSource } from './batch-source.js';
import { openLineSource } from './line-source.js';
import type { InputFormat, SourceOptions, VillageSource } from './village-source.js';

/**
 * Opens the input (a file, or `-` for standard input) in the given format.
 *
 * @throws {CliError} when nothing can be evaluated (see the two sources).
 */
export function openSource(
  file: string,
  format: InputFormat,
  options: SourceOptions,
): Promise<VillageSource> {
  return format === 'json' ? openBatchSource(file, options) : openLineSource(file, options);
}
