import { rmSync } from 'node:fs';

/** The signals that end a run: each removes the temporary files first. Exit status 128 + n. */
const SIGNAL_STATUS: Readonly<Partial<Record<NodeJS.Signals, number>>> = {
  SIGHUP: 129, // the terminal closed (an ssh session dropped)
  SIGINT: 130, // Ctrl-C
  SIGQUIT: 131, // Ctrl-\
  SIGTERM: 143, // kill, a service manager stopping the job
};

const live = new Set<string>();

function removeAll(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.exit(SIGNAL_STATUS[signal] ?? 1);
}

/**
 * Remembers a temporary file so that it is removed however the run ends: on an interrupting
 * signal (then the process exits with 128 + the signal's number) and on any exit, even one
 * caused by an error nobody caught. Call before the file is created, so there is no moment it
 * could be left behind. The signal handlers are installed only while a file is remembered.
 */
export function trackTemporary(path: string): void {
  if (live.size === 0) {
    for (const signal of Object.keys(SIGNAL_STATUS)) process.on(signal, onSignal);
    process.on('exit', removeAll);
  }
  live.add(path);
}

/** Forgets a temporary file that was renamed into place or removed. */
export function untrackTemporary(path: string): void {
  if (!live.delete(path) || live.size > 0) return;
  for (const signal of Object.keys(SIGNAL_STATUS)) process.removeListener(signal, onSignal);
  process.removeListener('exit', removeAll);
}
