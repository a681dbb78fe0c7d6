/**
 * Issue 10's bare Next.js page, the floor every bench divides by: the same installed Next and
 * React, a generated ~1,000-word article in four sections with subheadings, a hero through
 * next/image, three links to other stories, system fonts, no client component of its own, and 50
 * statically generated slugs (/story/[slug]), built in os.tmpdir()/meridian-bench-baseline and
 * served by `next start`. The same build carries any extra routes the bench hands in (the floor page,
 * scripts/bench/floor.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNext, freePort, NEXT_BIN, ROOT, stopNext } from '../../tests/e2e/support/server';
import { baselineStories, bodyWordCount, type BaselineStory } from './baseline-story';
import { stopOnExit } from './cleanup';

export const BASELINE_DIR = path.join(os.tmpdir(), 'meridian-bench-baseline');
/** One of the repo's demo images (1600x900), copied into the baseline's public/ as its hero. */
const HERO = { from: 'public/images/demo/bridge-fog.jpg', width: 1600, height: 900 };

const BASELINE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'next-baseline', private: true }),
  // Turbopack resolves only inside its root; node_modules is a link into the project.
  'next.config.js': "module.exports = { turbopack: { root: '/' } };\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['dom', 'esnext'], jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, resolveJsonModule: true },
    include: ['**/*.ts', '**/*.tsx'],
  }),
  'app/globals.css': `body { margin: 0 auto; max-width: 42rem; padding: 1rem; font: 1.125rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
img { max-width: 100%; height: auto; }
`,
  'app/layout.tsx': `import './globals.css';
export const metadata = { title: 'Baseline', description: 'A bare Next.js news page' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.tsx': `import Link from 'next/link';
import stories from '../stories.json';
export default function Home() {
  return <main><h1>Stories</h1><ul>{stories.map((s) => <li key={s.slug}><Link href={\`/story/\${s.slug}\`}>{s.headline}</Link></li>)}</ul></main>;
}
`,
  'app/story/[slug]/page.tsx': `import Image from 'next/image';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import stories from '../../../stories.json';

type Props = { params: Promise<{ slug: string }> };
export const dynamicParams = false;
export function generateStaticParams() {
  return stories.map((s) => ({ slug: s.slug }));
}
async function find(params: Props['params']) {
  const { slug } = await params;
  const index = stories.findIndex((s) => s.slug === slug);
  if (index < 0) notFound();
  return { story: stories[index]!, related: [1, 2, 3].map((n) => stories[(index + n) % stories.length]!) };
}
export async function generateMetadata({ params }: Props) {
  const { story } = await find(params);
  return { title: story.headline, description: story.standfirst };
}
export default async function StoryPage({ params }: Props) {
  const { story, related } = await find(params);
  return (
    <main>
      <article>
        <header>
          <h1>{story.headline}</h1>
          <p>{story.standfirst}</p>
        </header>
        <Image src="/hero.jpg" alt={story.heroAlt} width={${HERO.width}} height={${HERO.height}} sizes="(min-width: 800px) 768px, 100vw" preload fetchPriority="high" />
        <div className="article-body">
          {story.sections.map((section) => (
            <section key={section.heading}>
              <h2>{section.heading}</h2>
              {section.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
            </section>
          ))}
        </div>
      </article>
      <nav aria-label="More stories">
        <h2>More stories</h2>
        <ul>{related.map((s) => <li key={s.slug}><Link href={\`/story/\${s.slug}\`}>{s.headline}</Link></li>)}</ul>
      </nav>
    </main>
  );
}
`,
};

export interface BaselineServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** The measured page: the first generated story. */
  storyPath: string;
  /** All fifty stories, for mixed load. */
  storyPaths: string[];
  /** Words in that story's body (subheadings and paragraphs). */
  storyWords: number;
}

/** Whether every extra file is on disk as given: a reused build must hold the routes asked for. */
const holds = (extraFiles: Record<string, string>, publicFiles: string[]) =>
  Object.entries(extraFiles).every(([file, text]) => {
    const onDisk = path.join(BASELINE_DIR, file);
    return fs.existsSync(onDisk) && fs.readFileSync(onDisk, 'utf8') === text;
  }) && publicFiles.every((file) => fs.existsSync(path.join(BASELINE_DIR, 'public', file)));

/**
 * Builds the baseline with `extraFiles` added to it and `publicFiles` (paths under public/, e.g.
 * /images/demo/x.jpg) copied from the project's public/ when they exist there (unless
 * BENCH_REUSE_BUILD=1 finds a build holding the same files), and serves it with `next start` on 127.0.0.1.
 */
export async function startBaseline(extraFiles: Record<string, string> = {}, publicFiles: string[] = []): Promise<BaselineServer> {
  const copies = publicFiles.filter((file) => fs.existsSync(path.join(ROOT, 'public', file)));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' };
  if (!(process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(BASELINE_DIR, '.next', 'BUILD_ID')) && holds(extraFiles, copies))) {
    fs.rmSync(BASELINE_DIR, { recursive: true, force: true });
    const files = { ...BASELINE_FILES, 'stories.json': JSON.stringify(baselineStories()), ...extraFiles };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(BASELINE_DIR, file)), { recursive: true });
      fs.writeFileSync(path.join(BASELINE_DIR, file), text);
    }
    fs.mkdirSync(path.join(BASELINE_DIR, 'public'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, HERO.from), path.join(BASELINE_DIR, 'public/hero.jpg'));
    for (const file of copies) {
      fs.mkdirSync(path.dirname(path.join(BASELINE_DIR, 'public', file)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'public', file), path.join(BASELINE_DIR, 'public', file));
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(BASELINE_DIR, 'node_modules'), 'dir');
    const extra = Object.keys(extraFiles).length + copies.length;
    console.log(`building the bare Next.js baseline (50 generated stories${extra ? `, ${extra} extra files` : ''}) …`);
    await buildNext(env, BASELINE_DIR);
  }
  // Read back, not regenerated: a reused build serves the stories it was built with.
  const stories = JSON.parse(fs.readFileSync(path.join(BASELINE_DIR, 'stories.json'), 'utf8')) as BaselineStory[];
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const storyPaths = stories.map((story) => `/story/${story.slug}`);
  const storyPath = storyPaths[0]!;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: BASELINE_DIR,
    env,
    stdio: 'ignore',
    detached: true,
  });
  stopOnExit(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(baseUrl + storyPath, { signal: AbortSignal.timeout(5_000) })).ok) {
        return { baseUrl, port, child, storyPath, storyPaths, storyWords: bodyWordCount(stories[0]!) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopNext(child);
  throw new Error('the baseline server did not answer within 60 s');
}
