import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * What the browser suite's global setup started, shared with the test files (they run in
 * other processes) through a small JSON file.
 */
export interface E2EState {
  baseUrl: string;
  databaseUrl: string;
  distDir: string;
  dataDir: string;
  pid: number;
  /** Secret the server signs sessions with, for tests that need to mint or inspect them. */
  nextAuthSecret: string;
}

export const STATE_FILE = path.join(os.tmpdir(), `meridian-e2e-state-${process.getuid?.() ?? 0}.json`);

export function writeState(state: E2EState): void {
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

export function readState(): E2EState {
  return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as E2EState;
}
