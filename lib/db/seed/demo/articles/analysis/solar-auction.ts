import { b, i, a, p, h2, h3, blockQuote, pullQuote, bullets, numbered, readMore, promo } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const solarAuction: DemoArticle = {
  id: 'demo-024',
  slug: 'tessaly-record-cheap-solar-auction-why-bills-may-not-fall',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Tessaly’s record-cheap solar auction: why electricity bills may not fall with it',
  standfirst:
    'Developers bid to build 4 gigawatts of solar at the lowest prices the country has seen. The hard part, connecting it to a grid built for coal, has barely begun.',
  hero: demoImage('solar-farm', 'A solar farm on the Tessalian plains. The latest auction will add 4 gigawatts of panels in the same region.'),
  authors: ['lukas-brandt', 'mei-lin-zhou'],
  tags: ['energy', 'economy', 'climate'],
  publishedHoursAgo: 8,
  updatedHoursAgo: 2,
  body: [
    p(
      'When Tessaly’s energy ministry announced the results of its latest renewable power auction on Monday, the number that made the headlines was the price. Developers have agreed to build ',
      b('4 gigawatts of solar capacity at an average of 31 crowns per megawatt-hour'),
      ', about a third less than the previous round two years ago and well below the running cost of the country’s remaining coal plants. The minister called it "the cheapest electricity in our history". On paper, she is right.',
    ),
    p(
      'But households hoping for lower bills should not hold their breath. The price agreed in an auction is the price of generating electricity at the edge of a field in the sunny south. It is not the price of getting it to a flat in the northern cities, at seven in the evening, in January. The gap between those two things is where the story of Tessaly’s energy transition will be decided.',
    ),
    h2('What the auction actually bought'),
    p('The results, published by the ministry on Monday, break down as follows:'),
    bullets(
      [b('Capacity: '), '4.1 gigawatts across 37 projects, almost all on the southern plains.'],
      [b('Price: '), 'an average strike price of 31 crowns per megawatt-hour, fixed for fifteen years.'],
      [b('Storage: '), 'only six projects include batteries, totalling 380 megawatts of output for two hours.'],
      [b('Timing: '), 'the contracts allow up to four years to reach full operation.'],
    ),
    p(
      'That last figure matters. A solar farm can be built in under a year. Four years is the time it takes to secure a grid connection, and for many of these projects even four years may prove optimistic.',
    ),
    h2('A grid built for coal'),
    p(
      'Tessaly’s transmission network was designed around a handful of large coal and gas plants near the northern cities, where the demand is. The sunniest land is hundreds of kilometres away. The two main lines running north are already congested on bright afternoons, and the grid operator, TessGrid, has been curtailing, meaning paying to switch off, existing solar farms for dozens of hours a month.',
    ),
    blockQuote(
      'We can connect every one of these projects. What we cannot do is move all of their power north at midday until the new lines are finished, and the earliest of those is five years away.',
      'TessGrid, statement on the auction results',
    ),
    {
      type: 'image',
      image: demoImage('power-lines', 'The northern transmission corridor, which TessGrid says is already congested on sunny afternoons.'),
    },
    p(
      'The cost of that congestion does not appear in the auction price. It appears in the network charges on every bill, which have risen by 18 per cent in three years, and in the payments made to generators who are told to stop. Those costs are spread across all consumers, which is why a cheaper wholesale price and a more expensive bill can coexist for years.',
    ),
    pullQuote('The price of electricity at the edge of a field is not the price of electricity in a kitchen in January.'),
    h2('The evening problem'),
    p(
      'The second gap is time. Solar power arrives in the middle of the day; Tessaly’s demand peaks in the early evening, when people come home and switch on heaters and ovens. Without storage, every extra gigawatt of solar makes middle-of-the-day power cheaper and does little for the evening. On the days that set the price of electricity for the whole year, the gas plants still run.',
    ),
    p(
      'Research at the ',
      a('Venn Reservoir floating solar trial', '/science/venn-reservoir-floating-solar-cuts-evaporation'),
      ' has shown that pairing panels with water storage and batteries can shift some output into the evening, but the auction rules gave no extra credit for doing so. Only six winning bids included batteries at all.',
    ),
    readMore('demo-026'),
    h2('Winners and losers on the plains'),
    p(
      'The auction will reshape the south long before it changes anyone’s bill. Farmers who lease land to developers stand to earn more from a hectare of panels than from a hectare of wheat in a dry year, and several southern districts have already seen land prices rise. Some councils there have welcomed the investment; others worry that the best farmland will disappear under glass. The ministry’s rules ask developers to avoid "high-value agricultural land" but do not define it.',
    ),
    p(
      'In the north, the coal towns are watching with a different anxiety. Three of the country’s five remaining coal plants are expected to close within the auction’s four-year window, and with them about 4,000 direct jobs. The government has promised a transition fund, but its first payments are tied to closure dates that have not yet been set. For a miner in Kessing, a record-cheap price for solar in the far south is not obviously good news.',
    ),
    p(
      'These distributional questions rarely feature in auction announcements, which are written to celebrate a number. Yet they shape whether the public will keep supporting the next auction, and the one after that. A transition that lowers prices for everyone and costs a few regions everything is politically fragile, however good the headline figure looks.',
    ),
    p(
      'Batteries are not the only answer. Tessaly’s hydropower reservoirs in the western mountains could, in principle, hold back water on sunny days and release it in the evening, acting as a giant battery. But the dams are run by regional companies paid for the energy they produce, not for the flexibility they provide, and the rules give them little reason to change their habits. Reforming those contracts would cost the government almost nothing. It has been recommended by two official reviews and adopted by neither.',
    ),
    h3('What would change the picture'),
    p('Energy economists we spoke to agreed on three things the government could do to turn cheap generation into cheaper bills:'),
    numbered(
      ['Fast-track the two northern transmission lines, whose planning inquiries have been running since before the last election.'],
      ['Reward storage directly in the next auction, instead of leaving it to developers’ goodwill.'],
      ['Publish curtailment data every month, so that the cost of congestion is visible to the people who pay for it.'],
    ),
    promo('climate-week'),
    h3('Reasons for optimism'),
    p(
      'None of this makes the auction a failure. Every megawatt-hour produced by the new farms is one that does not come from coal, and the emissions saving is real from the first day of operation. Fixed prices for fifteen years also protect consumers from the kind of gas price shock that sent bills soaring three winters ago. ',
      i('The question is not whether cheap solar helps, but how quickly its benefits reach the people paying the bills.'),
    ),
    p(
      'TessGrid’s own commentary on the results, published alongside a chart of curtailed hours, is the most candid document the grid operator has released in years, and worth reading in full.',
    ),
    {
      type: 'embed',
      provider: 'bluesky',
      url: 'https://bsky.app/profile/tessgrid.bsky.social/post/3lk2auction7q',
      title: 'TessGrid on the auction results and the curtailment chart',
      description: 'The grid operator’s thread explaining where the new solar will connect and when.',
    },
    p(
      'The ministry says the next auction, due next year, will be designed with the grid in mind. If it is, Monday’s record may be remembered as the moment Tessaly proved it could generate clean power cheaply. If it is not, it may be remembered as the moment the country built more power than it could use, and sent the bill to the people who could least afford it.',
    ),
  ],
};
