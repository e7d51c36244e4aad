import type { enData } from './en-data';

/** German messages of the Data page's dataset tools (see en-data.ts). */
export const deData: Record<keyof typeof enData, string> = {
  'data.page.title': 'Daten',
  'data.page.showing': 'Angezeigt: „{title}“, Version {version}.',
  'data.page.openExplorer': 'Im Explorer öffnen',

  'data.store.unavailable':
    'Dieser Browser lässt Common Ground keine Datensätze speichern – meist wegen privaten Surfens oder weil Websitedaten in den Einstellungen blockiert sind.',
  'data.store.full':
    'Der Speicher des Browsers für diese Website ist voll. Löschen Sie Datensätze, die Sie nicht mehr brauchen, oder schaffen Sie in den Browsereinstellungen Platz, und versuchen Sie es erneut.',
  'data.store.failed':
    'Der Browser konnte den Datensatz nicht speichern oder lesen ({detail}). Versuchen Sie es erneut; laden Sie ihn zur Sicherheit als Datei herunter.',
  'data.store.missing':
    'Dieser Datensatz ist in diesem Browser nicht mehr gespeichert: Er wurde gelöscht, oder die Browserdaten wurden gelöscht. Laden Sie die Datei auf der Seite „Daten“ erneut.',
  'data.store.sessionOnly': 'Nur für diesen Besuch verwenden',
  'data.store.sessionNote':
    'Er bleibt, bis Sie diesen Tab schließen oder neu laden. Um ihn zu behalten, laden Sie ihn als Datei herunter.',

  'data.my.title': 'Datensätze',
  'data.my.intro':
    'Wechseln Sie zwischen den mitgelieferten Datensätzen und denen, die Sie geladen haben. Ihre sind nur in diesem Browser gespeichert – nicht auf einem Server –, ein Link darauf funktioniert also nur hier.',
  'data.my.bundled': 'Mit Common Ground geliefert',
  'data.my.mine': 'Meine Datensätze',
  'data.my.none': 'Noch keine. Laden Sie unten einen; er wird in diesem Browser gespeichert.',
  'data.my.reading': 'Die in diesem Browser gespeicherten Datensätze werden gelesen …',
  'data.my.listFailed':
    'Die in diesem Browser gespeicherten Datensätze können nicht angezeigt werden.',
  'data.my.inUse': 'in Verwendung',
  'data.my.use': 'Verwenden',
  'data.my.useNamed': '„{name}“ verwenden',
  'data.my.rename': 'Umbenennen',
  'data.my.renameNamed': '„{name}“ umbenennen',
  'data.my.newName': 'Neuer Name',
  'data.my.saveName': 'Speichern',
  'data.my.cancel': 'Abbrechen',
  'data.my.nameEmpty': 'Geben Sie einen Namen ein.',
  'data.my.download': 'JSON herunterladen',
  'data.my.downloadNamed': '„{name}“ als JSON herunterladen',
  'data.my.downloadCsv': 'CSV-Tabellen herunterladen',
  'data.my.downloadCsvNamed': '„{name}“ als CSV-Tabellen herunterladen',
  'data.my.delete': 'Löschen',
  'data.my.deleteNamed': '„{name}“ löschen',
  'data.my.confirmDelete':
    '„{name}“ aus diesem Browser löschen? Das lässt sich nicht rückgängig machen.',
  'data.my.confirmYes': 'Ja, löschen',
  'data.my.confirmNo': 'Behalten',
  'data.my.deleted': '„{name}“ gelöscht.',
  'data.my.deletedInUse': '„{name}“ gelöscht. Jetzt wird der mitgelieferte Datensatz angezeigt.',
  'data.my.renamed': 'Umbenannt in „{name}“.',
  'data.my.switched': 'Jetzt angezeigt: „{name}“.',
  'data.my.version': 'Version {version}',
  'data.my.asOf': 'Stand {date}',
  'data.my.saved': 'gespeichert am {date}',
  'data.my.session': 'nur für diesen Besuch',
  'data.my.origin.file': 'aus einer JSON-Datei',
  'data.my.origin.csv': 'aus CSV-Tabellen',
  'data.my.origin.url': 'kopiert von {host}',
  'data.my.fromWeb': 'Aus dem Web',
  'data.my.fromWebNote':
    'Jetzt angezeigt, von {host}. Er wird jedes Mal von dieser Adresse gelesen.',
  'data.my.keepCopy': 'Eine Kopie in diesem Browser behalten',
  'data.my.kept': 'Eine Kopie von „{name}“ ist jetzt in diesem Browser gespeichert.',
  'data.size.kb': '{size} KB',
  'data.size.mb': '{size} MB',

  'data.load.title': 'Datensatz laden',
  'data.load.intro':
    'Öffnen Sie eine eigene Verhandlung: eine JSON-Datei im Datensatzformat v1 oder alle Tabellen eines CSV-Bündels auf einmal. Nichts ändert sich, bevor der Datensatz gültig ist; dann wird er in diesem Browser gespeichert.',
  'data.load.files': 'JSON-Datei oder CSV-Tabellen',
  'data.load.filesHint':
    'Wählen Sie eine .json-Datei oder alle .csv-Tabellen zusammen (dataset.csv, parties.csv, …). Sie können die Dateien auch auf dieses Feld ziehen.',
  'data.load.dropNow': 'Dateien loslassen, um sie zu prüfen',
  'data.load.manyFiles': '{count} Dateien',
  'data.load.reading': '{file} wird gelesen …',
  'data.load.checking': '{file} wird geprüft …',
  'data.load.progress': 'Fortschritt',
  'data.load.cancel': 'Abbrechen',
  'data.load.failedOne': '„{file}“ kann nicht geladen werden: 1 Problem',
  'data.load.failed': '„{file}“ kann nicht geladen werden: {count} Probleme',
  'data.load.unchanged':
    'Nichts wurde geladen oder gespeichert; der angezeigte Datensatz bleibt. Beheben Sie die Probleme und wählen Sie die Dateien erneut.',
  'data.load.more':
    '{count} weitere Probleme werden nicht angezeigt. Beheben Sie zuerst diese und laden Sie dann erneut.',
  'data.load.fix': 'So beheben Sie es:',
  'data.load.wholeFile': 'Die ganze Datei',
  'data.load.allFiles': 'Alle Dateien',
  'data.load.valid':
    '„{title}“ ist gültig: {parties} Parteien, {issues} Streitfragen, {statements} Aussagen.',
  'data.load.warnings': 'Warnungen: {count}',
  'data.load.warningsIntro':
    'Der Datensatz lädt, aber das hier ist wahrscheinlich nicht so gemeint. Sie können es später beheben.',
  'data.load.use': 'Diesen Datensatz verwenden',
  'data.load.discard': 'Verwerfen',
  'data.load.mixed': 'Wählen Sie entweder eine JSON-Datei oder die CSV-Tabellen, nicht beides.',
  'data.load.manyJson': 'Wählen Sie jeweils nur eine JSON-Datei.',
  'data.load.unreadable':
    'Die Datei konnte nicht gelesen werden ({detail}). Wählen Sie sie erneut.',
  'data.load.checkFailed':
    'Die Dateien konnten nicht geprüft werden ({detail}). Versuchen Sie es erneut.',

  'data.url.label': 'Von einer Webadresse laden',
  'data.url.hint':
    'Die Adresse einer JSON-Datei, beginnend mit https://. Die Website muss anderen Seiten erlauben, die Datei zu lesen: Sie muss den Header „Access-Control-Allow-Origin“ senden. GitHub Pages und Rohdateien auf GitHub tun das, viele Cloud-Speicher nicht. Einzelheiten: „Publishing“ in docs/AUTHORING.md.',
  'data.url.open': 'Öffnen',
  'data.url.bad': 'Geben Sie eine vollständige Adresse ein, die mit https:// beginnt.',

  'data.publish.title': 'Einen eigenen schreiben',
  'data.publish.intro':
    'Beginnen Sie mit der Vorlage: einer kleinen, erfundenen Verhandlung, die ohne Fehler und Warnungen lädt. Die Anleitung docs/AUTHORING.md im Repository von Common Ground erklärt jedes Feld, die CSV-Tabellen und wie man einen Datensatz veröffentlicht.',
  'data.publish.templateJson': 'Vorlage als JSON',
  'data.publish.templateCsv': 'Vorlage als CSV-Tabellen:',
  'data.publish.schema': 'JSON Schema des Datensatzformats v1',
  'data.publish.schemaNote': '(für Editoren, die Felder ergänzen und prüfen)',
};
