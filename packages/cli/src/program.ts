import { readFileSync } from 'node:fs';
import type { SchemaKind } from '@credit-village/core';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError } from './cli-error.js';
import { type CertifyFlags, certifyCommand } from './commands/certify.js';
import { type CompareFlags, compareCommand } from './commands/compare.js';
import { type ConvertFlags, convertCommand } from './commands/convert.js';
import { type EvaluateFlags, evaluateCommand } from './commands/evaluate.js';
import { evaluateWorkbookCommand } from './commands/evaluate-workbook.js';
import { examplesCommand } from './commands/examples.js';
import { type ExplainFlags, explainCommand } from './commands/explain.js';
import { type FollowUpFlags, followUpCommand } from './commands/follow-up.js';
import { type KeysNewFlags, keysNewCommand } from './commands/keys.js';
import { type ModelShowFlags, modelCheckCommand, modelShowCommand } from './commands/model.js';
import { type NoticeFlags, noticeCommand } from './commands/notice.js';
import { type ObjectionsFlags, objectionsCommand } from './commands/objections.js';
import { SCHEMA_KINDS, type SchemaFlags, schemaCommand } from './commands/schema.js';
import { type TemplateFlags, templateCommand } from './commands/template.js';
import { type ValidateFlags, validateCommand } from './commands/validate.js';
import { validateWorkbookCommand } from './commands/validate-workbook.js';
import { type VerifyFlags, verifyCommand } from './commands/verify.js';
import { EXIT, type ExitStatus } from './exit-status.js';
import { EXAMPLES } from './help.js';
import { endQuietlyOnBrokenPipe } from './io/broken-pipe.js';
import { parseIssuer, parseValidDays, parseVerifyUrl } from './options/certificate.js';
import { parseDate } from './options/date.js';
import { parseEvalYear } from './options/eval-year.js';
import { parseWorkers } from './options/workers.js';
import { safeLines, safeText } from './report/safe-text.js';

/**
 * Runs the command line (`process.argv`-style: node, script, arguments...) and returns the
 * exit status. Expected failures are printed in a few plain lines, never as a stack trace.
 */
export async function run(argv: readonly string[]): Promise<ExitStatus> {
  endQuietlyOnBrokenPipe();
  let status: ExitStatus = EXIT.ok;
  const program = createProgram((s) => {
    status = s;
  });
  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    return reportFailure(error);
  }
}

/**
 * The `credit-village` program: its commands, flags and help. `done` receives the status of
 * the command that ran.
 */
export function createProgram(done: (status: ExitStatus) => void): Command {
  const program = new Command('credit-village')
    .description(
      'Credit-village scoring for county offices: household key assets, score, grade, credit ' +
        'limit and village rating, exact to the fen, from a county model document.',
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    // commander quotes the arguments it rejects: print them as safely as any input.
    .configureOutput({
      writeOut: (text) => process.stdout.write(safeLines(text)),
      writeErr: (text) => process.stderr.write(safeLines(text)),
    })
    .addOption(
      new Option(
        '--lang <lang>',
        'the language of problem lines: zh (field names and clerk words) or en (JSON paths); ' +
          'default: from LC_ALL, LC_MESSAGES or LANG, else the system language',
      ).choices(['zh', 'en']),
    )
    // Set before any command runs, and in the environment so that worker threads follow it.
    .hook('preAction', (command) => {
      const { lang } = command.opts<{ lang?: string }>();
      if (lang !== undefined) process.env.CREDIT_VILLAGE_LANG = lang;
    })
    // Commander's own exits would use status 1, which here means "some records invalid".
    .exitOverride()
    .addHelpText('after', EXAMPLES.program);

  program
    .command('evaluate')
    .description('evaluate villages and households: scores, grades, limits and village ratings')
    .argument('<file>', 'the input file, or - for standard input')
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addOption(formatOption())
    .option('-o, --output <file>', 'write the results to this file (replaced only on success)')
    .option('--include-personal', 'copy each household head (personal data) into the results')
    .addOption(referenceOption())
    .addOption(
      new Option(
        '-w, --workers <n>',
        'worker threads for --format ndjson (default: one per core for a file of 8 MB or more, ' +
          'else 1); the output is the same whatever the number',
      ).argParser(parseWorkers),
    )
    .addHelpText('after', EXAMPLES.evaluate)
    .action(async (file: string, flags: EvaluateFlags, command: Command) => {
      const format = workbookFormat(file, flags.format, command);
      const toWorkbook = flags.output !== undefined && /\.xlsx$/i.test(flags.output);
      done(
        format === 'xlsx' || (toWorkbook && flags.format !== 'ndjson')
          ? await evaluateWorkbookCommand(file, format ?? flags.format, flags)
          : await evaluateCommand(file, flags),
      );
    });

  program
    .command('validate')
    .description('check villages and households without scoring them; report every problem')
    .argument('<file>', 'the input file, or - for standard input')
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addOption(formatOption())
    .addOption(referenceOption())
    .addHelpText('after', EXAMPLES.validate)
    .action(async (file: string, flags: ValidateFlags, command: Command) =>
      done(
        workbookFormat(file, flags.format, command) === 'xlsx'
          ? await validateWorkbookCommand(file, flags)
          : await validateCommand(file, flags),
      ),
    );

  program
    .command('template')
    .description("write the empty collection workbook (.xlsx) with the model's dropdown lists")
    .option(
      '-o, --output <file>',
      'the workbook to write (default: standard output, not a terminal)',
    )
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addHelpText('after', EXAMPLES.template)
    .action(async (flags: TemplateFlags) => done(await templateCommand(flags)));

  program
    .command('convert')
    .description('convert a batch between JSON, NDJSON and an .xlsx workbook (no evaluation)')
    .argument('<file>', 'the batch to convert, or - for standard input')
    .addOption(
      new Option('-t, --to <format>', 'the format to write')
        .choices(['json', 'ndjson', 'xlsx'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'the input format (default: by extension, else json)',
      ).choices(['json', 'ndjson', 'xlsx']),
    )
    .option('-o, --output <file>', 'where to write (default: standard output)')
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addHelpText('after', EXAMPLES.convert)
    .action(async (file: string, flags: ConvertFlags) => done(await convertCommand(file, flags)));

  const model = program
    .command('model')
    .description('show the model in use, or check a county model document')
    .addHelpText('after', EXAMPLES.model);
  model
    .command('show')
    .description(
      'print the model in use (the default one unless --model) with its id, version and hash',
    )
    .addOption(modelOption())
    .option('--document-only', 'print only the model document, not its id, version and hash')
    .addHelpText('after', EXAMPLES.modelShow)
    .action(async (flags: ModelShowFlags) => done(await modelShowCommand(flags)));
  model
    .command('check')
    .description('validate a model document and list every problem')
    .argument('<file>', 'the model document (JSON)')
    .addHelpText('after', EXAMPLES.modelCheck)
    .action(async (file: string) => done(await modelCheckCommand(file)));

  program
    .command('explain')
    .description('the calculation receipt of one household, and how it could reach the next grade')
    .argument(
      '<file>',
      'a household record (JSON), or { "evalYear": …, "household": … }; - for standard input',
    )
    .addOption(modelOption())
    .addOption(evalYearOption())
    .option('--json', 'print the receipt and the advice as JSON')
    .addHelpText('after', EXAMPLES.explain)
    .action(async (file: string, flags: ExplainFlags) => done(await explainCommand(file, flags)));

  program
    .command('compare')
    .description('compare two evaluations (year over year), or one batch under two models')
    .argument(
      '<files...>',
      "last year's and this year's result files (documents or NDJSON); or one batch with --model-a/--model-b",
    )
    .option(
      '--model-a <file>',
      'the first model (default: the built-in model); with two result files, a model they may name',
    )
    .option(
      '--model-b <file>',
      'the second model (default: the built-in model); with two result files, a model they may name',
    )
    .addOption(evalYearOption())
    .option('--json', 'print the comparison as JSON')
    .addHelpText('after', EXAMPLES.compare)
    .action(async (files: string[], flags: CompareFlags) =>
      done(await compareCommand(files, flags)),
    );

  program
    .command('notice')
    .description(
      "the public notice (公示) of a village, or of a township's entities: a printable HTML page and a CSV",
    )
    .argument('<file>', 'the batch document (JSON)')
    .option('--village <id>', 'the village whose households to list')
    .option('--township <id>', 'the township whose entities (新型农业经营主体) to list')
    .option(
      '--date <YYYY-MM-DD>',
      'the first day of the notice period (default: today in China); the period lies within 1900 to 2100',
    )
    .addOption(
      new Option('--days <n>', 'the length of the notice period in days')
        .default(7)
        .argParser(parseDays),
    )
    .option('--out-dir <dir>', 'where to write <village>-notice.html and .csv (default: .)')
    .option('--objections-to <text>', 'where villagers object, printed on the notice')
    .option(
      '--objections <file>',
      'an objections document: mark the households under re-review (the notice is its own)',
    )
    .addOption(
      new Option(
        '--today <YYYY-MM-DD>',
        'the day objections are tracked on (default: today in China, UTC+8)',
      ).argParser(parseDate),
    )
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addHelpText('after', EXAMPLES.notice)
    .action(async (file: string, flags: NoticeFlags) => done(await noticeCommand(file, flags)));

  program
    .command('objections')
    .description(
      'track objections to the public notice (公示异议): due dates, statuses, held households',
    )
    .argument('<results>', 'the results of evaluate: a result document or its NDJSON lines')
    .argument('<objections>', 'the objections document (JSON)')
    .addOption(
      new Option(
        '--today <YYYY-MM-DD>',
        'the day to track on (default: today in China, UTC+8)',
      ).argParser(parseDate),
    )
    .option('--json', 'print the report as JSON')
    .addOption(modelOption())
    .addHelpText('after', EXAMPLES.objections)
    .action(async (results: string, objections: string, flags: ObjectionsFlags) =>
      done(await objectionsCommand(results, objections, flags)),
    );

  program
    .command('follow-up')
    .description(
      'the banks’ credit ledger against the ratings (授信/用信): coverage, use, over-limit lines',
    )
    .argument('<results>', 'the results of evaluate: a result document or its NDJSON lines')
    .argument('<ledger>', 'the credit ledger (JSON): { "asOf", "lines": [...] }')
    .option('--json', 'write the report document (JSON) instead of the readable report')
    .option('-o, --output <file>', 'write the report to this file (replaced only on success)')
    .option(
      '--exceptions-csv <file>',
      'also write the exceptions as CSV for the lenders (UTF-8 with a byte-order mark)',
    )
    .addOption(modelOption())
    .addHelpText('after', EXAMPLES.followUp)
    .action(async (results: string, ledger: string, flags: FollowUpFlags) =>
      done(await followUpCommand(results, ledger, flags)),
    );

  addCertificateCommands(program, done);

  program
    .command('examples')
    .description('write the example data this command ships with into a folder')
    .argument('[dir]', 'the folder to write into (created when missing)', 'examples')
    .addHelpText('after', EXAMPLES.examples)
    .action(async (dir: string) => done(await examplesCommand(dir)));

  program
    .command('schema')
    .description('print the JSON Schema of an input, model or result document')
    .addArgument(new Argument('<kind>', 'the document to describe').choices(SCHEMA_KINDS))
    .addOption(modelOption())
    .addHelpText('after', EXAMPLES.schema)
    .action(async (kind: SchemaKind, flags: SchemaFlags) => done(await schemaCommand(kind, flags)));

  return program;
}

/** Rating certificates (码上查): `keys new`, `certify` and `verify` (FORMATS.md). */
function addCertificateCommands(program: Command, done: (status: ExitStatus) => void): void {
  const keys = program
    .command('keys')
    .description("the office's signing keys for rating certificates")
    .addHelpText('after', EXAMPLES.keys);
  keys
    .command('new')
    .description('make a new Ed25519 signing key (private key file 0600, never overwritten)')
    .requiredOption('--kid <kid>', 'the key id, such as wj-2024 (letters, digits, ".", "_", "-")')
    .requiredOption('--out <key.json>', 'the private key file to create (keep it offline)')
    .option('--public-out <trust.json>', 'also create the trust list to hand to banks')
    .addOption(
      new Option('--issuer <name>', "the office's name in the trust list").argParser(parseIssuer),
    )
    .addHelpText('after', EXAMPLES.keys)
    .action(async (flags: KeysNewFlags) => done(await keysNewCommand(flags)));

  program
    .command('certify')
    .description('sign rating certificates (码上查) for credit households and entities: QR pages')
    .argument('<file>', 'the batch document (JSON)')
    .requiredOption('--key <key.json>', "the office's private key file")
    .addOption(
      new Option('--issuer <name>', 'the issuing office, printed on every certificate')
        .argParser(parseIssuer)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--date <YYYY-MM-DD>', 'the day of issue, the first day of validity')
        .argParser(parseDate)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--valid-days <n>', 'days of validity, the day of issue included')
        .default(365)
        .argParser(parseValidDays),
    )
    .option('--village <id>', 'only this village (and the entities that name it)')
    .option('--all', 'certify every scored household and entity, not only credit ones')
    .option('--out-dir <dir>', 'where to write the pages and certificates.ndjson (default: .)')
    .addOption(
      new Option(
        '--verify-url <url>',
        'QR codes hold <url>#/verify/<code> instead of the code',
      ).argParser(parseVerifyUrl),
    )
    .addOption(modelOption())
    .addOption(evalYearOption())
    .addHelpText('after', EXAMPLES.certify)
    .action(async (file: string, flags: CertifyFlags) => done(await certifyCommand(file, flags)));

  program
    .command('verify')
    .description('check rating certificates offline against the trusted public keys')
    .argument(
      '<code|file>',
      'a certificate code or #/verify/ link, or a file of them (- for standard input)',
    )
    .requiredOption('--trust <trust.json>', "the trust list: the issuing offices' public keys")
    .addOption(
      new Option(
        '--today <YYYY-MM-DD>',
        'the day to check validity on (default: today in China, UTC+8)',
      ).argParser(parseDate),
    )
    .option('--json', 'print one JSON object per code')
    .addHelpText('after', EXAMPLES.verify)
    .action(async (code: string, flags: VerifyFlags) => done(await verifyCommand(code, flags)));
}

function modelOption(): Option {
  return new Option('-m, --model <file>', 'a county model document (default: the built-in model)');
}

function evalYearOption(): Option {
  return new Option(
    '-y, --eval-year <year>',
    "the evaluation year; overrides the input's evalYear (required for NDJSON lines without one)",
  ).argParser(parseEvalYear);
}

function referenceOption(): Option {
  return new Option(
    '--reference',
    'evaluate every household on the decimal reference path (slower; for audits: same results)',
  );
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'the input format')
    .choices(['json', 'ndjson', 'xlsx'])
    .default('json');
}

/** `xlsx` when asked for, or when the file ends in .xlsx and no format was given; else undefined. */
function workbookFormat(file: string, format: string, command: Command): 'xlsx' | undefined {
  if (format === 'xlsx') return 'xlsx';
  const given = command.getOptionValueSource('format') !== 'default';
  return !given && /\.xlsx$/i.test(file) ? 'xlsx' : undefined;
}

function parseDays(text: string): number {
  const n = /^[0-9]{1,3}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= 366))
    throw new InvalidArgumentError('the notice period is a whole number of days from 1 to 366.');
  return n;
}

function version(): string {
  const url = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

function reportFailure(error: unknown): ExitStatus {
  if (error instanceof CommanderError) {
    // Commander has printed the help, the version or its message already.
    return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
  }
  if (error instanceof CliError) {
    printError([`credit-village: ${error.message}`, ...error.lines]);
    return EXIT.unusable;
  }
  const detail = error instanceof Error ? error.message : String(error);
  printError([
    `credit-village: internal error: ${detail.split('\n')[0]}`,
    'This is a bug in credit-village, not in your data; please report it with the command you ran.',
  ]);
  if (process.env.CREDIT_VILLAGE_DEBUG !== undefined && error instanceof Error) {
    printError([error.stack ?? '']);
  }
  return EXIT.unusable;
}

function printError(lines: readonly string[]): void {
  process.stderr.write(`${lines.map(safeText).join('\n')}\n`);
}
