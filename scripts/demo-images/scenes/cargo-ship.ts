import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { f, rect, ellipse, line, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { sky, ridgeFn, ridgeShape, cloud, vignette, container } from '../motifs';

const cargoShipScene: SceneFn = (s) => {
  let out = sky(s, [[0, '#7aaed6'], [0.6, '#cfe3ef'], [0.62, '#e9f1f4']]);
  out += cloud(s, 300, 140, 340, '#ffffff', 0.85) + cloud(s, 1300, 200, 260, '#ffffff', 0.7);
  const horizon = 520;
  out += ridgeShape(ridgeFn(s, horizon - 12, 12), '#9db3bf');
  out += rect(0, horizon, W, H - horizon, s.linear([[0, '#3f7fa6'], [1, '#1b4a6b']]));
  const wl = 660;
  // Hull: dark above the waterline, red anti-fouling below it, raked bow on the right.
  const hull = `M150,520 L1390,520 L1500,505 L1430,${wl + 18} L210,${wl + 18} L150,600 Z`;
  out += pathEl(hull, '#263645');
  out += pathEl(`M168,${wl - 10} L1452,${wl - 10} L1430,${wl + 18} L210,${wl + 18} Z`, '#a93a32');
  out += rect(150, 520, 1240, 10, '#d8dde2');
  // Containers stacked in bays along the deck.
  for (let bx = 420; bx < 1350; bx += 116) {
    const stack = s.int(4, 7);
    for (let k = 0; k < stack; k += 1) out += container(s, bx, 520 - (k + 1) * 36, 110, 34);
  }
  // Superstructure aft with the bridge, and the funnel.
  out += rect(200, 300, 180, 220, '#f1f3f4') + rect(180, 300, 220, 24, '#dfe3e6');
  for (let k = 0; k < 5; k += 1) out += rect(210, 340 + k * 34, 160, 14, '#2e4a62');
  out += rect(260, 230, 70, 70, '#c9493b') + rect(260, 230, 70, 16, '#222');
  out += line([300, 300], [300, 190], '#555', 4) + line([280, 205], [320, 205], '#555', 3);
  // Bow wave and wake.
  out += pathEl(`M1430,${wl + 10} q40,-10 90,10 q-40,14 -100,10 Z`, '#ffffff', 'opacity="0.85"');
  let wake = '';
  for (let i = 0; i < 26; i += 1) wake += ellipse(s.r(0, 240), wl + s.r(4, 40), s.r(30, 90), s.r(3, 8), '#ffffff', `opacity="${f(s.r(0.4, 0.9))}"`);
  out += group(wake, `filter="${s.blur(2)}"`);
  out += rect(200, wl + 20, 1240, 30, '#0f3250', 'opacity="0.5"');
  for (let i = 0; i < 90; i += 1) out += rect(s.r(0, W), s.r(wl + 30, H), s.r(30, 110), 2.5, '#a8cde2', `opacity="${f(s.r(0.2, 0.55))}"`);
  // Gulls.
  for (let i = 0; i < 4; i += 1) {
    const gx = s.r(500, 1500);
    const gy = s.r(80, 220);
    out += pathEl(`M${f(gx)},${f(gy)} q12,-12 24,0 q12,-12 24,0`, 'none', 'stroke="#3a4650" stroke-width="3"');
  }
  return out + vignette(s, 0.2);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const cargoShipIllustration: DemoScene = { name: 'cargo-ship', alt: demoImageAlts['cargo-ship'], draw: cargoShipScene };
