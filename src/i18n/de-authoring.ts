import { deData } from './de-data';
import type { enAuthoring } from './en-authoring';

/** German messages for loading your own dataset (merged into `de`). */
export const deAuthoring: Record<keyof typeof enAuthoring, string> = {
  ...deData,
  'authoring.location.cell': '{file}, Zeile {row}, Spalte {column}',
  'authoring.location.row': '{file}, Zeile {row}',
  'authoring.location.column': '{file}, Spalte {column}',

  'authoring.csv.noFiles':
    'Es wurden keine Dateien gewählt. Wählen Sie alle Tabellen des Datensatzes auf einmal (dataset.csv, parties.csv, …).',
  'authoring.csv.unknownFile':
    '„{file}“ ist keine Tabelle des CSV-Pakets. Benennen Sie jede Datei nach ihrer Tabelle: {sheets}.',
  'authoring.csv.duplicateSheet':
    'Diese Datei und „{first}“ sind beide die Tabelle „{sheet}“. Wählen Sie nur eine davon.',
  'authoring.csv.missingSheet':
    'Diese Tabelle fehlt. Legen Sie sie an (die Vorlage enthält eine zum Kopieren) und wählen Sie dann alle Dateien erneut.',
  'authoring.csv.emptySheet':
    'Diese Tabelle ist leer. Ihre erste Zeile muss die Spalten benennen: {allowed}.',
  'authoring.csv.unterminatedQuote':
    'Eine Zelle, die in Zeile {line} mit einem Anführungszeichen (") beginnt, wird nie geschlossen. Ergänzen Sie das schließende Anführungszeichen oder entfernen Sie das öffnende.',
  'authoring.csv.tooLarge':
    'Die Dateien sind {size} MB groß; erlaubt sind {limit} MB. Lassen Sie lange Texte weg oder teilen Sie den Datensatz.',
  'authoring.csv.tooManyRows':
    'Die Tabelle hat mehr als {limit} Zeilen, das ist die Grenze. Teilen Sie den Datensatz.',
  'authoring.csv.tooManyColumns':
    'Die Zeile ab Zeile {line} der Datei hat mehr als {limit} Zellen. Prüfen Sie, ob die Datei durchgehend ein Trennzeichen verwendet (Komma, Semikolon oder Tab).',
  'authoring.csv.unknownColumn':
    'Diese Tabelle hat keine Spalte „{column}“. Benennen Sie sie um in eine von: {allowed}. Für eigene Notizen beginnen Sie die Überschrift mit #.',
  'authoring.csv.needsLanguage':
    'Die Spalte „{column}“ braucht einen Sprachcode: schreiben Sie {example}, eine Spalte je Sprache.',
  'authoring.csv.badLanguage':
    '„{lang}“ ist kein Sprachcode. Verwenden Sie einen Code wie en, de oder fr, z. B. {example}.',
  'authoring.csv.duplicateColumn':
    'Die Spalte „{column}“ kommt zweimal vor. Löschen Sie eine davon oder führen Sie die Werte zusammen.',
  'authoring.csv.unnamedColumn':
    'Diese Spalte hat Werte, aber keine Überschrift. Geben Sie ihr eine Überschrift aus der Liste der Spalten oder löschen Sie sie.',
  'authoring.csv.missingColumn':
    'Die Spalte „{column}“ fehlt. Ergänzen Sie sie: Jede Zeile muss nennen, wozu sie gehört.',
  'authoring.csv.extraCell':
    'Diese Zeile hat einen Wert hinter der letzten Spalte mit Überschrift. Entfernen Sie den überzähligen Wert oder das Trennzeichen, oder ergänzen Sie eine Überschrift.',
  'authoring.csv.missingParent':
    'Diese Zeile sagt nicht, zu welcher Einheit ({kind}) sie gehört. Tragen Sie deren ID in die Zelle „{column}“ ein.',
  'authoring.csv.unknownParent':
    'In {file} gibt es keine Zeile mit der ID „{id}“. Prüfen Sie die Schreibweise (IDs sind kleingeschrieben) oder ergänzen Sie die Zeile.',
  'authoring.csv.bool': '„{value}“ ist weder true noch false. Schreiben Sie true oder false.',
  'authoring.csv.quoteWithoutText':
    'Sprache oder Übersetzung des Zitats sind ausgefüllt, das Zitat selbst aber leer. Ergänzen Sie das Zitat oder leeren Sie diese Zellen.',
  'authoring.csv.unknownKey':
    'dataset.csv hat keine Einstellung „{key}“. Verwenden Sie eine von: {allowed}.',
  'authoring.csv.extraRow':
    'dataset.csv enthält unter den Spaltenüberschriften genau eine Zeile mit Werten; diese Zeile ist zu viel. Löschen Sie sie, oder schreiben Sie je Einstellung eine Zeile key,value.',
  'authoring.csv.duplicateKey':
    'Die Einstellung „{key}“ kommt zweimal vor. Behalten Sie eine Zeile.',

  'authoring.hint.json':
    'Öffnen Sie die Datei in einem Editor, der JSON prüft; häufige Ursachen sind ein fehlendes Komma oder Anführungszeichen oder ein Komma nach dem letzten Listeneintrag.',
  'authoring.hint.tooLarge':
    'Lassen Sie lange Texte oder ungenutzte Quellen weg, oder teilen Sie den Datensatz.',
  'authoring.hint.fetch':
    'Prüfen Sie die Adresse. Ein Datensatz auf einer anderen Website muss mit dem Header „Access-Control-Allow-Origin“ ausgeliefert werden.',
  'authoring.hint.required': 'Füllen Sie es aus.',
  'authoring.hint.id': 'Schreiben Sie sie etwa als „north-island“ oder „s-2025-03-01“.',
  'authoring.hint.date':
    'Schreiben Sie 2025-03-01, oder 2025-03, wenn nur der Monat bekannt ist. Formatieren Sie die Spalte in der Tabellenkalkulation als Text, damit das Programm Daten nicht umwandelt.',
  'authoring.hint.day': 'Schreiben Sie 2025-03-01.',
  'authoring.hint.url':
    'Kopieren Sie die vollständige Adresse aus dem Browser, beginnend mit https://.',
  'authoring.hint.version':
    'Verwenden Sie das Datum der Änderung und einen Zähler, z. B. 2025-03-01.1; erhöhen Sie den Zähler bei einer zweiten Änderung am selben Tag.',
  'authoring.hint.lang': 'Verwenden Sie einen Sprachcode wie en, de oder fr.',
  'authoring.hint.tooSmall': 'Ergänzen Sie die fehlenden Einträge.',
  'authoring.hint.duplicateId': 'Geben Sie jedem Eintrag eine eigene ID.',
  'authoring.hint.unknownRef':
    'Prüfen Sie die Schreibweise (IDs sind kleingeschrieben, mit Bindestrichen) oder ergänzen Sie das Element ({kind}), auf das verwiesen wird.',
  'authoring.hint.speakerParty':
    'Wählen Sie eine Person dieser Partei oder ordnen Sie die Person dieser Partei zu.',
  'authoring.hint.outcome':
    'Verwenden Sie eine Options-ID dieser Streitfrage oder ergänzen Sie die Option bei der Streitfrage.',
  'authoring.hint.prefersNotAccepted':
    'Tragen Sie sie auch unter „accepts“ ein oder leeren Sie „prefers“.',
  'authoring.hint.acceptsAndRejects': 'Entfernen Sie sie aus einer der beiden Listen.',
  'authoring.hint.viaCycle':
    'Eine Quelle darf eine andere weitergeben, aber die Kette muss bei einer Quelle ohne „via“ enden.',
  'authoring.hint.afterAsOf':
    'Korrigieren Sie dieses Datum oder setzen Sie „asOf“ des Datensatzes auf das späteste enthaltene Datum.',
  'authoring.hint.missingLanguage':
    'Ergänzen Sie den Text auf „{lang}“ oder entfernen Sie „{lang}“ aus den Sprachen des Datensatzes.',
  'authoring.hint.endBeforeStart':
    'Korrigieren Sie das Enddatum oder vertauschen Sie die beiden Daten.',

  'authoring.warn.partyNoStatements':
    'Die Partei „{id}“ hat keine Aussagen, ihre Zellen bleiben also leer. Ergänzen Sie Aussagen oder entfernen Sie die Partei.',
  'authoring.warn.issueNoStatements':
    'Keine Partei äußert sich zur Streitfrage „{id}“. Ergänzen Sie Aussagen oder entfernen Sie die Streitfrage.',
  'authoring.warn.singleOutcome':
    'Die Streitfrage „{id}“ hat weniger als zwei Optionen, Positionen dazu können sich also nicht unterscheiden. Ergänzen Sie die Optionen, um die gestritten wird.',
  'authoring.warn.outcomeUnused':
    'Keine Aussage und kein Plan nennt die Option „{id}“ der Streitfrage „{issue}“. Prüfen Sie, ob sie gebraucht wird.',
  'authoring.warn.speakerNotYet':
    '{speaker} wird am {date} zitiert, vor dem Amtsantritt ({from}). Prüfen Sie das Datum, die Person oder „from“.',
  'authoring.warn.speakerNoLonger':
    '{speaker} wird am {date} zitiert, nach dem Ausscheiden ({to}). Prüfen Sie das Datum, die Person oder „to“.',
  'authoring.warn.sourceBeforeStatement':
    'Die Quelle „{id}“ erschien am {published}, vor dem Datum der Aussage ({date}). Prüfen Sie beide Daten.',
  'authoring.warn.sameDay':
    'Die Aussage „{other}“ stammt vom selben Tag, derselben Partei und zur selben Streitfrage; es gilt die spätere in der Datei. Führen Sie sie zusammen oder korrigieren Sie ein Datum.',
  'authoring.warn.withdrawn':
    'Diese Aussage akzeptiert und verwirft nichts und gilt damit als Rücknahme der Position. Falls das nicht gemeint ist, ergänzen Sie Optionen.',
  'authoring.warn.sourceUnused':
    'Keine Aussage, kein Ereignis und kein Plan zitiert die Quelle „{id}“. Zitieren Sie sie oder entfernen Sie sie.',
  'authoring.warn.sourceNoType':
    'Die Quelle „{id}“ hat keinen Typ; Leser können so einen amtlichen Text oder eine Agenturmeldung nicht von Staatsmedien unterscheiden. Ergänzen Sie den Typ.',
  'authoring.warn.planNoTerms':
    'Der Plan „{id}“ hat keine Bedingungen, der Einigungsbaukasten kann also nichts zeigen. Ergänzen Sie seine Bedingungen.',
  'authoring.warn.emptyText':
    'Der Text auf „{lang}“ ist leer. Schreiben Sie ihn oder lassen Sie die Sprache weg.',
} as const;
