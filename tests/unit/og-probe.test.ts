import { ImageResponse } from 'next/og';
test('probe', async () => {
  const r = new ImageResponse({ type: 'div', props: { style: { display: 'flex', width: '100%', height: '100%', background: 'red' }, children: 'hi' } } as never, { width: 100, height: 50 });
  const b = await r.arrayBuffer();
  expect(b.byteLength).toBeGreaterThan(100);
});
