import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jConfig } from '../config.js';

const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
/** The jars of the local Neo4j (its bulk importer among them: src/db/neo4jImport.ts). */
export const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const READY = /saidgraph-neo4j ready (bolt:\/\/\S+)/;
const START_TIMEOUT_MS = 180_000;

/** Something this machine lacks for the local Neo4j; the message says what to install. */
export class LocalNeo4jError extends Error {
  readonly code = 'LOCAL_NEO4J';
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  stop(): Promise<void>;
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

/** Whether the Neo4j jars are in neo4j/lib. */
export function isInstalled(): boolean {
  return existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => /^neo4j-kernel-.*\.jar$/.test(f));
}

/**
 * Resolves Neo4j Community and its dependencies through Maven into neo4j/lib, once, saying how far
 * it got every few seconds (artifacts and megabytes fetched) and how long it took. Maven runs in
 * batch mode without colours; its output is shown only when it fails.
 */
export async function ensureInstalled(log: (line: string) => void = () => {}): Promise<void> {
  if (isInstalled()) return;
  if (!hasCommand('java', ['-version'])) {
    throw new LocalNeo4jError('Java 17 or newer is needed for the local Neo4j: install it (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to a Neo4j server.');
  }
  if (!hasCommand('mvn', ['-v'])) {
    throw new LocalNeo4jError('Maven is needed to fetch Neo4j: install it (Debian: apt-get install maven), or set NEO4J_URI to a Neo4j server.');
  }
  log('fetching Neo4j Community 5.26 through Maven into neo4j/lib (once; about 150 MB) ...');
  const started = Date.now();
  const child = spawn('mvn', ['-B', '-Dstyle.color=never', '-ntp', '-f', path.join(NEO4J_DIR, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let artifacts = 0;
  const progress = setInterval(() => {
    const mb = existsSync(LIB_DIR) ? directoryBytes(LIB_DIR) / 1e6 : 0;
    log(`  ... ${Math.round((Date.now() - started) / 1000)} s: ${artifacts} Maven steps, ${mb.toFixed(0)} MB in neo4j/lib`);
  }, 5000);
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim()) output.push(line);
      if (/^\[INFO\]/.test(line)) artifacts++;
    }
    if (output.length > 400) output.splice(0, output.length - 200);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(progress);
  if (status !== 0 || !isInstalled()) {
    for (const line of output.slice(-40)) log(line);
    throw new LocalNeo4jError('Maven could not fetch Neo4j (its last lines are above); check the network to Maven Central, or set NEO4J_URI.');
  }
  log(`fetched Neo4j into neo4j/lib in ${((Date.now() - started) / 1000).toFixed(1)} s (${(directoryBytes(LIB_DIR) / 1e6).toFixed(0)} MB)`);
}

function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

function javaArgs(config: LocalNeo4jConfig, attached: boolean): string[] {
  const opens = ['java.nio', 'java.io', 'sun.nio.ch', 'java.lang', 'java.util'].flatMap((p) => [
    '--add-opens',
    `java.base/${p}=ALL-UNNAMED`,
  ]);
  const args = [
    `-Xmx${config.heapMb}m`,
    '-XX:+UseG1GC',
    ...opens,
    '-cp',
    `${LIB_DIR}${path.sep}*`,
    path.join(NEO4J_DIR, 'LocalNeo4j.java'),
    config.home,
    String(config.port),
    String(config.pageCacheMb),
  ];
  return attached ? [...args, '--exit-on-stdin-eof'] : args;
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port that is free now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForReady(child: ChildProcess, read: () => string, started: number): Promise<{ uri: string; startupMs: number }> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(check, 100);
    const timeout = setTimeout(() => fail(new LocalNeo4jError(`Neo4j did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.once('exit', (code) => fail(new LocalNeo4jError(`Neo4j exited with code ${code} before it was ready:\n${read().slice(-2000)}`)));
    function check() {
      const match = READY.exec(read());
      if (!match) return;
      done();
      resolve({ uri: match[1]!, startupMs: Date.now() - started });
    }
    function fail(error: Error) {
      done();
      reject(error);
    }
    function done() {
      clearInterval(timer);
      clearTimeout(timeout);
    }
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the local Neo4j as a child of this process: it stops when this process stops (its stdin
 * closes), so `npm start` and test runs never leave one behind.
 */
export async function startAttached(config: LocalNeo4jConfig): Promise<LocalNeo4j> {
  await ensureInstalled((line) => console.error(`saidgraph: ${line}`));
  if (await isPortOpen(config.port)) {
    throw new LocalNeo4jError(
      `port ${config.port} is taken by something other than this data folder's Neo4j (${config.home}): stop it, or set NEO4J_LOCAL_PORT to a free port`,
    );
  }
  mkdirSync(runDir(config), { recursive: true });
  const started = Date.now();
  const child = spawn('java', javaArgs(config, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = await waitForReady(child, () => output, started);
  writeState(config, { pid: child.pid!, uri: ready.uri, startedBy: 'saidgraph start', ownerPid: process.pid });
  return {
    ...ready,
    pid: child.pid!,
    stop: async () => {
      await stopChild(child);
      clearState(config);
    },
  };
}

function runDir(config: LocalNeo4jConfig) {
  return path.join(config.home, 'run');
}

/** Where a running local Neo4j of a data folder listens, and who started it: `<home>/run/neo4j.json`. */
export interface LocalNeo4jState {
  pid: number;
  uri: string;
  /** `saidgraph start` (stops with it) or `db:start` (in the background until db:stop). */
  startedBy: string;
  /** The process that owns it: the server of `npm start`, or null for a background one. */
  ownerPid: number | null;
}

const stateFile = (config: LocalNeo4jConfig) => path.join(runDir(config), 'neo4j.json');

function writeState(config: LocalNeo4jConfig, state: LocalNeo4jState): void {
  writeFileSync(stateFile(config), `${JSON.stringify(state)}\n`);
}

function clearState(config: LocalNeo4jConfig): void {
  rmSync(stateFile(config), { force: true });
}

/**
 * The local Neo4j of this data folder that is running now (started by `npm start` or `db:start`),
 * or null: every command that needs the database uses it rather than starting a second one.
 */
export async function runningLocal(config: LocalNeo4jConfig): Promise<LocalNeo4jState | null> {
  let state: LocalNeo4jState;
  try {
    state = JSON.parse(readFileSync(stateFile(config), 'utf8')) as LocalNeo4jState;
  } catch {
    return null;
  }
  if (!isAlive(state.pid)) return null;
  const port = Number(new URL(state.uri.replace(/^bolt:/, 'http:')).port);
  return (await isPortOpen(port)) ? state : null;
}

function readPid(config: LocalNeo4jConfig): number | null {
  const file = path.join(runDir(config), 'neo4j.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && isAlive(pid) ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run db:start`: a local Neo4j in the background that outlives this command. */
export async function startDetached(config: LocalNeo4jConfig): Promise<{ uri: string; pid: number; startupMs: number; already: boolean }> {
  const running = readPid(config);
  if (running) return { uri: `bolt://127.0.0.1:${config.port}`, pid: running, startupMs: 0, already: true };
  await ensureInstalled((line) => console.error(`saidgraph: ${line}`));
  if (await isPortOpen(config.port)) throw new LocalNeo4jError(`port ${config.port} is taken; set NEO4J_LOCAL_PORT`);
  mkdirSync(runDir(config), { recursive: true });
  const logFile = path.join(runDir(config), 'neo4j.log');
  writeFileSync(logFile, '');
  const out = openSync(logFile, 'a');
  const started = Date.now();
  const child = spawn('java', javaArgs(config, false), { detached: true, stdio: ['ignore', out, out] });
  writeFileSync(path.join(runDir(config), 'neo4j.pid'), String(child.pid));
  const ready = await waitForReady(child, () => readFileSync(logFile, 'utf8'), started);
  writeState(config, { pid: child.pid!, uri: ready.uri, startedBy: 'db:start', ownerPid: null });
  child.unref();
  return { ...ready, pid: child.pid!, already: false };
}

/** `npm run db:stop`: stops the background Neo4j and waits until it has shut down. */
export async function stopDetached(config: LocalNeo4jConfig): Promise<boolean> {
  const pid = readPid(config);
  if (!pid) {
    const attached = await runningLocal(config);
    if (attached) throw new LocalNeo4jError(`the local Neo4j runs with ${attached.startedBy} (pid ${attached.ownerPid}): stop that (Ctrl-C), and it stops too`);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; isAlive(pid) && waited < 60_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(path.join(runDir(config), 'neo4j.pid'), { force: true });
  clearState(config);
  return true;
}

/** `npm run db:status`: whether the background Neo4j runs and answers. */
export async function statusDetached(config: LocalNeo4jConfig): Promise<{ pid: number | null; listening: boolean; state: LocalNeo4jState | null }> {
  const state = await runningLocal(config);
  return { pid: readPid(config) ?? state?.pid ?? null, listening: state ? true : await isPortOpen(config.port), state };
}
