/**
 * The bare baseline app built with the floor page in it (scripts/bench/floor.ts), made from
 * Meridian's article as a reader gets it from the cache: the setup bench:serve and bench:reader share.
 */
import { startBaseline, type BaselineServer } from './baseline';
import { floorFiles, floorImages } from './floor';
import { warm } from './warm';

export interface FloorBaseline {
  baseline: BaselineServer;
  /** The floor page's path on the baseline server. */
  floorPath: string;
}

/** Warms Meridian's article at `articleUrl`, makes the floor page of it, then builds and starts the baseline. */
export async function startFloorBaseline(articleUrl: string, articlePath: string, failures: string[]): Promise<FloorBaseline> {
  console.log('\nthe floor page, from:');
  const articleHtml = await warm('Meridian article', articleUrl, failures);
  const floor = floorFiles(articleHtml, articlePath);
  const skipped = Object.entries(Object.groupBy(floor.skipped, (tag) => tag)).map(([tag, all]) => (all!.length > 1 ? `${all!.length} x ${tag}` : tag));
  console.log(`  ${floor.path}: its markup and head as a plain App Router page, leaving to the floor's own build ${skipped.join(', ')}`);
  // Its pictures too, so that in a browser they load as the article's do (bytes are the same either way).
  return { baseline: await startBaseline(floor.files, floorImages(articleHtml)), floorPath: floor.path };
}
