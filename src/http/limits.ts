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

/** The shortest string any argument may carry: variables no longer than this cannot make an argument too long. */
const SHORTEST_MAX_LENGTH = Math.min(DEFAULT_MAX_LENGTH, ...Object.values(MAX_LENGTH));

/** True when no string in the variables is longer than every bound and no list longer than the list bound. */
function allShort(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= SHORTEST_MAX_LENGTH;
  if (Array.isArray(value)) return value.length <= MAX_LIST_LENGTH && value.every(allShort);
  if (value && typeof value === 'object') return Object.values(value).every(allShort);
  return true;
}

/** The arguments the cost estimate reads (listCost); directives' arguments (@include, @skip) count too, see costVariables. */
const COST_ARGUMENTS = new Set(['first', 'limit', 'ids']);

/** The variables whose values the cost of a document depends on. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inCostArgument = 0;
  visit(document, {
    Argument: {
      enter(node) {
        if (!COST_ARGUMENTS.has(node.name.value)) return false;
        inCostArgument++;
        return undefined;
      },
      leave() {
        inCostArgument--;
      },
    },
    Directive: {
      enter(node) {
        for (const argument of node.arguments ?? []) visit(argument.value, { Variable: (v) => void names.add(v.name.value) });
        return false;
      },
    },
    Variable(node) {
      if (inCostArgument > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}

/** What one document's checks keep from request to request. */
interface DocumentVerdicts {
  /** The too-long literal (or null), when variables are all short: then literals alone decide. */
  literalTooLong?: AppError | null;
  costVariables: string[];
  /** Costs by operation name and the values of the variables they depend on. */
  costs: Map<string, number>;
}

/** How many variable combinations a document keeps costs for before starting over. */
const COSTS_PER_DOCUMENT = 64;

/**
 * The argument-length and cost checks of `operationLimitsPlugin`, remembered per parsed document
 * (Apollo's document cache gives a repeated query the same one): a document is walked once for what
 * its literals and cost depend on, and a request whose variables cannot change the answer reuses it.
 */
export class OperationChecks {
  private readonly documents = new WeakMap<DocumentNode, DocumentVerdicts>();

  constructor(private readonly maxCost: number) {}

  /** The first limit the operation breaks, or null. */
  check(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): AppError | null {
    let verdicts = this.documents.get(document);
    if (!verdicts) this.documents.set(document, (verdicts = { costVariables: costVariables(document), costs: new Map() }));
    let tooLong: AppError | null;
    if (!allShort(variables)) tooLong = tooLongArgument(schema, document, variables);
    else if (verdicts.literalTooLong !== undefined) tooLong = verdicts.literalTooLong;
    else tooLong = verdicts.literalTooLong = tooLongArgument(schema, document, variables);
    if (tooLong) return tooLong;
    // a variable left out takes its default, which differs from one given as null
    const key = JSON.stringify([operationName ?? null, ...verdicts.costVariables.map((name) => (name in variables ? [variables[name]] : []))]);
    let cost = verdicts.costs.get(key);
    if (cost === undefined) {
      const estimated = operationCost(schema, document, operationName, variables);
      // variables that do not fit are left to execution, and their verdict is not kept
      if (estimated === null) return null;
      if (verdicts.costs.size >= COSTS_PER_DOCUMENT) verdicts.costs.clear();
      verdicts.costs.set(key, (cost = estimated));
    }
    return cost > this.maxCost
      ? limitError('COST_LIMIT', 'cost', this.maxCost, Number.isFinite(cost) ? cost : null, `the operation's estimated cost is over the limit of ${this.maxCost}: ask for smaller pages or fewer nested lists`)
      : null;
  }
}

/**
 * Checks an operation before it runs: no subscriptions over HTTP (they are served over WebSocket), no argument too long,
 * a cost within the limit. Depth, aliases and directives are validation rules (`limitRules`), and
 * tokens are counted by graphql-js's parser (`parseOptions.maxTokens`).
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const checks = new OperationChecks(limits.cost);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (operation?.operation === 'subscription') {
            throw new AppError('SUBSCRIPTIONS_UNSUPPORTED', 'subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP', { details: { http: { status: 400, headers: new HeaderMap() } } });
          }
          const broken = checks.check(schema, document, operationName ?? undefined, request.variables ?? {});
          if (broken) throw broken;
        },
      };
    },
  };
}

/** graphql-js reports a token limit as a syntax error; this tells it apart. */
export function isTokenLimitMessage(message: string): boolean {
  return /Document contains more tha[nt] \d+ tokens/.test(message);
}

