import { articlesA } from './articles-a';
import { articlesB } from './articles-b';
import type { DemoArticle } from './types';

/** Every demo article, from the two files written in parallel (ids must stay unique across both). */
export const demoArticles: DemoArticle[] = [...articlesA, ...articlesB];
