import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.local.port).toBe(7687);
    expect(config.apiKeys).toEqual([]);
    expect(config.requireKeyForReads).toBe(false);
  });

  it('reads the environment', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_LOCAL_PORT: '7700', SAIDGRAPH_API_KEYS: 'a, b ,', GRAPHIQL: 'false' });
    expect(config).toMatchObject({ port: 8080, apiKeys: ['a', 'b'], graphiql: false, neo4j: { uri: 'neo4j+s://x.databases.neo4j.io', local: { port: 7700 } } });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT must be a whole number/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrowError(/NEO4J_URI must start with/);
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrowError(/GRAPHIQL must be true or false/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
