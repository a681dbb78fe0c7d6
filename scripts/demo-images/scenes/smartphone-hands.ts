import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { rect, poly, circle, ellipse, line, pathEl, group } from '../svg';
import { W, H, type SceneFn, type DemoScene } from '../scene';
import { vignette } from '../motifs';

const phoneScene: SceneFn = (s) => {
  let out = rect(0, 0, W, H, s.linear([[0, '#f3d9c6'], [1, '#e7b99c']], 0, 0, 1, 1));
  out += circle(1350, 150, 300, '#f7e4d6', 'opacity="0.6"') + circle(200, 800, 260, '#e3a98a', 'opacity="0.4"');
  const skin = '#c68b59';
  const skinShade = '#a8703f';
  const cx = 800;
  const cy = 470;
  // Sleeves and palms behind the phone.
  out += pathEl('M380,920 L520,640 L660,700 L600,920 Z', '#2f5d8a') + pathEl('M1220,920 L1080,640 L940,700 L1000,920 Z', '#2f5d8a');
  out += pathEl('M520,650 C560,560 660,540 700,600 L700,760 C640,790 560,760 520,650 Z', skin);
  out += pathEl('M1080,650 C1040,560 940,540 900,600 L900,760 C960,790 1040,760 1080,650 Z', skin);
  // The phone, slightly tilted, showing a news page.
  let phone = rect(-170, -330, 340, 660, '#1b1d22', 'rx="42"');
  phone += rect(-156, -314, 312, 628, '#fbfaf7', 'rx="30"');
  phone += rect(-40, -304, 80, 14, '#1b1d22', 'rx="7"');
  phone += rect(-156, -280, 312, 50, '#c0392b');
  phone += rect(-130, -264, 120, 16, '#ffffff', 'rx="4"', ) + circle(120, -256, 10, '#ffffff', 'opacity="0.8"');
  phone += rect(-136, -212, 272, 150, s.linear([[0, '#8ecae6'], [1, '#219ebc']]), 'rx="8"');
  phone += poly([[-136, -62], [-60, -140], [10, -90], [60, -130], [136, -62]], '#2a6f5a');
  phone += circle(80, -170, 18, '#ffe8a3');
  for (let k = 0; k < 3; k += 1) phone += rect(-136, -40 + k * 26, k === 2 ? 160 : 272, 14, '#2b2d33', 'rx="5"');
  for (let k = 0; k < 5; k += 1) phone += rect(-136, 50 + k * 22, k === 4 ? 190 : 272, 10, '#a9adb5', 'rx="4"');
  phone += rect(-136, 170, 120, 90, '#e9c46a', 'rx="6"') + rect(4, 176, 132, 12, '#2b2d33', 'rx="4"') + rect(4, 200, 120, 9, '#a9adb5', 'rx="4"') + rect(4, 220, 100, 9, '#a9adb5', 'rx="4"');
  phone += rect(-60, 292, 120, 8, '#1b1d22', 'rx="4"');
  out += group(phone, `transform="translate(${cx},${cy}) rotate(-6)"`);
  // Fingers curling round the left edge, and the right thumb reaching across the screen.
  for (let k = 0; k < 3; k += 1) {
    const fy = 430 + k * 70;
    out += rect(612 + k * 6, fy, 70, 46, skin, `rx="23" transform="rotate(-6 ${612 + k * 6} ${fy})"`);
    out += line([660 + k * 6, fy + 6], [660 + k * 6, fy + 38], skinShade, 2, 'opacity="0.5"');
  }
  out += rect(935, 470, 90, 48, skin, 'rx="24" transform="rotate(-6 935 470)"');
  out += pathEl('M1040,760 C1000,690 950,640 880,600 C858,588 846,612 862,628 C910,672 950,720 980,790 Z', skin);
  out += ellipse(872, 610, 16, 11, '#e8b894', 'transform="rotate(35 872 610)"');
  out += pathEl('M560,760 C600,700 640,690 690,700 C700,720 690,740 670,746 C630,740 600,760 580,790 Z', skin);
  out += ellipse(684, 716, 14, 10, '#e8b894');
  return out + vignette(s, 0.22);
};

/** The alt text readers get lives with the seed, which needs it at runtime: lib/db/seed/demo/images.ts. */
export const smartphoneHandsIllustration: DemoScene = { name: 'smartphone-hands', alt: demoImageAlts['smartphone-hands'], draw: phoneScene };
