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
  hero: demoImage('ballot-box', 'Illustration: A ballot is cast in Lenzburg, Vessaly\u2019s provincial capital, on Sunday'),
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
      ', a former co-operative manager from the village of Auenfeld, has said he will not support any government that does not reopen negotiations on how the province shares the Halden with its downstream neighbours.',
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
      'The national coalition, which includes the Civic Union, faces its own general election in the spring. Party officials in the capital declined to comment on the result on Sunday night. A spokesperson for the national environment ministry said the ministry \u201crespects the decision of Vessaly\u2019s voters\u201d and that talks over the Halden would continue \u201con their existing timetable.\u201d',
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
  hero: demoImage('harbour-cranes', 'Illustration: Idle cranes at the Port of Calvera\u2019s North Basin, where the strike began at dawn'),
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
    pullQuote('\u201cThey want us to sign for a future they will not let us read.\u201d', 'In\u00eas Aldana, UHTW general secretary'),
    h2('What the strike stops'),
    p(
      'The port handled 3.1 million containers last year, according to the authority\u2019s annual report, as well as most of the fuel, grain and fertiliser that enters Lusara by sea. Because Calvera sits at the mouth of the Halden, it is also the main outlet for exporters in landlocked Ostmark upstream, whose barges bring machinery, timber and dairy products down the river for loading onto ocean-going ships.',
    ),
    image('cargo-ship', 'Illustration: A container ship waits at anchor off the Halden delta on Tuesday afternoon'),
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
  hero: demoImage('dry-riverbed', 'Illustration: The cracked bed of a Halden side channel near Grenzau, on the Ostmark\u2013Lusara border, in August'),
  authors: ['noor-haddad', 'lukas-brandt'],
  tags: ['water', 'climate', 'agriculture'],
  publishedHoursAgo: 30,
  updatedHoursAgo: 26,
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
    image('river-delta', 'Illustration: The Halden delta south of Calvera, where salt water pushed 30 kilometres inland during the last drought'),
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
    pullQuote('\u201cThe treaty divides a river that is getting smaller. It does not say what happens when it does.\u201d'),
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
  hero: demoImage('satellite-orbit', 'Illustration: The Vigil satellite, which passes over every part of the Earth at least once every three days'),
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
    image('laboratory-glassware', 'Illustration: Calibration of Vigil\u2019s spectrometer took place in a gas-cell laboratory in Nordvik before launch'),
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

export const articlesA: DemoArticle[] = [
  vessalyElection,
  calveraStrike,
  haldenTreaty,
  methaneSatellite,
];
