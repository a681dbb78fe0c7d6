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

  it('answers 404 for an unknown path', async () => {
    const response = await fetch(url('/no-such-section/no-such-article'));
    expect(response.status).toBe(404);
  });
});
