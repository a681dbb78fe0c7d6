import { b, i, a, p, h2, h3, blockQuote, pullQuote, bullets, readMore, promo, image, embed } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const calveraStrike: DemoArticle = {
  id: 'demo-001',
  slug: 'calvera-port-strike-dockworkers-walk-out-over-automation-plan',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Calvera dockworkers walk out over automation plan, halting Lusara’s busiest port',
  standfirst:
    'More than 6,000 workers stopped the cranes at dawn after talks on a driverless terminal collapsed. Ships are already queuing off the Halden delta.',
  hero: demoImage('harbour-cranes', 'Idle cranes at the Port of Calvera’s North Basin, where the strike began at dawn'),
  authors: ['amara-okafor'],
  tags: ['economy', 'cities', 'technology'],
  publishedHoursAgo: 3,
  updatedHoursAgo: 1,
  social: {
    title: 'Calvera’s cranes stop: 6,000 dockworkers strike over robots',
    description: 'Lusara’s biggest port is shut. The fight is over who — or what — moves the boxes next.',
  },
  body: [
    p(
      'CALVERA — The cranes of the Port of Calvera stood still on Tuesday for the first time in eleven years, as more than 6,000 dockworkers walked out in protest at a plan to replace much of the port’s container handling with driverless vehicles and remotely operated cranes.',
    ),
    p(
      'The strike, called by the ',
      b('Union of Harbour and Transport Workers'),
      ' (UHTW) shortly after midnight, began at the 5am shift change. By mid-morning, port authority figures showed that no containers had moved across the quays of the North Basin or the newer Estuary Terminal, which together handle roughly ',
      b('four-fifths of Lusara’s seaborne trade'),
      '. Fourteen container ships were anchored off the mouth of the Halden by noon, with nine more due before the end of the week.',
    ),
    p(
      'The walkout follows seven months of negotiations over the Port Authority’s ',
      i('Calvera 2030'),
      ' plan, which would convert the Estuary Terminal to automated operation in stages over four years. The authority says the change is needed to compete with deep-water ports further along the coast. The union says it would cut as many as 2,400 jobs and hand control of the country’s main trade gateway to a single equipment supplier.',
    ),
    h2('How the talks broke down'),
    p(
      'Negotiators for both sides had met almost daily since the start of the month at the offices of the state mediation service in the old customs house. According to three people familiar with the talks, who spoke on condition of anonymity because the discussions were confidential, the final session ended on Monday night after the authority declined to put a guarantee of no compulsory redundancies into writing.',
    ),
    p(
      'The authority’s chief executive, ',
      b('Dario Velloso'),
      ', said in a statement that the offer on the table was “the most generous in the history of the port” and included retraining for every worker whose role changed, a five-year pay guarantee and early retirement on full pension from the age of 58.',
    ),
    blockQuote(
      'We have offered security to every single person who works on these quays. What we cannot offer is a promise that the port will look the same in 2030 as it did in 1990. No port in the world can make that promise and survive.',
      'Dario Velloso, chief executive of the Calvera Port Authority',
    ),
    p(
      'The union’s general secretary, ',
      b('Inês Aldana'),
      ', told a crowd of several hundred strikers at the North Basin gates that the offer was “a promise made in pencil.” She said the authority had refused to share the contract it is negotiating with the equipment supplier, ',
      b('Trellis Maritime Systems'),
      ', or the staffing model on which its job estimates are based.',
    ),
    pullQuote('They want us to sign for a future they will not let us read.', 'Inês Aldana, UHTW general secretary'),
    h2('What the strike stops'),
    p(
      'The port handled 3.1 million containers last year, according to the authority’s annual report, as well as most of the fuel, grain and fertiliser that enters Lusara by sea. Because Calvera sits at the mouth of the Halden, it is also the main outlet for exporters in landlocked Ostmark upstream, whose barges bring machinery, timber and dairy products down the river for loading onto ocean-going ships.',
    ),
    image('cargo-ship', 'A container ship waits at anchor off the Halden delta on Tuesday afternoon'),
    p('Officials at the national trade ministry said the most immediate concerns were:'),
    bullets(
      [b('Perishable food'), ': about 1,200 refrigerated containers of fruit, fish and dairy are in the terminals or on ships at anchor.'],
      [b('Fuel'), ': the strike does not cover the oil jetty, but tanker pilots belong to the same union and have said they will join on Thursday.'],
      [b('Medical supplies'), ': the union says it will clear containers certified as urgent by the health ministry, and a joint committee met for the first time on Tuesday afternoon.'],
      [b('Ostmark’s exporters'), ': barge operators upstream said they would stop loading for Calvera from Wednesday.'],
    ),
    p(
      'The ministry said it had enough fuel in strategic storage for 38 days of normal consumption and did not expect shortages at filling stations “in the coming weeks.” Supermarket chains said fresh produce could become scarce within a fortnight if the strike continued.',
    ),
    readMore('demo-010'),
    h2('A fight about more than jobs'),
    p(
      'Automation has divided dock communities around the world for two decades, but the dispute in Calvera has taken on a particular edge because of the port’s place in the city. Nearly one in six jobs in the metropolitan area depends on the port directly or through logistics, warehousing and repair yards, according to ',
      a('a study published last year by the Calvera Institute of Economic Research', 'https://example.org/calvera-institute/port-employment-study'),
      '.',
    ),
    h3('The view from the quays'),
    p(
      'At the North Basin gates on Tuesday, many of the strikers were the children and grandchildren of dockworkers. ',
      b('Rui Falcão'),
      ', 44, who has driven straddle carriers on the Estuary Terminal for nineteen years, said he had been told he would be retrained as a remote operator — one of perhaps a third of drivers who would be needed under the new system.',
    ),
    p(
      '“They say I will sit in a control room and watch six machines instead of driving one,” he said. ',
      i('“Fine. But who are the other five men? My brother. My neighbour. That is not a technology question.”'),
    ),
    h3('The view from the authority'),
    p(
      'Port officials point to the deep-water terminals at Sant’Orsa and Miravel, both within 300 kilometres, which have automated in the last decade and are winning the largest ships away from Calvera. The authority says its share of regional container traffic has fallen from 41 per cent to 33 per cent since 2015.',
    ),
    p(
      'An economist at the University of Calvera, ',
      b('Dr Sofia Marchetti'),
      ', said both sides had a point. “The productivity case for automation at a terminal like Estuary is real, but it is smaller than the suppliers claim, and it takes years to arrive,” she said. “The cost of a long strike, on the other hand, arrives immediately.”',
    ),
    embed(
      'youtube',
      'https://www.youtube.com/watch?v=mRdn0Clv4aA',
      'Video: Dawn at the North Basin as the first shift walks out',
      'Meridian’s video team filmed the picket lines at the Port of Calvera on the first morning of the strike.',
    ),
    promo('morning-briefing'),
    h2('What happens next'),
    p(
      'The state mediation service said on Tuesday evening that it had invited both sides to separate meetings on Wednesday morning. The labour minister, ',
      b('Paulo Serrat'),
      ', urged a return to talks but said the government had “no plans” to use its power to order workers back to the quays, a step last taken in 1987 that led to weeks of unrest.',
    ),
    p(
      'The union has called the strike indefinite, though its leaders said privately that they expected a first test of resolve at the end of next week, when members would miss their first full pay packet. The union’s strike fund, built up over a decade, can pay members about half their wages for roughly a month, according to its published accounts.',
    ),
    p(
      'Shipping lines have begun to react. ',
      b('Halcyon Line'),
      ', which operates a weekly service between Calvera and ports across the northern ocean, said it would divert two ships to Miravel and carry cargo for Lusara overland by rail and road. Freight forwarders in the city said the cost of that route was about 60 per cent higher.',
    ),
    p(
      'Upstream in Ostmark, the chamber of commerce in the river port of Kessel said its members were “deeply concerned” and had asked their government to raise the matter with Lusara. Ostmark’s government, already in difficult talks with its neighbour over ',
      a('the sharing of the Halden’s water', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ', said only that it was “following events closely.”',
    ),
    p(
      'By Tuesday evening the pickets at the North Basin had lit braziers against the sea wind, and families had brought food. Ms Aldana, addressing the crowd for a second time, told them to expect a long week. “The ships can wait at anchor,” she said. “So can we.”',
    ),
    p(
      i('This story was updated on Tuesday evening with the mediation service’s invitation to talks and the response of shipping lines.'),
    ),
  ],
};
