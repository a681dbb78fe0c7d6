import type { Block, EmbedProvider, Inline } from '@/lib/content/schema';
import { demoImage, type DemoImageName } from './images';
import type { DemoArticle } from './types';

/**
 * Demo articles, first half: news, analysis and science (demo-001 … demo-013).
 * Every place, organisation and person here is invented for Meridian's demo; the stories are
 * fiction written in the register of a serious international news site.
 */

// Small builders keep the bodies readable as prose rather than nested object literals.
type Run = string | Inline;
const run = (r: Run): Inline => (typeof r === 'string' ? { text: r } : r);
const b = (text: string): Inline => ({ text, bold: true });
const i = (text: string): Inline => ({ text, italic: true });
const a = (text: string, href: string): Inline => ({ text, href });
const p = (...content: Run[]): Block => ({ type: 'paragraph', content: content.map(run) });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
const blockQuote = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'block', text, attribution });
const pullQuote = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'pull', text, attribution });
const bullets = (...items: Run[][]): Block => ({ type: 'list', style: 'bulleted', items: items.map((item) => item.map(run)) });
const numbered = (...items: Run[][]): Block => ({ type: 'list', style: 'numbered', items: items.map((item) => item.map(run)) });
const readMore = (articleId: string): Block => ({ type: 'readMore', articleId });
const promo = (newsletter: string): Block => ({ type: 'newsletterPromo', newsletter });
const image = (name: DemoImageName, caption: string): Block => ({ type: 'image', image: demoImage(name, caption) });
const embed = (provider: EmbedProvider, url: string, title: string, description?: string): Block => ({
  type: 'embed',
  provider,
  url,
  title,
  description,
});

const vessalyElection: DemoArticle = {
  id: 'demo-003',
  slug: 'vessaly-regional-election-greens-and-farmers-party-gain',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Vessaly regional election: Farmers\u2019 League and Greens gain as Ostmark\u2019s governing party loses its majority',
  standfirst:
    'Turnout rose to 68 per cent in the Ostmark province, where water rationing and rail closures dominated the campaign. Coalition talks are expected to take weeks.',
  hero: demoImage('ballot-box', 'A ballot is cast in Lenzburg, Vessaly\u2019s provincial capital, on Sunday'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water'],
  publishedHoursAgo: 20,
  updatedHoursAgo: 14,
  body: [
    p(
      'LENZBURG \u2014 The party that has governed the Ostmark province of Vessaly for sixteen years lost its majority in the regional assembly on Sunday, as voters angered by summer water rationing and the closure of two rural rail lines turned to a farmers\u2019 party and the Greens. ',
      'With all 412 districts counted, the centre-right ',
      b('Civic Union'),
      ' won 31 of the assembly\u2019s 80 seats, down from 43. The ',
      b('Farmers\u2019 League'),
      ', which did not exist five years ago, took 17 seats, and the Greens 14.',
    ),
    p(
      'Turnout was 68 per cent, the highest since the assembly was created, according to the provincial returning office. Queues formed outside polling stations in the lowland towns along the Halden river, where household water was cut to four hours a day for most of August.',
    ),
    h2('A campaign fought over taps and timetables'),
    p(
      'The outgoing premier, ',
      b('Elsbeth Varga'),
      ', conceded shortly after midnight in a brief address at the Civic Union\u2019s headquarters. She said the result was \u201ca verdict on a hard summer, and we heard it,\u201d and that her party would seek to lead a new coalition as the largest group.',
    ),
    p(
      'The Farmers\u2019 League, founded by dairy and grain producers after a dispute over irrigation quotas, campaigned almost entirely on water. Its leader, ',
      b('Tomas Reinholt'),
      ', a former co-operative manager from the village of Auenfeld, has said he will not support any government that does not demand changes to the draft Halden water treaty that Ostmark initialled with its downstream neighbour, Lusara, on Friday.',
    ),
    blockQuote(
      'People here do not think in left and right this year. They think in hours of water. If you cannot tell them when the tap comes back on, they will not listen to anything else you say.',
      'Tomas Reinholt, leader of the Farmers\u2019 League',
    ),
    p(
      'The Greens, traditionally strongest in Lenzburg and the university town of Merrow, gained ground in smaller towns for the first time, campaigning against the closure of the Auenfeld and Kessel branch lines, which the provincial rail operator shut in the spring citing falling passenger numbers.',
    ),
    h2('What happens next'),
    p(
      'Under Vessaly\u2019s constitution the assembly must elect a premier within 45 days or face a new election. Political scientists in Lenzburg said a Civic Union\u2013Farmers\u2019 League coalition would hold 48 seats, a comfortable majority, but would require concessions on water policy that the national government in Ostmark\u2019s capital may resist.',
    ),
    p(
      i('\u201cThe province does not negotiate treaties; the national government does,\u201d'),
      ' said ',
      b('Dr Ilse Marten'),
      ', who studies regional politics at the University of Merrow. \u201cBut a provincial government that makes the treaty its first demand changes the weather in the capital.\u201d',
    ),
    p(
      'The national coalition, which includes the Civic Union, faces its own general election in the spring. Party officials in the capital declined to comment on the result on Sunday night. A spokesperson for the national environment ministry said the ministry \u201crespects the decision of Vessaly\u2019s voters\u201d and that ratification of the treaty would proceed \u201con its existing timetable.\u201d',
    ),
    p(
      'Final results will be certified by the returning office on Thursday. Two districts in the north of the province, where the margin was fewer than 40 votes, will be recounted.',
    ),
  ],
};

const calveraStrike: DemoArticle = {
  id: 'demo-001',
  slug: 'calvera-port-strike-dockworkers-walk-out-over-automation-plan',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Calvera dockworkers walk out over automation plan, halting Lusara\u2019s busiest port',
  standfirst:
    'More than 6,000 workers stopped the cranes at dawn after talks on a driverless terminal collapsed. Ships are already queuing off the Halden delta.',
  hero: demoImage('harbour-cranes', 'Idle cranes at the Port of Calvera\u2019s North Basin, where the strike began at dawn'),
  authors: ['amara-okafor'],
  tags: ['economy', 'cities', 'technology'],
  publishedHoursAgo: 3,
  updatedHoursAgo: 1,
  social: {
    title: 'Calvera\u2019s cranes stop: 6,000 dockworkers strike over robots',
    description: 'Lusara\u2019s biggest port is shut. The fight is over who \u2014 or what \u2014 moves the boxes next.',
  },
  body: [
    p(
      'CALVERA \u2014 The cranes of the Port of Calvera stood still on Tuesday for the first time in eleven years, as more than 6,000 dockworkers walked out in protest at a plan to replace much of the port\u2019s container handling with driverless vehicles and remotely operated cranes.',
    ),
    p(
      'The strike, called by the ',
      b('Union of Harbour and Transport Workers'),
      ' (UHTW) shortly after midnight, began at the 5am shift change. By mid-morning, port authority figures showed that no containers had moved across the quays of the North Basin or the newer Estuary Terminal, which together handle roughly ',
      b('four-fifths of Lusara\u2019s seaborne trade'),
      '. Fourteen container ships were anchored off the mouth of the Halden by noon, with nine more due before the end of the week.',
    ),
    p(
      'The walkout follows seven months of negotiations over the Port Authority\u2019s ',
      i('Calvera 2030'),
      ' plan, which would convert the Estuary Terminal to automated operation in stages over four years. The authority says the change is needed to compete with deep-water ports further along the coast. The union says it would cut as many as 2,400 jobs and hand control of the country\u2019s main trade gateway to a single equipment supplier.',
    ),
    h2('How the talks broke down'),
    p(
      'Negotiators for both sides had met almost daily since the start of the month at the offices of the state mediation service in the old customs house. According to three people familiar with the talks, who spoke on condition of anonymity because the discussions were confidential, the final session ended on Monday night after the authority declined to put a guarantee of no compulsory redundancies into writing.',
    ),
    p(
      'The authority\u2019s chief executive, ',
      b('Dario Velloso'),
      ', said in a statement that the offer on the table was \u201cthe most generous in the history of the port\u201d and included retraining for every worker whose role changed, a five-year pay guarantee and early retirement on full pension from the age of 58.',
    ),
    blockQuote(
      'We have offered security to every single person who works on these quays. What we cannot offer is a promise that the port will look the same in 2030 as it did in 1990. No port in the world can make that promise and survive.',
      'Dario Velloso, chief executive of the Calvera Port Authority',
    ),
    p(
      'The union\u2019s general secretary, ',
      b('Inês Aldana'),
      ', told a crowd of several hundred strikers at the North Basin gates that the offer was \u201ca promise made in pencil.\u201d She said the authority had refused to share the contract it is negotiating with the equipment supplier, ',
      b('Trellis Maritime Systems'),
      ', or the staffing model on which its job estimates are based.',
    ),
    pullQuote('They want us to sign for a future they will not let us read.', 'In\u00eas Aldana, UHTW general secretary'),
    h2('What the strike stops'),
    p(
      'The port handled 3.1 million containers last year, according to the authority\u2019s annual report, as well as most of the fuel, grain and fertiliser that enters Lusara by sea. Because Calvera sits at the mouth of the Halden, it is also the main outlet for exporters in landlocked Ostmark upstream, whose barges bring machinery, timber and dairy products down the river for loading onto ocean-going ships.',
    ),
    image('cargo-ship', 'A container ship waits at anchor off the Halden delta on Tuesday afternoon'),
    p('Officials at the national trade ministry said the most immediate concerns were:'),
    bullets(
      [b('Perishable food'), ': about 1,200 refrigerated containers of fruit, fish and dairy are in the terminals or on ships at anchor.'],
      [b('Fuel'), ': the strike does not cover the oil jetty, but tanker pilots belong to the same union and have said they will join on Thursday.'],
      [b('Medical supplies'), ': the union says it will clear containers certified as urgent by the health ministry, and a joint committee met for the first time on Tuesday afternoon.'],
      [b('Ostmark\u2019s exporters'), ': barge operators upstream said they would stop loading for Calvera from Wednesday.'],
    ),
    p(
      'The ministry said it had enough fuel in strategic storage for 38 days of normal consumption and did not expect shortages at filling stations \u201cin the coming weeks.\u201d Supermarket chains said fresh produce could become scarce within a fortnight if the strike continued.',
    ),
    readMore('demo-010'),
    h2('A fight about more than jobs'),
    p(
      'Automation has divided dock communities around the world for two decades, but the dispute in Calvera has taken on a particular edge because of the port\u2019s place in the city. Nearly one in six jobs in the metropolitan area depends on the port directly or through logistics, warehousing and repair yards, according to ',
      a('a study published last year by the Calvera Institute of Economic Research', 'https://example.org/calvera-institute/port-employment-study'),
      '.',
    ),
    h3('The view from the quays'),
    p(
      'At the North Basin gates on Tuesday, many of the strikers were the children and grandchildren of dockworkers. ',
      b('Rui Falcão'),
      ', 44, who has driven straddle carriers on the Estuary Terminal for nineteen years, said he had been told he would be retrained as a remote operator \u2014 one of perhaps a third of drivers who would be needed under the new system.',
    ),
    p(
      '\u201cThey say I will sit in a control room and watch six machines instead of driving one,\u201d he said. ',
      i('\u201cFine. But who are the other five men? My brother. My neighbour. That is not a technology question.\u201d'),
    ),
    h3('The view from the authority'),
    p(
      'Port officials point to the deep-water terminals at Sant\u2019Orsa and Miravel, both within 300 kilometres, which have automated in the last decade and are winning the largest ships away from Calvera. The authority says its share of regional container traffic has fallen from 41 per cent to 33 per cent since 2015.',
    ),
    p(
      'An economist at the University of Calvera, ',
      b('Dr Sofia Marchetti'),
      ', said both sides had a point. \u201cThe productivity case for automation at a terminal like Estuary is real, but it is smaller than the suppliers claim, and it takes years to arrive,\u201d she said. \u201cThe cost of a long strike, on the other hand, arrives immediately.\u201d',
    ),
    embed(
      'youtube',
      'https://www.youtube.com/watch?v=mRdn0Clv4aA',
      'Video: Dawn at the North Basin as the first shift walks out',
      'Meridian\u2019s video team filmed the picket lines at the Port of Calvera on the first morning of the strike.',
    ),
    promo('morning-briefing'),
    h2('What happens next'),
    p(
      'The state mediation service said on Tuesday evening that it had invited both sides to separate meetings on Wednesday morning. The labour minister, ',
      b('Paulo Serrat'),
      ', urged a return to talks but said the government had \u201cno plans\u201d to use its power to order workers back to the quays, a step last taken in 1987 that led to weeks of unrest.',
    ),
    p(
      'The union has called the strike indefinite, though its leaders said privately that they expected a first test of resolve at the end of next week, when members would miss their first full pay packet. The union\u2019s strike fund, built up over a decade, can pay members about half their wages for roughly a month, according to its published accounts.',
    ),
    p(
      'Shipping lines have begun to react. ',
      b('Halcyon Line'),
      ', which operates a weekly service between Calvera and ports across the northern ocean, said it would divert two ships to Miravel and carry cargo for Lusara overland by rail and road. Freight forwarders in the city said the cost of that route was about 60 per cent higher.',
    ),
    p(
      'Upstream in Ostmark, the chamber of commerce in the river port of Kessel said its members were \u201cdeeply concerned\u201d and had asked their government to raise the matter with Lusara. Ostmark\u2019s government, already in difficult talks with its neighbour over ',
      a('the sharing of the Halden\u2019s water', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ', said only that it was \u201cfollowing events closely.\u201d',
    ),
    p(
      'By Tuesday evening the pickets at the North Basin had lit braziers against the sea wind, and families had brought food. Ms Aldana, addressing the crowd for a second time, told them to expect a long week. \u201cThe ships can wait at anchor,\u201d she said. \u201cSo can we.\u201d',
    ),
    p(
      i('This story was updated on Tuesday evening with the mediation service\u2019s invitation to talks and the response of shipping lines.'),
    ),
  ],
};

const haldenTreaty: DemoArticle = {
  id: 'demo-007',
  slug: 'halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'The Halden water treaty: what Ostmark and Lusara agreed, and what they left out',
  standfirst:
    'After nine years of talks, the two countries that share the Halden have a draft deal on how much water crosses the border. It settles the summer argument and postpones harder ones.',
  hero: demoImage('dry-riverbed', 'The cracked bed of a Halden side channel near Grenzau, on the Ostmark\u2013Lusara border, in August'),
  authors: ['noor-haddad', 'lukas-brandt'],
  tags: ['water', 'climate', 'agriculture'],
  publishedHoursAgo: 16,
  updatedHoursAgo: 11,
  social: {
    title: 'Who gets the river? The Halden deal, explained',
    description: 'A treaty nine years in the making guarantees summer water for the delta. Groundwater, salt and shrinking glaciers are another story.',
  },
  body: [
    p(
      'The Halden rises in the glaciers of the Karst Highlands, runs for 640 kilometres through the farmland of Ostmark and reaches the sea at Calvera, in Lusara. For most of the last century the two countries shared it without much thought. For most of the last decade they have argued about it in committee rooms, at trade summits and, during the drought of three summers ago, through their ambassadors.',
    ),
    p(
      'On Friday, negotiators initialled the text of the ',
      b('Halden Water Accord'),
      ', the first binding agreement on how the river\u2019s flow is divided. It must still be ratified by both parliaments. Meridian has read the 46-page draft and spoken to negotiators, farmers and hydrologists on both sides of the border. What follows is what the treaty does, what it does not, and why the second list may matter more.',
    ),
    h2('What the treaty does'),
    p('At its heart the accord is a promise about one number: how much water flows past the gauging station at Grenzau, where the Halden crosses the border. The main provisions are:'),
    numbered(
      [b('A guaranteed summer flow.'), ' From June to September, Ostmark must let at least 140 cubic metres per second pass Grenzau, measured as a ten-day average.'],
      [b('A drought rule.'), ' In a year the joint commission declares a drought, the floor drops to 95 cubic metres per second, and both countries cut licensed irrigation by the same percentage.'],
      [b('Shared data.'), ' Every gauge, reservoir level and abstraction licence on the main river will be published in near real time on a public website run by the commission.'],
      [b('Coordinated releases.'), ' Ostmark\u2019s three upstream reservoirs will be operated to an agreed seasonal schedule rather than solely for hydropower.'],
      [b('Arbitration.'), ' Disputes go to a panel of three engineers and lawyers, one chosen by each side and a chair chosen jointly, whose rulings are binding.'],
    ),
    p(
      'The guaranteed flow is the headline for Lusara. In the drought summer, flow at Grenzau fell to 71 cubic metres per second for most of August, according to figures later published by Lusara\u2019s water agency, and sea water pushed 30 kilometres up the delta, ruining rice and vegetable crops and forcing Calvera to truck drinking water to its eastern suburbs.',
    ),
    blockQuote(
      'For twenty years the delta has lived on what was left over. Now there is a number, and a number can be measured, and a measurement can be taken to a court. That is the whole victory, and it is not a small one.',
      'Marta Calloway, Lusara\u2019s chief negotiator',
    ),
    h3('What Ostmark gets'),
    p(
      'Ostmark\u2019s gains are quieter but real. The accord recognises its right to the 55 per cent of annual flow that its farmers and cities already use, ending Lusaran demands, once common in parliament in Calvera, for a return to the allocations of the 1960s. It also lets Ostmark count winter releases from its reservoirs towards its obligations, which gives its hydropower operators some flexibility.',
    ),
    p(
      'Ostmark\u2019s lead negotiator, ',
      b('Friedrich Albers'),
      ', a former director of the national water board, said the summer floor was \u201cdemanding but achievable\u201d and would have been met in all but two of the last twenty years. ',
      i('\u201cWe have not given away the river,\u201d'),
      ' he told Meridian. \u201cWe have agreed to look after it together, which is something rather different.\u201d',
    ),
    image('river-delta', 'The Halden delta south of Calvera, where salt water pushed 30 kilometres inland during the last drought'),
    h2('What the treaty leaves out'),
    p(
      'Hydrologists who have read the draft welcomed the data provisions in particular, saying they would end years of argument over whose numbers to trust. But several pointed to three questions the text either avoids or postpones.',
    ),
    h3('Groundwater'),
    p(
      'The accord covers surface water only. Yet in the lower Halden valley, in both countries, farmers draw an estimated one-fifth of their irrigation from wells that tap aquifers fed by the river. ',
      b('Dr Anneke Voss'),
      ', a hydrogeologist at the Halden Basin Institute in Merrow, said that heavy pumping near the river could \u201cquietly pull water out of the channel that the treaty is trying to protect.\u201d The draft asks the commission to \u201cstudy\u201d groundwater and report within five years.',
    ),
    h3('Salt and quality'),
    p(
      'The treaty measures quantity, not quality. Fishermen and rice growers in the delta say salinity, not flow, is what ruins a harvest, and that the relationship between the two is not simple. An annex commits both sides to monitor salt and nitrate levels but sets no limits.',
    ),
    h3('A shrinking source'),
    p(
      'Most importantly, scientists say, the accord assumes a river that may not exist by mid-century. Around a third of the Halden\u2019s summer flow comes from melting ice in the Karst Highlands, and the glaciers there have lost ',
      a('roughly a quarter of their volume since 2000', '/science/karst-highlands-glaciers-lose-a-quarter-of-their-ice-since-2000'),
      ', according to the most recent survey. As they retreat, the summer melt that now props up the river in August will decline.',
    ),
    pullQuote('The treaty divides a river that is getting smaller. It does not say what happens when it does.'),
    p(
      'The accord includes a review clause, but it is triggered only every fifteen years or if both parties agree. Negotiators on both sides acknowledged that this was a compromise. Lusara wanted a review every five years; Ostmark wanted none.',
    ),
    readMore('demo-013'),
    h2('The politics of ratification'),
    p(
      'Ratification is not assured. In Ostmark, the treaty arrives in the middle of a political storm in the Halden-valley province of Vessaly, where ',
      a('the Farmers\u2019 League surged in Sunday\u2019s regional election', '/news/vessaly-regional-election-greens-and-farmers-party-gain'),
      ' on a promise to resist any deal that cuts irrigation. The League\u2019s leader has called the drought rule \u201ca tax on our fields, paid in water.\u201d',
    ),
    p(
      'In Lusara, the opposition has attacked the treaty from the other direction, arguing that 140 cubic metres per second is too low to protect the delta and that the drought floor would have done little to prevent the damage of three summers ago. Government officials counter that the alternative is no guarantee at all.',
    ),
    embed(
      'soundcloud',
      'https://soundcloud.com/meridian-audio/the-river-between-us-episode-3',
      'Listen: The River Between Us, episode 3 \u2014 \u201cThe Number\u201d',
      'Our podcast series on the Halden follows the negotiators through the final week of talks.',
    ),
    promo('climate-week'),
    h2('Why it matters beyond the Halden'),
    p(
      'Shared rivers rarely produce wars, researchers who study them say, but they often produce decades of low-level distrust that poisons trade, migration and security talks. An agreement with transparent data and a binding referee is, by the standards of the world\u2019s transboundary rivers, unusually strong.',
    ),
    p(
      '\u201cWhat the Halden negotiators have done is build the plumbing of trust,\u201d said ',
      b('Professor Ruth Adeyemi'),
      ', who studies water diplomacy at the Institute for Shared Waters in Sant\u2019Orsa and advised neither side. \u201cThe allocations will have to change, because the climate is changing. The question is whether the commission is strong enough to change them without a crisis. On paper, it might be.\u201d',
    ),
    p(
      'For the farmers of the lower valley, on both sides of the border, the paper will matter less than next August. If the river runs low again and the numbers on the new public website show Ostmark meeting its obligations while Lusara\u2019s delta still turns salty, the accord\u2019s first test will be whether both sides believe the data. That, in the end, is what nine years of talks have tried to buy.',
    ),
    p(
      i('This analysis was updated to include comments from Ostmark\u2019s lead negotiator.'),
    ),
  ],
};

const methaneSatellite: DemoArticle = {
  id: 'demo-011',
  slug: 'vigil-methane-satellite-first-results-super-emitters',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'A methane-hunting satellite\u2019s first six months: 312 super-emitters, and a few surprises',
  standfirst:
    'The Vigil satellite can spot a single leaking gas well from orbit. Its first public results suggest that a small number of sites cause a large share of emissions, and that many of them could be fixed cheaply.',
  hero: demoImage('satellite-orbit', 'The Vigil satellite, which passes over every part of the Earth at least once every three days'),
  authors: ['mei-lin-zhou'],
  tags: ['climate', 'technology', 'energy'],
  publishedHoursAgo: 55,
  updatedHoursAgo: 50,
  body: [
    p(
      'Six months after it reached orbit, a small satellite built to find methane leaks has identified ',
      b('312 \u201csuper-emitter\u201d events'),
      ' \u2014 single sites releasing more than a tonne of the gas every hour \u2014 across oil and gas fields, coal mines and landfills on five continents, according to results published on Monday.',
    ),
    p(
      'The satellite, called ',
      b('Vigil'),
      ', was built by the Nordvik Space Agency with funding from the Open Atmosphere Foundation, a research charity, and launched in the spring. Unlike most earlier instruments, which could see methane only as a regional haze, Vigil\u2019s spectrometer resolves patches of ground about 30 metres across, small enough to pin a plume to an individual well pad, pipeline valve or landfill cell.',
    ),
    p(
      'Methane is responsible for roughly a third of the warming the planet has experienced so far, and because it breaks down in the atmosphere within about a decade, cutting it is one of the fastest ways to slow warming in the near term. ',
      i('\u201cIf carbon dioxide is the long fight, methane is the one you can win this decade,\u201d'),
      ' said ',
      b('Dr Leni Haugland'),
      ', Vigil\u2019s principal scientist.',
    ),
    h2('How Vigil sees an invisible gas'),
    p(
      'Methane is colourless, but it absorbs sunlight at particular wavelengths in the shortwave infrared. Vigil\u2019s instrument splits the light reflected from the ground into several hundred narrow bands and looks for the tell-tale dips. Where there is more methane between the satellite and the ground, the dips are deeper.',
    ),
    image('laboratory-glassware', 'Calibration of Vigil\u2019s spectrometer took place in a gas-cell laboratory in Nordvik before launch'),
    p('Turning those dips into a leak report involves several steps, each a source of uncertainty:'),
    bullets(
      [b('Retrieval'), ': software estimates how much methane lies in each column of air, correcting for the brightness of the ground and for water vapour.'],
      [b('Detection'), ': an algorithm, checked by a human analyst, flags plumes that stand out from the background.'],
      [b('Attribution'), ': the plume\u2019s origin is matched to maps of infrastructure, often with higher-resolution aerial images.'],
      [b('Quantification'), ': the size of the plume is combined with wind data to estimate a rate of release, with error bars of 30 to 50 per cent.'],
    ),
    p(
      'Clouds, snow and very dark or very bright surfaces all make retrievals harder. The team says it cannot yet see reliably over the tropics during the rainy season, or over water, which leaves offshore platforms largely out of view.',
    ),
    h2('What the first six months found'),
    p(
      'The 312 events were not spread evenly. About 60 per cent came from oil and gas production, 22 per cent from coal mines, and most of the remainder from landfills. A single gas-producing region, the Karsk basin in the Republic of Veldora, accounted for 41 events on its own.',
    ),
    h3('A heavy tail'),
    p(
      'The most striking result, the team says, is how concentrated the problem is. The largest 10 per cent of events were responsible for more than half of the methane the satellite detected. That pattern, which aircraft surveys had suggested for years, matters because it means that finding and fixing a relatively small number of sites could make a large difference.',
    ),
    blockQuote(
      'We keep seeing the same kind of thing: a flare that has gone out, a tank hatch left open, a compressor venting during maintenance. These are not exotic failures. Most could be fixed in an afternoon by someone with the right tools, if they knew about them.',
      'Dr Leni Haugland, Vigil principal scientist',
    ),
    h3('Landfills, more than expected'),
    p(
      'The second surprise came from waste. Landfills near several large cities produced plumes that were persistent, visible on almost every pass for weeks, in a way that intermittent oil-field leaks were not. ',
      b('Dr Kwame Asante-Berg'),
      ', who leads the mission\u2019s landfill work, said several sites appeared to be emitting two to three times what their operators had reported to national inventories.',
    ),
    pullQuote('The largest 10 per cent of leaks caused more than half of the methane the satellite saw.'),
    h2('What happens when a leak is found'),
    p(
      'Vigil\u2019s operators publish detections on a public map within 72 hours, and since the summer they have also sent alerts directly to the operators of the sites involved and to national regulators, through a notification system run by the foundation.',
    ),
    p(
      'The response has been mixed. Of the 118 alerts sent so far, the foundation says it has received replies to 46, and in 29 cases the operator reported having found and repaired the source. In several cases, follow-up passes confirmed that the plume had disappeared. In others, the leak returned within weeks.',
    ),
    p(
      'Veldora\u2019s energy ministry said in a statement that it \u201cwelcomed new data\u201d and had asked operators in the Karsk basin to investigate every detection. A trade association representing producers there said some of the plumes were from ',
      i('permitted venting'),
      ' during maintenance, and questioned whether a satellite pass every few days could capture how long each event really lasted.',
    ),
    p(
      'That criticism has some force, independent scientists say. A snapshot shows a plume at one moment; it cannot say whether the leak lasted minutes or months. The team tries to address this by combining repeated passes, but the total annual emissions it reports come with wide uncertainty.',
    ),
    embed(
      'youtube',
      'https://www.youtube.com/watch?v=vG1lPlume42',
      'Video: How Vigil spots a single leaking well from 500 kilometres up',
      'A two-minute animation from the Nordvik Space Agency explaining how the spectrometer works.',
    ),
    h2('A crowded sky'),
    p(
      'Vigil is not alone. Several other satellites, some operated by governments and some by companies that sell data to the energy industry, now look for methane at different resolutions. Scientists increasingly describe the system as tiered: coarse instruments map regional totals every day, and fine ones like Vigil zoom in to find sources.',
    ),
    p(
      'Researchers caution that the new instruments do not replace checks on the ground. ',
      b('Professor Amelia Strand'),
      ', an atmospheric chemist at the University of Merrow who was not involved in the mission, said satellites were \u201cextraordinarily good at telling you where to look, and less good at telling you exactly how much.\u201d Her group flies drones fitted with laser sensors over sites that satellites have flagged.',
    ),
    p(
      'For Dr Haugland, the most important thing about Vigil is not its hardware but that its data is open. Anyone can download the detections, and several journalists and local groups have already used them to ask questions of operators near their towns. ',
      a('Our earlier report on the grid strain in Ostmark', '/news/heatwave-pushes-ostmark-power-grid-to-the-brink'),
      ' showed how quickly gas demand can spike in a heatwave; Vigil\u2019s team says the same spikes often appear as extra venting in its data.',
    ),
    readMore('demo-012'),
    promo('climate-week'),
    h2('What comes next'),
    p(
      'A second satellite, identical to the first, is due to launch next year, which would halve the time between passes over any given site. The team is also working on a version of its detection software that can run on board, so that the largest plumes could be reported within hours rather than days.',
    ),
    p(
      'The foundation has said it will publish an annual ranking of the regions with the most detections, a step some producers have criticised as \u201cnaming and shaming.\u201d Dr Haugland said that was the point. \u201cFor a long time, nobody could see this gas,\u201d she said. \u201cNow everybody can. What they do with that is up to them.\u201d',
    ),
    p(
      i('This article was updated to include the response of Veldora\u2019s energy ministry and the producers\u2019 association.'),
    ),
  ],
};

const ostmarkHeatwave: DemoArticle = {
  id: 'demo-002',
  slug: 'heatwave-pushes-ostmark-power-grid-to-the-brink',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Heatwave pushes Ostmark\u2019s power grid to the brink as rolling blackouts hit three cities',
  standfirst:
    'Temperatures above 41C sent electricity demand to a record while low river levels forced thermal plants to cut output. The grid operator warned that more cuts are likely this week.',
  hero: demoImage('power-lines', 'High-voltage lines north of Brenhaven, part of the corridor that failed to carry enough power on Monday evening'),
  authors: ['lukas-brandt', 'mei-lin-zhou'],
  tags: ['energy', 'climate', 'cities'],
  publishedHoursAgo: 9,
  updatedHoursAgo: 5,
  body: [
    p(
      'BRENHAVEN \u2014 Ostmark\u2019s national grid operator cut power to parts of three cities on Monday evening, the first rolling blackouts in the country in more than twenty years, as a heatwave pushed electricity demand to a record and left the grid short of supply during the hottest hours of the day.',
    ),
    p(
      'The operator, ',
      b('Ostnetz'),
      ', said it had disconnected about 410,000 households in Brenhaven, Kessel and Lenzburg for periods of up to 90 minutes between 6pm and 9pm, rotating the cuts between districts. Hospitals, water pumping stations and the capital\u2019s metro were exempted. Temperatures in Brenhaven reached ',
      b('41.3C'),
      ' on Monday afternoon, a national record, according to the national weather service.',
    ),
    p(
      'The operator warned that further cuts were \u201clikely\u201d on Tuesday and Wednesday, when forecasters expect temperatures to stay above 39C across the Halden valley.',
    ),
    h2('Why the grid fell short'),
    p(
      'Demand peaked at 14.8 gigawatts shortly after 6pm, about 6 per cent above the previous record set two summers ago, as air conditioners ran at full power in homes and offices. But the bigger problem, officials and engineers said, was on the supply side. Three factors combined:',
    ),
    numbered(
      [b('Hot rivers.'), ' The Halden and its tributaries were too warm and too low to cool two of the country\u2019s largest thermal power stations at full output, so both were throttled back under environmental rules that protect fish.'],
      [b('Evening solar drop-off.'), ' Solar farms, which supplied almost a third of demand at midday, fell away just as household demand climbed after work.'],
      [b('A weak link.'), ' A high-voltage line carrying wind power from the northern ridges tripped twice in the afternoon when sagging cables came too close to trees.'],
    ),
    p(
      'Ostnetz\u2019s director of operations, ',
      b('Katrin Oberle'),
      ', said the company had \u201cno choice\u201d once imports from neighbouring grids reached their limit. \u201cThe alternative to controlled cuts is an uncontrolled one,\u201d she said at a briefing in the operator\u2019s control centre on Monday night. \u201cThat is what we exist to prevent.\u201d',
    ),
    blockQuote(
      'For years we have planned for a cold, still winter evening as the worst case. Monday showed us a second worst case: a hot, still summer evening, with tired rivers and the sun going down.',
      'Katrin Oberle, director of operations at Ostnetz',
    ),
    image('solar-farm', 'A solar farm near Kessel; output from Ostmark\u2019s solar parks fell sharply after 6pm, when demand peaked'),
    h2('In the streets'),
    p(
      'In Kessel, the river port worst hit by Monday\u2019s cuts, traffic lights went dark at rush hour and shopkeepers pulled down their shutters. At the city\u2019s main hospital, which runs on its own generators during outages, staff said the emergency department had treated more than 60 people for heat-related illness since Saturday, most of them over 75.',
    ),
    h3('The most exposed'),
    p(
      'Public health officials are most concerned about elderly people living alone in top-floor flats, where temperatures can stay above 30C through the night. Brenhaven\u2019s city government opened 48 \u201ccool rooms\u201d in libraries and schools and extended their hours to midnight. ',
      i('\u201cThe blackout is the story people see,\u201d'),
      ' said ',
      b('Dr Henrike Sauer'),
      ', who heads the city\u2019s public health department. \u201cThe heat is the story that kills people, quietly, indoors.\u201d',
    ),
    pullQuote('The blackout is the story people see. The heat is the story that kills people, quietly, indoors.', 'Dr Henrike Sauer, Brenhaven public health department'),
    h3('Business'),
    p(
      'Ostmark\u2019s chamber of industry said several factories in the Kessel area had shut production lines as a precaution, and asked the government to publish a schedule of planned cuts so that businesses could plan shifts. Ostnetz said it would publish a rota by noon each day.',
    ),
    embed(
      'bluesky',
      'https://bsky.app/profile/ostnetz-grid.bsky.social/post/3lheatwave01',
      'Ostnetz: today\u2019s planned outage schedule by district',
      'The grid operator posts its rotation of planned cuts each day during the heatwave.',
    ),
    h2('A preview of summers to come'),
    p(
      'Climate scientists said the heatwave was consistent with the warming trend in the region, where average summer temperatures have risen by about 1.8C since the 1960s. ',
      b('Dr Pieter Lindqvist'),
      ', a climatologist at the national weather service, said a heatwave of this intensity would have been \u201cvirtually impossible\u201d in the climate of his grandparents and was now expected roughly once every fifteen years.',
    ),
    p(
      'The link between heat, low rivers and power is one reason the ',
      a('Halden water treaty initialled last week', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ' matters far beyond agriculture: Ostmark\u2019s thermal plants draw cooling water from the same river that Lusara needs downstream.',
    ),
    readMore('demo-007'),
    p(
      'Energy analysts said the country had invested heavily in solar power but far less in the storage and transmission needed to move it into the evening. Battery capacity on the grid is about 600 megawatts, roughly what is needed to run the capital for 20 minutes at peak. The energy ministry has promised to triple that by the end of next year.',
    ),
    promo('morning-briefing'),
    h2('What officials are asking people to do'),
    p('Ostnetz and the energy ministry asked households and businesses to:'),
    bullets(
      ['Run washing machines, dishwashers and other heavy appliances before 4pm or after 10pm.'],
      ['Set air conditioning no lower than 25C, and close blinds during the day.'],
      ['Check on elderly neighbours, especially during outages, and call the emergency number if someone is confused or has stopped sweating.'],
      ['Follow the daily outage schedule, which is published at noon, and keep a torch and a charged phone to hand.'],
    ),
    p(
      'The energy minister, ',
      b('Jonas Wetterling'),
      ', defended the government\u2019s preparations in a radio interview on Tuesday morning, saying that no grid could be built for every extreme. Opposition parties called for an inquiry, and the Greens said the cuts were \u201cthe bill for a decade of delay on storage.\u201d',
    ),
    h3('A question of who pays'),
    p(
      'The cost of the emergency is already a political argument. Ostnetz said it had paid record prices for imported electricity on Monday evening, at times more than ten times the usual rate, and that the cost would eventually reach household bills through network charges. Consumer groups asked the government to cover it from the budget instead.',
    ),
    p(
      'Municipal utilities in Kessel and Lenzburg said the cuts had also exposed weaknesses closer to home: several neighbourhood transformers failed on Sunday and Monday because they had been designed for cooler nights, when equipment normally has time to shed the heat of the day.',
    ),
    p(
      'Forecasters expect a cooler air mass to reach the west of the country on Thursday night, bringing thunderstorms and, they hope, an end to the worst of the heat. Until then, Ostnetz said, its engineers would be watching the evening peak minute by minute.',
    ),
    p(
      i('This story was updated on Tuesday with the energy minister\u2019s comments and the latest hospital figures.'),
    ),
  ],
};

const measlesDrive: DemoArticle = {
  id: 'demo-004',
  slug: 'tamsara-measles-vaccination-drive-port-idris-schools-and-markets',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Tamsara launches its largest measles vaccination drive as cases climb in Port Idris',
  standfirst:
    'Health workers aim to reach 1.2 million children in three weeks, in schools, markets and ferry terminals. Officials blame missed doses during last year\u2019s floods.',
  hero: demoImage('hospital-corridor', 'A corridor of the children\u2019s ward at Port Idris General Hospital, where most measles cases have been treated'),
  authors: ['amara-okafor'],
  tags: ['health', 'education'],
  publishedHoursAgo: 40,
  body: [
    p(
      'PORT IDRIS \u2014 Health workers in Tamsara began the country\u2019s largest measles vaccination campaign on Monday, setting up clinics in schools, covered markets and ferry terminals in an effort to stop an outbreak that has sickened more than 1,900 children since the spring.',
    ),
    p(
      'The campaign aims to give a dose of the measles and rubella vaccine to ',
      b('1.2 million children aged between nine months and ten years'),
      ' in three weeks, regardless of whether they have been vaccinated before, the health ministry said. About 4,000 vaccinators, many of them nursing students, have been trained for the drive.',
    ),
    h2('An outbreak that began after the floods'),
    p(
      'Most of the cases have been in Port Idris, the country\u2019s second city, and in fishing towns along the coast to its north. Eleven children have died, according to ministry figures. The ministry says the outbreak can be traced to last year\u2019s floods, which closed or damaged 140 health centres for up to four months and interrupted routine immunisation.',
    ),
    p(
      'Coverage with the second dose of measles vaccine, which is needed for lasting protection, fell from 88 per cent to 71 per cent in the coastal districts that year, the ministry estimates. Measles is so contagious that public health experts generally consider coverage of about 95 per cent necessary to prevent outbreaks.',
    ),
    blockQuote(
      'Measles finds the gaps. A few months of closed clinics is enough. By the time we saw the first cases, there were thousands of children who had missed a dose without anyone noticing.',
      'Dr Yasmin Oduya, head of immunisation at Tamsara\u2019s health ministry',
    ),
    h2('Going to where the children are'),
    p(
      'Rather than asking parents to bring children to clinics, the campaign is sending teams to places families already go. In the central market of Port Idris on Monday morning, a team of six had set up under a striped awning between fish and vegetable stalls, with a cool box of vaccine, a folding table and a stack of yellow vaccination cards.',
    ),
    p(
      '\u201cThe mothers are here anyway, and the grandmothers,\u201d said ',
      b('Farida Nsemi'),
      ', a nurse who led the team. \u201cIf we wait in the clinic, we see the families who always come. Here we see the ones who do not.\u201d By 11am her team had vaccinated 212 children.',
    ),
    p('Campaign organisers say they are relying on several approaches at once:'),
    bullets(
      ['Clinics in every primary school, with consent forms sent home a week in advance.'],
      ['Teams at markets, ferry terminals and bus stations on the busiest days.'],
      ['Announcements through mosques, churches and community radio, in Tamsari and two coastal languages.'],
      ['Door-to-door visits in districts where coverage is lowest, using lists drawn up by local health committees.'],
    ),
    h2('Hesitancy, and logistics'),
    p(
      'Outright opposition to vaccination is rare in Tamsara, health workers say, but some parents worry about giving an extra dose to children who have already been vaccinated. The ministry says the extra dose is safe and helps protect children whose earlier vaccination may not have worked.',
    ),
    p(
      'The bigger challenge is logistics. The vaccine must be kept cold, and many of the coastal districts have unreliable electricity. The campaign has deployed 300 solar-powered refrigerators, donated by a regional development bank, and cool boxes that hold their temperature for up to five days. ',
      i('\u201cThe cold chain is the campaign,\u201d'),
      ' said one logistics officer. \u201cEverything else is people.\u201d',
    ),
    p(
      'Results will be checked in a household survey after the campaign ends. Dr Oduya said the ministry would publish district-by-district coverage figures, and that routine immunisation at health centres would continue throughout the drive. Parents who miss the teams can take children to any health centre for a free dose until the end of the year.',
    ),
  ],
};

const ardessaFloods: DemoArticle = {
  id: 'demo-005',
  slug: 'flash-floods-ardessa-lusara-thousands-displaced',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Flash floods in the Lusaran town of Ardessa displace 4,000 people after a month\u2019s rain falls in six hours',
  standfirst:
    'The Sorra river burst its banks overnight, flooding the old town and cutting the main road to Calvera. Two people are missing.',
  hero: demoImage('flooded-street', 'A street in Ardessa\u2019s old town, where water reached the first floor of some houses on Wednesday night'),
  authors: ['noor-haddad'],
  tags: ['climate', 'water', 'cities'],
  publishedHoursAgo: 130,
  updatedHoursAgo: 118,
  body: [
    p(
      'ARDESSA, Lusara \u2014 About 4,000 people spent Thursday night in schools and sports halls after flash floods swept through this hill town in the north of Lusara, where the Sorra river rose more than four metres in less than three hours.',
    ),
    p(
      'The national weather service said ',
      b('112 millimetres of rain'),
      ' fell on the upper Sorra valley between 8pm and 2am, roughly what the area usually receives in a month. The storm stalled over the steep valley for most of the night, forcing the river through the narrow streets of the old town, which is built on both of its banks.',
    ),
    p(
      'Two people, a man in his seventies and a woman in her forties, were missing on Thursday evening, the civil protection agency said. Rescue teams with boats and a helicopter lifted about 90 people from rooftops and upper floors overnight.',
    ),
    h2('\u201cIt came down the street like a wall\u201d'),
    p(
      'Residents described water arriving with little warning. ',
      b('Carmen Ibarlucea'),
      ', who runs a bakery near the town\u2019s stone bridge, said she heard the river change its sound shortly after midnight. \u201cBy the time I reached the door, it came down the street like a wall,\u201d she said. \u201cWe went up to the roof with the neighbours and waited for the boats.\u201d',
    ),
    p(
      'On Thursday the old town was covered in a layer of brown mud. Cars had been carried into the square and piled against the church steps. The main road south to Calvera was closed after a section collapsed into the river near the village of Orlé, and the regional rail line was suspended.',
    ),
    blockQuote(
      'The early-warning sirens worked, and I believe they saved lives. But a siren gives you minutes, not hours. In a valley like this one, minutes are not enough if you live on the ground floor.',
      'Alba Roncero, mayor of Ardessa',
    ),
    h2('Questions over warnings'),
    p(
      'The weather service had issued an orange warning for heavy rain on Wednesday afternoon, but did not raise it to red, its highest level, until 11.40pm. Some residents asked why the town had not been evacuated earlier. The service said the storm had intensified faster than its models predicted.',
    ),
    p(
      'Hydrologists say the Sorra, like many short mountain rivers, responds to intense rain within hours, leaving little time between forecast and flood. ',
      i('Flash floods of this kind are becoming more frequent'),
      ' as warmer air holds more moisture, according to a report published last year by Lusara\u2019s national climate council.',
    ),
    p(
      'The government said it would release an emergency fund for Ardessa on Friday and send army engineers to clear the streets and repair the road. The interior minister is expected to visit the town on Friday morning.',
    ),
  ],
};

const reshuffleDraft: DemoArticle = {
  id: 'demo-006',
  slug: 'ostmark-cabinet-reshuffle-expected-after-vessaly-defeat',
  section: 'news',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-001 Ostmark\u2019s chancellor prepares cabinet reshuffle after Vessaly defeat',
  standfirst:
    'The environment and transport ministers are expected to be moved as the Civic Union tries to recover ground before next spring\u2019s general election.',
  hero: demoImage('parliament-columns', 'The columns of the Federal Assembly in Brenhaven, where the reshuffle is expected to be announced'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water'],
  publishedHoursAgo: null,
  body: [
    p(
      b('Editor\u2019s note (ZEBRAFINCH-DRAFT-001): embargoed draft. Do not publish until the chancellery confirms the reshuffle. Names below are unconfirmed and must be checked with a second source.'),
    ),
    p(
      'BRENHAVEN \u2014 Ostmark\u2019s chancellor, ',
      b('Margarethe Ilg'),
      ', is preparing to reshuffle her cabinet as early as this week, according to four officials in the governing Civic Union, in an attempt to recover from the party\u2019s loss of its majority in the Vessaly regional election.',
    ),
    p(
      'The environment minister, who has led Ostmark\u2019s side of the talks on the Halden water treaty, and the transport minister, whose department approved the closure of two rural rail lines in Vessaly in the spring, are both expected to be moved, the officials said. They spoke on condition of anonymity because the chancellor had not made a final decision.',
    ),
    h2('A party looking for a reset'),
    p(
      'The Civic Union has governed Ostmark in coalition for seven years and faces a general election next spring. Its share of the vote in Vessaly fell by eleven points, and party strategists fear that the anger over water rationing and rail closures that drove voters to the Farmers\u2019 League could spread to other farming provinces along the Halden.',
    ),
    p(
      'One senior official said the chancellor wanted \u201cnew faces on the two issues that cost us Vessaly,\u201d but did not intend to reopen the text of the water treaty, which was initialled last week and awaits ratification. Another said the chancellor was considering creating a separate ministry for water and rural affairs, a long-standing demand of farmers\u2019 groups.',
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
      'TO ADD (ZEBRAFINCH-DRAFT-001): reaction from the Farmers\u2019 League and the opposition; confirmation of the date; biographies of the incoming ministers once names are confirmed.',
    ),
  ],
};

const foodPrices: DemoArticle = {
  id: 'demo-008',
  slug: 'why-food-prices-stay-high-after-the-harvest-recovers',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'The harvest recovered. Why hasn\u2019t the price of bread come down?',
  standfirst:
    'Grain prices across the Halden region have fallen by a third since their peak, yet the weekly shop costs more than ever. The answer lies between the field and the shelf.',
  hero: demoImage('market-stalls', 'Stalls at the covered market in Kessel, where shoppers say prices have barely moved since last winter'),
  authors: ['rafael-mendes', 'amara-okafor'],
  tags: ['economy', 'agriculture'],
  publishedHoursAgo: 72,
  body: [
    p(
      'Two summers ago, drought and a late frost cut the wheat harvest in Ostmark and Lusara by almost a quarter, and the price of grain on the regional commodity exchange in Kessel doubled in four months. This year the rain came on time, the harvest was the largest in a decade, and the price of a tonne of milling wheat has fallen ',
      b('34 per cent from its peak'),
      '.',
    ),
    p(
      'Yet in Ostmark\u2019s official statistics, food prices in the shops were still ',
      b('4.8 per cent higher'),
      ' in September than a year earlier. In Lusara, the figure was 6.1 per cent. A loaf of bread in Calvera costs nearly half as much again as it did three years ago. Shoppers, and the governments that answer to them, want to know why the good harvest has not shown up at the till.',
    ),
    h2('Grain is a small part of the loaf'),
    p(
      'The first answer is arithmetic. The wheat in a standard 800-gram loaf costs a baker about 20 cents at today\u2019s prices, according to estimates by the Lusaran bakers\u2019 federation. The rest of the price pays for energy to run the ovens, wages, rent, packaging, transport and margins along the way. When grain doubles, the loaf rises; when grain falls, the other costs, which have risen in the meantime, stay where they are.',
    ),
    blockQuote(
      'People imagine the price of bread follows the price of wheat. It follows the price of everything that happens to the wheat after it leaves the farm, and almost all of that has gone up.',
      'Nadia Ferrante, economist at the Calvera Institute of Economic Research',
    ),
    image('data-chart', 'Wholesale grain prices have fallen steeply since their peak, while retail food prices have kept rising'),
    h2('Four reasons prices are sticky'),
    p('Economists and industry figures interviewed by Meridian pointed to four forces keeping shop prices high:'),
    numbered(
      [b('Wages.'), ' Minimum wages in both countries rose sharply to help households through the price shock, and food processing and retail are labour-intensive.'],
      [b('Energy.'), ' Industrial electricity and gas contracts signed at the height of the price spike often run for two or three years, so bakeries, dairies and cold stores are still paying for last winter.'],
      [b('Transport.'), ' Diesel, insurance and driver shortages have raised the cost of moving food around the region, and the Halden\u2019s low summer levels forced more freight off barges and onto lorries.'],
      [b('Margins.'), ' Some of the increase has stuck as profit. Competition authorities in both countries say they are examining whether retailers raised prices faster than their costs.'],
    ),
    h2('Who is making money'),
    p(
      'The fourth point is the most politically charged. Lusara\u2019s four largest supermarket chains, which sell about 70 per cent of the country\u2019s groceries, reported their highest operating margins in a decade last year, according to ',
      a('an analysis of company filings by the national statistics office', 'https://example.org/lusara-statistics/retail-margins'),
      '. Retailers say the margins reflect a recovery from thin years and investment in delivery services, and that their profit on each basket of food is still only a few cents.',
    ),
    p(
      'Farmers, meanwhile, say they have been squeezed from both sides. ',
      b('Henrik Daalberg'),
      ', who grows wheat and barley on 300 hectares near the Ostmark town of Auenfeld, sold this year\u2019s crop for about the price he received five years ago, while paying nearly twice as much for fertiliser. ',
      i('\u201cThe price of bread went up and stayed up,\u201d'),
      ' he said. \u201cThe price of my wheat went up and came back down. You can do that sum yourself.\u201d',
    ),
    h2('What governments can do'),
    p(
      'Both governments have tried to help. Lusara cut sales tax on basic foods last year, and Ostmark introduced a temporary payment for low-income households. But economists warn that tax cuts can themselves be absorbed into margins if competition is weak.',
    ),
    p(
      'Dr Ferrante said the most useful step might be the least glamorous: publishing regular, detailed data on costs and prices at each stage of the food chain, so that shoppers and regulators can see where the money goes. Lusara\u2019s competition authority is expected to report on its inquiry into retail pricing early next year.',
    ),
    p(
      'For households, the news is modestly better than it looks. Food inflation is slowing in both countries, and most forecasters expect it to fall below 3 per cent by the middle of next year. But slowing inflation means prices rising more slowly, not falling. The price of the loaf is unlikely to return to where it was, and for families who spend a large share of their income on food, that is the number that matters.',
    ),
  ],
};

const vessalyAnalysis: DemoArticle = {
  id: 'demo-009',
  slug: 'what-the-vessaly-result-means-for-ostmarks-general-election',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Five lessons from Vessaly for Ostmark\u2019s general election',
  standfirst:
    'A regional vote fought over water and branch lines has upended assumptions in Brenhaven. The Civic Union\u2019s defeat says as much about the countryside as it does about the party.',
  hero: demoImage('crowd-square', 'Supporters of the Farmers\u2019 League gather in Lenzburg\u2019s market square on election night'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water', 'agriculture'],
  publishedHoursAgo: 12,
  body: [
    p(
      'Regional elections in Ostmark are usually treated in the capital as weather reports: useful, quickly forgotten. ',
      a('Sunday\u2019s result in Vessaly', '/news/vessaly-regional-election-greens-and-farmers-party-gain'),
      ' will not be forgotten so quickly. A party that has governed the province since before most of its first-time voters were born lost twelve seats, and a movement founded by dairy farmers five years ago became the second force in the assembly.',
    ),
    p(
      'With a general election due in the spring, here is what strategists, pollsters and political scientists in Brenhaven and Lenzburg are taking from the result.',
    ),
    h2('1. Water is now a national issue'),
    p(
      'For years, water policy in Ostmark was a technical matter, left to engineers and the national water board. The Farmers\u2019 League turned it into a question of fairness: who is cut off first in a drought, and who decides. Its vote was highest in exactly the districts where household supplies were rationed in August. The ',
      a('draft treaty with Lusara', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ', which requires Ostmark to guarantee a summer flow across the border, will now be debated in that light.',
    ),
    h2('2. The countryside is not a bloc'),
    p(
      'The League did not simply take rural votes from the Civic Union. The Greens gained in small towns too, campaigning against the closure of branch lines, and turnout rose most among voters under 35. ',
      b('Dr Ilse Marten'),
      ' of the University of Merrow describes a countryside that is ',
      i('\u201cangry about being managed from a distance\u201d'),
      ' rather than one that has moved left or right.',
    ),
    h2('3. Incumbency is a weakness in a bad summer'),
    p(
      'Sixteen years in office meant the Civic Union owned every decision that went wrong, from the rationing rota to the rail closures. Voters blamed the provincial government for choices made by national agencies, and the party could not easily argue otherwise. Its strategists fear the same dynamic nationally after a summer of drought, heat and blackouts.',
    ),
    blockQuote(
      'When people feel that services are being withdrawn from them, they do not check the organisational chart to see who is responsible. They vote against whoever has been in charge longest.',
      'Dr Ilse Marten, University of Merrow',
    ),
    h2('4. Coalition arithmetic is getting harder'),
    p(
      'Ostmark\u2019s national politics has long revolved around two large parties and one or two small partners. A farmers\u2019 party capable of winning a fifth of the vote in agricultural provinces would complicate that pattern. National polls currently put the League at about 6 per cent, just above the threshold for entering parliament, but pollsters say their rural samples are thin.',
    ),
    h2('5. Turnout can still surprise'),
    p(
      'A turnout of 68 per cent, the highest in the assembly\u2019s history, confounded predictions of apathy. Analysts attribute the rise to a campaign about concrete, local things: taps, timetables, the bus to the hospital. \u201cIt turns out people will vote if they believe the result will change something they can see from their kitchen window,\u201d one Civic Union strategist said.',
    ),
    readMore('demo-003'),
    p(
      'None of this guarantees a repeat in the spring. Regional elections are often used to send a message that voters do not intend as a verdict on the national government, and the Civic Union remains ahead in national polls. But in a country where politics has been predictable for a generation, Vessaly has shown that a hard summer can move votes faster than anyone in the capital expected.',
    ),
  ],
};

const calveraAutomation: DemoArticle = {
  id: 'demo-010',
  slug: 'calvera-2030-can-an-old-river-port-automate-its-way-back',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Calvera 2030: can an old river port automate its way back to the top?',
  standfirst:
    'The Port Authority\u2019s plan for a driverless terminal is a bet on speed. Its success depends less on robots than on railways, river levels and the people who work the quays.',
  hero: demoImage('cargo-ship', 'A container ship leaves Calvera for the open sea; the port\u2019s share of regional traffic has fallen for a decade'),
  authors: ['rafael-mendes'],
  tags: ['economy', 'cities', 'technology'],
  publishedHoursAgo: 300,
  updatedHoursAgo: 296,
  body: [
    p(
      'For most of the last century, the Port of Calvera did not need a strategy. It sat at the mouth of the Halden, the only deep harbour for three hundred kilometres, and the trade of two countries had to pass through it. That is no longer true, and the Port Authority\u2019s new plan, published last week under the title ',
      i('Calvera 2030'),
      ', is an attempt to come to terms with it.',
    ),
    p(
      'The plan\u2019s centrepiece is the conversion of the Estuary Terminal, the port\u2019s newest and largest, to automated operation: ',
      b('remotely operated cranes'),
      ', driverless vehicles to move containers between ship and stack, and software that schedules every move. The authority says the terminal could handle 40 per cent more containers with the same quay length.',
    ),
    h2('The competition'),
    p(
      'The reason is down the coast. The deep-water ports of Sant\u2019Orsa and Miravel, both built or rebuilt in the last fifteen years, can take the largest container ships fully loaded, which Calvera, with its dredged river channel, cannot. Both have automated terminals, and both have rail links that carry containers inland without touching a city street.',
    ),
    p(
      'Calvera\u2019s share of container traffic in the region has fallen from 41 per cent to 33 per cent since 2015. The authority\u2019s own forecasts suggest it could fall below a quarter by the end of the decade if nothing changes.',
    ),
    h2('What automation can and cannot do'),
    p(
      'The evidence from ports that have automated is more mixed than brochures suggest. Studies of terminals that converted in the last twenty years have found that productivity gains often took several years to appear, that many automated terminals move containers no faster than well-run conventional ones, and that the main benefits are predictability, safety and lower costs at night and at weekends.',
    ),
    blockQuote(
      'Automation does not make a slow port fast. It makes a good port consistent. If your bottleneck is the railway behind the terminal, the robots will simply queue more efficiently.',
      'Dr Sofia Marchetti, University of Calvera',
    ),
    p(
      'That is Calvera\u2019s problem in a sentence. A large share of its containers leave by road through the city centre, and the single-track rail line to the Ostmark border is already at capacity. Barge traffic up the Halden, once a strength, has become unreliable in dry summers. None of this is addressed by cranes.',
    ),
    h2('The people on the quays'),
    p(
      'The plan\u2019s most contentious pages concern jobs. The authority estimates that the Estuary Terminal would need about 900 fewer dockworkers once conversion is complete, and says the reduction can be managed through retirements and retraining. The dockworkers\u2019 union puts the figure at up to 2,400 across the port, once knock-on effects in maintenance and haulage are included, and has already warned of industrial action if the plan goes ahead unchanged.',
    ),
    p('Three questions will decide whether Calvera 2030 succeeds:'),
    bullets(
      ['Whether the government funds the double-tracking of the rail line to the border, which the plan assumes but does not pay for.'],
      ['Whether the authority and the union can agree terms for the transition before the first cranes are ordered.'],
      ['Whether the Halden\u2019s summer flows, now the subject of treaty talks with Ostmark, are reliable enough to keep barge traffic moving.'],
    ),
    p(
      'A port is not just a machine for moving boxes; in Calvera it is the city\u2019s largest employer and much of its identity. The authority is right that standing still is not an option. Whether it has chosen the right place to start moving is a different question, and the answer will be found less on the quays than in the railway yards and river gauges behind them.',
    ),
  ],
};

const sorrelReefs: DemoArticle = {
  id: 'demo-012',
  slug: 'listening-to-the-reefs-of-the-sorrel-archipelago',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'Underwater microphones reveal how the Sorrel Archipelago\u2019s reefs fell silent, and how some recovered',
  standfirst:
    'A network of 64 hydrophones has recorded the sound of coral reefs through a marine heatwave. Scientists say the recordings could make reef monitoring cheaper, faster and more honest.',
  hero: demoImage('ocean-deep', 'Sunlight in the water above the outer reef at Tessaly Atoll, one of the sites where hydrophones were installed'),
  authors: ['mei-lin-zhou'],
  tags: ['oceans', 'climate', 'technology'],
  publishedHoursAgo: 200,
  updatedHoursAgo: 180,
  body: [
    p(
      'A healthy coral reef is a noisy place. Snapping shrimp crackle like frying fat, parrotfish crunch on coral, and at dusk, damselfish and groupers call to each other in grunts and whoops. A dying reef, scientists have found, goes quiet.',
    ),
    p(
      'For the past three years, researchers at the ',
      b('Sorrel Marine Institute'),
      ' have been recording that soundscape with 64 underwater microphones, or hydrophones, anchored across the reefs of the Sorrel Archipelago. Their results, published this week in a marine science journal, track what happened to the reefs\u2019 sound before, during and after the marine heatwave that bleached much of the archipelago\u2019s coral two summers ago.',
    ),
    h2('A reef that stopped talking'),
    p(
      'During the heatwave, sea temperatures around the archipelago stayed more than 1.5C above their summer average for eleven weeks. Divers reported that more than half the coral on the shallow reefs turned white as the animals expelled the algae that live in their tissues and provide most of their food.',
    ),
    p(
      'The hydrophones recorded the consequences. On the worst-hit reefs, the ',
      i('acoustic complexity'),
      ' of the soundscape \u2014 a measure of how many different sounds are present and how they vary \u2014 fell by about 60 per cent within four months, as fish left or died and the reef\u2019s structure began to crumble. The dawn and dusk choruses, normally the loudest moments of the day, almost disappeared.',
    ),
    blockQuote(
      'You could hear the reef emptying out. Week by week there were fewer voices, until on some nights all that was left was the crackle of shrimp and the sound of the waves.',
      'Dr Ana Lusinde, acoustic ecologist at the Sorrel Marine Institute',
    ),
    h2('Listening for recovery'),
    p(
      'The more hopeful finding concerns what came next. On about a third of the monitored reefs, mostly those in deeper water or with strong currents, the soundscape had returned to near its former richness within eighteen months. Diver surveys confirmed that coral on those reefs had largely recovered its colour and that fish numbers had rebounded.',
    ),
    p(
      'On reefs near the main island, where run-off from farms and a growing town adds sediment and nutrients to the water, recovery was slower or absent. ',
      b('Dr Tomasi Reva'),
      ', who leads the institute\u2019s reef programme, said the contrast suggested that reducing local pressures could help reefs survive a warming ocean, even if it cannot stop the warming itself.',
    ),
    image('coastline-waves', 'The coast of the main island of the Sorrel Archipelago, where run-off from land has slowed reef recovery'),
    h2('Why sound matters for monitoring'),
    p('Traditional reef surveys depend on divers counting fish and measuring coral cover along fixed lines, work that is slow, expensive and possible only a few times a year. Acoustic monitoring has several advantages, the team argues:'),
    bullets(
      ['Hydrophones record continuously, day and night, for months on a single battery.'],
      ['A unit costs a few hundred dollars, a fraction of the price of a research dive expedition.'],
      ['Recordings can be analysed automatically, and archived so that future researchers can re-examine them with better tools.'],
    ),
    p(
      'The approach has limits. Sound reveals the presence of animals, not the state of the coral itself, and reefs in different regions sound different, so each network must be calibrated against diver surveys. The team also cautions that a reef can sound lively while its coral is still bleaching, because fish take time to leave.',
    ),
    embed(
      'soundcloud',
      'https://soundcloud.com/sorrel-marine-institute/tessaly-reef-before-and-after',
      'Listen: Tessaly Atoll at dusk, before the heatwave and eighteen months after',
      'Two one-minute recordings from the same hydrophone, published by the Sorrel Marine Institute.',
    ),
    p(
      'The archipelago\u2019s government has asked the institute to expand the network to all of its marine protected areas next year, and fishing communities on two outer islands have begun helping to maintain the hydrophones. \u201cPeople here have always known that a good reef has a voice,\u201d Dr Lusinde said. \u201cWe are just writing it down.\u201d',
    ),
  ],
};

const karstGlaciers: DemoArticle = {
  id: 'demo-013',
  slug: 'karst-highlands-glaciers-lose-a-quarter-of-their-ice-since-2000',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'Glaciers feeding the Halden have lost a quarter of their ice since 2000, survey finds',
  standfirst:
    'A new survey of the Karst Highlands measured every glacier in the range from the air. The losses have accelerated in the last decade, with consequences for the river downstream.',
  hero: demoImage('glacier', 'The snout of the Brannhorn glacier, the largest in the Karst Highlands, which has retreated 1.2 kilometres since 2000'),
  authors: ['mei-lin-zhou', 'noor-haddad'],
  tags: ['climate', 'water'],
  publishedHoursAgo: 590,
  body: [
    p(
      'The glaciers of the Karst Highlands, which supply much of the summer flow of the Halden river, have lost about ',
      b('26 per cent of their volume'),
      ' since 2000, according to a survey published on Tuesday by the Ostmark Glacier Monitoring Service and the Halden Basin Institute.',
    ),
    p(
      'The survey used laser scanners flown on aircraft to map the surface of all 143 glaciers in the range and compared the results with earlier maps. It found that the rate of loss has roughly doubled since 2010, and that 19 small glaciers have disappeared entirely or broken up into stagnant patches of ice.',
    ),
    h2('Accelerating losses'),
    p(
      'The largest glacier in the range, the ',
      b('Brannhorn'),
      ', has retreated by 1.2 kilometres and thinned by up to 60 metres at its lower end. In the hottest recent summers, the survey team recorded the glacier losing more than two metres of thickness in a single season across much of its tongue.',
    ),
    blockQuote(
      'When I started this work, we talked about glaciers retreating. Now we talk about them collapsing. The lower parts of several glaciers are no longer flowing at all; they are simply melting where they lie.',
      'Dr Margit Solheim, head of the Ostmark Glacier Monitoring Service',
    ),
    h2('What it means for the river'),
    p(
      'In July and August, meltwater from the highlands makes up as much as a third of the flow of the Halden where it crosses into Lusara. For now, faster melting is adding water to the river in summer. But hydrologists expect that extra water to peak within the next two decades and then decline as the glaciers shrink, a pattern known as ',
      i('peak water'),
      '.',
    ),
    p(
      '\u201cThe glaciers are a savings account,\u201d said ',
      b('Dr Anneke Voss'),
      ' of the Halden Basin Institute. \u201cRight now we are spending the capital and calling it income. When the account runs low, the river will be lowest precisely in the months when farms and cities need it most.\u201d',
    ),
    p('The authors say planners should prepare for three changes:'),
    bullets(
      ['Lower late-summer flows in the Halden after about 2040, especially in dry years.'],
      ['Warmer river water, which affects fish and the cooling of power stations.'],
      ['More frequent floods and landslides from unstable slopes and meltwater lakes as ice retreats.'],
    ),
    p(
      'Ostmark and Lusara are currently negotiating a treaty on how the Halden\u2019s water is shared. Negotiators from both countries have been briefed on the survey, according to the institute, and the authors urged them to build regular reviews into any agreement.',
    ),
  ],
};

/** In id order: demo-001 … demo-013. */
export const articlesA: DemoArticle[] = [
  calveraStrike,
  ostmarkHeatwave,
  vessalyElection,
  measlesDrive,
  ardessaFloods,
  reshuffleDraft,
  haldenTreaty,
  foodPrices,
  vessalyAnalysis,
  calveraAutomation,
  methaneSatellite,
  sorrelReefs,
  karstGlaciers,
];
