import { requireScope } from '../../http/auth.js';
import type { Resolvers } from '../../generated/graphql.js';
import { ingestSubmitted } from './ingest.service.js';

const KINDS = { direct: 'DIRECT', indirect: 'INDIRECT', mixed: 'MIXED' } as const;

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: (_, { input, dryRun }, ctx) => {
      requireScope(ctx.caller, 'ingest', ctx.config.apiKeys.length);
      return ingestSubmitted(ctx, input, dryRun ?? false);
    },
  },
  IngestArticlePayload: {
    article: (p, _, { loaders }) => (p.articleId ? loaders.article.load(p.articleId) : null),
    statements: (p) => p.extraction?.statements ?? [],
  },
  StatementPreview: {
    kind: (s) => KINDS[s.kind],
    speakerName: (s) => s.speaker?.name ?? null,
    speakerType: (s) => s.speaker?.type ?? null,
    officeTitle: (s) => s.office?.title ?? null,
    officeOrganization: (s) => s.office?.organization ?? null,
    embeddedIn: (s) => embeddedIndex(s.embeddedIn),
  },
};

/** Statement keys are s1, s2 ... in list order; the API gives the index in the list instead. */
function embeddedIndex(key: string | null): number | null {
  if (!key) return null;
  const n = Number(key.replace(/^s/, ''));
  return Number.isInteger(n) ? n - 1 : null;
}
