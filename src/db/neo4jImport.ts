import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jConfig } from '../config.js';
import { ensureInstalled, LIB_DIR, statusDetached } from './localNeo4j.js';

/** Why an import did not go in; nothing of it was written. */
export class ImportError extends Error {
  constructor(
    readonly code: 'IMPORT_NEEDS_LOCAL' | 'IMPORT_DATABASE_RUNNING' | 'IMPORT_DATABASE_EXISTS' | 'IMPORT_FAILED',
    message: string,
  ) {
    super(message);
  }
}

/** Separates the items of a list in a cell of the import's CSV (the importer's --array-delimiter): a control character no name holds. */
export const ARRAY_DELIMITER = '\u001f';

const databaseDir = (home: string) => path.join(home, 'data', 'databases', 'neo4j');
const transactionsDir = (home: string) => path.join(home, 'data', 'transactions', 'neo4j');

/**
 * Whether the local Neo4j can take an import: stopped, and with no database yet (the importer
 * makes a new one; it never adds to a graph). Checked before a corpus is read, and again before
 * the database is put in place.
 */
export async function checkImportTarget(config: LocalNeo4jConfig): Promise<void> {
  // (attached or in the background, ready or still starting)
  const status = await statusDetached(config);
  if (status.pid) {
    throw new ImportError('IMPORT_DATABASE_RUNNING', `the local Neo4j of ${config.home} is running (started by ${status.state?.startedBy ?? 'db:start'}): an import makes a new database while it is stopped; stop it (saidgraph db stop) first`);
  }
  for (const dir of [databaseDir(config.home), transactionsDir(config.home)]) {
    if (existsSync(dir)) {
      throw new ImportError(
        'IMPORT_DATABASE_EXISTS',
        `the local Neo4j of ${config.home} has a database already (${dir}): an import makes a new one and never adds to a graph; ingest into it (saidgraph ingest --bulk), or give the import another NEO4J_LOCAL_HOME`,
      );
    }
  }
}

/**
 * Neo4j's bulk importer (`neo4j-admin database import full`, from the local Neo4j's jars) on CSV
 * files (src/ingest/importCsv.ts), into a folder beside the local Neo4j's data; the database is
 * moved into place only when the importer has finished without a single bad row, so a failed
 * import leaves the home as it was. The caller starts the database and migrates it (indexes and
 * constraints are built then).
 */
export async function importIntoLocal(config: LocalNeo4jConfig, files: { nodes: string[]; relationships: string[] }, log: (line: string) => void = () => {}): Promise<{ seconds: number }> {
  await ensureInstalled(log);
  await checkImportTarget(config);
  mkdirSync(config.home, { recursive: true });
  const staging = mkdtempSync(path.join(config.home, '.import-'));
  try {
    mkdirSync(path.join(staging, 'conf'));
    writeFileSync(path.join(staging, 'conf', 'neo4j.conf'), '');
    const args = [
      '-Xmx1g',
      '-cp',
      `${LIB_DIR}${path.sep}*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      ...files.nodes.map((f) => `--nodes=${f}`),
      ...files.relationships.map((f) => `--relationships=${f}`),
      // texts hold line breaks; list items are apart by a control character; one bad row fails it all
      '--multiline-fields=true',
      `--array-delimiter=${ARRAY_DELIMITER}`,
      '--bad-tolerance=0',
      '--skip-bad-relationships=false',
      '--skip-duplicate-nodes=false',
      `--report-file=${path.join(staging, 'import.report')}`,
      '--',
      'neo4j',
    ];
    const started = Date.now();
    // the importer finds its home and configuration only in NEO4J_HOME and NEO4J_CONF: env(1) adds
    // them to the environment this process passes on (which only src/config.ts reads)
    const child = spawn('env', [`NEO4J_HOME=${staging}`, `NEO4J_CONF=${path.join(staging, 'conf')}`, 'java', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim() && !/^[.\-\s]+\d+%/.test(line)) output.push(line);
      if (output.length > 400) output.splice(0, output.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const status = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (status !== 0 || !existsSync(databaseDir(staging))) {
      throw new ImportError('IMPORT_FAILED', `Neo4j's importer failed (exit ${status}); nothing was written. Its last lines:\n${output.slice(-25).join('\n')}`);
    }
    await checkImportTarget(config);
    mkdirSync(path.dirname(databaseDir(config.home)), { recursive: true });
    mkdirSync(path.dirname(transactionsDir(config.home)), { recursive: true });
    renameSync(databaseDir(staging), databaseDir(config.home));
    try {
      renameSync(transactionsDir(staging), transactionsDir(config.home));
    } catch (error) {
      renameSync(databaseDir(config.home), databaseDir(staging));
      throw error;
    }
    return { seconds: (Date.now() - started) / 1000 };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
