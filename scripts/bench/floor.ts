/**
 * The floor page for issue 10's byte bar: Meridian's rendered article rebuilt as a plain Next App
 * Router page (no Meridian code, no client components) inside the bare baseline app, at
 * /floor/[slug], statically generated. It carries the same visible markup (elements, classes, text,
 * JSON-LD) and the same head (through `metadata`, `viewport` and preload()) as the article it was
 * taken from, so its bytes are what any App Router page showing that content pays; Meridian's
 * bytes beyond it are what Meridian could still cut.
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

/** The page: renders floor.json with createElement; nothing else runs. */
const FLOOR_PAGE = `import { createElement, Fragment, type ReactNode } from 'react';
import { preload, type PreloadOptions } from 'react-dom';
import type { Metadata, Viewport } from 'next';
import data from '../../../floor.json';

type FloorNode = string | [string, Record<string, unknown>, ...FloorNode[]];
type Floor = { slug: string; metadata: Metadata; viewport: Viewport; preloads: { href: string; options: PreloadOptions }[]; elements: FloorNode[]; body: FloorNode[] };
const floor = data as unknown as Floor;

export const dynamicParams = false;
export function generateStaticParams() {
  return [{ slug: floor.slug }];
}
export const metadata: Metadata = floor.metadata;
export const viewport: Viewport = floor.viewport;

function render(node: FloorNode): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  return createElement(tag, props, ...children.map(render));
}

export default function FloorPage() {
  for (const { href, options } of floor.preloads) preload(href, options);
  return createElement(Fragment, null, ...floor.elements.map(render), ...floor.body.map(render));
}
`;

/**
 * The local pictures the article shows through next/image (`/_next/image?url=/images/…`), which the
 * baseline app needs in its own public/ for the floor's pictures to load as the article's do.
 */
export function floorImages(articleHtml: string): string[] {
  const urls = [...articleHtml.matchAll(/\/_next\/image\?url=([^&"\s]+)/g)].map((match) => decodeURIComponent(match[1]!));
  return [...new Set(urls.filter((url) => /^\/[\w/.-]+$/.test(url) && !url.includes('..')))];
}

/** The files the floor adds to the baseline app, and the path it answers on. */
export function floorFiles(articleHtml: string, articlePath: string): { files: Record<string, string>; path: string; skipped: string[] } {
  const document = parse(articleHtml, { comment: true });
  const head = document.querySelector('head');
  const body = document.querySelector('body');
  if (!head || !body) throw new Error('floor: the article HTML has no <head> or <body>');
  const { skipped, ...headData } = toFloorHead(head, body);
  const slug = articlePath.split('/').filter(Boolean).join('--');
  const data: FloorData = { slug, ...headData, body: toFloorNodes(body.childNodes) };
  return {
    files: { 'app/floor/[slug]/page.tsx': FLOOR_PAGE, 'floor.json': JSON.stringify(data) },
    path: `/floor/${slug}`,
    skipped,
  };
}
