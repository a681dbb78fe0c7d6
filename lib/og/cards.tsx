import type { ReactElement } from 'react';
import { SITE_NAME } from '@/lib/site-name';
import { cssFontFamily } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH, COLOURS, PANEL_PADDING, PANEL_WIDTH, PICTURE_WIDTH, headlineBox, pictureBox, type Box } from './layout';

/**
 * The card layouts, as satori-flavoured JSX (flexbox and absolute positions only; every element
 * with several children is display:flex). Inputs are already prepared by render.ts: text made
 * drawable by our fonts, pictures and right-to-left text blocks as data URLs.
 */

/** A piece of text ready to draw: plain text for satori, or an image Pango set (right-to-left). */
export type PreparedText = { kind: 'text'; text: string } | { kind: 'image'; src: string; width: number; height: number };

export interface ArticleCardProps {
  direction: 'ltr' | 'rtl';
  accent: string;
  section: PreparedText;
  headline: PreparedText;
  headlineSize: { fontSize: number; lineHeight: number; lines: number };
  byline: PreparedText | null;
  host: string;
  /** Data URL of the hero, cropped to the picture box; null draws the designed background. */
  picture: string | null;
}

function absolute(box: Box): React.CSSProperties {
  return { position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height };
}

function Brand({ accent, size = 40 }: { accent: string; size?: number }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center' }}>
      <div style={{ width: Math.round(size * 0.22), height: Math.round(size * 0.95), background: accent, marginRight: Math.round(size * 0.3) }} />
      <div style={{ fontFamily: cssFontFamily('headline'), fontSize: size, color: '#ffffff', letterSpacing: 0.5 }}>{SITE_NAME}</div>
    </div>
  );
}

function Text({ value, style }: { value: PreparedText; style: React.CSSProperties }) {
  if (value.kind === 'image') {
    // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
    return <img src={value.src} width={value.width} height={value.height} alt="" />;
  }
  return <div style={style}>{value.text}</div>;
}

/** The designed background when there is no hero: the site's meridian motif in the section colour. */
function Motif({ accent, box }: { accent: string; box: Box }) {
  const centreX = box.width * 0.62;
  const centreY = box.height * 0.5;
  const rings = [150, 250, 350, 450];
  return (
    <div style={{ ...absolute(box), display: 'flex', overflow: 'hidden', backgroundImage: `linear-gradient(160deg, ${accent} 0%, #14324f 75%)` }}>
      {rings.map((radius) => (
        <div
          key={radius}
          style={{
            position: 'absolute',
            left: centreX - radius,
            top: centreY - radius,
            width: radius * 2,
            height: radius * 2,
            borderRadius: radius,
            border: '3px solid rgba(255,255,255,0.22)',
          }}
        />
      ))}
      <div style={{ position: 'absolute', left: centreX - 2, top: 0, width: 4, height: box.height, background: 'rgba(255,255,255,0.28)' }} />
    </div>
  );
}

export function ArticleCard(props: ArticleCardProps): ReactElement {
  const { direction, accent } = props;
  const rtl = direction === 'rtl';
  const panelX = rtl ? PICTURE_WIDTH : 0;
  const box = headlineBox(direction);
  const picture = pictureBox(direction);
  const contentLeft = panelX + PANEL_PADDING;
  const contentWidth = PANEL_WIDTH - 2 * PANEL_PADDING;
  const align = rtl ? 'flex-end' : 'flex-start';
  const size = props.headlineSize;
  return (
    <div style={{ display: 'flex', position: 'relative', width: CARD_WIDTH, height: CARD_HEIGHT, background: COLOURS.panel }}>
      {props.picture ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img src={props.picture} alt="" width={picture.width} height={picture.height} style={{ ...absolute(picture), objectFit: 'cover' }} />
      ) : (
        <Motif accent={accent} box={picture} />
      )}
      {/* A rule in the section colour between picture and panel. */}
      <div style={{ position: 'absolute', left: rtl ? PICTURE_WIDTH : PANEL_WIDTH - 8, top: 0, width: 8, height: CARD_HEIGHT, background: accent }} />
      <div style={{ position: 'absolute', left: contentLeft, top: 44, width: contentWidth, height: 48, display: 'flex', justifyContent: align, alignItems: 'center' }}>
        <Brand accent={accent} />
      </div>
      <div style={{ position: 'absolute', left: contentLeft, top: 104, width: contentWidth, height: 36, display: 'flex', justifyContent: align, alignItems: 'center' }}>
        <Text
          value={props.section}
          style={{ fontFamily: cssFontFamily('labelBold'), fontSize: 24, color: accent, letterSpacing: 2.5, textTransform: 'uppercase' }}
        />
      </div>
      <div style={{ ...absolute(box), display: 'flex', flexDirection: 'column', alignItems: align, justifyContent: 'flex-start', overflow: 'hidden' }}>
        {props.headline.kind === 'image' ? (
          <Text value={props.headline} style={{}} />
        ) : (
          <div
            style={{
              display: 'block',
              lineClamp: size.lines,
              width: box.width,
              fontFamily: cssFontFamily('headline'),
              fontSize: size.fontSize,
              lineHeight: size.lineHeight,
              color: COLOURS.headline,
              textAlign: rtl ? 'right' : 'left',
            }}
          >
            {props.headline.text}
          </div>
        )}
      </div>
      {props.byline ? (
        <div style={{ position: 'absolute', left: contentLeft, top: 506, width: contentWidth, height: 44, display: 'flex', justifyContent: align, alignItems: 'center', overflow: 'hidden' }}>
          <Text
            value={props.byline}
            style={{ fontFamily: cssFontFamily('label'), fontSize: 28, color: COLOURS.byline, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: contentWidth }}
          />
        </div>
      ) : null}
      <div style={{ position: 'absolute', left: contentLeft, top: 560, width: contentWidth, height: 30, display: 'flex', justifyContent: align, alignItems: 'center' }}>
        <div style={{ fontFamily: cssFontFamily('label'), fontSize: 22, color: COLOURS.muted }}>{props.host}</div>
      </div>
    </div>
  );
}

export interface BrandCardProps {
  accent: string;
  kicker: string;
  title: PreparedText;
  titleSize: number;
  subtitle: PreparedText | null;
  host: string;
  /** Data URL of a round portrait (author cards). */
  portrait: string | null;
}

export const PORTRAIT_SIZE = 260;
/** Brand cards keep their text on the plain panel, clear of the motif at the right. */
export const BRAND_TEXT_WIDTH = 660;

export function BrandCard(props: BrandCardProps): ReactElement {
  const textWidth = BRAND_TEXT_WIDTH;
  return (
    <div style={{ display: 'flex', position: 'relative', width: CARD_WIDTH, height: CARD_HEIGHT, background: COLOURS.panel, overflow: 'hidden' }}>
      <Motif accent={props.accent} box={{ x: 760, y: 0, width: 440, height: CARD_HEIGHT }} />
      <div style={{ position: 'absolute', left: 0, top: 0, width: 16, height: CARD_HEIGHT, background: props.accent }} />
      <div style={{ position: 'absolute', left: 72, top: 56, display: 'flex' }}>
        <Brand accent={props.accent} size={44} />
      </div>
      <div style={{ position: 'absolute', left: 72, top: 170, width: textWidth, height: 380, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        <div style={{ fontFamily: cssFontFamily('labelBold'), fontSize: 26, color: props.accent, letterSpacing: 3, textTransform: 'uppercase', marginBottom: 18 }}>
          {props.kicker}
        </div>
        {props.title.kind === 'image' ? (
          <Text value={props.title} style={{}} />
        ) : (
          <div style={{ display: 'block', lineClamp: 2, fontFamily: cssFontFamily('headline'), fontSize: props.titleSize, lineHeight: 1.08, color: '#ffffff' }}>
            {props.title.text}
          </div>
        )}
        {props.subtitle ? (
          props.subtitle.kind === 'image' ? (
            <div style={{ display: 'flex', marginTop: 22 }}>
              <Text value={props.subtitle} style={{}} />
            </div>
          ) : (
            <div style={{ display: 'block', lineClamp: 3, marginTop: 22, fontFamily: cssFontFamily('label'), fontSize: 32, lineHeight: 1.3, color: COLOURS.byline }}>
              {props.subtitle.text}
            </div>
          )
        ) : null}
      </div>
      {props.portrait ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img
          src={props.portrait}
          alt=""
          width={PORTRAIT_SIZE}
          height={PORTRAIT_SIZE}
          style={{ position: 'absolute', left: 760 + (440 - PORTRAIT_SIZE) / 2, top: (CARD_HEIGHT - PORTRAIT_SIZE) / 2, borderRadius: PORTRAIT_SIZE / 2, border: '6px solid #ffffff' }}
        />
      ) : null}
      <div style={{ position: 'absolute', left: 72, top: 566, display: 'flex', fontFamily: cssFontFamily('label'), fontSize: 24, color: COLOURS.muted }}>{props.host}</div>
    </div>
  );
}
