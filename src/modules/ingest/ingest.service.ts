import type { GraphQLContext } from '../../context.js';
import type { IngestArticleInput } from '../../generated/graphql.js';
import { checkedArticle, InputError } from '../../ingest/articles.js';
import { ingestArticle } from '../../ingest/ingest.js';
import { ExtractionError } from '../../extract/pool.js';
import type { IngestPayloadModel } from './ingest.model.js';

function failed(error: IngestPayloadModel['error'], dryRun: boolean): IngestPayloadModel {
  return { created: false, updated: false, dryRun, articleId: null, extraction: null, newPeople: [], error };
}

/** Checks a submitted article, then ingests it (or only extracts, on a dry run). */
export async function ingestSubmitted(ctx: GraphQLContext, input: IngestArticleInput, dryRun: boolean): Promise<IngestPayloadModel> {
  const language = input.language ?? 'en';
  let article;
  try {
    article = checkedArticle({
      id: 'submitted',
      origin: 'ingestArticle',
      text: input.text,
      source: {
        title: input.title,
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        publishedAt: input.publishedAt ?? null,
        dateline: input.dateline ?? null,
        language,
        sourceId: input.sourceId ?? null,
      },
    });
  } catch (error) {
    if (error instanceof InputError && (error.code === 'EMPTY_TEXT' || error.code === 'TOO_LARGE' || error.code === 'UNSUPPORTED_LANGUAGE')) {
      return failed({ code: error.code, message: error.message }, dryRun);
    }
    throw error;
  }
  let extraction;
  try {
    extraction = await ctx.extractor.extract(article.text, article.source, { signal: ctx.signal });
  } catch (error) {
    if (error instanceof ExtractionError) return failed({ code: error.code, message: error.message }, dryRun);
    throw error;
  }
  const outcome = await ingestArticle(ctx.db, article.text, article.source, { dryRun, extraction, actor: ctx.caller.key?.name ?? 'anonymous' });
  // on a dry run of a new article this id names nothing yet, and `article` resolves to null
  return {
    created: outcome.created,
    updated: outcome.updated,
    dryRun,
    articleId: outcome.articleId,
    extraction: outcome.extraction,
    newPeople: outcome.newPeople,
    error: null,
  };
}
