import type { GraphQLContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { entityType, type EntityLabel, type EntityRow } from './entity.model.js';
import { findEntityByName } from './entity.repository.js';

/** Loads an entity by id, or null when it is missing or of another kind. */
export async function loadEntityOf(ctx: GraphQLContext, label: EntityLabel, id: string | null | undefined): Promise<EntityRow | null> {
  if (!id) return null;
  const row = await ctx.loaders.entity.load(id);
  return row && entityType(row) === label ? row : null;
}

/** The id a root field that takes `id` or `name` asks for (exactly one of the two must be given), or null. */
export async function idFromIdOrName(ctx: GraphQLContext, label: EntityLabel, args: { id?: string | null; name?: string | null }): Promise<string | null> {
  if ((args.id == null) === (args.name == null)) throw badInput('give exactly one of id and name');
  return args.id ?? (await findEntityByName(ctx.db, label, args.name!));
}

