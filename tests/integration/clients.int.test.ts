import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../examples/clients/typescript/codegen.js';
import { allStatementsOf, request, SaidgraphError, SpeakerStatements } from '../../examples/clients/typescript/client.js';
import { useExampleServer } from '../helpers/db.js';

/** The example TypeScript client (examples/clients/typescript), run against a real server. */
const fixture = useExampleServer();

describe('the typed TypeScript client', () => {
  it("reads a speaker's statements page by page, typed from the published contract", async () => {
    const statements = await allStatementsOf(fixture.server.url, 'Sergey Lavrov');
    expect(statements.length).toBeGreaterThan(3);
    expect(statements.every((s) => typeof s.text === 'string' && s.text.length > 0)).toBe(true);
    expect(statements.some((s) => s.office === 'Minister of Foreign Affairs')).toBe(true);
    const nobody = await request(fixture.server.url, SpeakerStatements, { name: 'Nobody At All', first: 5, after: null });
    expect(nobody.person).toBeNull();
  });

  it('throws the error code the server sends', async () => {
    const error = await request(fixture.server.url, SpeakerStatements, { name: 'Sergey Lavrov', first: 1000, after: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaidgraphError);
    expect((error as SaidgraphError).code).toBe('BAD_USER_INPUT');
  });

  it('has its generated types up to date with schema.graphql (npm run clients:codegen)', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  });
});
