import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { TownshipsView } from '../src/features/township/townships-view';
import type { BatchController } from '../src/features/villages/use-batch';
import { I18nContext, i18nFor, type Lang } from '../src/i18n/index';
import {
  defaultModel,
  type EntityNotice,
  type Model,
  type TownshipOutcome,
} from '../src/lib/core-adapter';
import type { BatchRun } from '../src/worker/run-batch';

/** The repository root: three levels up from apps/scorecard/test. */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A test vector's text, from the repository's copy in `test/vectors/`. */
export function vectorText(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'vectors', name), 'utf8');
}

/** A household record of golden.json by id. */
export function goldenHousehold(id: string): Record<string, unknown> {
  const document = JSON.parse(vectorText('golden.json')) as {
    villages: { households: Record<string, unknown>[] }[];
  };
  const found = document.villages[0]?.households.find((h) => h.id === id);
  if (found === undefined) throw new Error(`no golden household ${id}`);
  return found;
}

/** Renders a view inside the i18n provider of a language. */
export function renderIn(ui: ComponentChildren, lang: Lang = 'zh') {
  return render(<I18nContext.Provider value={i18nFor(lang)}>{ui}</I18nContext.Provider>);
}

/** The element with a DOM id (fails the test when absent). */
export function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no element #${id}`);
  return element as T;
}

/** Types a value into an input, as the user would (one input event with the whole text). */
export function type(id: string, value: string): void {
  fireEvent.input(byId(id), { target: { value } });
}

/** Chooses an option of a select. */
export function choose(id: string, value: string): void {
  fireEvent.change(byId<HTMLSelectElement>(id), { target: { value } });
}

/** Leaves a field (focus moves on), as the user does by tabbing or tapping elsewhere. */
export function leave(id: string): void {
  fireEvent.blur(byId(id));
}

/** Types a value into an input and leaves it. */
export function typeAndLeave(id: string, value: string): void {
  type(id, value);
  leave(id);
}

/** The batch hook's controller once a run is done, as the village review gets it. */
export function doneBatch(run: BatchRun): BatchController {
  return {
    status: { state: 'done', run },
    evalYear: '',
    setEvalYear: () => {},
    selected: null,
    select: () => {},
    start: () => {},
    rerun: () => {},
  };
}

/** Renders the townships view of a run with townships; returns its townships. */
export function renderTownships(
  run: BatchRun,
  options: {
    readonly lang?: Lang;
    readonly model?: Model;
    readonly onPrint?: (notice: EntityNotice) => void;
  } = {},
): TownshipOutcome {
  const outcome = run.townships;
  if (outcome === undefined) throw new Error(`${run.fileName} has no townships`);
  renderIn(
    <TownshipsView
      run={run}
      outcome={outcome}
      model={options.model ?? defaultModel()}
      onPrintEntityNotice={options.onPrint ?? (() => {})}
    />,
    options.lang,
  );
  return outcome;
}
