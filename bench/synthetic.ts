import type { DatasetInput } from '../src/data/schema';

/**
 * Seeded synthetic datasets for the benchmark and for stress tests.
 *
 * `generateDataset()` is a pure function of its options: the same options give the same dataset,
 * byte for byte (a mulberry32 PRNG, no `Math.random`, no clock, no locale). The shape is meant to
 * look like a real negotiation, so that "as of" changes actually change cells:
 * - parties of every kind, with speakers whose terms of office start and end;
 * - ordered issues (a spectrum, 3–6 outcomes) and unordered ones (a menu of options);
 * - some parties never speak on some issues (cells stay unknown), activity varies by party/issue;
 * - each party's position on an issue drifts over time: a random walk on ordered issues, an
 *   accepted set that gains or loses options on unordered ones, red lines that come and go;
 * - statements cluster around events, ~5% have month precision, reliability is mixed, quotes are
 *   in the party's language with en/de translations, sources reuse recent articles and
 *   second-hand reports cite the source they report ("via");
 * - events and plans over the whole range, and a short tour.
 */

export interface SyntheticOptions {
  /** Number of parties (default 60). */
  parties?: number;
  /** Number of issues (default 30). */
  issues?: number;
  /** Number of statements (default 50 000). */
  statements?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

type Dataset = DatasetInput;
type PartyIn = Dataset['parties'][number];
type IssueIn = Dataset['issues'][number];
type StatementIn = Dataset['statements'][number];
type SourceIn = Dataset['sources'][number];
type EventIn = NonNullable<Dataset['events']>[number];
type PlanIn = NonNullable<Dataset['plans']>[number];
type Reliability = StatementIn['reliability'];
type SourceType = NonNullable<SourceIn['type']>;

export const SYNTHETIC_FIRST_DAY = '2021-12-01';
export const SYNTHETIC_LAST_DAY = '2026-04-30';

// ---------------------------------------------------------------------------------------------
// PRNG and helpers

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, fully deterministic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    // Mix the seed so that neighbouring seeds do not start on correlated streams.
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  /** Index drawn from non-negative weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = xs[i] as T;
      xs[i] = xs[j] as T;
      xs[j] = t;
    }
    return xs;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle([...xs]).slice(0, Math.max(0, Math.min(n, xs.length)));
  }
}

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2021, 11, 1) / DAY_MS;
const LAST = Date.UTC(2026, 3, 30) / DAY_MS;

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
function dayOf(s: string): number {
  const d = s.length === 7 ? `${s}-01` : s;
  return (
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS
  );
}
function clampDay(n: number): number {
  return Math.max(FIRST, Math.min(LAST, Math.round(n)));
}
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const SYLLABLES = (
  'al bar cor dan el fen gor hal is jor kal lan mor nor or pel quin ros sar tor ' +
  'ul val wen xan yor zel bri dra esk fal gra ith lum mer nav ost rav sil tam ven'
).split(' ');
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'ru', 'uk', 'zh', 'hu', 'nl', 'sv'];
const ROLES: readonly { en: string; de: string }[] = [
  { en: 'Head of state', de: 'Staatsoberhaupt' },
  { en: 'Foreign minister', de: 'Außenminister(in)' },
  { en: 'Defence minister', de: 'Verteidigungsminister(in)' },
  { en: 'Spokesperson', de: 'Sprecher(in)' },
  { en: 'Chief negotiator', de: 'Chefunterhändler(in)' },
];
const GROUP_WORDS = {
  alliance: { en: 'Alliance', de: 'Allianz' },
  organisation: { en: 'Organisation', de: 'Organisation' },
  grouping: { en: 'Group', de: 'Gruppe' },
} as const;

interface Topic {
  en: string;
  de: string;
  qEn: string;
  qDe: string;
}
const TOPICS: readonly Topic[] = [
  {
    en: 'Territory',
    de: 'Territorium',
    qEn: 'What happens to the contested territory?',
    qDe: 'Was geschieht mit dem umstrittenen Gebiet?',
  },
  {
    en: 'Alliance membership',
    de: 'Bündnismitgliedschaft',
    qEn: 'May the country join a military alliance?',
    qDe: 'Darf das Land einem Militärbündnis beitreten?',
  },
  {
    en: 'Security guarantees',
    de: 'Sicherheitsgarantien',
    qEn: 'Who guarantees a settlement?',
    qDe: 'Wer garantiert eine Einigung?',
  },
  {
    en: 'Ceasefire',
    de: 'Waffenstillstand',
    qEn: 'Under which conditions is there a ceasefire?',
    qDe: 'Unter welchen Bedingungen gibt es einen Waffenstillstand?',
  },
  {
    en: 'Sanctions',
    de: 'Sanktionen',
    qEn: 'What happens to sanctions?',
    qDe: 'Was geschieht mit den Sanktionen?',
  },
  {
    en: 'Troop limits',
    de: 'Truppenobergrenzen',
    qEn: 'How large may the armed forces be?',
    qDe: 'Wie groß dürfen die Streitkräfte sein?',
  },
  {
    en: 'Foreign troops',
    de: 'Ausländische Truppen',
    qEn: 'May foreign troops be stationed?',
    qDe: 'Dürfen ausländische Truppen stationiert werden?',
  },
  {
    en: 'Reparations',
    de: 'Reparationen',
    qEn: 'Who pays for reconstruction?',
    qDe: 'Wer zahlt für den Wiederaufbau?',
  },
  {
    en: 'Accountability',
    de: 'Strafverfolgung',
    qEn: 'Are war crimes prosecuted?',
    qDe: 'Werden Kriegsverbrechen verfolgt?',
  },
  {
    en: 'Prisoners',
    de: 'Gefangene',
    qEn: 'How are prisoners exchanged?',
    qDe: 'Wie werden Gefangene ausgetauscht?',
  },
  {
    en: 'Elections',
    de: 'Wahlen',
    qEn: 'When are elections held?',
    qDe: 'Wann finden Wahlen statt?',
  },
  {
    en: 'Language rights',
    de: 'Sprachrechte',
    qEn: 'Which languages are protected?',
    qDe: 'Welche Sprachen werden geschützt?',
  },
  {
    en: 'Nuclear status',
    de: 'Nuklearstatus',
    qEn: 'What is the nuclear status?',
    qDe: 'Welchen nuklearen Status gibt es?',
  },
  {
    en: 'Frozen assets',
    de: 'Eingefrorene Vermögen',
    qEn: 'What happens to frozen assets?',
    qDe: 'Was geschieht mit eingefrorenen Vermögen?',
  },
  {
    en: 'Energy transit',
    de: 'Energietransit',
    qEn: 'Does energy transit resume?',
    qDe: 'Wird der Energietransit wieder aufgenommen?',
  },
  {
    en: 'Grain corridor',
    de: 'Getreidekorridor',
    qEn: 'Is the sea corridor open?',
    qDe: 'Ist der Seekorridor offen?',
  },
  {
    en: 'Power plant',
    de: 'Kraftwerk',
    qEn: 'Who controls the power plant?',
    qDe: 'Wer kontrolliert das Kraftwerk?',
  },
  {
    en: 'Peacekeepers',
    de: 'Friedenstruppen',
    qEn: 'Are peacekeepers deployed?',
    qDe: 'Werden Friedenstruppen entsandt?',
  },
  {
    en: 'Demilitarised zone',
    de: 'Entmilitarisierte Zone',
    qEn: 'Is there a demilitarised zone?',
    qDe: 'Gibt es eine entmilitarisierte Zone?',
  },
  {
    en: 'Arms supplies',
    de: 'Waffenlieferungen',
    qEn: 'Do arms supplies continue?',
    qDe: 'Gehen die Waffenlieferungen weiter?',
  },
  {
    en: 'EU accession',
    de: 'EU-Beitritt',
    qEn: 'May the country join the union?',
    qDe: 'Darf das Land der Union beitreten?',
  },
  {
    en: 'Church',
    de: 'Kirche',
    qEn: 'What is the status of the church?',
    qDe: 'Welchen Status hat die Kirche?',
  },
  {
    en: 'Refugees',
    de: 'Geflüchtete',
    qEn: 'May refugees return?',
    qDe: 'Dürfen Geflüchtete zurückkehren?',
  },
  {
    en: 'Children',
    de: 'Kinder',
    qEn: 'Are deported children returned?',
    qDe: 'Werden verschleppte Kinder zurückgebracht?',
  },
  {
    en: 'Monitoring',
    de: 'Überwachung',
    qEn: 'Who monitors compliance?',
    qDe: 'Wer überwacht die Einhaltung?',
  },
  { en: 'Sequencing', de: 'Reihenfolge', qEn: 'What comes first?', qDe: 'Was kommt zuerst?' },
  {
    en: 'Referendum',
    de: 'Referendum',
    qEn: 'Is a settlement put to a referendum?',
    qDe: 'Wird über eine Einigung abgestimmt?',
  },
  {
    en: 'Airspace',
    de: 'Luftraum',
    qEn: 'Who controls the airspace?',
    qDe: 'Wer kontrolliert den Luftraum?',
  },
  {
    en: 'Black Sea',
    de: 'Schwarzes Meer',
    qEn: 'Who may use the sea?',
    qDe: 'Wer darf das Meer nutzen?',
  },
  {
    en: 'Reconstruction',
    de: 'Wiederaufbau',
    qEn: 'How is reconstruction organised?',
    qDe: 'Wie wird der Wiederaufbau organisiert?',
  },
];

/** Spectra for ordered issues: from one pole to the other. */
const SPECTRUM: readonly { en: string; de: string }[] = [
  { en: 'Full restoration', de: 'Vollständige Wiederherstellung' },
  { en: 'Phased restoration', de: 'Schrittweise Wiederherstellung' },
  { en: 'Freeze with talks', de: 'Einfrieren mit Verhandlungen' },
  { en: 'De-facto acceptance', de: 'De-facto-Anerkennung' },
  { en: 'Partial recognition', de: 'Teilweise Anerkennung' },
  { en: 'Full recognition', de: 'Vollständige Anerkennung' },
];
const MENU: readonly { en: string; de: string }[] = [
  { en: 'International tribunal', de: 'Internationales Tribunal' },
  { en: 'Bilateral commission', de: 'Bilaterale Kommission' },
  { en: 'UN mission', de: 'UN-Mission' },
  { en: 'Regional guarantors', de: 'Regionale Garantiemächte' },
  { en: 'Mediator state', de: 'Vermittlerstaat' },
  { en: 'Joint fund', de: 'Gemeinsamer Fonds' },
  { en: 'Amnesty', de: 'Amnestie' },
  { en: 'Observer mission', de: 'Beobachtermission' },
];
const OUTLETS: readonly { name: string; host: string; type: SourceType; lang: string }[] = [
  { name: 'Government Press Office', host: 'gov.example', type: 'official', lang: 'en' },
  { name: 'Ministry of Foreign Affairs', host: 'mfa.example', type: 'official', lang: 'en' },
  { name: 'Global Wire', host: 'globalwire.example', type: 'wire', lang: 'en' },
  { name: 'Presseagentur Nord', host: 'pan.example', type: 'wire', lang: 'de' },
  { name: 'The Daily Record', host: 'dailyrecord.example', type: 'newspaper', lang: 'en' },
  { name: 'Allgemeine Zeitung', host: 'allgemeine.example', type: 'newspaper', lang: 'de' },
  { name: 'World Broadcast', host: 'worldbroadcast.example', type: 'broadcaster', lang: 'en' },
  { name: 'State Television', host: 'statetv.example', type: 'state-media', lang: 'ru' },
  { name: 'News Roundup', host: 'roundup.example', type: 'aggregator', lang: 'en' },
  { name: 'Frontline Notes', host: 'frontline.example', type: 'blog', lang: 'en' },
];
const EVENT_KINDS = ['talks', 'summit', 'plan', 'election', 'military', 'other'] as const;

// ---------------------------------------------------------------------------------------------

interface Tenure {
  id: string;
  from: number;
  to: number;
}
interface PartyMeta {
  id: string;
  name: string;
  lang: string;
  activity: number;
  speakers: Tenure[];
}
interface IssueMeta {
  id: string;
  name: string;
  nameDe: string;
  ordered: boolean;
  outcomes: { id: string; en: string; de: string }[];
  salience: number;
}
interface Draft {
  day: number;
  month: boolean;
  party: number;
  issue: number;
  accepts: number[];
  prefers: number | undefined;
  rejects: number[];
}

export function generateDataset(opts: SyntheticOptions = {}): Dataset {
  const nParties = Math.max(1, Math.floor(opts.parties ?? 60));
  const nIssues = Math.max(1, Math.floor(opts.issues ?? 30));
  const nStatements = Math.max(0, Math.floor(opts.statements ?? 50_000));
  const seed = Math.floor(opts.seed ?? 1);
  const rng = new Rng(seed);

  // --- parties -------------------------------------------------------------------------------
  const usedNames = new Set<string>();
  const partyMeta: PartyMeta[] = [];
  const parties: PartyIn[] = [];
  for (let p = 0; p < nParties; p++) {
    let base = '';
    do {
      const n = rng.int(2, 3);
      base = '';
      for (let k = 0; k < n; k++) base += rng.pick(SYLLABLES);
    } while (usedNames.has(base));
    usedNames.add(base);
    const cap = base.charAt(0).toUpperCase() + base.slice(1);
    const kind: PartyIn['kind'] =
      p % 10 === 3
        ? 'alliance'
        : p % 10 === 7
          ? 'organisation'
          : p % 15 === 9
            ? 'grouping'
            : 'state';
    const name =
      kind === 'state'
        ? { en: cap, de: `${cap}${base.endsWith('a') ? 'n' : ''}` }
        : { en: `${cap} ${GROUP_WORDS[kind].en}`, de: `${GROUP_WORDS[kind].de} ${cap}` };
    const id = `p${pad(p + 1, 2)}-${base}`;
    const lang = rng.pick(LANGS);
    // Speakers: a head for the whole range, two foreign ministers who hand over, sometimes more.
    const handover = rng.int(FIRST + 200, LAST - 200);
    const tenures: Tenure[] = [
      { id: `${id}-head`, from: FIRST, to: LAST },
      { id: `${id}-fm1`, from: FIRST, to: handover },
      { id: `${id}-fm2`, from: handover + 1, to: LAST },
    ];
    const speakers: PartyIn['speakers'] = [
      { id: `${id}-head`, name: `${cap} Head ${pad(p + 1, 2)}`, role: { ...ROLES[0]! } },
      {
        id: `${id}-fm1`,
        name: `${cap} Minister A`,
        role: { ...ROLES[1]! },
        to: dayString(handover),
      },
      {
        id: `${id}-fm2`,
        name: `${cap} Minister B`,
        role: { ...ROLES[1]! },
        from: dayString(handover + 1),
      },
    ];
    if (rng.chance(0.6)) {
      const r = rng.pick(ROLES.slice(2));
      const sid = `${id}-s4`;
      const from = rng.chance(0.5) ? rng.int(FIRST, LAST - 400) : FIRST;
      tenures.push({ id: sid, from, to: LAST });
      speakers!.push({
        id: sid,
        name: `${cap} ${r.en}`,
        role: { ...r },
        ...(from > FIRST ? { from: dayString(from) } : {}),
      });
    }
    parties.push({ id, name, kind, speakers });
    // Activity: a few very vocal parties, a long quiet tail.
    partyMeta.push({
      id,
      name: name.en,
      lang,
      activity: 0.15 + 3 * rng.float() ** 2,
      speakers: tenures,
    });
  }

  // --- issues --------------------------------------------------------------------------------
  const issueMeta: IssueMeta[] = [];
  const issues: IssueIn[] = [];
  const sizeOffset = rng.int(0, 3);
  for (let i = 0; i < nIssues; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const round = Math.floor(i / TOPICS.length);
    const suffix = round > 0 ? ` ${round + 1}` : '';
    const id = `i${pad(i + 1, 2)}-${topic.en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    // Both kinds and every size 3–6 occur whenever there are enough issues.
    const ordered = i === 0 ? true : i === 1 ? false : rng.chance(0.6);
    const n = 3 + ((i + sizeOffset) % 4);
    let labels: { en: string; de: string }[];
    if (ordered) {
      // n points spread over the spectrum, keeping both poles.
      labels = [];
      for (let k = 0; k < n; k++) {
        labels.push(SPECTRUM[Math.round((k * (SPECTRUM.length - 1)) / (n - 1))]!);
      }
    } else {
      labels = rng.sample(MENU, n);
    }
    const outcomes = labels.map((l, k) => ({
      id: `${id.slice(0, 3)}-o${k + 1}`,
      en: l.en,
      de: l.de,
    }));
    issueMeta.push({
      id,
      name: topic.en + suffix,
      nameDe: topic.de + suffix,
      ordered,
      outcomes,
      salience: 0.2 + rng.float() * 1.8,
    });
    issues.push({
      id,
      name: { en: topic.en + suffix, de: topic.de + suffix },
      question: { en: topic.qEn, de: topic.qDe },
      ordered,
      outcomes: outcomes.map((o, k) => ({
        id: o.id,
        label: { en: o.en, de: o.de },
        ...(k === 0 && ordered
          ? { description: { en: 'One pole of the spectrum.', de: 'Ein Pol des Spektrums.' } }
          : {}),
      })),
    });
  }

  // --- sources (shared pool; statements, events and plans add to it) --------------------------
  const sources: SourceIn[] = [];
  const officialSourceIdx: number[] = [];
  const newSource = (
    day: number,
    month: boolean,
    opt: { official?: boolean; via?: number } = {},
  ) => {
    const outlet = opt.official
      ? OUTLETS[rng.int(0, 1)]!
      : rng.pick(opt.via !== undefined ? OUTLETS.slice(2) : OUTLETS);
    const n = sources.length + 1;
    const published = month ? dayString(day).slice(0, 7) : dayString(day);
    const src: SourceIn = {
      id: `src-${pad(n, 6)}`,
      outlet: outlet.name,
      url: `https://${outlet.host}/${published.slice(0, 4)}/${published.slice(5, 7)}/article-${n}`,
      title: `Report ${n}`,
      published,
      language: outlet.lang,
      type: outlet.type,
    };
    if (opt.via !== undefined) src.via = sources[opt.via]!.id;
    sources.push(src);
    if (outlet.type === 'official') officialSourceIdx.push(sources.length - 1);
    return sources.length - 1;
  };

  // --- events --------------------------------------------------------------------------------
  const nEvents = Math.max(8, Math.min(120, Math.round(nStatements / 500)));
  const eventDays: number[] = [];
  for (let e = 0; e < nEvents; e++) eventDays.push(rng.int(FIRST, LAST));
  eventDays.sort((a, b) => a - b);
  const events: EventIn[] = eventDays.map((day, e) => {
    const kind = rng.pick(EVENT_KINDS);
    const ev: EventIn = {
      id: `ev-${pad(e + 1, 3)}`,
      date: dayString(day),
      kind,
      title: {
        en: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${e + 1}`,
        de: `Ereignis ${e + 1} (${kind})`,
      },
    };
    if ((kind === 'talks' || kind === 'summit') && rng.chance(0.6)) {
      ev.endDate = dayString(Math.min(LAST, day + rng.int(1, 3)));
    }
    if (rng.chance(0.7)) {
      ev.summary = {
        en: `Synthetic ${kind} event number ${e + 1}.`,
        de: `Synthetisches Ereignis Nr. ${e + 1}.`,
      };
    }
    if (kind !== 'military' || rng.chance(0.5)) {
      ev.parties = rng.sample(partyMeta, rng.int(1, 5)).map((p) => p.id);
    }
    if (rng.chance(0.8))
      ev.sources = [sources[newSource(day, false, { official: rng.chance(0.5) })]!.id];
    return ev;
  });

  // --- statements: which (party, issue) pairs speak, and how often ----------------------------
  const pairWeights: number[] = [];
  for (let p = 0; p < nParties; p++) {
    for (let i = 0; i < nIssues; i++) {
      const silent = rng.chance(0.12);
      pairWeights.push(silent ? 0 : partyMeta[p]!.activity * issueMeta[i]!.salience);
    }
  }
  if (!pairWeights.some((w) => w > 0)) pairWeights[0] = 1;
  // Cumulative weights → O(log n) sampling.
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of pairWeights) cumulative.push((acc += w));
  const perPair: number[][] = pairWeights.map(() => []);
  for (let s = 0; s < nStatements; s++) {
    const r = rng.float() * acc;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    // Dates: 35% cluster within a few days of an event, the rest spread over the range.
    const day = rng.chance(0.35)
      ? clampDay(rng.pick(eventDays) + rng.int(-3, 5))
      : rng.int(FIRST, LAST);
    perPair[lo]!.push(day);
  }

  // --- statements: drift each pair's position through its own dates ---------------------------
  const drafts: Draft[] = [];
  for (let pi = 0; pi < perPair.length; pi++) {
    const days = perPair[pi]!;
    if (days.length === 0) continue;
    days.sort((a, b) => a - b);
    const p = Math.floor(pi / nIssues);
    const i = pi % nIssues;
    const iss = issueMeta[i]!;
    const n = iss.outcomes.length;
    // Ordered: a centre that random-walks with a slight trend, a width, a red-line margin.
    let centre = rng.int(0, n - 1);
    let width = rng.int(0, 1);
    const trend = rng.chance(0.5) ? 0 : rng.chance(0.5) ? 1 : -1;
    // Unordered: the accepted set as booleans.
    let accepted = iss.outcomes.map(() => rng.chance(0.4));
    if (!accepted.some(Boolean)) accepted[rng.int(0, n - 1)] = true;
    let redLines = iss.outcomes.map(() => rng.chance(0.3));
    for (let k = 0; k < days.length; k++) {
      const day = days[k]!;
      if (k > 0) {
        if (iss.ordered) {
          if (rng.chance(0.3)) {
            const step = rng.chance(0.6) && trend !== 0 ? trend : rng.chance(0.5) ? 1 : -1;
            centre = Math.max(0, Math.min(n - 1, centre + step));
          }
          if (rng.chance(0.12))
            width = Math.max(0, Math.min(2, width + (rng.chance(0.5) ? 1 : -1)));
        } else {
          if (rng.chance(0.35)) {
            const j = rng.int(0, n - 1);
            accepted = accepted.map((a, x) => (x === j ? !a : a));
            if (!accepted.some(Boolean)) accepted[rng.int(0, n - 1)] = true;
          }
          if (rng.chance(0.1)) redLines = iss.outcomes.map(() => rng.chance(0.3));
        }
      }
      let accepts: number[];
      let prefers: number | undefined;
      let rejects: number[];
      if (iss.ordered) {
        accepts = [];
        for (let x = Math.max(0, centre - width); x <= Math.min(n - 1, centre + width); x++) {
          accepts.push(x);
        }
        prefers = rng.chance(0.7) ? centre : undefined;
        rejects = [];
        if (rng.chance(0.55)) {
          for (let x = 0; x < n; x++) if (Math.abs(x - centre) > width + 1) rejects.push(x);
        }
      } else {
        accepts = [];
        for (let x = 0; x < n; x++) if (accepted[x]) accepts.push(x);
        prefers = rng.chance(0.6) ? rng.pick(accepts) : undefined;
        rejects = [];
        for (let x = 0; x < n; x++) if (!accepted[x] && redLines[x]) rejects.push(x);
      }
      drafts.push({ day, month: rng.chance(0.05), party: p, issue: i, accepts, prefers, rejects });
    }
  }
  // Global order: by date (month-precision dates sort before the days of their month), then by a
  // stable key, so ids follow time like in a hand-written dataset.
  const dateKey = (d: Draft) => (d.month ? dayString(d.day).slice(0, 7) : dayString(d.day));
  const keyed = drafts.map((d, k) => ({ d, key: dateKey(d), k }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.k - b.k));

  const statements: StatementIn[] = [];
  const recent: number[] = []; // indices of recently created non-official sources, newest last
  const lastOfficial: ({ idx: number; day: number } | undefined)[] = partyMeta.map(() => undefined);
  for (let s = 0; s < keyed.length; s++) {
    const { d, key } = keyed[s]!;
    const pm = partyMeta[d.party]!;
    const iss = issueMeta[d.issue]!;
    // 30% official, 45% on the record, 25% reported.
    const roll = rng.float();
    const reliability: Reliability =
      roll < 0.3 ? 'official' : roll < 0.75 ? 'on-record' : 'reported';
    const start = dayOf(key);
    const inOffice = pm.speakers.filter((t) => t.from <= start && start <= t.to);
    const speaker =
      reliability === 'reported' && rng.chance(0.5) ? undefined : rng.pick(inOffice).id;

    // Sources: official statements cite an official text; others often share a recent article;
    // reported ones may cite a report that itself reports someone else ("via").
    const cited: number[] = [];
    if (reliability === 'official') {
      // One formal document often covers several issues: reuse the party's latest if it is recent.
      const last = lastOfficial[d.party];
      if (last && start - last.day <= 14 && rng.chance(0.7)) cited.push(last.idx);
      else {
        const idx = newSource(start, d.month, { official: true });
        lastOfficial[d.party] = { idx, day: start };
        cited.push(idx);
      }
    } else if (recent.length > 0 && rng.chance(0.55)) {
      cited.push(rng.pick(recent.slice(-40)));
    } else {
      const via =
        reliability === 'reported' && rng.chance(0.5) && sources.length > 0
          ? rng.int(Math.max(0, sources.length - 200), sources.length - 1)
          : undefined;
      const idx = newSource(start, d.month, via === undefined ? {} : { via });
      recent.push(idx);
      if (recent.length > 400) recent.splice(0, 200);
      cited.push(idx);
    }
    if (rng.chance(0.12) && recent.length > 1) {
      const extra = rng.pick(recent.slice(-40));
      if (!cited.includes(extra)) cited.push(extra);
    }

    const outName = (x: number, lang: 'en' | 'de') => iss.outcomes[x]![lang];
    const list = (xs: number[], lang: 'en' | 'de') =>
      xs.map((x) => outName(x, lang)).join(lang === 'en' ? ' or ' : ' oder ');
    let en = `${pm.name} accepts ${list(d.accepts, 'en')} on ${iss.name}`;
    let de = `${pm.name} akzeptiert bei „${iss.nameDe}“: ${list(d.accepts, 'de')}`;
    if (d.prefers !== undefined) {
      en += `; prefers ${outName(d.prefers, 'en')}`;
      de += `; bevorzugt ${outName(d.prefers, 'de')}`;
    }
    if (d.rejects.length > 0) {
      en += `; rejects ${list(d.rejects, 'en')}`;
      de += `; lehnt ab: ${list(d.rejects, 'de')}`;
    }
    const st: StatementIn = {
      id: `s-${pad(s + 1, 6)}`,
      date: key,
      party: pm.id,
      ...(speaker !== undefined ? { speaker } : {}),
      issue: iss.id,
      accepts: d.accepts.map((x) => iss.outcomes[x]!.id),
      ...(d.prefers !== undefined ? { prefers: iss.outcomes[d.prefers]!.id } : {}),
      ...(d.rejects.length > 0 ? { rejects: d.rejects.map((x) => iss.outcomes[x]!.id) } : {}),
      summary: { en: `${en}.`, de: `${de}.` },
      sources: cited.map((c) => sources[c]!.id),
      reliability,
    };
    if (reliability !== 'reported' && rng.chance(0.3)) {
      const text = `[${pm.lang}] We can live with ${list(d.accepts, 'en')}. (${s + 1})`;
      st.quote = {
        text,
        lang: pm.lang,
        ...(pm.lang === 'en'
          ? { translations: { de: `Wir können mit ${list(d.accepts, 'de')} leben.` } }
          : pm.lang === 'de'
            ? { translations: { en: `We can live with ${list(d.accepts, 'en')}.` } }
            : {
                translations: {
                  en: `We can live with ${list(d.accepts, 'en')}.`,
                  de: `Wir können mit ${list(d.accepts, 'de')} leben.`,
                },
              }),
      };
    }
    statements.push(st);
  }

  // --- plans ---------------------------------------------------------------------------------
  const nPlans = Math.min(8, nParties * 2);
  const plans: PlanIn[] = [];
  for (let k = 0; k < nPlans; k++) {
    const day = rng.int(FIRST + 60, LAST - 10);
    const proposer = rng.pick(partyMeta);
    const terms = rng
      .sample(issueMeta, rng.int(Math.min(3, nIssues), Math.min(10, nIssues)))
      .map((iss) => {
        const n = iss.outcomes.length;
        const a = rng.int(0, n - 1);
        const outs = iss.ordered && a + 1 < n && rng.chance(0.3) ? [a, a + 1] : [a];
        return {
          issue: iss.id,
          outcomes: outs.map((x) => iss.outcomes[x]!.id),
          ...(rng.chance(0.3)
            ? { note: { en: 'Subject to talks.', de: 'Vorbehaltlich Verhandlungen.' } }
            : {}),
        };
      });
    plans.push({
      id: `plan-${k + 1}`,
      date: dayString(day),
      proposer: proposer.id,
      title: { en: `${proposer.name} plan ${k + 1}`, de: `Plan ${k + 1} von ${proposer.name}` },
      summary: {
        en: `A ${terms.length}-point proposal by ${proposer.name}.`,
        de: `Ein ${terms.length}-Punkte-Vorschlag von ${proposer.name}.`,
      },
      terms,
      sources: [sources[newSource(day, false, { official: true })]!.id],
      reliability: rng.chance(0.8) ? 'official' : 'reported',
    });
  }
  plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const midDay = dayString(Math.round((FIRST + LAST) / 2));
  return {
    schemaVersion: 1,
    id: `synthetic-s${seed < 0 ? 'm' : ''}${Math.abs(seed)}-p${nParties}-i${nIssues}-n${nStatements}`,
    asOf: SYNTHETIC_LAST_DAY,
    languages: ['en', 'de'],
    title: {
      en: `Synthetic negotiation (${nParties} parties, ${nIssues} issues)`,
      de: `Synthetische Verhandlung (${nParties} Parteien, ${nIssues} Themen)`,
    },
    description: {
      en: `Generated test data (seed ${seed}, ${nStatements} statements). Not real positions.`,
      de: `Erzeugte Testdaten (Seed ${seed}, ${nStatements} Aussagen). Keine echten Positionen.`,
    },
    parties,
    issues,
    statements,
    sources,
    events,
    plans,
    tour: [
      {
        id: 'start',
        title: { en: 'Synthetic data', de: 'Synthetische Daten' },
        body: { en: 'Every position here is made up.', de: 'Jede Position hier ist erfunden.' },
        state: { route: '/', at: midDay },
      },
      {
        id: 'overlap',
        title: { en: 'Overlap', de: 'Überschneidung' },
        body: {
          en: 'Where do the first parties meet?',
          de: 'Wo treffen sich die ersten Parteien?',
        },
        question: { en: 'Who blocks?', de: 'Wer blockiert?' },
        state: {
          at: SYNTHETIC_LAST_DAY,
          mode: 'overlap',
          parties: partyMeta.slice(0, 5).map((p) => p.id),
          issues: issueMeta.slice(0, 5).map((i) => i.id),
          ...(plans[0] ? { plan: plans[0].id } : {}),
        },
      },
    ],
    version: `${SYNTHETIC_LAST_DAY}.${Math.abs(seed) + 1}`,
  };
}
