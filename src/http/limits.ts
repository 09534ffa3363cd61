import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { OperationLimits } from '../config.js';
import { AppError, type ErrorCode } from '../errors.js';

/** A rejection before execution: HTTP 400, the code of the limit, its name, the bound and the value. */
export function limitError(code: ErrorCode, limit: string, max: number, actual: number | null, message: string): AppError {
  const details: Record<string, unknown> = { limit, max, http: { status: 400, headers: new HeaderMap() } };
  if (actual !== null) details.actual = actual;
  return new AppError(code, message, { details });
}

/**
 * GraphQL Armor's depth, alias and directive rules, reporting our own codes. Their own error is
 * thrown out of `validate` (which Apollo reports as an internal error), so it is replaced by a
 * reported one that names the limit.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const report = (code: ErrorCode, limit: string, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
    const actual = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(limitError(code, limit, max, Number.isFinite(actual) ? actual : null, `the operation has more ${limit} than the limit of ${max}`));
  };
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({ ...common, n: limits.depth, flattenFragments: true, ignoreIntrospection: true, onReject: [report('DEPTH_LIMIT', 'depth', limits.depth)] }) as unknown as ValidationRule,
    maxAliasesRule({ ...common, n: limits.aliases, allowList: [], onReject: [report('ALIAS_LIMIT', 'aliases', limits.aliases)] }) as unknown as ValidationRule,
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [report('DIRECTIVE_LIMIT', 'directives', limits.directives)] }) as unknown as ValidationRule,
  ];
}

/** A list whose length no argument gives is counted as this many items. */
const UNBOUNDED_LIST_GUESS = 10;

/**
 * One for each field, and a list costs what one item costs times how many it may hold: `first`
 * (its default included) on a connection or a paged list, the number of ids given, or a guess for
 * the short lists of a node (offices, occurrences). A connection's `edges` and `nodes` are already
 * counted by the connection's `first`.
 */
const listCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const isList = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
  // the schema's own lists are read from memory and bounded by introspectionNestingRule
  if (type.name.startsWith('__')) return 1 + childComplexity;
  if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return 1 + childComplexity;
  if (typeof args.first === 'number') return 1 + Math.max(1, args.first) * childComplexity;
  if (typeof args.limit === 'number') return 1 + Math.max(1, args.limit) * childComplexity;
  if (Array.isArray(args.ids)) return 1 + Math.max(1, args.ids.length) * childComplexity;
  return 1 + (isList ? UNBOUNDED_LIST_GUESS : 1) * childComplexity;
};

/**
 * The estimated cost of an operation; a document too large to estimate counts as over any bound.
 * Null when the variables do not fit the operation: execution reports that with its own error.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [listCost] });
  } catch (error) {
    return /maximum allowed number of nodes/.test(String((error as Error).message)) ? Number.POSITIVE_INFINITY : null;
  }
}

/** The longest string an argument may carry, by coordinate; `text` of an article is bounded by its size limit instead. */
const MAX_LENGTH: Record<string, number> = {
  'IngestArticleInput.text': Number.POSITIVE_INFINITY,
  'Query.search(query)': 500,
};
const DEFAULT_MAX_LENGTH = 1000;
const MAX_LIST_LENGTH = 100;

/** Finds the first string or list in the operation's arguments (literal or variable) that is too long. */
export function tooLongArgument(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): AppError | null {
  const typeInfo = new TypeInfo(schema);
  let found: AppError | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (found || !argument || !field) return;
        const value = valueFromAST(node.value, argument.type, variables);
        const coordinate = parent ? `${parent.name}.${field.name}(${argument.name})` : argument.name;
        found = checkValue(value, argument.type, coordinate);
      },
    }),
  );
  return found;
}

function checkValue(value: unknown, type: GraphQLInputType, coordinate: string): AppError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (typeof value === 'string') {
    const max = MAX_LENGTH[coordinate] ?? DEFAULT_MAX_LENGTH;
    return value.length > max ? limitError('INPUT_TOO_LONG', coordinate, max, value.length, `${coordinate} is longer than ${max} characters`) : null;
  }
  if (Array.isArray(value) && isListType(nullable)) {
    if (value.length > MAX_LIST_LENGTH) return limitError('INPUT_TOO_LONG', coordinate, MAX_LIST_LENGTH, value.length, `${coordinate} has more than ${MAX_LIST_LENGTH} items`);
    for (const item of value) {
      const error = checkValue(item, nullable.ofType, coordinate);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const inputField = nullable.getFields()[name];
      const error = inputField ? checkValue(inner, inputField.type, `${nullable.name}.${name}`) : null;
      if (error) return error;
    }
  }
  return null;
}

/**
 * Checks an operation before it runs: no subscriptions over HTTP (they are served over WebSocket), no argument too long,
 * a cost within the limit. Depth, aliases and directives are validation rules (`limitRules`), and
 * tokens are counted by graphql-js's parser (`parseOptions.maxTokens`).
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (operation?.operation === 'subscription') {
            throw new AppError('SUBSCRIPTIONS_UNSUPPORTED', 'subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP', { details: { http: { status: 400, headers: new HeaderMap() } } });
          }
          const variables = request.variables ?? {};
          const tooLong = tooLongArgument(schema, document, variables);
          if (tooLong) throw tooLong;
          const cost = operationCost(schema, document, operationName ?? undefined, variables);
          if (cost !== null && cost > limits.cost) {
            throw limitError('COST_LIMIT', 'cost', limits.cost, Number.isFinite(cost) ? cost : null, `the operation's estimated cost is over the limit of ${limits.cost}: ask for smaller pages or fewer nested lists`);
          }
        },
      };
    },
  };
}

/** graphql-js reports a token limit as a syntax error; this tells it apart. */
export function isTokenLimitMessage(message: string): boolean {
  return /Document contains more tha[nt] \d+ tokens/.test(message);
}

