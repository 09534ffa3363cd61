import { loadConfig } from './config.js';
import { ExtractionPool } from './extract/pool.js';
import { EXTRACTOR, extract } from './extract/extract.js';
import { reextract } from './ingest/reextract.js';
import { toPrediction } from './extract/predictions.js';
import { readArticles } from './ingest/articles.js';
import { ingestPaths, type BatchProgress, type BatchSummary } from './ingest/batch.js';
import { importPaths } from './ingest/importer.js';
import { Presets, SingleBar } from 'cli-progress';
import type { EditFilter } from './curation/audit.js';
import { exportAudit, exportTo, type ExportFormat } from './export/export.js';
import { createWriteStream } from 'node:fs';
import type { StatementWhere } from './generated/graphql.js';
import { openDatabase } from './db/database.js';
import { ensureInstalled, startDetached, statusDetached, stopDetached } from './db/localNeo4j.js';
import { loadExample } from './ingest/example.js';
import { importReference, ReferenceImportError } from './ingest/referenceImport.js';
import { createLogger } from './logger.js';
import { main } from './main.js';

const USAGE = `saidgraph: who said what, from news articles to a graph

Usage:
  saidgraph start              local Neo4j (or NEO4J_URI), the example article, GraphQL + GraphiQL
  saidgraph serve              GraphQL + GraphiQL on the configured database, no example
  saidgraph db install         fetch the Neo4j jars through Maven into neo4j/lib
  saidgraph db start|stop|status   the local Neo4j in the background
  saidgraph db migrate         apply pending schema migrations
  saidgraph db reset           delete all data (keeps the schema)
  saidgraph load-example       load the TASS example article into the graph
  saidgraph extract FILE...    statements of .txt/.json/.jsonl articles, as prediction JSON lines on stdout
  saidgraph ingest [--bulk [N] | --import] FILE|DIR...
                               extract and write articles to the graph, one transaction each;
                               --bulk: N articles a transaction (default 25), for large loads;
                               --import: a first load into the local Neo4j, stopped and with no
                               database yet, through Neo4j's bulk importer
  saidgraph reextract [--all] [--where JSON]
                               read stored articles again with the current extractor (by default
                               those an older version read); --where takes {"publisherId", "title"}
  saidgraph import-reference FILE... [--dry-run]
                               people, organizations and dated offices from Popolo .json or tenure
                               .csv (person,office,organization,start,end,wikidata), one transaction
                               per file; --dry-run says what would change
  saidgraph export [--format jsonl|csv|graphml|audit] [--where JSON] [--out FILE]
                               stream statements (StatementWhere as JSON) for other tools (Gephi, R, pandas)

Configuration is read from the environment: see README.md.`;

type Command = (args: string[]) => Promise<void>;

async function withDatabase(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.neo4j, createLogger(config.logLevel, config.logFormat));
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

const dbCommands: Record<string, Command> = {
  install: () => ensureInstalled((line) => console.error(`saidgraph: ${line}`)),
  start: async () => {
    const { local } = loadConfig().neo4j;
    const result = await startDetached(local);
    console.log(result.already ? `already running (pid ${result.pid}) at ${result.uri}` : `started in ${result.startupMs} ms (pid ${result.pid}) at ${result.uri}`);
  },
  stop: async () => console.log((await stopDetached(loadConfig().neo4j.local)) ? 'stopped' : 'not running'),
  status: async () => {
    const { local } = loadConfig().neo4j;
    const status = await statusDetached(local);
    const where = status.state ? ` at ${status.state.uri}, started by ${status.state.startedBy}` : '';
    console.log(status.pid ? `running (pid ${status.pid})${where}, ${status.listening ? 'accepting connections' : 'not accepting connections yet'}` : `not running (data in ${local.home})`);
    if (!status.pid) process.exitCode = 3;
  },
  migrate: () => withDatabase(async () => console.log('schema up to date')),
  reset: () => withDatabase(async ({ db }) => {
    await db.autoCommit('db/wipe');
    console.log('all data deleted');
  }),
};

/** `saidgraph extract FILE...`: one prediction line per article; bad inputs are reported and skipped. */
async function extractCommand(files: string[]): Promise<void> {
  if (!files.length) throw new UsageError('extract needs at least one file');
  let failed = 0;
  for (const file of files) {
    for (const result of await readArticles(file)) {
      if (!result.ok) {
        failed++;
        console.error(`saidgraph: [${result.error.code}] ${result.error.origin}: ${result.error.message}`);
        continue;
      }
      const { article } = result;
      process.stdout.write(`${JSON.stringify(toPrediction(article.id, extract(article.text, article.source)))}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

/**
 * Progress of an ingest on stderr: on a terminal a bar with articles done, the rate and the time
 * left (cli-progress); otherwise (a log, CI) a line every 5 seconds and one at the end.
 */
function ingestProgress(): { update: (p: BatchProgress) => void; stop: () => void } {
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: '{bar} {value}/{total} articles | {rate}/s | {eta_formatted} left | {statements} statements', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
      Presets.shades_classic,
    );
    let begun = false;
    return {
      update: (p) => {
        const payload = { statements: p.summary.statements, rate: ((p.articlesDone / Math.max(1, Date.now() - started)) * 1000).toFixed(1) };
        if (!begun) bar.start(p.articlesTotal, 0, payload);
        begun = true;
        bar.setTotal(p.articlesTotal);
        bar.update(p.articlesDone, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let latest: BatchProgress | null = null;
  const line = (p: BatchProgress) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = p.articlesDone / Math.max(seconds, 0.001);
    const left = rate > 0 ? Math.round((p.articlesTotal - p.articlesDone) / rate) : null;
    process.stderr.write(`saidgraph: ${p.articlesDone}/${p.articlesTotal} articles, ${rate.toFixed(1)}/s, ${left === null ? '?' : `${left} s`} left, ${p.summary.statements} statements (${seconds.toFixed(0)} s)\n`);
  };
  return {
    update: (p) => {
      latest = p;
      if (Date.now() - last >= 5000) {
        last = Date.now();
        line(p);
      }
    },
    stop: () => {
      if (latest) line(latest);
      latest = null;
    },
  };
}

/** What an ingest or an import read and wrote, its warnings and errors; exit code 1 when an article was left out. */
function printSummary(summary: BatchSummary, written: string, unchanged: string, tail = ''): void {
  for (const w of summary.warnings) console.error(`saidgraph: warning [${w.code}] ${w.origin}: ${w.message}`);
  for (const e of summary.errors) console.error(`saidgraph: [${e.code}] ${e.origin}: ${e.message}`);
  const unsupported = summary.unsupportedLanguage ? `, ${summary.unsupportedLanguage} not in English` : '';
  console.log(
    `${summary.articles} articles: ${summary.created} ${written}, ${summary.updated} updated, ${summary.unchanged} ${unchanged}, ${summary.failed} failed${unsupported}; ` +
      `${summary.statements} statements, ${summary.newPeople} new people${tail}`,
  );
  if (summary.failed || summary.unsupportedLanguage) process.exitCode = 1;
}

/** Articles a transaction for `ingest --bulk` without a number: PolNeAR train went in fastest with 10 to 50. */
const DEFAULT_BULK = 25;

/** `saidgraph ingest [--bulk [N]] FILE|DIR...`: writes to the graph, then prints a summary. */
async function ingestCommand(args: string[]): Promise<void> {
  if (args.includes('--import')) return importCommand(args.filter((a) => a !== '--import'));
  // --bulk [N]: N articles a transaction (25 when no number follows: the name look-ups of a
  // transaction grow slower with its uncommitted names, so larger batches lose; see bench/README.md)
  const at = args.indexOf('--bulk');
  let bulk: number | undefined;
  let paths = args;
  if (at >= 0) {
    const given = args[at + 1];
    const number = given !== undefined && /^\d+$/.test(given);
    bulk = number ? Number(given) : DEFAULT_BULK;
    if (!Number.isSafeInteger(bulk) || bulk < 1 || bulk > 10_000) throw new UsageError('--bulk takes a number of articles a transaction, 1 to 10000');
    paths = args.filter((_, i) => i !== at && !(number && i === at + 1));
  }
  if (!paths.length) throw new UsageError('ingest needs at least one file or folder');
  const config = loadConfig();
  const extractor = new ExtractionPool(config.extractWorkers, config.extractTimeoutMs);
  try {
    await withDatabase(async ({ db }) => {
      const progress = ingestProgress();
      const summary = await ingestPaths(db, paths, progress.update, extractor, { bulk }).finally(progress.stop);
      printSummary(summary, 'ingested', 'already in the graph');
    });
  } finally {
    await extractor.close();
  }
}

/** `saidgraph ingest --import FILE|DIR...`: a first load through Neo4j's bulk importer (src/ingest/importer.ts). */
async function importCommand(paths: string[]): Promise<void> {
  if (paths.includes('--bulk')) throw new UsageError('--import and --bulk are two ways of loading: give one');
  if (!paths.length) throw new UsageError('ingest --import needs at least one file or folder');
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  const extractor = new ExtractionPool(config.extractWorkers, config.extractTimeoutMs);
  try {
    const progress = ingestProgress();
    const { summary, times } = await importPaths(config.neo4j, paths, log, { onProgress: progress.update, onRead: progress.stop, extractor }).finally(progress.stop);
    printSummary(
      summary,
      'imported',
      'given twice',
      `; read ${times.read.toFixed(1)} s, CSV ${times.csv.toFixed(1)} s, Neo4j's importer ${times.importer.toFixed(1)} s, its start ${times.startup.toFixed(1)} s, indexes ${times.schema.toFixed(1)} s`,
    );
  } finally {
    await extractor.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function parseWhere(text: string | undefined): StatementWhere | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as StatementWhere;
  } catch {
    // reported below
  }
  throw new UsageError(`--where takes a JSON object of StatementWhere fields, e.g. '{"speakerName": "Sergey Lavrov"}'`);
}

/** The filter of `export --format audit`: any of entityId, statementId, articleId. */
function auditFilter(where: Record<string, unknown> | null): EditFilter {
  const keys = ['entityId', 'statementId', 'articleId'];
  const unknown = Object.keys(where ?? {}).filter((k) => !keys.includes(k) || typeof where![k] !== 'string');
  if (unknown.length) throw new UsageError(`--where of --format audit takes ids as {"entityId": ...}, {"statementId": ...} or {"articleId": ...}; not ${unknown.join(', ')}`);
  return (where ?? {}) as EditFilter;
}

/** `saidgraph export`: statements as JSON lines, CSV or GraphML, streamed to stdout or a file. */
async function exportCommand(args: string[]): Promise<void> {
  const format = (option(args, '--format') ?? 'jsonl') as ExportFormat;
  if (!['jsonl', 'csv', 'graphml', 'audit'].includes(format)) throw new UsageError(`--format is jsonl, csv, graphml or audit, not ${format}`);
  const where = parseWhere(option(args, '--where'));
  const file = option(args, '--out');
  await withDatabase(async ({ db }) => {
    const out = file ? createWriteStream(file) : process.stdout;
    // the audit trail takes {entityId, statementId, articleId} as --where; statements take StatementWhere
    // how far it got, every 5 seconds, on stderr (the data may be going to stdout)
    const started = Date.now();
    let said = started;
    const onCount = (n: number) => {
      if (Date.now() - said < 5000) return;
      said = Date.now();
      console.error(`saidgraph: ${n} ${format === 'audit' ? 'edits' : 'statements'} written (${Math.round((said - started) / 1000)} s)`);
    };
    const count = format === 'audit' ? await exportAudit(db, auditFilter(where), out, onCount) : await exportTo(db, format, where, out, onCount);
    if (file) await new Promise<void>((resolve, reject) => out.end(() => resolve()).once('error', reject));
    console.error(`saidgraph: exported ${count} ${format === 'audit' ? 'edits' : 'statements'} as ${format}${file ? ` to ${file}` : ''}`);
  });
}

/** `saidgraph import-reference FILE... [--dry-run]`: a refused file is reported with its rows and changes nothing. */
async function importReferenceCommand(args: string[]): Promise<void> {
  const dryRun = args.includes('--dry-run');
  const files = args.filter((a) => a !== '--dry-run');
  if (!files.length) throw new UsageError('import-reference needs at least one .json (Popolo) or .csv (tenures) file');
  await withDatabase(async ({ db }) => {
    for (const file of files) {
      try {
        const r = await importReference(db, file, { dryRun });
        const verb = dryRun ? 'would add' : 'added';
        console.log(`${file}: ${verb} ${r.entities.new} of ${r.entities.total} entities, ${r.offices.new} of ${r.offices.total} offices, ${r.tenures.new} of ${r.tenures.total} tenures (the rest were there)`);
      } catch (error) {
        if (!(error instanceof ReferenceImportError)) throw error;
        console.error(`saidgraph: [${error.code}] ${error.message}`);
        process.exitCode = 1;
      }
    }
  });
}

/** `saidgraph reextract [--all] [--where JSON]`: the graph as if its articles were ingested now. */
async function reextractCommand(args: string[]): Promise<void> {
  const text = option(args, '--where');
  let where: { publisherId?: string; title?: string } = {};
  if (text) {
    try {
      where = JSON.parse(text) as typeof where;
    } catch {
      throw new UsageError(`--where takes a JSON object, e.g. '{"publisherId": "organization:bbc-news"}'`);
    }
  }
  await withDatabase(async ({ db }) => {
    const result = await reextract(db, { all: args.includes('--all'), publisherId: where.publisherId ?? null, title: where.title ?? null }, (done) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${done} articles read again`);
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(`${result.articles} articles read again with ${EXTRACTOR}: ${result.statements} statements`);
  });
}

const commands: Record<string, Command> = {
  reextract: reextractCommand,
  'import-reference': importReferenceCommand,
  export: exportCommand,
  ingest: ingestCommand,
  extract: extractCommand,
  start: () => main({ loadExample: true }),
  serve: () => main({ loadExample: false }),
  db: async ([sub = '']) => {
    const command = dbCommands[sub];
    if (!command) throw new UsageError(`unknown db command "${sub}"`);
    await command([]);
  },
  'load-example': () =>
    withDatabase(async ({ db }) => {
      for (const outcome of await loadExample(db)) {
        console.log(outcome.created ? `loaded ${outcome.statements} statements (${outcome.articleId})` : `already loaded (${outcome.articleId})`);
      }
    }),
};

class UsageError extends Error {
  readonly code = 'USAGE';
}

/**
 * The options each command takes ("--bulk" and the like; the value after one is the command's to
 * check, and never starts with "--"). Anything else that starts with "--" is refused before a database is started, not taken
 * for a file name after it (`ingest --bluk x.jsonl` waited for Neo4j, then said "--bluk: no such file").
 */
const OPTIONS: Record<string, readonly string[]> = {
  ingest: ['--bulk', '--import'],
  reextract: ['--all', '--where'],
  'import-reference': ['--dry-run'],
  export: ['--format', '--where', '--out'],
};

/** The usage lines of one command (the text under it in USAGE), or all of it. */
function usageOf(name: string): string {
  const lines = USAGE.split('\n');
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(`  saidgraph ${name} `) && lines[i] !== `  saidgraph ${name}`) continue;
    own.push(lines[i]!);
    // (and the lines that go on describing it)
    while (i + 1 < lines.length && /^ {10,}\S/.test(lines[i + 1]!)) own.push(lines[++i]!);
  }
  return own.length ? own.join('\n') : USAGE;
}

async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(rest[0] ? usageOf(rest[0]) : USAGE);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(usageOf(name));
    return;
  }
  const unknown = rest.find((a) => a.startsWith('--') && !(OPTIONS[name] ?? []).includes(a));
  if (unknown) throw new UsageError(`${name} takes no option ${unknown}${OPTIONS[name] ? ` (it takes ${OPTIONS[name]!.join(', ')})` : ''}`);
  await command(rest);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`saidgraph: ${typeof code === 'string' ? `[${code}] ` : ''}${message}`);
  if (error instanceof UsageError) console.error(`\n${USAGE}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
