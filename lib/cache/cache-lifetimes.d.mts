/** Types of cache-lifetimes.mjs (plain JavaScript, also loaded by next.config.js). */
interface Lifetime {
  readonly stale: number;
  readonly revalidate: number;
  readonly expire: number;
}
type LifetimeName = 'story' | 'lists' | 'taxonomy' | 'sitemaps' | 'articleCard' | 'listingCard' | 'homeCard';
export declare const CACHE_LIFETIMES: { readonly [K in LifetimeName]: Lifetime };
export declare const LIFETIME: { readonly [K in LifetimeName]: K };
