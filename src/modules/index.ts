import type { Resolvers } from '../generated/graphql.js';
import { articleResolvers } from './article/article.resolvers.js';
import { curationResolvers } from './curation/curation.resolvers.js';
import { entityResolvers } from './entity/entity.resolvers.js';
import { feedResolvers } from './feed/feed.resolvers.js';
import { ingestResolvers } from './ingest/ingest.resolvers.js';
import { researchResolvers } from './research/research.resolvers.js';
import { officeResolvers } from './office/office.resolvers.js';
import { organizationResolvers } from './organization/organization.resolvers.js';
import { personResolvers } from './person/person.resolvers.js';
import { DateScalar, DateTimeScalar } from './shared/scalars.js';
import { statementResolvers } from './statement/statement.resolvers.js';

/** Every module's resolvers; Apollo merges them by type. */
export const resolvers: Resolvers[] = [
  { Date: DateScalar, DateTime: DateTimeScalar },
  entityResolvers,
  personResolvers,
  organizationResolvers,
  officeResolvers,
  articleResolvers,
  statementResolvers,
  ingestResolvers,
  researchResolvers,
  curationResolvers,
  feedResolvers,
];
