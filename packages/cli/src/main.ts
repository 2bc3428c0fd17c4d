/**
 * The `credit-village` command's entry point: runs the program and sets the exit status.
 * Every failure is turned into an exit status inside {@link run}; nothing escapes here.
 */
import { run } from './program.js';

process.exitCode = await run(process.argv);
