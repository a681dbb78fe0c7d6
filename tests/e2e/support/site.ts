import { readState } from './state';

/** Base URL of the production server the global setup started (no trailing slash). */
export function baseUrl(): string {
  return readState().baseUrl;
}

export function url(pathname: string): string {
  return new URL(pathname, baseUrl() + '/').toString();
}
