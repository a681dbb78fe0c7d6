/**
 * Seeds a bench's fresh database before its server starts, as an operator would (`npm run db:seed`),
 * so the server measured starts on a database that already holds its content: every start after
 * the first, in production.
 */
import { spawn } from 'node:child_process';
import { ROOT } from '../../tests/e2e/support/server';

export function seedDatabase(env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/db-seed.ts', ...args], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'development' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:seed exited with ${code}`))));
  });
}
