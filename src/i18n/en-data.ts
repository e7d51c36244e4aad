/**
 * English messages of the Data page's dataset tools: loading your own, the datasets kept in this
 * browser, the template and schema. Part of the lazy `authoring` area (en-authoring.ts spreads
 * them in): import '../i18n/en-authoring' to have them.
 */
export const enData = {
  'data.page.title': 'Data',
  'data.page.showing': 'Showing “{title}”, version {version}.',
  'data.page.openExplorer': 'Open it in the explorer',

  'data.store.unavailable':
    'This browser does not let Common Ground keep datasets — usually because of private browsing, or because site data is blocked in its settings.',
  'data.store.full':
    'The browser’s storage for this site is full. Delete datasets you no longer need, or free space in the browser’s settings, then try again.',
  'data.store.failed':
    'The browser could not keep or read the dataset ({detail}). Try again; to be safe, download it as a file.',
  'data.store.missing':
    'This dataset is no longer kept in this browser: it was deleted, or the browser’s data was cleared. Load the file again on the Data page.',
  'data.store.sessionOnly': 'Use it for this visit only',
  'data.store.sessionNote':
    'It stays until you close or reload this tab. To keep it, download it as a file.',

  'data.my.title': 'Datasets',
  'data.my.intro':
    'Switch between the datasets bundled with Common Ground and those you loaded. Yours are kept in this browser only — not on a server — so a link to one works only here.',
  'data.my.bundled': 'Bundled with Common Ground',
  'data.my.mine': 'My datasets',
  'data.my.none': 'None yet. Load one below; it will be kept in this browser.',
  'data.my.reading': 'Reading the datasets kept in this browser…',
  'data.my.listFailed': 'The datasets kept in this browser cannot be shown.',
  'data.my.inUse': 'in use',
  'data.my.use': 'Use',
  'data.my.useNamed': 'Use “{name}”',
  'data.my.rename': 'Rename',
  'data.my.renameNamed': 'Rename “{name}”',
  'data.my.newName': 'New name',
  'data.my.saveName': 'Save',
  'data.my.cancel': 'Cancel',
  'data.my.nameEmpty': 'Write a name.',
  'data.my.download': 'Download JSON',
  'data.my.downloadNamed': 'Download “{name}” as JSON',
  'data.my.downloadCsv': 'Download CSV sheets',
  'data.my.downloadCsvNamed': 'Download “{name}” as CSV sheets',
  'data.my.delete': 'Delete',
  'data.my.deleteNamed': 'Delete “{name}”',
  'data.my.confirmDelete': 'Delete “{name}” from this browser? This cannot be undone.',
  'data.my.confirmYes': 'Delete it',
  'data.my.confirmNo': 'Keep it',
  'data.my.deleted': 'Deleted “{name}”.',
  'data.my.deletedInUse': 'Deleted “{name}”. Now showing the bundled dataset.',
  'data.my.renamed': 'Renamed to “{name}”.',
  'data.my.switched': 'Now showing “{name}”.',
  'data.my.version': 'version {version}',
  'data.my.asOf': 'as of {date}',
  'data.my.saved': 'saved {date}',
  'data.my.session': 'for this visit only',
  'data.my.origin.file': 'from a JSON file',
  'data.my.origin.csv': 'from CSV sheets',
  'data.my.origin.url': 'copied from {host}',
  'data.my.fromWeb': 'From the web',
  'data.my.fromWebNote': 'Shown now, from {host}. It is read from that address each time.',
  'data.my.keepCopy': 'Keep a copy in this browser',
  'data.my.kept': 'A copy of “{name}” is now kept in this browser.',
  'data.size.kb': '{size} KB',
  'data.size.mb': '{size} MB',

  'data.load.title': 'Load dataset',
  'data.load.intro':
    'Open a negotiation of your own: one JSON file in dataset format v1, or all sheets of a CSV bundle at once. Nothing changes until the dataset is valid; then it is kept in this browser.',
  'data.load.files': 'JSON file or CSV sheets',
  'data.load.filesHint':
    'Choose one .json file, or every .csv sheet together (dataset.csv, parties.csv, …). You can also drop the files on this box.',
  'data.load.dropNow': 'Drop the files to check them',
  'data.load.manyFiles': '{count} files',
  'data.load.reading': 'Reading {file}…',
  'data.load.checking': 'Checking {file}…',
  'data.load.progress': 'Progress',
  'data.load.cancel': 'Cancel',
  'data.load.failedOne': '“{file}” cannot be loaded: 1 problem',
  'data.load.failed': '“{file}” cannot be loaded: {count} problems',
  'data.load.unchanged':
    'Nothing was loaded or stored; the dataset shown is unchanged. Fix the problems and choose the files again.',
  'data.load.more': '{count} more problems are not shown. Fix these first, then load again.',
  'data.load.fix': 'How to fix:',
  'data.load.wholeFile': 'The whole file',
  'data.load.allFiles': 'All files',
  'data.load.valid':
    '“{title}” is valid: {parties} parties, {issues} issues, {statements} statements.',
  'data.load.warnings': 'Warnings: {count}',
  'data.load.warningsIntro':
    'The dataset loads, but these are probably not what you meant. You can fix them later.',
  'data.load.use': 'Use this dataset',
  'data.load.discard': 'Discard',
  'data.load.mixed': 'Choose either one JSON file or the CSV sheets, not both.',
  'data.load.manyJson': 'Choose one JSON file at a time.',
  'data.load.unreadable': 'The file could not be read ({detail}). Choose it again.',
  'data.load.checkFailed': 'The files could not be checked ({detail}). Try again.',

  'data.url.label': 'Load from a web address',
  'data.url.hint':
    'The address of a JSON file, starting with https://. The website must allow other sites to read the file: it has to send the header “Access-Control-Allow-Origin”. GitHub Pages and raw GitHub files do; many cloud drives do not. Details: “Publishing” in docs/AUTHORING.md.',
  'data.url.open': 'Open',
  'data.url.bad': 'Write a full address starting with https://.',

  'data.publish.title': 'Write your own',
  'data.publish.intro':
    'Start from the template: a small, fictional negotiation that loads without errors or warnings. The guide docs/AUTHORING.md in Common Ground’s repository explains every field, the CSV sheets, and how to publish a dataset.',
  'data.publish.templateJson': 'Template as JSON',
  'data.publish.templateCsv': 'Template as CSV sheets:',
  'data.publish.schema': 'JSON Schema of dataset format v1',
  'data.publish.schemaNote': '(for editors that complete and check fields)',
} as const;
