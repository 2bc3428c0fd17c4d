/** The examples printed after each command's `--help`. */
export const EXAMPLES = {
  program: `
Examples:
  $ credit-village examples            (writes the example data into ./examples)
  $ credit-village evaluate examples/county.json --output results.json
  $ credit-village validate examples/county-with-mistakes.json
  $ credit-village evaluate examples/county.ndjson --format ndjson > results.ndjson
  $ credit-village model show --document-only > county-model.json
  $ credit-village model check county-model.json
  $ credit-village schema household > household.schema.json
  $ credit-village template --output 采集模板.xlsx
  $ credit-village evaluate collected.xlsx --output results.xlsx
  $ credit-village convert examples/county.json --to xlsx --output county.xlsx

Exit status: 0 every record valid; 1 some household or village records invalid (the valid
ones are still evaluated and written); 2 nothing could be evaluated (unreadable file, not
JSON, no villages array, no evaluation year, invalid model, bad flags).`,

  evaluate: `
Input:
  json    a batch document: { "evalYear": 2024, "villages": [ { "id": …, "households": [ … ] } ] },
          with optional "entities" (新型农业经营主体) and "townships" (乡镇) arrays
  ndjson  one village object per line, each with an optional "evalYear"; a line with
          "kind": "entity" is an entity, "kind": "township" a township (before the villages
          naming it); read and written line by line in flat memory. A line that is not JSON,
          not an object, or has no usable evaluation year becomes an error result naming its
          line number.

Output:
  json    the result document: { "model", "evalYear", "villages", "entities", "entityErrors",
          "townships", "county", "summary" } (entities and townships when the batch has them)
  ndjson  one line per input line: { "line", "model", "evalYear", …the village's result }, an
          entity's with "kind": "entity" (or "entityError"); then one "kind": "township" line
          per township and the "kind": "county" line
  Problems go to standard error, one line per issue (village, household, field), with a
  summary at the end (with entities, townships and the county verdict, 信用县：是/否).
  --output writes a temporary file and renames it when the run is done,
  so a failed run leaves an earlier file at that path untouched.

Threads:
  --workers N evaluates NDJSON in N worker threads (by default one per core when the file is
  8 MB or more); the output is byte-identical to a single-thread run.

Examples:
  $ credit-village evaluate examples/county.json --output results.json
  $ credit-village evaluate examples/county.json --eval-year 2025 --model county-model.json
  $ credit-village evaluate examples/county.ndjson --format ndjson --output results.ndjson
  $ cat villages.ndjson | credit-village evaluate - --format ndjson --eval-year 2024
  $ credit-village evaluate collected.xlsx --output results.xlsx      (a collection workbook)
  $ credit-village evaluate big.ndjson --format ndjson --workers 2 --output results.ndjson
  $ credit-village evaluate big.ndjson --format ndjson | head -1

Exit status: 0 every record valid; 1 some records invalid; 2 nothing could be evaluated.`,

  validate: `
Prints every problem, grouped by village, one line per issue (then entities and townships), and
a last line saying whether all records are valid. Nothing is scored in the output; the checks are exactly evaluate's.

Examples:
  $ credit-village validate examples/county-with-mistakes.json
  $ credit-village validate examples/county.ndjson --format ndjson
  $ credit-village validate collected.json --model county-model.json --eval-year 2025
  $ credit-village validate collected.xlsx      (each problem: sheet, row and column, in Chinese)

Exit status: 0 every record valid; 1 some records invalid; 2 nothing could be checked.`,

  model: `
Examples:
  $ credit-village model show
  $ credit-village model show --document-only > county-model.json
  $ credit-village model check county-model.json`,

  modelShow: `
Examples:
  $ credit-village model show
  $ credit-village model show --model county-model.json
  $ credit-village model show --document-only > county-model.json   (a county's starting point)`,

  modelCheck: `
Lists every problem with its path in the document: types, bounds, unknown keys, unsorted or
overlapping bins, gaps in grade bands, unknown references, and worked examples that do not
evaluate to their expected results.

Examples:
  $ credit-village model check county-model.json

Exit status: 0 a valid model (its id, version and hash are printed); 2 not valid or unreadable.`,

  schema: `
Input schemas follow the model (--model): its house structures, livestock species, civility
dimensions and veto codes.

Examples:
  $ credit-village schema batch > batch.schema.json
  $ credit-village schema household --model county-model.json
  $ credit-village schema entity > entity.schema.json
  $ credit-village schema objections > objections.schema.json`,
  explain: `
Prints every asset line with its formula, inputs, exact value and rounded value; each score
component with the bin that applied; the grade; the limit's base, terms, raw value, cap and
rounding; then the smallest changes that would reach the next grade (one civility step, the
credit record, debt repaid, net income, deposits), each checked by evaluating the changed
record. The year is --eval-year, else the file's "evalYear", else the current year in China.
An entity record ({ "entity": … }, or a record with "mainLine") gets its own receipt: the seven
components with their parts, the limit with its credit-only and guaranteed parts, and advice.

Examples:
  $ credit-village explain examples/household.json --eval-year 2024
  $ credit-village explain entity.json --eval-year 2024
  $ credit-village explain household.json --eval-year 2024 --json`,

  compare: `
Year over year: two result files of credit-village evaluate (last year's and this year's),
result documents of any size or NDJSON results, read a village at a time. Per village and
overall: the grade transition matrix, upgrades and downgrades, new and missing households,
credit-status changes, the change in total limit, village ratings gained, lost (摘牌,
delisted) or changed, and the population stability index of the score distribution (< 0.10
stable, 0.10-0.25 watch, >= 0.25 shifted). Households are matched by village and household id
(a repeated id by position among equal ids). Scores and grades are checked against the model
the results name: the built-in one, or one given with --model-a/--model-b.
Entities: their grade transitions (matched by id); townships: rating moves; and the county's
verdict and shares, before and after.
Models: --model-a/--model-b and one batch document: the same batch evaluated under both.

Examples:
  $ credit-village compare results-2024.json results-2025.json
  $ credit-village compare --model-b county-model.json examples/county.json
  $ credit-village compare results-2024.json results-2025.json --json > change.json`,

  examples: `
Writes county.json (an invented county of 135 villages in 10 townships, with 216
entities, as a batch document), county.ndjson (the same, one record per line, townships and
entities with their "kind"), county-with-mistakes.json (the same county with typical mistakes
of a collection team, to see how problems are reported), household.json (one household record,
for explain), review-village.json (a village whose households were reviewed by a panel: each
present member's own marks), objections.json (objections to the county's public notice, for
objections and notice --objections) and ledger.json (the banks' credit ledger of the county,
for follow-up). Existing files are never overwritten.

Examples:
  $ credit-village examples
  $ credit-village examples ~/credit-village-examples`,

  notice: `
Writes <village>-notice.html (printable, print stylesheet) and <village>-notice.csv (UTF-8 with
a byte-order mark, so spreadsheets open it correctly) listing every evaluated household with
its name masked to the first character, its id number masked, grade, credit-household flag
and limit, the notice period (7 days from --date, default today in China), the last day to
object and where (--objections-to), the re-review deadline and the model id. With --objections,
the households with a pending or overdue objection on --today are marked 复核中 (under
re-review) in a last column; the notice period is then the objections document's (--date/--days,
if given, must agree with it). Both files appear together or not at all; a file at either name
that is not this village's notice is never replaced.
--township <id> instead lists the township's entities (every entity whose record names it):
<township>-entities-notice.html and .csv, with type, principal masked, grade, limit and its
credit-only and guaranteed parts.

Examples:
  $ credit-village notice examples/county.json --village wj-yatan-01 --date 2024-12-01
  $ credit-village notice examples/county.json --township wj-yatan --date 2024-12-01
  $ credit-village notice batch.json --village v1 --days 10 --out-dir notices/
  $ credit-village notice examples/county.json --village wj-yatan-01 \\
      --objections examples/objections.json --objections-to "村委会办公室 0556-1234567"`,

  objections: `
Reads the results of evaluate (a result document, or the NDJSON lines of --format ndjson) and
an objections document: the notice's first day and length, the holidays and make-up workdays
(调休), and each objection (village, household, filed, by, grounds, resolution). Each objection
is due for re-review on the 10th working day after its filing (the model's objections
parameters); its status is pending, overdue, resolved, resolved late, or late (filed outside
the notice: recorded, not re-reviewed). A household with a pending or overdue objection is
held: its rating is not final. The report (Chinese first) gives the objections by status, what
is due this week, what is overdue, the held households per village and every objection with
errors; it never prints the grounds. --json prints the report document.

Examples:
  $ credit-village objections results.json examples/objections.json --today 2024-12-20
  $ credit-village objections results.ndjson objections.json --json > objections-report.json

Exit status: 0 every objection well-formed and known; 1 some are not (listed); 2 an input is
unusable (unreadable, not JSON, a bad notice or calendar, not results of evaluate).`,

  followUp: `
Reads the results of evaluate (a result document, or the NDJSON lines of --format ndjson) and a
banks' credit ledger as of a date (授信台账: each line a lender's line of credit to a household,
named by village and household id, or to an entity: granted, drawn balance, valid until). A line
counts when it is valid on the ledger's date. Per village, township, the county and each lender:
the funnel registered → collected → rated → credit households → with a line → drawing, and
coverage (授信覆盖率), credit-household coverage (信用户授信率), use rate by households and by
amount (用信率), each with its numerator and denominator; the same for the entities. Then every
exception: a household or entity granted more than its limit across lenders (a grade B, C or NR
one with any line), a line naming a subject the results do not have, or one only an invalid
record has; and every ledger line with errors, with its field. Ids and amounts only, no names.
The readable report is in Chinese (--lang en for English); --json writes the report document;
--exceptions-csv writes the exceptions for the lenders. The ledger is read line by line: a
ledger of any length runs in the memory of the results' subjects.

Examples:
  $ credit-village evaluate examples/county.json --output results.json
  $ credit-village follow-up results.json examples/ledger.json
  $ credit-village follow-up results.ndjson ledger.json --json --output follow-up.json \\
      --exceptions-csv exceptions.csv

Exit status: 0 no exception and no line with errors; 1 some (all listed); 2 an input is
unusable (unreadable, not JSON, not results of evaluate, a ledger without lines or its date).`,

  keys: `
The private key file is created with mode 0600 and never overwritten; the key is never
printed. Keep it offline (a USB key in the office safe); hand out only the trust list.

Examples:
  $ credit-village keys new --kid wj-2024 --out wj-2024.key.json --public-out trust.json \\
      --issuer 望江县信用村建设办公室`,

  certify: `
Evaluates the batch and signs a certificate for every credit household (and credit entity);
--all certifies every scored one. Writes <village>-certificates.html (A4, print stylesheet:
per household the QR code, grade, limit, evaluation year, issuer and validity, names and id
numbers masked) and certificates.ndjson ({ kind, village?, id, code } per line, input order).
Validity: --valid-days days from --date, the day of issue included (365: 2024-12-01 to
2025-11-30).

Examples:
  $ credit-village certify examples/county.json --key wj-2024.key.json \\
      --issuer 望江县信用村建设办公室 --date 2024-12-01 --out-dir certificates/
  $ credit-village certify batch.json --key key.json --issuer 望江县 --date 2024-12-01 \\
      --village wj-yatan-01 --verify-url https://credit.example.gov.cn/scorecard/

Exit status: 0 all certified; 1 some records invalid (no certificate for them); 2 unusable.`,

  verify: `
Checks each code with the trust list alone (no server): valid; invalid with the reason
(malformed, unsupported version, not in canonical form, unknown key, bad signature, invalid
payload); or expired (today after its last valid day). A file may hold one code or link per
line, or be a certificates.ndjson.

Examples:
  $ credit-village verify CV1.eyJ2Ijox… --trust trust.json
  $ credit-village verify certificates/certificates.ndjson --trust trust.json --today 2025-06-01
  $ credit-village verify 'https://credit.example.gov.cn/scorecard/#/verify/CV1.…' --trust trust.json --json

Exit status: 0 every code valid; 1 some invalid or expired; 2 unusable trust list or arguments.`,
  template: `
Writes the collection workbook: 说明 (instructions, and the evaluation year in the 评定年度 row),
村, 农户, 房屋, 农机车辆设施, 民主评议 (one row per reviewer and household), 经营主体 and 乡镇.
Row 1 holds the labels with units, row 2 the field keys (grey: columns are matched by them, in any order), data from row 3. Lists (structure,
civility, credit record, …) are dropdowns of the model's words; the codes are accepted too.

Examples:
  $ credit-village template --output 采集模板.xlsx
  $ credit-village template --eval-year 2025 --model county-model.json --output template.xlsx`,

  convert: `
Reads json, ndjson or xlsx (by extension, or --format) and writes the same batch in --to's
format, without evaluating it. What a workbook cannot hold (meta, a review without marks, empty
objects such as "livestock": {}, a value that would read back as another) is listed on standard error, and the status is then 1.

Examples:
  $ credit-village convert examples/county.json --to xlsx --output county.xlsx
  $ credit-village convert collected.xlsx --to json --output collected.json
  $ credit-village convert collected.xlsx --to ndjson > collected.ndjson

Exit status: 0 converted whole; 1 converted, but some parts could not be held (listed);
2 nothing converted (unreadable input, a workbook with problems of its own).`,
} as const;
