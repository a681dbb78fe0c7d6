import fs from 'node:fs';
import path from 'node:path';

/**
 * Client components are recognisable by name (docs/testing.md, "Client components"): a module that
 * starts with the `'use client'` directive is called `Name.client.tsx` (or `useThing.client.ts`), and
 * a `.client.` module starts with the directive. In app/, only the files Next requires to be client
 * components carry it (everything else client-side lives in components/). Tests stay out of app/,
 * where Next would read some files as routes.
 */

const ROOT = process.cwd();
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|mjs|js|jsx)$/;
const TEST_FILE = /\.test\.(ts|tsx)$/;
/** Next's file conventions that must be client components, so they keep Next's names. */
const NEXT_CLIENT_FILES = new Set(['error.tsx', 'global-error.tsx']);

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_EXTENSIONS.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
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
});

describe('app/ holds routes only', () => {
  const files = sourceFiles('app');

  it("only Next's error files are client components there", () => {
    expect(files.filter((file) => startsWithUseClient(file) && !NEXT_CLIENT_FILES.has(path.basename(file)))).toEqual([]);
  });

  it('no test files in app/ (Next would take some for routes)', () => {
    expect(files.filter((file) => TEST_FILE.test(file))).toEqual([]);
  });
});
