import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { openTestDatabase, startTestServer, testConfig, type TestDatabase, type TestServer } from '../helpers/db.js';

/**
 * Webhooks as a consumer sees them: each edit's statements POSTed once, signed, even with two
 * instances delivering; a failing receiver retried with backoff, then dead-lettered and counted;
 * a restarted instance goes on from the cursor in the database.
 */
const SECRET = 'a-webhook-secret-of-some-length';

interface Received {
  path: string;
  body: string;
  signature: string;
  sequence: string;
}

const received: Received[] = [];
const attempts = new Map<string, number>();
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    const path = req.url ?? '/';
    const n = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, n);
    const fail = path === '/down' || (path === '/flaky' && n <= 2);
    if (!fail) received.push({ path, body, signature: String(req.headers['x-saidgraph-signature']), sequence: String(req.headers['x-saidgraph-sequence']) });
    res.writeHead(fail ? 503 : 204).end();
  });
});

let database: TestDatabase;
let config: Config;
const servers: TestServer[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  config = testConfig({
    webhooks: [
      { name: 'ruiz', url: `${base}/ok`, secret: SECRET, where: { speakerName: 'Ruiz' } },
      { name: 'flaky', url: `${base}/flaky`, secret: SECRET },
      { name: 'down', url: `${base}/down`, secret: SECRET },
    ],
    webhookOptions: { attempts: 3, retryBaseMs: 20, pollMs: 50, leaseMs: 30_000, timeoutMs: 2000 },
  });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await database?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

async function until(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function verified(r: Received): boolean {
  const [t, v1] = r.signature.split(',').map((part) => part.split('=')[1]);
  return v1 === createHmac('sha256', SECRET).update(`${t}.${r.body}`).digest('hex');
}

async function cursors() {
  return database.cypher<{ name: string; sequence: number; delivered: number; deadLetters: number; letters: number }>(
    'MATCH (c:WebhookCursor) RETURN c.name AS name, c.sequence AS sequence, c.delivered AS delivered, c.deadLetters AS deadLetters, COUNT { (c)-[:DEAD_LETTER]->() } AS letters ORDER BY name',
  );
}

describe('webhooks', () => {
  it('POSTs each edit once, signed and filtered, with two instances delivering; retries a flaky receiver; dead-letters a dead one', async () => {
    servers.push(await startTestServer(database.db, config), await startTestServer(database.db, config));
    await until('the cursors', () => false, 300).catch(() => undefined); // both instances have claimed or tried
    const ingest = await servers[0]!.query(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { title: 'Bridge', text: 'Mayor Ana Ruiz said on Monday that the bridge would reopen in May. Councillor Tom Okafor said that the budget was far too small.', publishedAt: '2024-05-06' } },
      { authorization: 'Bearer test-key' },
    );
    expect(ingest.data.ingestArticle.created).toBe(true);

    await until('the deliveries', () => received.some((r) => r.path === '/ok') && received.some((r) => r.path === '/flaky'));
    await until('the dead letter', () => (attempts.get('/down') ?? 0) >= 3);
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for any duplicate to arrive

    const ok = received.filter((r) => r.path === '/ok');
    expect(ok).toHaveLength(1);
    expect(verified(ok[0]!)).toBe(true);
    const body = JSON.parse(ok[0]!.body) as { webhook: string; event: string; sequence: number; statements: Array<{ text: string; speaker: { name: string; type: string } }> };
    expect(body).toMatchObject({ webhook: 'ruiz', event: 'statementAdded', sequence: 1 });
    expect(ok[0]!.sequence).toBe('1');
    expect(body.statements.map((s) => [s.text, s.speaker.name, s.speaker.type])).toEqual([['the bridge would reopen in May', 'Ana Ruiz', 'Person']]);

    const flaky = received.filter((r) => r.path === '/flaky');
    expect(flaky).toHaveLength(1);
    expect(attempts.get('/flaky')).toBe(3);
    expect((JSON.parse(flaky[0]!.body) as { statements: unknown[] }).statements).toHaveLength(2);
    expect(attempts.get('/down')).toBe(3);

    await until('the cursors to move', () => false, 200).catch(() => undefined);
    expect(await cursors()).toEqual([
      { name: 'down', sequence: 1, delivered: 0, deadLetters: 1, letters: 1 },
      { name: 'flaky', sequence: 1, delivered: 1, deadLetters: 0, letters: 0 },
      { name: 'ruiz', sequence: 1, delivered: 1, deadLetters: 0, letters: 0 },
    ]);
  });

  it('goes on from the cursor after a restart: nothing again, nothing missed', async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    const text = 'Mayor Ana Ruiz said on Friday that the ferry would sail again in June. Ana Ruiz added that fares would not rise this year.';
    await ingestArticle(database.db, text, { title: 'Ferry', url: null, publisher: null, publishedAt: '2024-05-10', dateline: null, language: 'en' });
    const before = received.filter((r) => r.path === '/ok').length;
    servers.push(await startTestServer(database.db, config));
    await until('the delivery after the restart', () => received.filter((r) => r.path === '/ok').length > before);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const ok = received.filter((r) => r.path === '/ok');
    expect(ok.map((r) => r.sequence)).toEqual(['1', '2']);
    expect((JSON.parse(ok[1]!.body) as { statements: unknown[] }).statements).toHaveLength(2);
  });
});
