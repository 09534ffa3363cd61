import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useExampleServer } from '../helpers/db.js';

/**
 * graphql-http's server audits (the GraphQL-over-HTTP spec): every MUST and SHOULD passes. The
 * MAYs left are GETs without a preflight header, which Apollo's CSRF prevention refuses.
 */
const fixture = useExampleServer();

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of graphql-http\'s server audits', async () => {
    const audits = serverAudits({ url: () => fixture.server.url, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failed = results.filter(({ name, result }) => result.status !== 'ok' && /^(MUST|SHOULD) /.test(name)).map(({ name, result }) => `${name}: ${result.status === 'ok' ? '' : result.reason}`);
    expect(results.length).toBeGreaterThan(50);
    expect(failed).toEqual([]);
  });
});
