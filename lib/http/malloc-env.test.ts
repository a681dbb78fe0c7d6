import { execFileSync } from 'node:child_process';
import { envWithMallocSettings, MALLOC_SETTINGS } from '@/lib/http/malloc-env.mjs';

describe('envWithMallocSettings', () => {
  it('adds both glibc settings on Linux and keeps the rest of the environment', () => {
    expect(envWithMallocSettings({ PORT: '3000' }, 'linux')).toEqual({ PORT: '3000', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
  });

  it('leaves an operator who set either variable alone', () => {
    expect(envWithMallocSettings({ MALLOC_ARENA_MAX: '4' }, 'linux')).toBeNull();
    expect(envWithMallocSettings({ MALLOC_MMAP_THRESHOLD_: '65536' }, 'linux')).toBeNull();
  });

  it('does nothing on other systems, whose allocators ignore the variables', () => {
    expect(envWithMallocSettings({}, 'darwin')).toBeNull();
    expect(envWithMallocSettings({}, 'win32')).toBeNull();
  });

  it('returns an environment whose re-executed process sees the settings (the loop stops there)', () => {
    const env = envWithMallocSettings({ PATH: process.env.PATH }, 'linux')!;
    const seen = execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify([process.env.MALLOC_ARENA_MAX, process.env.MALLOC_MMAP_THRESHOLD_]))'], { env: { ...process.env, ...env } });
    expect(JSON.parse(seen.toString())).toEqual([MALLOC_SETTINGS.MALLOC_ARENA_MAX, MALLOC_SETTINGS.MALLOC_MMAP_THRESHOLD_]);
    expect(envWithMallocSettings(env, 'linux')).toBeNull();
  });
});
