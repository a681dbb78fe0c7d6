// Stops install, dev, build, start and test on a Node.js Meridian does not support, in one line,
// before the SQLite driver's native binary (Node-API 10) is loaded: older Node.js crashes on it.
//
// Dependency-free and written for old runtimes on purpose: it has to run on the Node.js it rejects.
// The rule mirrors "engines" in package.json (tests/integration/node-version-gate.test.ts holds them together).
// Usage: node scripts/check-node.mjs [version]   (the version argument is for tests)

const given = process.argv[2] || process.versions.node;
const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(given);
const major = match ? Number(match[1]) : 0;
const minor = match ? Number(match[2]) : 0;

// 22.14 is the first 22.x with Node-API 10; 23 reached end of life; 24 and later are current.
const supported = (major === 22 && minor >= 14) || major >= 24;

if (!supported) {
  process.stderr.write(
    'Meridian needs Node.js 22 (22.14 or later) or 24 (this is ' + given.replace(/^v/, '') + '): ' +
      'install an LTS release from nodejs.org, then run npm ci again.\n',
  );
  process.exit(1);
}
