import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit: each document is compiled once into a JavaScript function
 * for its operation, instead of graphql-js walking the document for every request. Parsing,
 * validation (with the limits), the plugins and error formatting stay Apollo's; only execution
 * changes. Apollo Server 5 takes a custom executor through its gateway interface alone, so this is
 * a gateway that serves one local schema.
 *
 * Compiling costs more than running once (2 ms for a statement with its links, 20 to 50 ms for
 * GraphiQL's introspection, against a fraction of a millisecond for graphql-js to execute it): an
 * operation runs `after` times through graphql-js (SAIDGRAPH_JIT_AFTER, 1 by default) and is
 * compiled the next time it comes, so that a client sending a new document each time (literals
 * written into the text) costs what it did. The compiled operation is kept with the operation's
 * node in the document Apollo keeps in its document cache (a WeakMap, so it goes when Apollo drops
 * the document).
 */
export function jitGateway(schema: GraphQLSchema, after: number): GatewayInterface {
  // an operation's runs so far, until it is compiled
  const compiled = new WeakMap<OperationDefinitionNode, number | CompiledQuery | ExecutionResult>();

  const executor: GatewayExecutor = async ({ document, operation, request, context }) => {
    const variableValues = request.variables ?? {};
    const byGraphqlJs = () => execute({ schema, document, operationName: request.operationName, variableValues, contextValue: context });
    // no operation of the document answers the request (none by that name, or several and no
    // name): graphql-js says so as it always has
    if (!operation) return byGraphqlJs();
    let query = compiled.get(operation) ?? 0;
    if (typeof query === 'number') {
      if (query < after) {
        compiled.set(operation, query + 1);
        return byGraphqlJs();
      }
      compiled.set(operation, (query = compileQuery(schema, document, operation.name?.value, { disablingCapturingStackErrors: true })));
    }
    // an operation graphql-jit cannot compile stays graphql-js's
    if (!isCompiledQuery(query)) return byGraphqlJs();
    const result = await query.query(undefined, context, variableValues);
    if (result.errors?.length && result.data === undefined) {
      // variables graphql-jit would not read. Those graphql-js cannot read either get its errors,
      // which carry the definition node by which Apollo knows them (and answers 400
      // BAD_USER_INPUT); those it can (graphql-jit ignores the default of a non-null variable)
      // are run by graphql-js
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
      return coerced.errors ? { errors: coerced.errors } : byGraphqlJs();
    }
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
