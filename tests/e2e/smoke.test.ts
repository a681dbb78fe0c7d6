import { url } from './support/site';

/** The production server the suite runs against is alive, and unknown pages are real 404s. */
describe('production server', () => {
  it('answers /api/health without touching the database', async () => {
    const response = await fetch(url('/api/health'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('reports ready when the database answers', async () => {
    const response = await fetch(url('/api/ready'));
    expect(response.status).toBe(200);
  });

  it('serves the home page with security headers', async () => {
    const response = await fetch(url('/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(await response.text()).toContain('Meridian');
  });

  // Browsers ask for it on a first visit whatever the page links; a 404 there is an error in every reader's console.
  it('serves /favicon.ico', async () => {
    const response = await fetch(url('/favicon.ico'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });

  it('answers 404 for an unknown path', async () => {
    const response = await fetch(url('/no-such-section/no-such-article'));
    expect(response.status).toBe(404);
  });
});
