import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../src/ingest/example.js';
import type { Config } from '../../src/config.js';
import { developmentConfig, openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../helpers/db.js';

const CHROMIUM = '/usr/bin/chromium';
// the README's images are these screenshots: SAIDGRAPH_UPDATE_SCREENSHOTS=1 writes them to docs/images
const SCREENSHOTS = process.env.SAIDGRAPH_UPDATE_SCREENSHOTS ? path.resolve('docs', 'images') : path.resolve('tests', 'e2e', 'screenshots');

let database: TestDatabase;
let server: TestServer;
let browser: Browser;
let config: Config;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadExample(database.db);
  // as `npm start` is on a laptop: no keys configured, so the tabs that write send the development key
  config = developmentConfig();
  server = await startTestServer(database.db, config);
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

interface GraphHandle {
  nodes(): { length: number };
  $id(id: string): { renderedPosition(): { x: number; y: number }; length: number };
}

// a browser on a busy machine (the integration files run beside it) may need more than the 60 s of the others
const BROWSER_TEST_MS = 150_000;

describe('GraphiQL in a real browser', () => {
  it('opens with the example queries, runs one, and shows who said what', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // the page runs under the server's Content-Security-Policy; anything it blocks is reported here
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });

    const opened = await page.goto(server.url, { waitUntil: 'load' });
    expect(opened?.headers()['content-security-policy']).toContain("script-src 'self'");
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
    expect(blocked).toEqual([]);
    const outside = requested.filter((url) => !/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(url));
    expect(outside).toEqual([]);
    await page.close();
  }, BROWSER_TEST_MS);

  it('draws the result of a path query in the graph view, and explores a clicked node', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url, { waitUntil: 'load' });
    // the editors are ready once the first tab's query shows; only then switch tabs
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('LavrovStatements');
    await page.getByRole('tab', { name: /PeskovToDiMaio/ }).click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('PeskovToDiMaio');
    await page.getByRole('button', { name: 'Show Graph view' }).click();

    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'PeskovToDiMaio' }).click();
    const summary = page.getByTestId('graph-summary');
    await expect.poll(() => summary.innerText(), { timeout: 30_000 }).toMatch(/^\d+ nodes, \d+ edges$/);
    const drawn = await page.evaluate(() => (window as unknown as { saidgraphGraphView: GraphHandle }).saidgraphGraphView.nodes().length);
    expect(drawn).toBeGreaterThanOrEqual(3);
    const [, nodes, edges] = /^(\d+) nodes, (\d+) edges$/.exec(await summary.innerText())!;
    expect(Number(nodes)).toBe(drawn);
    expect(await page.evaluate(() => (window as unknown as { saidgraphGraphView: { edges(): { length: number } } }).saidgraphGraphView.edges().length)).toBe(Number(edges));
    // a legend of the types drawn, with their colours
    const legend = await page.getByTestId('graph-legend').innerText();
    expect(legend).toMatch(/Person \d+/);
    expect(legend).toMatch(/Article \d+/);
    // the labels shown at the default zoom do not overlap, and some are shown
    const labels = await page.evaluate(() => {
      const cy = (window as unknown as { saidgraphGraphView: { nodes(s: string): { map<T>(f: (n: { renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number } }) => T): T[] } } }).saidgraphGraphView;
      return cy.nodes('.labelled').map((n) => n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false }));
    });
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graph-view-path.png') });
    // the canvas has more than one colour: nodes and edges were painted on it
    const canvas = await page.getByTestId('graph-canvas').screenshot();
    expect(new Set(canvas.subarray(0, 200_000)).size).toBeGreaterThan(8);

    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const at = await page.evaluate(() => (window as unknown as { saidgraphGraphView: GraphHandle }).saidgraphGraphView.$id('person:dmitry-peskov').renderedPosition());
    // a double-click adds the node's neighbours to the canvas
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { saidgraphGraphView: GraphHandle }).saidgraphGraphView.nodes().length), { timeout: 15_000 }).toBeGreaterThan(drawn);
    // the layout of the added nodes may still be moving (slowly on a busy machine): click where it settled
    const position = () => page.evaluate(() => (window as unknown as { saidgraphGraphView: GraphHandle }).saidgraphGraphView.$id('person:dmitry-peskov').renderedPosition());
    let again = await position();
    for (let settled = false, tries = 0; !settled && tries < 40; tries++) {
      await page.waitForTimeout(300);
      const now = await position();
      settled = Math.abs(now.x - again.x) < 0.5 && Math.abs(now.y - again.y) < 0.5;
      again = now;
    }
    await page.mouse.click(box.x + again.x, box.y + again.y);
    await expect.poll(() => page.getByTestId('graph-selection').innerText(), { timeout: 10_000 }).toContain('Dmitry Peskov');
    const tabs = await page.getByRole('tab').count();
    await page.getByRole('button', { name: 'Explore its neighbourhood' }).click();
    // in a tab of its own: the example tab keeps its query
    await expect.poll(() => page.getByRole('tab').count(), { timeout: 10_000 }).toBe(tabs + 1);
    // Monaco draws spaces as no-break spaces
    await expect.poll(async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' '), { timeout: 10_000 }).toContain('query Explore');
    await expect.poll(async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' '), { timeout: 30_000 }).toContain('"neighborhood"');
    await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toMatch(/^\d+ nodes/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graph-view-explore.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, BROWSER_TEST_MS);

  it('corrects the graph from the curation tab, with the key and versions the tab carries', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('LavrovStatements');
    await page.getByRole('tab', { name: /ReadBeforeCorrecting/ }).click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('AddSpelling');

    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'AddSpelling' }).click();
    const response = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 30_000 }).toContain('"operation": "updateEntity"');
    expect(await response()).toContain('"actor": "local-developer"');
    expect(await response()).toContain('"Dmitri Peskov"');

    // the same change again carries a version that is no longer the current one
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'AddSpelling' }).click();
    await expect.poll(response, { timeout: 30_000 }).toContain('"code": "CONFLICT"');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-curation.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, BROWSER_TEST_MS);

  it('runs the change feed tab over WebSocket and shows a statement as an ingest writes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('LavrovStatements');
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.getByRole('tab', { name: /ChangeFeed/ }).click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('statementAdded');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the tab's editor takes the click only once mounted
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBe(1);
    expect(sockets[0]).toBe(server.url.replace(/^http/, 'ws'));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the subscription is open
    const key = config.developmentKey!;
    const written = await server.query(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }',
      { i: { title: 'Minister backs new port', publisher: 'Harbour Times', publishedAt: '2024-06-01', text: 'Minister backs new port\n\nTransport Minister Lena Holm said on Friday that the new port would open in 2026.' } },
      { authorization: `Bearer ${key}` },
    );
    expect(written.data.ingestArticle.created).toBe(true);
    const response = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 30_000 }).toContain('"text": "the new port would open in 2026"');
    expect(await response()).toContain('"name": "Lena Holm"');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-change-feed.png') });
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  }, BROWSER_TEST_MS);

  it('filters the graph view by type and by date, and saves it as PNG and SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('LavrovStatements');
    await page.getByRole('button', { name: 'Show Graph view' }).click();
    await page.locator('.graphiql-execute-button').click();
    const operation = page.getByRole('menuitem', { name: 'LavrovStatements' });
    if (await operation.isVisible({ timeout: 2_000 }).catch(() => false)) await operation.click();
    await expect.poll(() => page.getByTestId('graph-summary').innerText(), { timeout: 30_000 }).toMatch(/^\d+ nodes/);
    type Cy = { nodes(selector?: string): { length: number } };
    const visible = (selector = '') => page.evaluate((s) => (window as unknown as { saidgraphGraphView: Cy }).saidgraphGraphView.nodes(`${s}:visible`).length, selector);
    const all = await visible();
    const articles = await visible('[type = "Article"]');
    expect(articles).toBeGreaterThan(0);

    // a type unticked in the legend leaves the canvas
    await page.getByTestId('graph-legend').getByText(/^Article \d+$/).click();
    await expect.poll(() => visible()).toBe(all - articles);
    await page.getByTestId('graph-legend').getByText(/^Article \d+$/).click();
    await expect.poll(() => visible()).toBe(all);
    // the articles are of 17 February 2022: a range after it hides them, undated nodes stay
    await page.getByLabel('From').fill('2022-03-01');
    await expect.poll(() => visible('[type = "Article"]')).toBe(0);
    expect(await visible('[type = "Person"]')).toBeGreaterThan(0);
    await page.getByLabel('From').fill('');
    await expect.poll(() => visible()).toBe(all);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graph-view-lavrov.png') });
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the canvas as a PNG image' }).click()]);
    expect(png.suggestedFilename()).toBe('saidgraph.png');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the canvas as an SVG drawing' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await svg.createReadStream()) chunks.push(chunk as Buffer);
    const drawing = Buffer.concat(chunks).toString('utf8');
    expect(drawing).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // the best connected node keeps its label, and the drawing has the labels the canvas shows
    const shownLabels = await page.evaluate(() => (window as unknown as { saidgraphGraphView: { nodes(s: string): { map<T>(f: (n: { data(k: string): string; degree(b: boolean): number }) => T): T[] } } }).saidgraphGraphView.nodes('.labelled').map((n) => `${n.data('label')}:${n.degree(false)}`));
    expect(drawing, shownLabels.join(' | ')).toContain('Sergey Lavrov');
    const labelled = await page.evaluate(() => (window as unknown as { saidgraphGraphView: { nodes(s: string): { length: number } } }).saidgraphGraphView.nodes('.labelled').length);
    expect((drawing.match(/<text /g) ?? []).length).toBe(labelled);
    expect((drawing.match(/<(circle|rect|polygon) /g) ?? []).length).toBeGreaterThan(all);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, BROWSER_TEST_MS);
});
