import type { enTimeline } from './en-timeline';

/** German messages for the timeline views (merged into `de`). */
export const deTimeline: Record<keyof typeof enTimeline, string> = {
  'timeline.controls': 'Steuerung der Zeitleiste',
  'timeline.quick.label': 'Zeige',
  'timeline.quick.year': '{year}',
  'timeline.quick.since': 'seit {year}',
  'timeline.quick.all': 'Alles',
  'timeline.zoomIn': 'Vergrößern',
  'timeline.zoomOut': 'Verkleinern',
  'timeline.lanes.label': 'Bahnen',
  'timeline.lanes.party': 'Parteien',
  'timeline.lanes.issue': 'Themen',
  'timeline.window': 'Zeigt {from} bis {to}',
  'timeline.zoomHint':
    'Mit dem Mausrad, zwei Fingern oder + und − zoomen; die Fläche, den Rahmen darunter ziehen oder Umschalt mit den Pfeiltasten drücken, um in der Zeit zu wandern; die orange Linie ziehen, um das Datum „Stand“ zu ändern.',
  'timeline.cursor': 'Ziehen, um das Datum „Stand“ zu ändern',
  'timeline.legend.issues': 'Form: Thema',
  'timeline.legend.fill': 'Füllung: Verlässlichkeit',
  'timeline.legend.crowded':
    'Herausgezoomt: Je dunkler ein Abschnitt einer Spur, desto mehr Aussagen liegen dort. Hineinzoomen zeigt jede Aussage mit Thema und Verlässlichkeit.',
  'timeline.legend.shift': 'Ring: die Position hat sich verschoben',
  'timeline.legend.hardened': '▲ verhärtet',
  'timeline.legend.softened': '▼ aufgeweicht',
  'timeline.list.summary': 'Liste dessen, was zu sehen ist',
  'timeline.list.count': '{statements} Aussagen und {events} Ereignisse im Ausschnitt',
  'timeline.list.more': 'und {count} weitere; vergrößern, um sie aufzulisten',
  'timeline.list.event': 'Ereignis, {date}: {title}',
  'timeline.list.shift': '({shift})',
  'timeline.event.talks': 'Gespräche',
  'timeline.event.summit': 'Gipfel',
  'timeline.event.plan': 'Plan',
  'timeline.event.election': 'Wahl',
  'timeline.event.military': 'Militärisch',
  'timeline.event.other': 'Ereignis',
} as const;
