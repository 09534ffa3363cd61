import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { loadConfig, readApiKeys, SCOPES } from '../../src/config.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.local.port).toBe(7687);
    expect(config.apiKeys).toEqual([]);
    expect(config).toMatchObject({ introspection: true, exposeErrors: false, corsOrigins: [], limits: { depth: 12, cost: 50000 }, jitAfter: 1 });
    expect(config.requireKeyForReads).toBe(false);
  });

  it('compiles operations with graphql-jit after the runs asked, or never', () => {
    expect(loadConfig({ SAIDGRAPH_JIT_AFTER: '0' }).jitAfter).toBe(0);
    expect(loadConfig({ SAIDGRAPH_JIT_AFTER: '10' }).jitAfter).toBe(10);
    expect(loadConfig({ SAIDGRAPH_JIT: 'false', SAIDGRAPH_JIT_AFTER: '10' }).jitAfter).toBeNull();
    expect(() => loadConfig({ SAIDGRAPH_JIT_AFTER: '-1' })).toThrow(/SAIDGRAPH_JIT_AFTER/);
  });

  it('reads the environment', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_LOCAL_PORT: '7700', SAIDGRAPH_API_KEYS: 'a, b ,', GRAPHIQL: 'false' });
    expect(config).toMatchObject({ port: 8080, graphiql: false, neo4j: { uri: 'neo4j+s://x.databases.neo4j.io', local: { port: 7700 } } });
    expect(config.apiKeys.map((k) => k.sha256)).toEqual([sha256('a'), sha256('b')]);
  });

  it('reads the integration settings: tracing endpoint, webhooks, subgraph, trusted documents', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({ url: 'http://collector:4318/v1/traces', serviceName: 'saidgraph' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/custom', OTEL_SERVICE_NAME: 'sg-eu' }).tracing).toEqual({ url: 'http://b:4318/custom', serviceName: 'sg-eu' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be a URL/);
    const hooks = loadConfig({ SAIDGRAPH_WEBHOOKS: JSON.stringify([{ name: 'newsroom', url: 'https://example.org/hook', secret: 'sixteen-chars-or-more', where: { speakerName: 'Lavrov' } }]) }).webhooks;
    expect(hooks).toEqual([{ name: 'newsroom', url: 'https://example.org/hook', secret: 'sixteen-chars-or-more', where: { speakerName: 'Lavrov' }, since: undefined }]);
    expect(() => loadConfig({ SAIDGRAPH_WEBHOOKS: '[{"name": "x", "url": "ftp://a", "secret": "sixteen-chars-or-more"}]' })).toThrow(/must be http or https/);
    expect(() => loadConfig({ SAIDGRAPH_WEBHOOKS: '[{"name": "x", "url": "https://a", "secret": "short"}]' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ SAIDGRAPH_WEBHOOKS: '[{"name": "x", "url": "https://a", "secret": "sixteen-chars-or-more"}, {"name": "x", "url": "https://b", "secret": "sixteen-chars-or-more"}]' })).toThrow(/used twice/);
    expect(() => loadConfig({ SAIDGRAPH_WEBHOOKS: '{nope' })).toThrow(/JSON list/);
    expect(loadConfig({ SAIDGRAPH_SUBGRAPH: 'true', LOG_FORMAT: 'text' })).toMatchObject({ subgraph: true, logFormat: 'text' });
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be json or text/);
    expect(loadConfig({ SAIDGRAPH_TRUSTED_DOCUMENTS: 'manifest.json' }).trustedDocuments).toMatch(/manifest\.json$/);
  });

  it('reads keys as plain keys with every scope, with scopes, or as hashes, and never keeps a plain key', () => {
    const hash = sha256('s3cret').toString('hex');
    const keys = readApiKeys({ SAIDGRAPH_API_KEYS: `plain, reader:read, feeder:read+ingest, sha256:${hash}:admin, sha256:${hash}, with:colon` });
    expect(keys.map((k) => [k.sha256.toString('hex'), k.scopes])).toEqual([
      [sha256('plain').toString('hex'), SCOPES],
      [sha256('reader').toString('hex'), ['read']],
      [sha256('feeder').toString('hex'), ['read', 'ingest']],
      [hash, ['admin']],
      [hash, SCOPES],
      [sha256('with:colon').toString('hex'), SCOPES],
    ]);
    expect(JSON.stringify(keys)).not.toContain('plain');
    expect(() => readApiKeys({ SAIDGRAPH_API_KEYS: `sha256:${hash}:write` })).toThrowError(/unknown scope "write"/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT must be a whole number/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrowError(/NEO4J_URI must start with/);
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrowError(/GRAPHIQL must be true or false/);
    expect(() => loadConfig({ SAIDGRAPH_MAX_DEPTH: '0' })).toThrowError(/SAIDGRAPH_MAX_DEPTH must be a whole number from 1/);
    expect(() => loadConfig({ SAIDGRAPH_CURSOR_SECRET: 'short' })).toThrowError(/at least 16 characters/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrowError(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
