import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../src/ingest/example.js';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../helpers/db.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve('tests', 'e2e', 'screenshots');

let database: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadExample(database.db);
  server = await startTestServer(database.db);
  // The flags keep Chromium from reaching for Google's services, which this machine cannot reach.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.close();
});

describe('GraphiQL in a real browser', () => {
  it('opens with the example queries, runs one, and shows who said what', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(server.url, { waitUntil: 'load' });
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain('LavrovStatements');

    await page.locator('.graphiql-execute-button').click();
    const operation = page.getByRole('menuitem', { name: 'LavrovStatements' });
    if (await operation.isVisible({ timeout: 2_000 }).catch(() => false)) await operation.click();

    // Monaco wraps long lines, so the text is compared with its white space folded.
    const response = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 30_000 }).toContain('"name": "Sergey Lavrov"');
    expect(await response()).toContain('"title": "Minister of Foreign Affairs"');
    expect(await response()).toMatch(/"totalCount": (9|1\d)\b/);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-lavrov.png') });
    expect(pageErrors).toEqual([]);
    const outside = requested.filter((url) => !/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(url));
    expect(outside).toEqual([]);
    await page.close();
  });
});
