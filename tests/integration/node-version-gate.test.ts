/**
 * @jest-environment node
 *
 * Meridian supports the Node.js LTS lines 22 and 24 (issue 13). On anything older, `npm ci` must
 * stop before it installs a thing, and dev/build/start/test must stop in one readable line,
 * never reach the SQLite driver's native binary (which crashes older Node.js with a segfault).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '../..');
const CHECK = path.join(ROOT, 'scripts/check-node.mjs');

const packageJson = z
  .looseObject({ engines: z.object({ node: z.string() }), scripts: z.record(z.string(), z.string()) })
  .parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')));

function check(version: string) {
  const result = spawnSync(process.execPath, [CHECK, version], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

const UNSUPPORTED = ['18.20.8', '20.9.0', '20.20.2', '22.0.0', '22.13.1', '23.11.0'];
const SUPPORTED = ['22.14.0', '22.23.5', '24.0.0', '24.22.3', '25.2.1', '26.0.0'];

describe('the Node.js version gate', () => {
  it.each(UNSUPPORTED)('stops Node.js %s in one line that names it and says what to install', (version) => {
    const { status, stderr, stdout } = check(version);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`this is ${version}`);
    expect(lines[0]).toMatch(/Node\.js 22 .*24/);
    expect(lines[0]).toContain('nodejs.org');
  });

  it.each(SUPPORTED)('lets Node.js %s through silently', (version) => {
    expect(check(version)).toEqual({ status: 0, stderr: '', stdout: '' });
  });

  it('checks the Node.js it runs on when given no version', () => {
    const result = spawnSync(process.execPath, [CHECK], { encoding: 'utf8' });
    const expected = semver.satisfies(process.versions.node, packageJson.engines.node) ? 0 : 1;
    expect(result.status).toBe(expected);
  });

  it('agrees with "engines" in package.json, which npm enforces', () => {
    for (const version of [...UNSUPPORTED, ...SUPPORTED]) {
      expect({ version, allowed: check(version).status === 0 }).toEqual({
        version,
        allowed: semver.satisfies(version, packageJson.engines.node),
      });
    }
  });

  it('runs before install, dev, build, start and test', () => {
    for (const script of ['preinstall', 'predev', 'prebuild', 'prestart', 'pretest']) {
      expect({ script, command: packageJson.scripts[script] }).toEqual({ script, command: 'node scripts/check-node.mjs' });
    }
  });
});

describe('npm ci on a Node.js outside "engines"', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-engines-'));
  });
  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('stops before installing anything (this project .npmrc makes engines strict)', () => {
    // The running Node.js cannot be swapped inside a test, so the range is moved past it instead:
    // the same situation as Node.js 20 meeting "^22.14.0 || >=24.0.0".
    // The preinstall check is left out so that only npm's own engine check can stop it (npm 10
    // and 11, which Node.js 20 comes with, run dependencies' install scripts before the root's).
    const unsupported = `>=${semver.major(process.versions.node) + 1}.0.0`;
    const scripts = Object.fromEntries(Object.entries(packageJson.scripts).filter(([name]) => name !== 'preinstall'));
    const manifest = { ...packageJson, engines: { node: unsupported }, scripts };
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(folder, 'package-lock.json'));
    fs.copyFileSync(path.join(ROOT, '.npmrc'), path.join(folder, '.npmrc'));

    // Without the stop, npm would spend minutes fetching ~900 packages: the timeout catches that.
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, npm_config_offline: 'true' },
    });

    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(unsupported);
    expect(fs.existsSync(path.join(folder, 'node_modules'))).toBe(false);
  }, 90_000);
});
