import { EMBED_PROVIDERS, type Block, type BlockOf, type EmbedProvider, type ImageRef } from '@/lib/content/schema';
import type { BlockCandidate } from './types';

/**
 * Lines of their own for what is not prose: `::name[label](target){key=value key="quoted value"}`.
 *   ::image[what the picture shows](/images/x.jpg){width=1600 height=900 caption="…" credit="…"}
 *   ::read-more[/news/some-story]      ::newsletter[morning-briefing]
 *   ::embed[https://www.youtube.com/watch?v=…]{title="…" description="…"}
 * Inside [], () and "" a backslash types the next character plainly (\] \) \" \\); in "" \n is a line break.
 */

export const DIRECTIVES = {
  image: ['width', 'height', 'caption', 'credit'],
  'read-more': [],
  newsletter: [],
  embed: ['title', 'description', 'provider'],
} as const satisfies Record<string, readonly string[]>;
type DirectiveName = keyof typeof DIRECTIVES;

const DIRECTIVE_LIST = Object.keys(DIRECTIVES)
  .map((name) => `::${name}`)
  .join(', ');

export type DirectiveResult = { ok: true; candidate: BlockCandidate } | { ok: false; message: string };

interface RawDirective {
  name: string;
  label?: string;
  target?: string;
  attrs: Map<string, string>;
}

/** Reads up to the unescaped `close`, unescaping \x; returns the text and the index after `close`. */
function readDelimited(line: string, from: number, close: string): { text: string; end: number } | null {
  let text = '';
  for (let i = from; i < line.length; i++) {
    const char = line[i] as string;
    if (char === '\\' && i + 1 < line.length) {
      text += line[++i];
    } else if (char === close) {
      return { text, end: i + 1 };
    } else {
      text += char;
    }
  }
  return null;
}

function readAttrs(body: string): Map<string, string> | string {
  const attrs = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    if (/\s/.test(body[i] as string)) {
      i++;
      continue;
    }
    const key = /^([a-z]+)=/.exec(body.slice(i));
    if (!key) return `write settings as name=value or name="value", e.g. {caption="A sunny day"}; could not read '${body.slice(i, i + 30)}'`;
    const name = key[1] as string;
    if (attrs.has(name)) return `'${name}' is given twice`;
    i += key[0].length;
    let value = '';
    if (body[i] === '"') {
      i++;
      let closed = false;
      for (; i < body.length; i++) {
        const char = body[i] as string;
        if (char === '\\' && i + 1 < body.length) {
          const next = body[++i] as string;
          value += next === 'n' ? '\n' : next;
        } else if (char === '"') {
          closed = true;
          i++;
          break;
        } else {
          value += char;
        }
      }
      if (!closed) return `the value of '${name}' opens a quote (") that is never closed`;
    } else {
      const bare = /^[^\s"]*/.exec(body.slice(i))?.[0] ?? '';
      value = bare;
      i += bare.length;
    }
    attrs.set(name, value);
  }
  return attrs;
}

/** Reads the next `{…}`, honouring quotes, so a `}` inside a caption does not end it. */
function readBraces(line: string, from: number): { text: string; end: number } | null {
  let inQuote = false;
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') i++;
    else if (char === '"') inQuote = !inQuote;
    else if (char === '}' && !inQuote) return { text: line.slice(from, i), end: i + 1 };
  }
  return null;
}

function readDirective(line: string): RawDirective | string {
  const head = /^::([a-z][a-z-]*)/.exec(line);
  if (!head) return `a line starting with '::' must name one of ${DIRECTIVE_LIST}`;
  const raw: RawDirective = { name: head[1] as string, attrs: new Map() };
  let at = head[0].length;
  if (line[at] === '[') {
    const label = readDelimited(line, at + 1, ']');
    if (!label) return `'[' after ::${raw.name} is never closed with ']'`;
    raw.label = label.text.trim();
    at = label.end;
  }
  if (line[at] === '(') {
    const target = readDelimited(line, at + 1, ')');
    if (!target) return `'(' after ::${raw.name} is never closed with ')'`;
    raw.target = target.text.trim();
    at = target.end;
  }
  if (line[at] === '{') {
    const braces = readBraces(line, at + 1);
    if (!braces) return `'{' after ::${raw.name} is never closed with '}'`;
    const attrs = readAttrs(braces.text);
    if (typeof attrs === 'string') return attrs;
    raw.attrs = attrs;
    at = braces.end;
  }
  const rest = line.slice(at).trim();
  if (rest !== '') return `unexpected text after ::${raw.name}: '${rest.slice(0, 40)}'`;
  return raw;
}

function isDirectiveName(name: string): name is DirectiveName {
  return Object.hasOwn(DIRECTIVES, name);
}

function pixels(value: string | undefined, what: string): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) === 0) return `the picture ${what} must be a whole number of pixels, e.g. ${what}=1600`;
  return Number(value);
}

/** The provider an embed address belongs to, or null (Mastodon: any server, a /@name/123 post). */
export function providerForUrl(url: string): EmbedProvider | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [provider, hosts] of Object.entries(EMBED_PROVIDERS) as [EmbedProvider, readonly string[] | null][]) {
    if (hosts?.includes(parsed.hostname)) return provider;
  }
  return /^\/@[^/]+\/\d+/.test(parsed.pathname) ? 'mastodon' : null;
}

const optional = (attrs: Map<string, string>, key: string) => (attrs.has(key) ? { [key]: attrs.get(key) as string } : {});

export function parseDirective(line: string): DirectiveResult {
  const raw = readDirective(line);
  if (typeof raw === 'string') return { ok: false, message: raw };
  if (!isDirectiveName(raw.name)) return { ok: false, message: `there is no ::${raw.name}; use one of ${DIRECTIVE_LIST}` };
  const allowed: readonly string[] = DIRECTIVES[raw.name];
  const unknown = [...raw.attrs.keys()].find((key) => !allowed.includes(key));
  if (unknown) {
    const takes = allowed.length ? `it takes ${allowed.join(', ')}` : 'it takes no settings';
    return { ok: false, message: `::${raw.name} has no setting '${unknown}' (${takes})` };
  }
  switch (raw.name) {
    case 'image': {
      if (!raw.label) return { ok: false, message: 'a picture needs a description for people who cannot see it: ::image[what it shows](address)' };
      if (!raw.target) return { ok: false, message: 'a picture needs an address: ::image[what it shows](/images/…)' };
      const width = pixels(raw.attrs.get('width'), 'width');
      const height = pixels(raw.attrs.get('height'), 'height');
      if (typeof width === 'string') return { ok: false, message: width };
      if (typeof height === 'string') return { ok: false, message: height };
      if ((width === undefined) !== (height === undefined)) return { ok: false, message: 'give both the picture width and height, or neither' };
      const size = width !== undefined && height !== undefined ? { width, height } : {};
      const image = { src: raw.target, alt: raw.label, ...optional(raw.attrs, 'caption'), ...optional(raw.attrs, 'credit'), ...size };
      return { ok: true, candidate: { type: 'image', image } };
    }
    case 'read-more':
      if (!raw.label) return { ok: false, message: 'a Read more card needs the story it points to: ::read-more[/section/story-address]' };
      return { ok: true, candidate: { type: 'readMore', ref: raw.label } };
    case 'newsletter':
      if (!raw.label) return { ok: false, message: 'a newsletter promo needs the newsletter: ::newsletter[morning-briefing]' };
      return { ok: true, candidate: { type: 'newsletterPromo', newsletter: raw.label } };
    case 'embed': {
      if (!raw.label) return { ok: false, message: 'an embed needs the address of the post or video: ::embed[https://…]{title="…"}' };
      const provider = raw.attrs.get('provider');
      if (provider !== undefined && !Object.hasOwn(EMBED_PROVIDERS, provider)) {
        return { ok: false, message: `unknown provider '${provider}'; embeds come from ${Object.keys(EMBED_PROVIDERS).join(', ')}` };
      }
      return {
        ok: true,
        candidate: {
          type: 'embed',
          url: raw.label,
          provider: (provider as EmbedProvider | undefined) ?? null,
          ...optional(raw.attrs, 'title'),
          ...optional(raw.attrs, 'description'),
        },
      };
    }
  }
}

const escapeLabel = (text: string) => text.replace(/[\\\]]/g, (char) => `\\${char}`);
const escapeTarget = (text: string) => text.replace(/[\\)]/g, (char) => `\\${char}`);
const quoted = (text: string) => `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/\n/g, '\\n')}"`;

function attrs(entries: [string, string | number | undefined][]): string {
  const present = entries.filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  if (present.length === 0) return '';
  return `{${present.map(([key, value]) => `${key}=${typeof value === 'number' ? value : quoted(value)}`).join(' ')}}`;
}

/** The block each directive writes; the compiler asks for an entry as soon as a directive is added. */
const DIRECTIVE_BLOCK_TYPES = {
  image: 'image',
  'read-more': 'readMore',
  newsletter: 'newsletterPromo',
  embed: 'embed',
} as const satisfies Record<DirectiveName, Block['type']>;
type DirectiveBlock = BlockOf<(typeof DIRECTIVE_BLOCK_TYPES)[DirectiveName]>;

const directiveBlockTypes: ReadonlySet<Block['type']> = new Set(Object.values(DIRECTIVE_BLOCK_TYPES));

export function isDirectiveBlock(block: Block): block is DirectiveBlock {
  return directiveBlockTypes.has(block.type);
}

export interface DirectiveWriting {
  /** What the editor sees for a Read more target (e.g. its path). */
  readMoreRef: (articleId: string) => string;
  /** True when parsing would find this size by itself (a file on this site): it is left out. */
  sizeIsImplied: (image: ImageRef) => boolean;
}

/** The directive line of a block. */
export function serialiseDirective(block: DirectiveBlock, writing: DirectiveWriting): string {
  switch (block.type) {
    case 'image': {
      const { src, alt, caption, credit, width, height } = block.image;
      const size: [string, number | undefined][] = writing.sizeIsImplied(block.image) ? [] : [['width', width], ['height', height]];
      return `::image[${escapeLabel(alt)}](${escapeTarget(src)})${attrs([...size, ['caption', caption], ['credit', credit]])}`;
    }
    case 'readMore':
      return `::read-more[${escapeLabel(writing.readMoreRef(block.articleId))}]`;
    case 'newsletterPromo':
      return `::newsletter[${escapeLabel(block.newsletter)}]`;
    case 'embed': {
      const provider = providerForUrl(block.url) === block.provider ? undefined : block.provider;
      return `::embed[${escapeLabel(block.url)}]${attrs([['title', block.title], ['description', block.description], ['provider', provider]])}`;
    }
  }
}
