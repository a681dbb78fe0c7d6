/**
 * The bare baseline app built with floor pages in it (scripts/bench/floor.ts), made from Meridian's
 * pages as a reader gets them from the cache: the setup bench:serve and bench:reader share.
 */
import { startBaseline, type BaselineServer } from './baseline';
import { floorFiles, floorImages } from './floor';
import { warm } from './warm';

export interface FloorBaseline {
  baseline: BaselineServer;
  /** Each floor page's path on the baseline server, in the order the pages were given. */
  floorPaths: string[];
}

/** A Meridian page to make a floor of: a label for the log, and where it is served. */
export interface FloorTarget {
  label: string;
  baseUrl: string;
  path: string;
}

/** Warms each Meridian page, makes the floor page of it, then builds and starts the baseline with them. */
export async function startFloorBaseline(pages: FloorTarget[], failures: string[]): Promise<FloorBaseline> {
  console.log('\nthe floor pages, from:');
  const sources = [];
  for (const { label, baseUrl, path } of pages) sources.push({ html: await warm(`Meridian ${label}`, baseUrl + path, failures), path });
  const floor = floorFiles(sources);
  const skipped = Object.entries(Object.groupBy(floor.skipped, (tag) => tag)).map(([tag, all]) => (all!.length > 1 ? `${all!.length} x ${tag}` : tag));
  console.log(`  ${floor.paths.join(', ')}: their markup and head as plain App Router pages, leaving to the floor's own build ${skipped.join(', ')}`);
  // Their pictures too, so that in a browser they load as Meridian's do (bytes are the same either way).
  const images = [...new Set(sources.flatMap(({ html }) => floorImages(html)))];
  return { baseline: await startBaseline(floor.files, images), floorPaths: floor.paths };
}
