import { GraphQLScalarType, Kind } from 'graphql';
import { parseDate } from './dates.js';

/** `Date`: a calendar day, YYYY-MM-DD, checked on the way in. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time or zone, written as ISO 8601 `YYYY-MM-DD`.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => parseDate(String(value), 'Date'),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : '', 'Date'),
});

/** `DateTime`: an ISO 8601 instant, passed through as the database gives it. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A point in time, written as ISO 8601 with offset.',
  serialize: (value) => String(value),
  parseValue: (value) => String(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : ''),
});
