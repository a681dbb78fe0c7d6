import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import { routes } from '@/lib/routes';

/**
 * A whole snapshot as lines of text, for comparing two revisions: the fields first, one per line,
 * then the body in the editing syntax (which the caller serialises, with its Read more paths).
 */
export function snapshotText(snapshot: ArticleSnapshot, body: string): string {
  const hero = snapshot.hero;
  const fields: [string, string | undefined][] = [
    ['Headline', snapshot.headline],
    ['Standfirst', snapshot.standfirst],
    ['Address', routes.article(snapshot.section, snapshot.slug)],
    ['Language', snapshot.language],
    ['Authors', snapshot.authors.join(', ')],
    ['Topics', snapshot.tags.map((tag) => tag.name).join(', ')],
    ['Social headline', snapshot.social.title],
    ['Social description', snapshot.social.description],
    ['Main picture', `${hero.src} (${hero.width}×${hero.height})`],
    ['Picture description', hero.alt],
    ['Caption', hero.caption],
    ['Credit', hero.credit],
  ];
  const head = fields.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '').map(([name, value]) => `${name}: ${value.replace(/\n/g, ' ')}`);
  return [...head, '', body].join('\n');
}
