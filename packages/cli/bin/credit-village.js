#!/usr/bin/env -S node --max-semi-space-size=4
// A small young generation keeps the command's peak memory flat with worker threads running;
// the main thread's garbage is short-lived (see the README's Performance section).
import '../dist/main.js';
