import { b, i, p, h2, pullQuote } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const saltArchiveReview: DemoArticle = {
  id: 'demo-019',
  slug: 'the-salt-archive-ilse-marrow-novel-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'The Salt Archive by Ilse Marrow review: a drowned town remembered, one ledger at a time',
  standfirst:
    'Marrow’s third novel follows an archivist cataloguing the records of a fishing town lost to the sea. It is quiet, exact and devastating.',
  hero: demoImage('ocean-deep', 'Light through deep water: the image Marrow returns to whenever her archivist imagines the streets of Kell Harbour.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'oceans', 'climate'],
  publishedHoursAgo: 40,
  body: [
    p(
      'There is a moment early in ',
      i('The Salt Archive'),
      ' when Wren Ostby, a junior archivist in a provincial records office, opens a box of harbour dues ledgers and finds a child’s drawing of a boat pressed between the pages for 1911. Nobody knows who drew it. The town that produced the ledgers, Kell Harbour, was abandoned forty years before the novel begins and now lies under six metres of water. The drawing is the only thing in the box that is not a number. Wren cannot bring herself to catalogue it, and the novel, in a sense, is about why.',
    ),
    p(
      'Ilse Marrow’s first two books were admired more than they were read: precise, cold-eyed novels about institutions and the people who keep them running. Her third has the same precision, but something has thawed. Wren is given eighteen months to process the Kell Harbour collection before the records office itself closes, and Marrow structures the novel around the boxes she opens, each chapter named for a catalogue reference. ',
      b('It sounds dry. It is anything but.'),
    ),
    h2('A town told through its paperwork'),
    p(
      'Through bills of sale, school registers, complaints to the harbour board and the minutes of a choir, Marrow builds an entire community and then lets us watch it go. The sea appears first as a line item, a repair to the breakwater, then as a series of increasingly anxious letters, and finally as a register of households "removed inland" in a clerk’s neat hand. The effect is cumulative and, by the last hundred pages, almost unbearable.',
    ),
    pullQuote('“Every record is a promise that somebody will come looking,” Wren thinks. “Most of them are broken.”', 'From The Salt Archive'),
    p(
      'Wren’s own life runs alongside the collection: a mother in a care home who is losing her memory, a colleague who treats the closure as a chance to leave, a brief and beautifully written affair with a surveyor mapping the seabed where Kell Harbour used to be. Marrow never forces the parallels. She trusts the reader to notice that a person losing her memory and a town losing its place are versions of the same story.',
    ),
    h2('Where it falters'),
    p(
      'The novel is not flawless. A subplot about a developer who wants the records office building is thin, and its resolution arrives too conveniently. Marrow’s restraint occasionally tips into coyness: there are scenes where Wren’s feelings are so carefully withheld that one wants to shake her. And readers who need a plot that moves will find the middle section, a long winter of cataloguing, a test of patience.',
    ),
    p(
      'But the patience is rewarded. The final chapter, in which Wren decides what to do with the child’s drawing, is one of the finest endings I have read in years: small, unexpected and exactly right. ',
      i('The Salt Archive'),
      ' is a novel about climate change that never uses the phrase, and a novel about grief that never raises its voice. It deserves to be the book that finally finds Marrow the readers she has earned.',
    ),
    p(i('The Salt Archive by Ilse Marrow is published by Fenwick & Lowe, 384 pages.')),
  ],
};
