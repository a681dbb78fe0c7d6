import { b, i, p, h2, pullQuote } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const allotmentPlay: DemoArticle = {
  id: 'demo-022',
  slug: 'the-allotment-lyric-playhouse-calvera-theatre-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'The Allotment review: a comedy about vegetables that turns into a play about who owns a city',
  standfirst:
    'Bea Lindqvist’s new play at Calvera’s Lyric Playhouse sets a plot-holders’ feud against a developer’s bulldozers. It is funny, furious and too long by twenty minutes.',
  hero: demoImage('theatre-curtain', 'The Lyric Playhouse stage before the curtain rises on The Allotment, which runs until the end of next month.'),
  authors: ['hannah-kowalczyk'],
  tags: ['cities', 'agriculture'],
  publishedHoursAgo: 360,
  body: [
    p(
      'The first act of ',
      i('The Allotment'),
      ' is a comedy of the smallest possible stakes. Plot 14, tended for thirty years by a retired tram driver called Osric, has been colonised by a neighbour’s pumpkins. Plot 15’s new tenant, a young architect named Della, wants to build a raised bed out of recycled pallets, which the committee regards as an act of war. There is a running joke about a missing hosepipe that pays off magnificently just before the interval.',
    ),
    p(
      'Then, at the start of the second act, a letter arrives. The council has agreed to sell the land to a developer, and the plot-holders have three months to leave. ',
      b('Bea Lindqvist’s play changes key without losing its sense of humour'),
      ', and the change is the making of it. The squabbling gardeners, whom we have spent an hour laughing at, become a small republic fighting for its survival.',
    ),
    h2('Performances that grow with the play'),
    p(
      'Gus Arnholt is wonderful as Osric, a man whose grievances are comic until they become heartbreaking; his monologue about the first potatoes he grew after his wife died is delivered to a silent house. Tamsin Orly gives Della a prickly intelligence that keeps her from becoming the audience’s representative. The ensemble, doubling as committee members, council officers and, in one inspired scene, a chorus of slugs, is tireless.',
    ),
    pullQuote('“They call it vacant land,” Osric says. “It has never been vacant a day in its life.”', 'From The Allotment'),
    p(
      'The production design, all soil and timber and mismatched chairs, is lovely, and the lighting moves from high summer to the grey of a demolition morning with real subtlety. The play’s weakness is its final half-hour, in which Lindqvist seems unsure whether to deliver a victory or a defeat and tries to deliver both. A public meeting scene repeats arguments we have already heard, and the ending, though moving, arrives twice.',
    ),
    p(
      'Still, it is rare to see a new play so rooted in its own city. Calvera audiences will recognise the council chamber, the landlord’s lawyer and the committee minutes, and they will argue about ',
      i('The Allotment'),
      ' on the way home. That is what a civic theatre is for.',
    ),
    p(i('The Allotment is at the Lyric Playhouse, Calvera, until the end of next month. Running time two hours forty minutes, including an interval.')),
  ],
};
