/** The outcome of {@link parseJson}: the value, or why the text is not JSON. */
export type JsonParse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: string };

/**
 * Parses JSON text. The problem of a failure is the engine's message without the excerpt of
 * the input it quotes (`Unexpected token 'x', "xyz…" is not valid JSON`): an excerpt could
 * hold a household head's name or identity number, which must never be printed.
 */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: jsonProblem(error) };
  }
}

function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutExcerpt = message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return withoutExcerpt.replace(/^Unexpected end of JSON input$/, 'the text ends too early');
}
