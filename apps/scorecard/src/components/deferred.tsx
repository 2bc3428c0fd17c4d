import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Waits for the browser's next frame (its style and layout done), then for a fresh task. */
function afterFrame(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => {
          timer = setTimeout(next, 0);
        })
      : undefined;
  if (frame === undefined) timer = setTimeout(next, 16);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Shows its children only after `frames` frames of the browser: a large part of a page (a
 * county's townships and entities under its villages) is laid out in a frame of its own, so no
 * single task lays out the whole page at once (docs: the village review stays responsive).
 */
export function Deferred({
  frames = 1,
  children,
}: {
  readonly frames?: number;
  readonly children: ComponentChildren;
}) {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= frames) return;
    return afterFrame(() => setShown((n) => n + 1));
  }, [shown, frames]);
  return shown >= frames ? children : null;
}
