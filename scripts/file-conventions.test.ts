import fs from 'node:fs';
import path from 'node:path';

/**
 * Where files go, checked (docs/testing.md):
 * - Client components are recognisable by name: a module that starts with the `'use client'` directive is
 *   called `Name.client.tsx` (or `useThing.client.ts`), and a `.client.` module starts with the directive.
 *   In app/, only the files Next requires to be client components carry it.
 * - Every test file belongs to a Jest project: beside its module in components/, lib/ or scripts/, or in
 *   tests/integration or tests/e2e. A test anywhere else (tests/unit, app/) would silently never run, and
 *   in app/ Next could read it as a route.
 */

const ROOT = process.cwd();
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|mjs|js|jsx)$/;
const TEST_FILE = /\.test\.(ts|tsx|mts|mjs|js|jsx)$/;
/** Next's file conventions that must be client components, so they keep Next's names. */
const NEXT_CLIENT_FILES = new Set(['error.tsx', 'global-error.tsx']);
/** Where jest.config.mjs looks for tests. */
const TEST_HOMES = [/^(components|lib|scripts)\/.+\.test\.tsx?$/, /^tests\/integration\/.+\.test\.ts$/, /^tests\/e2e\/.+\.test\.ts$/];
/** Folders that are not our source: dependencies, builds, data. */
const NOT_OURS = /(^|\/)(node_modules|\.next[^/]*|\.data|\.git|coverage|out|build)$/;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
      const file = relative === '.' ? entry.name : `${relative}/${entry.name}`;
      if (NOT_OURS.test(file)) continue;
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) found.push(file);
    }
  };
  walk(folder);
  return found;
}

/** Whether the module's first statement (after comments) is the 'use client' directive. */
function startsWithUseClient(file: string): boolean {
  const text = fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/^(\s*(\/\/[^\n]*(\n|$)|\/\*[\s\S]*?\*\/))*/, '')
    .trimStart();
  return /^(['"])use client\1/.test(text);
}

const isClientName = (file: string) => /\.client\.(ts|tsx)$/.test(file);

describe('client components are named *.client.ts(x)', () => {
  const files = [...sourceFiles('components'), ...sourceFiles('lib')].filter((file) => !TEST_FILE.test(file));

  it('finds the client components', () => {
    expect(files.filter(isClientName).length).toBeGreaterThan(0);
  });

  it("every module with 'use client' is named *.client.ts(x)", () => {
    expect(files.filter((file) => startsWithUseClient(file) && !isClientName(file))).toEqual([]);
  });

  it("every *.client.ts(x) module starts with 'use client'", () => {
    expect(files.filter((file) => isClientName(file) && !startsWithUseClient(file))).toEqual([]);
  });

  it("in app/, only Next's error files are client components", () => {
    expect(sourceFiles('app').filter((file) => startsWithUseClient(file) && !NEXT_CLIENT_FILES.has(path.basename(file)))).toEqual([]);
  });
});

describe('test files', () => {
  it('all sit where a Jest project finds them (beside their module, or in tests/integration or tests/e2e)', () => {
    const tests = sourceFiles('.').filter((file) => TEST_FILE.test(file));
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter((file) => !TEST_HOMES.some((home) => home.test(file)))).toEqual([]);
  });
});
