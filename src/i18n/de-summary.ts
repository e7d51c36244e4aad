import type { enSummary } from './en-summary';

/**
 * German messages for the plain-language summary (merged into `de`). Party names carry no article
 * in the data ("Ukraine", not "die Ukraine"), so they stand only where German allows a bare name:
 * as a subject in headline style, after a colon, or in parentheses. Issue names follow "beim
 * Thema" / "bei den Themen", which fixes their case; tails like "3 weiteren Streitfragen" are dative
 * because every list of issues follows "bei".
 */
export const deSummary: Record<keyof typeof enSummary, string> = {
  'summary.heading': 'Zusammenfassung',
  'summary.empty':
    'Wählen Sie mindestens eine Partei und eine Streitfrage, um eine Zusammenfassung zu erhalten.',
  'summary.quote': '„{text}“',
  'summary.pair': '{a} – {b}',
  'summary.selectedParties': 'die {count} ausgewählten Parteien',
  'summary.knownParties': 'die {count} Parteien mit Position',
  'summary.more.accepted.one': 'gemeinsame Optionen bei {count} weiteren Streitfrage',
  'summary.more.accepted.other': 'gemeinsame Optionen bei {count} weiteren Streitfragen',
  'summary.more.outcomes.one': 'Optionen bei {count} weiteren Streitfrage',
  'summary.more.outcomes.other': 'Optionen bei {count} weiteren Streitfragen',
  'summary.more.issues.one': '{count} weiteren Streitfrage',
  'summary.more.issues.other': '{count} weiteren Streitfragen',
  'summary.more.pairs.one': '{count} weiteres Paar',
  'summary.more.pairs.other': '{count} weitere Paare',
  'summary.more.parties.one': '{count} weitere Partei',
  'summary.more.parties.other': '{count} weitere Parteien',
  'summary.more.positions.one': '{count} weitere Position',
  'summary.more.positions.other': '{count} weitere Positionen',
  'summary.noPosition': 'Noch ohne Position: {list}.',
  'summary.pos.tally':
    'Stand {date}: Bei {count} von {total} Streitfragen haben {parties} eine gemeinsame Basis.',
  'summary.pos.tallyAll':
    'Stand {date}: Bei allen {total} Streitfragen haben {parties} eine gemeinsame Basis.',
  'summary.pos.tallyNone':
    'Stand {date}: Bei keiner der {total} Streitfragen haben {parties} eine gemeinsame Basis.',
  'summary.pos.acceptBoth': 'Beide akzeptieren {items}.',
  'summary.pos.acceptAll': 'Alle {count} Parteien akzeptieren {items}.',
  'summary.pos.acceptKnown': 'Alle Parteien mit Position akzeptieren {items}.',
  'summary.pos.item': '{outcomes} beim Thema {issue}',
  'summary.pos.without.one': 'Keine gemeinsame Basis beim Thema {items}.',
  'summary.pos.without.other': 'Keine gemeinsame Basis bei den Themen {items}.',
  'summary.pos.withoutItem': '{issue} ({reason})',
  'summary.pos.blocks.one': '{list} blockiert',
  'summary.pos.blocks.other': '{list} blockieren, jede für sich',
  'summary.pos.deadlocked': 'festgefahren',
  'summary.pos.few.one': 'Beim Thema {issues} haben weniger als zwei Parteien eine Position.',
  'summary.pos.few.other': 'Bei den Themen {issues} haben weniger als zwei Parteien eine Position.',
  'summary.pos.silent': 'Noch ohne erklärte Position: {list}.',
  'summary.pos.silentItem.one': '{party} bei {count} Streitfrage',
  'summary.pos.silentItem.other': '{party} bei {count} Streitfragen',
  'summary.pos.single':
    'Stand {date}: Zu {count} von {total} Streitfragen hat {party} eine Position.',
  'summary.pos.singleAll': 'Stand {date}: Zu allen {total} Streitfragen hat {party} eine Position.',
  'summary.pos.singleNone':
    'Stand {date}: Zu keiner der {total} Streitfragen hat {party} eine Position.',
  'summary.pos.singleAccepts': '{party} akzeptiert {items}.',
  'summary.pos.singleSilent.one': 'Noch keine Position beim Thema {issues}.',
  'summary.pos.singleSilent.other': 'Noch keine Position bei den Themen {issues}.',
  'summary.one.commonBoth':
    'Stand {date}: Beim Thema {issue} akzeptieren {parties} beide {outcomes}.',
  'summary.one.commonAll':
    'Stand {date}: Beim Thema {issue} akzeptieren {parties} alle {outcomes}.',
  'summary.one.blocked':
    'Stand {date}: Beim Thema {issue} haben {parties} keine gemeinsame Basis ({reason}).',
  'summary.one.none': 'Stand {date}: Beim Thema {issue} haben {parties} keine gemeinsame Basis.',
  'summary.one.deadlock':
    'Stand {date}: Beim Thema {issue} haben {parties} keine gemeinsame Basis; keine Partei steht allein im Weg, mindestens zwei müssten sich bewegen.',
  'summary.one.onlyOne': 'Stand {date}: Beim Thema {issue} hat nur {party} eine Position.',
  'summary.one.nobody':
    'Stand {date}: Beim Thema {issue} hat keine der ausgewählten Parteien eine Position.',
  'summary.one.singleAccepts': 'Stand {date}: Beim Thema {issue} akzeptiert {party} {outcomes}.',
  'summary.one.singleRedLines':
    'Stand {date}: Beim Thema {issue} akzeptiert {party} nichts und nennt nur rote Linien.',
  'summary.one.singleNone': 'Stand {date}: Beim Thema {issue} hat {party} keine Position.',
  'summary.ov.fewParties':
    'Wählen Sie mindestens zwei Parteien, um zu sehen, wie sie zueinander stehen.',
  'summary.ov.pairAgree':
    'Stand {date}: Beim Thema {issue} sind sich {a} und {b} einig – beide bevorzugen {outcome}.',
  'summary.ov.pairOverlap':
    'Stand {date}: Beim Thema {issue} haben {a} und {b} eine Schnittmenge – beide akzeptieren {outcomes}.',
  'summary.ov.pairConflict':
    'Stand {date}: Beim Thema {issue} stehen {a} und {b} im Konflikt – nichts ist für beide annehmbar.',
  'summary.ov.pairConflictNear':
    'Stand {date}: Beim Thema {issue} stehen {a} und {b} im Konflikt – nichts ist für beide annehmbar, doch ihre nächstgelegenen Optionen sind auf der Skala Nachbarn.',
  'summary.ov.pairConflictFar':
    'Stand {date}: Beim Thema {issue} stehen {a} und {b} im Konflikt – nichts ist für beide annehmbar, und ihre nächstgelegenen Optionen liegen auf der Skala {severity} Stufen auseinander.',
  'summary.ov.pairUnknown':
    'Stand {date}: Beim Thema {issue} ist offen, wie {a} und {b} zueinander stehen – mindestens eine Seite hat keine Position.',
  'summary.ov.counts': 'Stand {date}, Thema {issue}: {list}.',
  'summary.ov.count.agree.one': '{count} Paar ist sich einig',
  'summary.ov.count.agree.other': '{count} Paare sind sich einig',
  'summary.ov.count.overlap.one': '{count} Paar hat eine Schnittmenge',
  'summary.ov.count.overlap.other': '{count} Paare haben eine Schnittmenge',
  'summary.ov.count.conflict.one': '{count} Paar steht im Konflikt',
  'summary.ov.count.conflict.other': '{count} Paare stehen im Konflikt',
  'summary.ov.count.unknown.one': '{count} Paar ist noch offen',
  'summary.ov.count.unknown.other': '{count} Paare sind noch offen',
  'summary.ov.group.agree': 'Einig: {pairs}.',
  'summary.ov.group.overlap': 'Schnittmenge: {pairs}.',
  'summary.ov.group.conflict': 'Im Konflikt: {pairs}.',
  'summary.ov.countsSummed': 'Stand {date}, über {total} Streitfragen: {list}.',
  'summary.ov.countSummed.agree.one': '{count} Paar ist sich überwiegend einig',
  'summary.ov.countSummed.agree.other': '{count} Paare sind sich überwiegend einig',
  'summary.ov.countSummed.overlap.one': '{count} Paar hat überwiegend Schnittmengen',
  'summary.ov.countSummed.overlap.other': '{count} Paare haben überwiegend Schnittmengen',
  'summary.ov.countSummed.conflict.one': '{count} Paar steht überwiegend im Konflikt',
  'summary.ov.countSummed.conflict.other': '{count} Paare stehen überwiegend im Konflikt',
  'summary.ov.countSummed.unknown.one': '{count} Paar ist noch offen',
  'summary.ov.countSummed.unknown.other': '{count} Paare sind noch offen',
  'summary.ov.groupSummed.agree': 'Überwiegend einig: {pairs}.',
  'summary.ov.groupSummed.overlap': 'Überwiegend Schnittmengen: {pairs}.',
  'summary.ov.groupSummed.conflict': 'Überwiegend im Konflikt: {pairs}.',
  'summary.ov.pairSummed': 'Stand {date}, über {total} Streitfragen: {a} und {b} {list}.',
  'summary.ov.pairSummedUnknown':
    'Stand {date}, über {total} Streitfragen: {a} und {b} sind noch bei keiner vergleichbar.',
  'summary.ov.pairPart.agree': 'sind sich bei {count} einig',
  'summary.ov.pairPart.overlap': 'haben bei {count} eine Schnittmenge',
  'summary.ov.pairPart.conflict': 'stehen bei {count} im Konflikt',
  'summary.ov.pairPart.unknown': 'sind bei {count} nicht vergleichbar',
  'summary.ov.pairIssues.agree': 'Einig bei: {issues}.',
  'summary.ov.pairIssues.overlap': 'Schnittmenge bei: {issues}.',
  'summary.ov.pairIssues.conflict': 'Im Konflikt bei: {issues}.',
  'summary.cmp.none':
    'Im Zeitraum {from} bis {to} hat sich keine Position der ausgewählten Parteien geändert.',
  'summary.cmp.leadOne': 'Im Zeitraum {from} bis {to} hat sich eine Position geändert.',
  'summary.cmp.leadSame':
    'Im Zeitraum {from} bis {to} haben sich {count} Positionen geändert, alle {kind}.',
  'summary.cmp.lead': 'Im Zeitraum {from} bis {to} haben sich {count} Positionen geändert: {list}.',
  'summary.cmp.count.hardened': '{count} verhärtet',
  'summary.cmp.count.softened': '{count} aufgeweicht',
  'summary.cmp.count.new': '{count} neu',
  'summary.cmp.count.dropped': '{count} aufgegeben',
  'summary.cmp.count.changed': '{count} anders verändert',
  'summary.cmp.group.hardened': 'Verhärtet: {items}.',
  'summary.cmp.group.softened': 'Aufgeweicht: {items}.',
  'summary.cmp.group.new': 'Neu: {items}.',
  'summary.cmp.group.dropped': 'Aufgegeben: {items}.',
  'summary.cmp.group.changed': 'Anders verändert: {items}.',
  'summary.cmp.item': '{party} beim Thema {issue}',
};
