import type { collectZh } from './collect-zh';

/** English UI strings of the spreadsheet parts of the app; the compiler checks every key is here. */
export const collectEn: Readonly<Record<keyof typeof collectZh, string>> = {
  'workbook.template': 'Download the collection template (Excel)',
  'workbook.results': 'Download the {year} results (Excel)',
  'workbook.writing': 'Writing the Excel file…',
  'workbook.writeFailed': 'The Excel file could not be written: {error}',
  'workbook.written': '“{file}” written.',
  'workbook.writtenLost':
    '“{file}” written; these {n} items do not fit in a sheet and were left out:',
  'workbook.problems':
    'The workbook has {n} problems and was not evaluated. Fix them and load it again:',
  'workbook.read':
    'Read from the workbook: {villages} village rows, {households} household rows, {houses} house rows, {equipment} machine, vehicle and facility rows; every row was evaluated or listed as a problem.',
  'workbook.yearFromSheet': ' The evaluation year is the one on the 说明 sheet.',
  'workbook.notShown':
    'The workbook also has {entities} entity rows (经营主体) and {townships} township rows (乡镇): this page shows the results of villages and households only; evaluate those with the command credit-village evaluate.',
  'workbook.col.place': 'Place in the workbook',
  'workbook.yearHint':
    'Write the year in the 评定年度 row of the workbook’s 说明 sheet, or fill in the evaluation year above and load the file again.',
  'nav.collect': 'Collect',
  'collect.title': 'Household collection',
  'collect.intro':
    'Enter the village’s households one by one: each one saved is kept on this device (offline, after a reload or a closed page), and the one being typed is kept as a draft. When done, export Excel or JSON for the village review.',
  'collect.coverageTitle': 'Progress',
  'collect.collectedOnly': '{collected} households collected (registered households not given)',
  'collect.collectedOf': '{collected} of {registered} registered households collected',
  'collect.coverage': '{valid} valid records, coverage {coverage}',
  'collect.notKept':
    'This browser does not let the app keep data on the device: export Excel or JSON before closing the page.',
  'collect.saving': 'Saving on this device…',
  'collect.saveFailed':
    'Could not save on this device ({error}): export Excel or JSON now so nothing is lost.',
  'collect.savedAt': 'Kept on this device: {n} households, saved at {time}.',
  'collect.kept': '{n} households kept on this device.',
  'collect.unreadable':
    '{n} households kept on this device could not be read (an older version?) and are not shown.',
  'collect.village': 'Village',
  'collect.villageEmpty': 'not filled in yet',
  'collect.yearMissing': 'Required: fill in the evaluation year',
  'collect.extraFields':
    'Other village fields of the imported file ({keys}) are kept and exported as they are.',
  'collect.newHousehold': 'New household no. {n}',
  'collect.editHousehold': 'Household no. {n} ({id})',
  'collect.nextHousehold': 'Next household',
  'collect.confirmClear': 'Clear the household being typed?',
  'collect.confirmDiscard':
    'Drop the unsaved changes of this household and go back to what was saved?',
  'collect.clear': 'Clear this household',
  'collect.discard': 'Drop changes',
  'collect.draftKept':
    'This household has unsaved changes (the draft is kept on this device). Press “Save household” to add it to the village.',
  'collect.draftEmpty': 'Fill in the household, then press “Save household”.',
  'collect.draftSame': 'Same as saved.',
  'collect.twin': 'Household id {id} is also no. {n}’s: it will be listed as a problem once saved.',
  'collect.save': 'Save household',
  'collect.barPending': '{n} fields to fill or fix',
  'collect.saved': 'Households collected ({n})',
  'collect.noneSaved': 'No household saved yet.',
  'collect.withProblems': '{n} households have problems: press “Edit” to fix them.',
  'collect.who': 'no. {n} {id}',
  'collect.open': '(open in the form)',
  'collect.result': 'score {score}, limit {limit} yuan',
  'collect.problems': '{n} problems:',
  'collect.edit': 'Edit',
  'collect.editLabel': 'Edit household {who}',
  'collect.remove': 'Delete',
  'collect.removeLabel': 'Delete household {who}',
  'collect.confirmRemove': 'Delete household {who}? This cannot be undone.',
  'collect.files': 'Export and import',
  'collect.exportXlsx': 'Export the Excel collection workbook',
  'collect.exportJson': 'Export JSON',
  'collect.import': 'Import Excel or JSON to carry on',
  'collect.newVillage': 'Start a new village',
  'collect.confirmImport':
    'The imported village replaces the village being collected on this device. Have you exported it? Go on?',
  'collect.confirmNew':
    'Starting a new village clears the village being collected on this device. Have you exported it? Go on?',
  'collect.importReading': 'Reading “{file}”…',
  'collect.leftOut': 'These {n} items do not fit in the form and were not imported:',
  'collect.leftOutItem': 'household no. {n}: field “{field}”',
  'collect.importFailed': '“{file}” cannot be imported:',
  'collect.importNoVillage':
    '“{file}” holds no village: import a batch file, a collection workbook or an exported JSON file.',
  'collect.importChoose': '“{file}” holds {n} villages: choose the one to carry on with:',
  'collect.choice': '{village} ({n} households)',
  'collect.importThis': 'Import this village',
  'collect.importThisLabel': 'Import village {village}',
  'collect.households': '{n} households',
  'collect.savedOne': 'Household no. {n} ({id}) saved; enter the next one.',
  'collect.savedWithProblems':
    'Household no. {n} ({id}) saved with {problems} problems: fix them and save again.',
  'collect.savedForLater':
    'Household no. {n} ({id}) saved with {problems} problems: fix them later with “Edit” in the list.',
  'collect.nothingToSave': 'Nothing is filled in for this household: not saved.',
  'collect.removed': 'Household {id} deleted.',
  'collect.imported': 'Village {village} imported: {n} households.',
};
