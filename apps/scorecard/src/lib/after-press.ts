/**
 * Runs work that changes the layout (an error shown when a field is left) only once a press in
 * progress is over. Leaving a field by pressing a button fires `blur` between the button's
 * pointer-down and pointer-up: an error inserted then pushes the button away from the pointer,
 * and the click is lost (添加房屋 pressed twice gave one house). Deferred to after the click,
 * the error appears and nothing is lost.
 */

let pressed = false;
let queue: (() => void)[] = [];
let listening = false;
let fallback: ReturnType<typeof setTimeout> | undefined;

function release(): void {
  if (fallback !== undefined) clearTimeout(fallback);
  fallback = undefined;
  pressed = false;
  const work = queue;
  queue = [];
  for (const run of work) run();
}

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const options = { capture: true, passive: true };
  document.addEventListener(
    'pointerdown',
    () => {
      pressed = true;
    },
    options,
  );
  // A press ends with its click (on a touch screen the click, and the blur before it, come
  // after pointerup): run the queued work just after the click has been dispatched.
  document.addEventListener('click', () => setTimeout(release, 0), options);
  // A press that makes no click (a drag, a cancelled touch) ends a little after it is let go.
  document.addEventListener(
    'pointerup',
    () => {
      if (fallback !== undefined) clearTimeout(fallback);
      fallback = setTimeout(release, 500);
    },
    options,
  );
  document.addEventListener('pointercancel', () => setTimeout(release, 0), options);
}

/** Runs `work` now, or after the press in progress (and its click) is over. */
export function afterPress(work: () => void): void {
  listen();
  if (pressed) queue.push(work);
  else work();
}

/** Starts watching presses (call once at start-up, before any press can begin). */
export function watchPresses(): void {
  listen();
}
