import { b, i, p, h2, blockQuote, pullQuote, bullets, numbered } from './blocks';
import { demoImage } from './images';
import type { DemoArticle } from './types';

/**
 * Unpublished demo articles: three drafts and one piece scheduled for the future. Each carries a
 * canary word (ZEBRAFINCH-DRAFT-001/002/003, ZEBRAFINCH-SCHEDULED-001) in its headline and body so
 * tests can prove unpublished text never reaches a public page. Tests that rely on these words:
 * lib/db/seed/demo/unpublished-canaries.test.ts, lib/seo/feeds.test.ts,
 * tests/integration/search-contract.test.ts, tests/integration/seo-sitemap-split.test.ts,
 * tests/e2e/seo.test.ts and tests/e2e/editor-helpers.ts. Change a canary here and there together.
 */

export const reshuffleDraft: DemoArticle = {
  id: 'demo-006',
  slug: 'ostmark-cabinet-reshuffle-expected-after-vessaly-defeat',
  section: 'news',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-001 Ostmark’s chancellor prepares cabinet reshuffle after Vessaly defeat',
  standfirst:
    'The environment and transport ministers are expected to be moved as the Civic Union tries to recover ground before next spring’s general election.',
  hero: demoImage('parliament-columns', 'The columns of the Federal Assembly in Brenhaven, where the reshuffle is expected to be announced'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water'],
  publishedHoursAgo: null,
  body: [
    p(
      b('Editor’s note (ZEBRAFINCH-DRAFT-001): embargoed draft. Do not publish until the chancellery confirms the reshuffle. Names below are unconfirmed and must be checked with a second source.'),
    ),
    p(
      'BRENHAVEN — Ostmark’s chancellor, ',
      b('Margarethe Ilg'),
      ', is preparing to reshuffle her cabinet as early as this week, according to four officials in the governing Civic Union, in an attempt to recover from the party’s loss of its majority in the Vessaly regional election.',
    ),
    p(
      'The environment minister, who has led Ostmark’s side of the talks on the Halden water treaty, and the transport minister, whose department approved the closure of two rural rail lines in Vessaly in the spring, are both expected to be moved, the officials said. They spoke on condition of anonymity because the chancellor had not made a final decision.',
    ),
    h2('A party looking for a reset'),
    p(
      'The Civic Union has governed Ostmark in coalition for seven years and faces a general election next spring. Its share of the vote in Vessaly fell by eleven points, and party strategists fear that the anger over water rationing and rail closures that drove voters to the Farmers’ League could spread to other farming provinces along the Halden.',
    ),
    p(
      'One senior official said the chancellor wanted “new faces on the two issues that cost us Vessaly,” but did not intend to reopen the text of the water treaty, which was initialled last week and awaits ratification. Another said the chancellor was considering creating a separate ministry for water and rural affairs, a long-standing demand of farmers’ groups.',
    ),
    blockQuote(
      'A reshuffle is a message. The message here is: we heard the countryside. Whether the countryside believes it is a different question.',
      'A senior Civic Union official',
    ),
    h2('Coalition partners consulted'),
    p(
      'The chancellor has discussed the changes with the leaders of the Liberal Democrats, the junior coalition partner, who must agree to any change in the allocation of ministries under the coalition agreement. A spokesperson for the Liberal Democrats declined to comment. The chancellery said it did not comment on personnel matters.',
    ),
    p(
      'TO ADD (ZEBRAFINCH-DRAFT-001): reaction from the Farmers’ League and the opposition; confirmation of the date; biographies of the incoming ministers once names are confirmed.',
    ),
  ],
};

export const nightBusesDraft: DemoArticle = {
  id: 'demo-028',
  slug: 'calvera-night-buses-free-for-shift-workers-draft',
  section: 'opinion',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-002: Calvera should make its night buses free for the people who keep it running',
  standfirst:
    'The city’s night network carries cleaners, nurses and bakers to work. Charging them the full fare at 3am is a false economy.',
  hero: demoImage('city-street-rain', 'A night bus stop on Arcade Row, where the first service towards the hospital leaves at 3.40am.'),
  authors: ['rafael-mendes'],
  tags: ['cities', 'economy'],
  publishedHoursAgo: null,
  updatedHoursAgo: 5,
  body: [
    p(
      i('Editor’s note (ZEBRAFINCH-DRAFT-002): fare figures still to be checked with the transport authority; do not publish before the budget papers are out.'),
    ),
    p(
      'Ride the N4 out of Calvera at a quarter to four in the morning and you will meet the city that everyone else relies on and almost nobody sees. Hospital porters going to the early shift. Cleaners heading for the office towers on the harbour front. Bakers, market porters, care workers on their way to help someone out of bed. Almost none of them have a car, and almost all of them pay the full fare.',
    ),
    p(
      'The city’s eleven night routes carried about 2.1 million journeys last year, according to the transport authority. Fares on those routes brought in roughly 3 million, less than one per cent of the authority’s income. ',
      b('Making the night network free would cost less than resurfacing a single arterial road.'),
    ),
    h2('Who pays, and who benefits'),
    p(
      'The argument against is familiar: free fares attract people who would otherwise walk, make buses crowded, and cost money the authority does not have. On the night network, none of this holds up well. Nobody walks six kilometres to a hospital at four in the morning if a bus is available, the buses are rarely full, and the sum involved is small enough to be covered by the parking revenue the council collects from the very office towers whose cleaners ride the N4.',
    ),
    pullQuote('The people who keep a city running overnight should not have to pay a premium to reach it.'),
    p(
      'There is also a fairness point the council’s own transport strategy makes, then ignores. Daytime commuters can buy discounted season tickets through their employers; shift workers on agency contracts usually cannot. The result is that some of the lowest-paid people in Calvera pay the highest effective fares. A free night network is the simplest way to correct that, and it needs no means test, no application form and no new bureaucracy.',
    ),
    p(
      'Calvera has spent the past year congratulating itself on a shorter working week for its own staff. Here is a cheaper way to show that it values the people who work the hours nobody else wants. The transport committee meets next month. It should put the night buses on the agenda.',
    ),
  ],
};

export const prizeShortlistDraft: DemoArticle = {
  id: 'demo-029',
  slug: 'five-novels-to-read-before-the-calvera-book-prize-draft',
  section: 'culture',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-003: Five novels to read before the Calvera book prize shortlist is announced',
  standfirst:
    'The longlist has twelve books and the shortlist arrives in a fortnight. These are the five our critic would put on it.',
  hero: demoImage('bookshelf', 'Longlisted titles on the display shelf at the Calvera central library, which hosts the prize ceremony.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'cities'],
  publishedHoursAgo: null,
  updatedHoursAgo: 30,
  body: [
    p(
      i('Draft ZEBRAFINCH-DRAFT-003: waiting on the publishers’ confirmed page counts and prices; final order of the list to be decided after the last two proofs arrive.'),
    ),
    p(
      'The Calvera book prize has always been a strange beast: open to any novel set in the region or written by someone who lives here, judged by a panel that changes completely every year, and prone to surprises that delight some readers and infuriate others. This year’s longlist of twelve is the strongest I can remember, which makes the shortlist unusually hard to predict. Here are the five I would choose.',
    ),
    numbered(
      [i('The Salt Archive'), ' by Ilse Marrow: an archivist catalogues the records of a drowned fishing town. Quiet, exact and the best ending of the year.'],
      [i('A Year of Trams'), ' by Joaquim Reyl: twelve linked stories, one for each tram line, about the strangers who share them. Funnier than it has any right to be.'],
      [i('The Understudy’s Daughter'), ' by Maren Okoye: a theatre family, three generations and one disastrous revival. Big, messy and irresistible.'],
      [i('Winter Ledger'), ' by Anselm Ruud: a bookkeeper in a failing bakery discovers the owner has been lying to everyone, including himself.'],
      [i('Salt and Iron'), ' by Dagny Velt: a short, furious novel about the last months of the harbour shipyard, told by a welder who refuses to leave.'],
    ),
    h2('The ones that may surprise'),
    p(
      'The judges have a history of rewarding ambition over polish, which is good news for Tobiah Fenn’s enormous, uneven ',
      i('The Cartographers'),
      ', a 700-page novel about the surveyors who mapped the region in the nineteenth century. I admired it more than I enjoyed it, but I would not bet against it. The debut on the list, Lise Amsel’s ',
      i('Low Season'),
      ', is slight but exquisitely controlled, and the panel includes two poets who may find its economy hard to resist.',
    ),
    p(
      'What strikes me most about this year’s books is how many of them are about work: archivists, tram drivers, bookkeepers, welders. Calvera’s writers seem to have decided that the most interesting thing about a city is the people who keep it running. The shortlist will tell us whether the judges agree.',
    ),
    p(
      'It is worth noting what is missing. Only one of the twelve longlisted books is translated, despite the region’s large communities of writers working in other languages, and the prize’s rules still require a publisher based in the country. The organisers have promised to review both rules next year; they should.',
    ),
    pullQuote('The most interesting thing about a city is the people who keep it running.'),
    p(
      'The shortlist is announced at the central library in a fortnight, and the winner in the spring. I will review each shortlisted book that I have not already covered in the weeks between.',
    ),
  ],
};

export const festivalScheduled: DemoArticle = {
  id: 'demo-030',
  slug: 'orrin-bay-film-festival-programme-built-around-work',
  section: 'culture',
  status: 'scheduled',
  language: 'en',
  headline: 'ZEBRAFINCH-SCHEDULED-001: Orrin Bay film festival unveils a programme built around work',
  standfirst:
    'Forty films over ten days, with a strand devoted to ports, factories and the people in them. Here is what to book first.',
  hero: demoImage('harbour-cranes', 'Harbour cranes at Orrin Bay, where the festival’s outdoor screenings take place on the old container quay.'),
  authors: ['hannah-kowalczyk'],
  tags: ['film', 'economy', 'cities'],
  publishedHoursAgo: -72,
  updatedHoursAgo: 12,
  body: [
    p(
      i('Embargoed (ZEBRAFINCH-SCHEDULED-001): the festival releases its programme at 9am on the publication date; nothing here may appear before then.'),
    ),
    p(
      'The Orrin Bay film festival has always been proud of its setting. Its outdoor screenings take place on a disused container quay, with the cranes lit up behind the screen and the tide audible in the quiet moments. This year, the festival has decided to lean into the location. Its main strand, ',
      b('"Working Harbour"'),
      ', gathers fourteen films about ports, factories, farms and the people who labour in them.',
    ),
    p(
      'The opening night belongs to a homecoming. Tomas Vell’s ',
      i('Low Tide at Orrin Bay'),
      ', shot on a freighter anchored a few miles from the festival quay, returns for a free screening with the cast and crew in attendance. It is a canny choice: a film about a ship stranded by a strike, shown to an audience that includes the dock workers whose union consulted on the script.',
    ),
    h2('What to book first'),
    bullets(
      [b('Steady Work, restored: '), 'the Calvera film archive’s newly scanned 1962 harbour recruitment film, with a live jazz score.'],
      [b('The Night Shift: '), 'a documentary following four cleaners through a single night in an office tower, made without a single interview.'],
      [b('Brine: '), 'a short feature about a desalination worker and her daughter, the festival’s only film in Arabic with subtitles.'],
      [b('Harvest Ledger: '), 'an essay film about a wheat farm’s last season before the land is sold for solar panels.'],
    ),
    p(
      'Outside the main strand, the programme is as eclectic as ever: a late-night horror section, a children’s matinee on every weekend morning, and a restored silent comedy accompanied by a brass band from the harbour district. Tickets for the quay screenings are free but must be booked, and the festival warns that the opening night sold out within an hour last year.',
    ),
    pullQuote('A film about a ship stranded by a strike, shown to the dock workers whose union consulted on the script.'),
    p(
      'The festival is also trying to widen its audience. A new scheme offers free passes to anyone who works in the harbour, the fish market or the food-processing plants on the edge of town, and several screenings have been moved to the early evening so that shift workers can attend before the night begins. Subtitles in three languages will be available for every film in the main strand.',
    ),
    p(
      'The festival’s director, Ama Rossiter, says the theme grew out of the submissions rather than the other way round. Whatever its origins, it gives this year’s edition a rare coherence. For ten days, Orrin Bay will be watching itself on screen.',
    ),
  ],
};

/** In id order; lib/db/seed/demo/articles.ts lists each at its place among the published ones. */
export const unpublishedCanaryArticles: DemoArticle[] = [reshuffleDraft, nightBusesDraft, prizeShortlistDraft, festivalScheduled];
