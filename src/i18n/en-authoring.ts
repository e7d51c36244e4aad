import { enData } from './en-data';
import { addEnglish } from './i18n';

/**
 * English messages for loading your own dataset: CSV bundle, fix hints, warnings, and the Data
 * page's dataset tools (en-data.ts). A lazy area
 * (`LazyAreas` in en.ts): the data modules that produce these messages import this file.
 */
export const enAuthoring = {
  ...enData,
  'authoring.location.cell': '{file}, row {row}, column {column}',
  'authoring.location.row': '{file}, row {row}',
  'authoring.location.column': '{file}, column {column}',

  'authoring.csv.noFiles':
    'No files were chosen. Choose all sheets of the dataset at once (dataset.csv, parties.csv, …).',
  'authoring.csv.unknownFile':
    '“{file}” is not a sheet of the CSV bundle. Name each file after its sheet: {sheets}.',
  'authoring.csv.duplicateSheet':
    'This file and “{first}” are both the sheet “{sheet}”. Choose only one of them.',
  'authoring.csv.missingSheet':
    'This sheet is missing. Add it (the template has one to copy), then choose all files again.',
  'authoring.csv.emptySheet':
    'This sheet is empty. Its first row must name the columns: {allowed}.',
  'authoring.csv.unterminatedQuote':
    'A cell that starts with a double quote (") on line {line} is never closed. Add the closing quote, or remove the opening one.',
  'authoring.csv.tooLarge':
    'The files are {size} MB; the limit is {limit} MB. Leave out long texts or split the dataset.',
  'authoring.csv.tooManyRows':
    'The sheet has more than {limit} rows, which is the limit. Split the dataset.',
  'authoring.csv.tooManyColumns':
    'The row on line {line} has more than {limit} cells. Check that the file uses one delimiter (comma, semicolon or tab) throughout.',
  'authoring.csv.unknownColumn':
    'This sheet has no column “{column}”. Rename it to one of: {allowed}. To keep notes of your own, start the header with #.',
  'authoring.csv.needsLanguage':
    'The column “{column}” needs a language code: write {example}, one column per language.',
  'authoring.csv.badLanguage':
    '“{lang}” is not a language code. Use a code such as en, de or fr, e.g. {example}.',
  'authoring.csv.duplicateColumn':
    'The column “{column}” appears twice. Delete one of them, or merge their values.',
  'authoring.csv.unnamedColumn':
    'This column has values but no header. Give it a header from the list of columns, or delete it.',
  'authoring.csv.missingColumn':
    'The column “{column}” is missing. Add it: each row must name the item it belongs to.',
  'authoring.csv.extraCell':
    'This row has a value beyond the last column with a header. Remove the stray value or delimiter, or add a header.',
  'authoring.csv.missingParent':
    'This row does not say which {kind} it belongs to. Fill in the “{column}” cell with its id.',
  'authoring.csv.unknownParent':
    'There is no row with the id “{id}” in {file}. Check the spelling (ids are lowercase), or add that row.',
  'authoring.csv.bool': '“{value}” is neither true nor false. Write true or false.',
  'authoring.csv.quoteWithoutText':
    'The quote’s language or a translation is filled in, but the quote itself is empty. Add the quote, or clear those cells.',
  'authoring.csv.unknownKey': 'dataset.csv has no setting “{key}”. Use one of: {allowed}.',
  'authoring.csv.extraRow':
    'dataset.csv holds one row of values under its column headers; this row is one too many. Delete it, or write one key,value row per setting.',
  'authoring.csv.duplicateKey': 'The setting “{key}” appears twice. Keep one row.',

  'authoring.hint.json':
    'Open the file in a JSON-aware editor; the usual causes are a missing comma or quote, or a comma after the last item of a list.',
  'authoring.hint.tooLarge': 'Leave out long texts or unused sources, or split the dataset.',
  'authoring.hint.fetch':
    'Check the address. A dataset on another website must be sent with the header “Access-Control-Allow-Origin”.',
  'authoring.hint.required': 'Fill it in.',
  'authoring.hint.id': 'Write it like “north-island” or “s-2025-03-01”.',
  'authoring.hint.date':
    'Write 2025-03-01, or 2025-03 when only the month is known. In a spreadsheet, format the column as text so the program leaves dates alone.',
  'authoring.hint.day': 'Write 2025-03-01.',
  'authoring.hint.url': 'Copy the full address from the browser, starting with https://.',
  'authoring.hint.version':
    'Use the date of the change and a counter, e.g. 2025-03-01.1; raise the counter for a second change on the same day.',
  'authoring.hint.lang': 'Use a language code such as en, de or fr.',
  'authoring.hint.tooSmall': 'Add the missing entries.',
  'authoring.hint.duplicateId': 'Give each of them its own id.',
  'authoring.hint.unknownRef':
    'Check the spelling (ids are lowercase, with hyphens), or add the {kind} it refers to.',
  'authoring.hint.speakerParty':
    'Choose one of this party’s speakers, or add the speaker to this party.',
  'authoring.hint.outcome': 'Use an outcome id of this issue, or add the outcome to the issue.',
  'authoring.hint.prefersNotAccepted': 'Add it to “accepts” as well, or clear “prefers”.',
  'authoring.hint.acceptsAndRejects': 'Remove it from one of the two lists.',
  'authoring.hint.viaCycle':
    'A source may relay another one, but the chain must end at a source without “via”.',
  'authoring.hint.afterAsOf':
    'Correct this date, or move the dataset’s “asOf” to the latest date it covers.',
  'authoring.hint.missingLanguage':
    'Add the text in “{lang}”, or remove “{lang}” from the dataset’s languages.',
  'authoring.hint.endBeforeStart': 'Correct the end date, or swap the two dates.',

  'authoring.warn.partyNoStatements':
    'The party “{id}” has no statements, so all its cells will be empty. Add statements, or remove the party.',
  'authoring.warn.issueNoStatements':
    'No party has a statement on the issue “{id}”. Add statements, or remove the issue.',
  'authoring.warn.singleOutcome':
    'The issue “{id}” has fewer than two outcomes, so positions on it cannot differ. Add the outcomes the parties argue about.',
  'authoring.warn.outcomeUnused':
    'No statement or plan names the outcome “{id}” of the issue “{issue}”. Check that it is needed.',
  'authoring.warn.speakerNotYet':
    '{speaker} is quoted on {date}, before taking up the role ({from}). Check the date, the speaker or “from”.',
  'authoring.warn.speakerNoLonger':
    '{speaker} is quoted on {date}, after leaving the role ({to}). Check the date, the speaker or “to”.',
  'authoring.warn.sourceBeforeStatement':
    'The source “{id}” was published on {published}, before the statement’s date {date}. Check both dates.',
  'authoring.warn.sameDay':
    'The statement “{other}” is from the same day, party and issue; the one later in the file wins. Merge them, or correct a date.',
  'authoring.warn.withdrawn':
    'This statement accepts and rejects nothing, so it reads as the party withdrawing its position. If that is not meant, add outcomes.',
  'authoring.warn.sourceUnused':
    'No statement, event or plan cites the source “{id}”. Cite it, or remove it.',
  'authoring.warn.sourceNoType':
    'The source “{id}” has no type, so readers cannot tell an official text or a wire report from state media. Add a type.',
  'authoring.warn.planNoTerms':
    'The plan “{id}” has no terms, so the deal builder has nothing to show. Add its terms.',
  'authoring.warn.emptyText': 'The “{lang}” text is empty. Write it, or leave the language out.',
} as const;

addEnglish(enAuthoring);
