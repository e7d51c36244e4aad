/** English messages for embeds and pinned dataset versions (merged into `en`). */
export const enEmbed = {
  'embed.dealOf': 'Who accepts “{name}”',
  'embed.customDeal': 'a deal chosen term by term',
  'embed.asOf': 'As of {date}',
  'embed.asOfCompared': 'As of {date}, compared with {compare}',
  'embed.statementsOne': '{count} statement',
  'embed.statementsOther': '{count} statements',
  'embed.outletsOne': '{count} outlet',
  'embed.outletsOther': '{count} outlets',
  'embed.sources': 'Sources: {statements} from {outlets}',
  'embed.version': 'Dataset version {version}',
  'embed.open': 'Open in Common Ground',
  'embed.newTab': '(opens in a new tab)',
  'embed.newerVersion': 'A newer version of this data exists ({version}).',
  'embed.openLive': 'Open the live view.',
  'embed.missingVersion':
    'Version {version} of this data is not available here; showing version {shown}.',
} as const;
