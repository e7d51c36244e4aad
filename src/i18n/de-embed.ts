import type { enEmbed } from './en-embed';

/** German messages for embeds and pinned dataset versions (merged into `de`). */
export const deEmbed: Record<keyof typeof enEmbed, string> = {
  'embed.dealOf': 'Wer „{name}“ akzeptiert',
  'embed.customDeal': 'eine Einigung nach eigener Wahl',
  'embed.asOf': 'Stand: {date}',
  'embed.asOfCompared': 'Stand: {date}, verglichen mit dem {compare}',
  'embed.statementsOne': '{count} Aussage',
  'embed.statementsOther': '{count} Aussagen',
  'embed.outletsOne': '{count} Medium',
  'embed.outletsOther': '{count} Medien',
  'embed.sources': 'Quellen: {statements} aus {outlets}',
  'embed.version': 'Version des Datensatzes: {version}',
  'embed.open': 'In Common Ground öffnen',
  'embed.newTab': '(öffnet in einem neuen Tab)',
  'embed.newerVersion': 'Von diesen Daten gibt es eine neuere Version ({version}).',
  'embed.openLive': 'Aktuelle Ansicht öffnen.',
  'embed.missingVersion':
    'Version {version} dieser Daten ist hier nicht verfügbar; gezeigt wird Version {shown}.',
};
