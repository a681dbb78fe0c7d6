import type { DemoArticle } from './types';
import { articlesA } from './articles-a';

/** Every demo article, from the files written by two authors in parallel. */
export const demoArticles: DemoArticle[] = [...articlesA];
