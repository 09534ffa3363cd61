import type { GraphQLContext } from '../../context.js';
import { entityType, type EntityRow } from '../entity/entity.model.js';
import { loadExisting } from '../loaders.js';
import type { StatementModel } from '../statement/statement.model.js';

const SCHEMA_TYPES: Record<string, string> = { Person: 'Person', Organization: 'Organization', Group: 'Organization', Place: 'Place', Office: 'Role' };

function agent(speaker: EntityRow | null, office: EntityRow | null, organization: EntityRow | null) {
  if (!speaker) return undefined;
  return {
    '@type': SCHEMA_TYPES[entityType(speaker)] ?? 'Thing',
    '@id': `urn:saidgraph:${speaker.id}`,
    name: speaker.name,
    ...sameAs(speaker),
    ...(office ? { jobTitle: office.wikidataId ? { '@type': 'DefinedTerm', name: office.title, sameAs: wikidata(office.wikidataId) } : office.title } : {}),
    ...(organization ? { worksFor: { '@type': 'Organization', '@id': `urn:saidgraph:${organization.id}`, name: organization.name, ...sameAs(organization) } } : {}),
  };
}

const wikidata = (id: string) => `https://www.wikidata.org/wiki/${id}`;

function sameAs(entity: EntityRow): { sameAs?: string } {
  return entity.wikidataId ? { sameAs: wikidata(entity.wikidataId) } : {};
}

/**
 * A statement as schema.org JSON-LD: a Quotation when the words are quoted, a Claim when they are
 * reported, with who said it (and in which office), when, and every article that reports it.
 */
export async function statementJsonLd(ctx: GraphQLContext, s: StatementModel): Promise<Record<string, unknown>> {
  const [speaker, office, occurrences] = await Promise.all([
    s.speakerId ? ctx.loaders.entity.load(s.speakerId) : null,
    s.officeId ? ctx.loaders.entity.load(s.officeId) : null,
    ctx.loaders.occurrences.load(s.id),
  ]);
  const organization = office?.organizationId ? await ctx.loaders.entity.load(office.organizationId) : null;
  const articles = await loadExisting(ctx.loaders.article, occurrences.map((o) => o.articleId));
  const publishers = await ctx.loaders.entity.loadMany(articles.map((a) => a.publisherId ?? ''));
  const appearance = articles.map((a, i) => {
    const publisher = publishers[i];
    const occurrence = occurrences.find((o) => o.articleId === a.id)!;
    return {
      '@type': 'NewsArticle',
      '@id': `urn:saidgraph:${a.id}`,
      headline: a.title,
      ...(a.url ? { url: a.url } : {}),
      ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
      ...(publisher && !(publisher instanceof Error) ? { publisher: { '@type': 'Organization', name: publisher.name } } : {}),
      // where the words stand in the article text, as character offsets
      'saidgraph:span': { start: occurrence.start, end: occurrence.end, cue: occurrence.cue },
    };
  });
  const who = agent(speaker, office, organization);
  return {
    '@context': { '@vocab': 'https://schema.org/', saidgraph: 'urn:saidgraph:vocab#' },
    '@type': s.kind === 'DIRECT' ? 'Quotation' : 'Claim',
    '@id': `urn:saidgraph:${s.id}`,
    text: s.text,
    inLanguage: s.language,
    ...(s.saidOn ? { dateCreated: s.saidOn } : {}),
    ...(who ? (s.kind === 'DIRECT' ? { spokenByCharacter: who, creator: who } : { author: who, creator: who }) : {}),
    ...(appearance.length ? { appearance, firstAppearance: appearance[0] } : {}),
    'saidgraph:kind': s.kind,
  };
}
