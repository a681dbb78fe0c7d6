/**
 * The floor pages for issue 10's bars: Meridian's rendered pages (the article, and for the Lighthouse
 * bench the home and section pages too) rebuilt as plain Next App Router pages (no Meridian code, no
 * client components) inside the bare baseline app, at /floor/[slug], statically generated. Each
 * carries the same visible markup (elements, classes, text, JSON-LD) and the same head (through
 * `metadata`, `viewport` and preload()) as the page it was taken from, so its bytes are what any App
 * Router page showing that content pays; Meridian's bytes beyond it are what Meridian could still cut.
 *
 * Not reproduced, because the bare app's shared root layout renders them: Meridian's <html> and
 * <body> classes (next/font variables and four utility classes, about 150 bytes with their payload copy).
 */
import { parse } from 'node-html-parser';
import { toFloorHead, type FloorHead } from './floor-head';
import { toFloorNodes, type FloorNode } from './floor-tree';

export interface FloorData extends Omit<FloorHead, 'skipped'> {
  slug: string;
  body: FloorNode[];
}

/** The page: renders its entry of floor.json with createElement; nothing else runs. */
const FLOOR_PAGE = `import { createElement, Fragment, type ReactNode } from 'react';
import { preload, type PreloadOptions } from 'react-dom';
import type { Metadata, Viewport } from 'next';
import data from '../../../floor.json';

type FloorNode = string | [string, Record<string, unknown>, ...FloorNode[]];
type Floor = { slug: string; metadata: Metadata; viewport: Viewport; preloads: { href: string; options: PreloadOptions }[]; elements: FloorNode[]; body: FloorNode[] };
type Props = { params: Promise<{ slug: string }> };
const floors = data as unknown as Floor[];
const floorOf = async ({ params }: Props) => {
  const { slug } = await params;
  return floors.find((floor) => floor.slug === slug)!;
};

export const dynamicParams = false;
export function generateStaticParams() {
  return floors.map(({ slug }) => ({ slug }));
}
export async function generateMetadata(props: Props): Promise<Metadata> {
  return (await floorOf(props)).metadata;
}
export async function generateViewport(props: Props): Promise<Viewport> {
  return (await floorOf(props)).viewport;
}

function render(node: FloorNode): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  return createElement(tag, props, ...children.map(render));
}

export default async function FloorPage(props: Props) {
  const floor = await floorOf(props);
  for (const { href, options } of floor.preloads) preload(href, options);
  return createElement(Fragment, null, ...floor.elements.map(render), ...floor.body.map(render));
}
`;

/**
 * The local pictures a page shows through next/image (`/_next/image?url=/images/…`), which the
 * baseline app needs in its own public/ for the floor's pictures to load as the page's do.
 */
export function floorImages(articleHtml: string): string[] {
  const urls = [...articleHtml.matchAll(/\/_next\/image\?url=([^&"\s]+)/g)].map((match) => decodeURIComponent(match[1]!));
  return [...new Set(urls.filter((url) => /^\/[\w/.-]+$/.test(url) && !url.includes('..')))];
}

/** A Meridian page as served, and the path it was served on. */
export interface FloorSource {
  html: string;
  path: string;
}

/** One page's floor.json entry, and what its head left to the framework. */
function floorData({ html, path }: FloorSource): { data: FloorData; skipped: string[] } {
  const document = parse(html, { comment: true });
  const head = document.querySelector('head');
  const body = document.querySelector('body');
  if (!head || !body) throw new Error(`floor: the HTML of ${path} has no <head> or <body>`);
  const { skipped, ...headData } = toFloorHead(head, body);
  const slug = path.split('/').filter(Boolean).join('--') || 'home';
  return { data: { slug, ...headData, body: toFloorNodes(body.childNodes) }, skipped };
}

/** The files the floor adds to the baseline app, and the path each page's floor answers on. */
export function floorFiles(pages: FloorSource[]): { files: Record<string, string>; paths: string[]; skipped: string[] } {
  const floors = pages.map(floorData);
  return {
    files: { 'app/floor/[slug]/page.tsx': FLOOR_PAGE, 'floor.json': JSON.stringify(floors.map(({ data }) => data)) },
    paths: floors.map(({ data }) => `/floor/${data.slug}`),
    skipped: floors.flatMap(({ skipped }) => skipped),
  };
}
