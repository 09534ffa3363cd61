/**
 * A seeded, deterministic synthetic graph for benchmarks, in the shape of real data: a few hundred
 * very active speakers and a long tail, offices whose holders change over time, 3 to 5 statements
 * an article, several mentions a statement with hubs (big countries, the EU) mentioned most. It is
 * written through the ingestion write path (batched UNWIND), so the benchmark loads what ingestion writes.
 */
import type { ArticleGraph } from '../src/ingest/graph.js';
import { articleId, entityId, officeId, sha256, statementId } from '../src/ingest/ids.js';
import { random } from './articles.js';

export const SCALES = { small: 10_000, medium: 100_000, large: 1_000_000 } as const;
export type Scale = keyof typeof SCALES;

const COUNTRIES = ['Russia', 'United States', 'China', 'Germany', 'France', 'United Kingdom', 'Italy', 'Ukraine', 'Poland', 'Japan', 'India', 'Brazil', 'Turkey', 'Iran', 'Israel', 'Canada', 'Spain', 'Sweden', 'Greece', 'Egypt'];
const BLOCS = ['European Union', 'NATO', 'United Nations', 'OSCE', 'African Union'];
const TITLES = ['President', 'Prime Minister', 'Minister of Foreign Affairs', 'Minister of Defence', 'Minister of Finance', 'Spokesperson'];
const OUTLETS = ['TASS', 'Reuters', 'Associated Press', 'Agence France-Presse', 'BBC', 'Example Wire', 'Sample Daily', 'Harbour Times'];
const WORDS = 'security talks sanctions border trade energy summit treaty troops alliance elections budget reform grain port gas pipeline vaccine climate refugees inflation tariffs ceasefire embassy'.split(' ');

export interface Corpus {
  /** Batches of articles to write, each batch one transaction. */
  batches: ArticleGraph[][];
  statements: number;
  /** Ids the benchmark's operations use. */
  probes: {
    busySpeaker: string;
    busyOrganization: string;
    hub: string;
    statementId: string;
    office: string;
    searchWord: string;
  };
}

const personName = (i: number) => `Speaker ${String(i).padStart(5, '0')}`;

function pickWeighted(rnd: () => number, size: number, skew: number): number {
  // most picks land on the first few: a few very active speakers, a long tail
  return Math.min(size - 1, Math.floor(size * Math.pow(rnd(), skew)));
}

/** The whole corpus of one scale: about `SCALES[scale]` statements. */
export function generateCorpus(scale: Scale, seed = 7, batchArticles = 1000): Corpus {
  const rnd = random(seed);
  const target = SCALES[scale];
  const people = Math.max(300, Math.round(target / 20));
  const organizations = [
    ...COUNTRIES.map((name) => ({ id: entityId('Organization', name), label: 'Organization', name, aliases: [], kind: 'COUNTRY', description: null, wikidataId: null })),
    ...BLOCS.map((name) => ({ id: entityId('Organization', name), label: 'Organization', name, aliases: [], kind: 'INTERGOVERNMENTAL', description: null, wikidataId: null })),
    ...OUTLETS.map((name) => ({ id: entityId('Organization', name), label: 'Organization', name, aliases: [], kind: 'MEDIA', description: null, wikidataId: null })),
  ];
  const offices = COUNTRIES.flatMap((country) =>
    TITLES.map((title) => ({ id: officeId(entityId('Organization', country).replace('organization:', ''), title), title, aliases: [], organizationId: entityId('Organization', country) })),
  );
  // each office has a holder per 2-year term from 2016; the first 300 people hold them in turn
  const tenures = offices.flatMap((office, o) =>
    [2016, 2018, 2020, 2022, 2024].map((year, term) => ({
      personId: entityId('Person', personName((o * 5 + term) % 300)),
      officeId: office.id,
      start: `${year}-01-01`,
      end: year === 2024 ? null : `${year + 1}-12-31`,
      source: 'bench',
    })),
  );
  const personEntity = (i: number) => ({ id: entityId('Person', personName(i)), label: 'Person', name: personName(i), aliases: [`Speaker${i}`], kind: null, description: null, wikidataId: null });
  const graphs: ArticleGraph[] = [];
  let statements = 0;
  let probeStatement = '';
  for (let a = 0; statements < target; a++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const outlet = OUTLETS[a % OUTLETS.length]!;
    const count = 3 + Math.floor(rnd() * 3);
    const text = `Synthetic article ${a} of ${day}.\n\n`;
    let body = text;
    const rows: ArticleGraph['statements'] = [];
    const mentions: ArticleGraph['mentions'] = [];
    const speakers = new Set<number>();
    const id = articleId(sha256(`${seed}:${a}`));
    for (let s = 0; s < count && statements < target; s++, statements++) {
      const speaker = pickWeighted(rnd, people, 3);
      speakers.add(speaker);
      const words = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
      const quote = `On ${day} speaker ${speaker} said statement ${statements}: ${words}`;
      const start = body.length;
      body += `${quote}. `;
      const termIndex = Math.min(4, Math.max(0, Math.floor((Number(day.slice(0, 4)) - 2016) / 2)));
      const heldOffice = speaker < 300 ? offices.find((_, o) => (o * 5 + termIndex) % 300 === speaker) : undefined;
      const sid = statementId(entityId('Person', personName(speaker)), quote);
      if (!probeStatement && speaker === 0) probeStatement = sid;
      rows.push({
        id: sid,
        articleId: id,
        text: quote,
        kind: rnd() < 0.5 ? 'DIRECT' : 'INDIRECT',
        saidOn: day,
        language: 'en',
        textHash: sha256(quote),
        confidence: 0.9,
        speakerId: entityId('Person', personName(speaker)),
        attributionMethod: 'name',
        officeId: heldOffice?.id ?? null,
        onBehalfOfId: null,
        occurrence: { start, end: start + quote.length, quote, cue: 'said', speakerText: personName(speaker), speakerStart: null, speakerEnd: null, extractor: 'bench' },
      });
      const mentionCount = 2 + Math.floor(rnd() * 3);
      const mentioned = new Set<number>();
      for (let m = 0; m < mentionCount; m++) mentioned.add(pickWeighted(rnd, organizations.length - OUTLETS.length, 2));
      for (const org of mentioned) mentions.push({ statementId: sid, entityId: organizations[org]!.id, start: 0, end: 1 });
    }
    graphs.push({
      article: { id, url: null, title: `Synthetic article ${a}`, publishedAt: day, dateline: null, language: 'en', contentHash: sha256(`${seed}:${a}`), text: body, publisherId: entityId('Organization', outlet), sourceId: null, extractorVersion: 'bench' },
      entities: a === 0 ? [...organizations, ...Array.from({ length: people }, (_, i) => personEntity(i))] : [...speakers].map(personEntity),
      offices: a === 0 ? offices.map((o) => ({ ...o, wikidataId: null })) : [],
      tenures: a === 0 ? tenures : [],
      statements: rows,
      mentions,
      embedded: [],
    });
  }
  const batches: ArticleGraph[][] = [];
  for (let i = 0; i < graphs.length; i += batchArticles) batches.push(graphs.slice(i, i + batchArticles));
  return {
    batches,
    statements,
    probes: {
      busySpeaker: entityId('Person', personName(0)),
      busyOrganization: entityId('Organization', 'Russia'),
      hub: entityId('Organization', 'Russia'),
      statementId: probeStatement,
      office: offices[0]!.id,
      searchWord: 'pipeline',
    },
  };
}
