import { b, i, p, h2, pullQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const libraryClosure: DemoArticle = {
  id: 'demo-015',
  slug: 'hollin-street-library-closure-false-economy',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Closing the Hollin Street library would save little and cost Calvera a great deal',
  standfirst:
    'The council says the branch is a luxury it can no longer afford. The figures in its own consultation say otherwise.',
  hero: demoImage('bookshelf', 'The local history shelves at Hollin Street, the branch Calvera’s council proposes to close next spring.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'cities', 'education'],
  publishedHoursAgo: 52,
  body: [
    p(
      'Every city has a building like the Hollin Street library: too small, too old, slightly damp in the reading room, and beloved out of all proportion to its floor space. Calvera’s council wants to close it next spring and fold its stock into the central library, two tram stops and a steep hill away. The consultation closes on Friday. Before it does, the numbers deserve a closer look than the council’s summary gives them.',
    ),
    p(
      'The branch costs ',
      b('about 410,000 a year'),
      ' to run, including its three full-time staff, its heating bill and a roof that leaks whenever the wind comes from the east. The council expects to save roughly 260,000 of that; the rest follows the books and the staff up the hill. Against a library budget of 19 million, that is a saving of a little over one per cent.',
    ),
    h2('Who actually uses it'),
    p(
      'The consultation document records 71,000 visits last year, more than two of the city’s newer branches combined. Its own footnotes describe who makes them: a homework club that meets four afternoons a week, a job search session run with the employment office, a weekly reading group for people recovering from strokes, and a long tail of pensioners who come for the newspapers and stay for the company. The document calls these "community uses that may be accommodated elsewhere". It does not say where.',
    ),
    pullQuote('A library is not a warehouse for books. It is one of the last rooms in a city where nobody asks you to buy anything.'),
    p(
      'The central library is a fine building, but it is not a substitute. For a nine-year-old from the Hollin estate, the hill might as well be a motorway. For a man learning to read again after a stroke, two trams are an expedition. The council knows this: its equality assessment concedes that closure "may disproportionately affect residents with limited mobility and families on low incomes" and then moves briskly on.',
    ),
    h2('Cheaper ways to close the gap'),
    p('If the aim is to save money rather than to shrink the library service, there are better options on the table:'),
    bullets(
      ['Share the building with the health centre next door, whose lease is up in two years and which needs a community room.'],
      ['Repair the roof once, with the capital fund the council already holds for it, instead of patching it every winter.'],
      ['Keep opening hours but move the quietest morning sessions to self-service, as the central library did last year.'],
    ),
    p(
      'None of these is glamorous, and none will produce a headline saving. Together they would cover most of the 260,000 without taking a single room away from the people who use it. ',
      i('That is the test the council should apply: not whether a cut is possible, but whether it is the least damaging way to find the money.'),
    ),
    p(
      'Calvera’s councillors are not villains. They face a genuine shortfall, and the library service is one of the few budgets they fully control. But the easiest cuts to make are usually the ones whose costs fall on people who do not write to councillors. Hollin Street has an advantage most such places lack: 2,300 people have already responded to the consultation. By Friday, it should be more.',
    ),
  ],
};
