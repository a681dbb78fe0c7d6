import { b, i, a, p, h2, h3, blockQuote, pullQuote, numbered, readMore, promo, image, embed } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const haldenTreaty: DemoArticle = {
  id: 'demo-007',
  slug: 'halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'The Halden water treaty: what Ostmark and Lusara agreed, and what they left out',
  standfirst:
    'After nine years of talks, the two countries that share the Halden have a draft deal on how much water crosses the border. It settles the summer argument and postpones harder ones.',
  hero: demoImage('dry-riverbed', 'The cracked bed of a Halden side channel near Grenzau, on the Ostmark–Lusara border, in August'),
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
      ', the first binding agreement on how the river’s flow is divided. It must still be ratified by both parliaments. Meridian has read the 46-page draft and spoken to negotiators, farmers and hydrologists on both sides of the border. What follows is what the treaty does, what it does not, and why the second list may matter more.',
    ),
    h2('What the treaty does'),
    p('At its heart the accord is a promise about one number: how much water flows past the gauging station at Grenzau, where the Halden crosses the border. The main provisions are:'),
    numbered(
      [b('A guaranteed summer flow.'), ' From June to September, Ostmark must let at least 140 cubic metres per second pass Grenzau, measured as a ten-day average.'],
      [b('A drought rule.'), ' In a year the joint commission declares a drought, the floor drops to 95 cubic metres per second, and both countries cut licensed irrigation by the same percentage.'],
      [b('Shared data.'), ' Every gauge, reservoir level and abstraction licence on the main river will be published in near real time on a public website run by the commission.'],
      [b('Coordinated releases.'), ' Ostmark’s three upstream reservoirs will be operated to an agreed seasonal schedule rather than solely for hydropower.'],
      [b('Arbitration.'), ' Disputes go to a panel of three engineers and lawyers, one chosen by each side and a chair chosen jointly, whose rulings are binding.'],
    ),
    p(
      'The guaranteed flow is the headline for Lusara. In the drought summer, flow at Grenzau fell to 71 cubic metres per second for most of August, according to figures later published by Lusara’s water agency, and sea water pushed 30 kilometres up the delta, ruining rice and vegetable crops and forcing Calvera to truck drinking water to its eastern suburbs.',
    ),
    blockQuote(
      'For twenty years the delta has lived on what was left over. Now there is a number, and a number can be measured, and a measurement can be taken to a court. That is the whole victory, and it is not a small one.',
      'Marta Calloway, Lusara’s chief negotiator',
    ),
    h3('What Ostmark gets'),
    p(
      'Ostmark’s gains are quieter but real. The accord recognises its right to the 55 per cent of annual flow that its farmers and cities already use, ending Lusaran demands, once common in parliament in Calvera, for a return to the allocations of the 1960s. It also lets Ostmark count winter releases from its reservoirs towards its obligations, which gives its hydropower operators some flexibility.',
    ),
    p(
      'Ostmark’s lead negotiator, ',
      b('Friedrich Albers'),
      ', a former director of the national water board, said the summer floor was “demanding but achievable” and would have been met in all but two of the last twenty years. ',
      i('“We have not given away the river,”'),
      ' he told Meridian. “We have agreed to look after it together, which is something rather different.”',
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
      ', a hydrogeologist at the Halden Basin Institute in Merrow, said that heavy pumping near the river could “quietly pull water out of the channel that the treaty is trying to protect.” The draft asks the commission to “study” groundwater and report within five years.',
    ),
    h3('Salt and quality'),
    p(
      'The treaty measures quantity, not quality. Fishermen and rice growers in the delta say salinity, not flow, is what ruins a harvest, and that the relationship between the two is not simple. An annex commits both sides to monitor salt and nitrate levels but sets no limits.',
    ),
    h3('A shrinking source'),
    p(
      'Most importantly, scientists say, the accord assumes a river that may not exist by mid-century. Around a third of the Halden’s summer flow comes from melting ice in the Karst Highlands, and the glaciers there have lost ',
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
      a('the Farmers’ League surged in Sunday’s regional election', '/news/vessaly-regional-election-greens-and-farmers-party-gain'),
      ' on a promise to resist any deal that cuts irrigation. The League’s leader has called the drought rule “a tax on our fields, paid in water.”',
    ),
    p(
      'In Lusara, the opposition has attacked the treaty from the other direction, arguing that 140 cubic metres per second is too low to protect the delta and that the drought floor would have done little to prevent the damage of three summers ago. Government officials counter that the alternative is no guarantee at all.',
    ),
    embed(
      'soundcloud',
      'https://soundcloud.com/meridian-audio/the-river-between-us-episode-3',
      'Listen: The River Between Us, episode 3 — “The Number”',
      'Our podcast series on the Halden follows the negotiators through the final week of talks.',
    ),
    promo('climate-week'),
    h2('Why it matters beyond the Halden'),
    p(
      'Shared rivers rarely produce wars, researchers who study them say, but they often produce decades of low-level distrust that poisons trade, migration and security talks. An agreement with transparent data and a binding referee is, by the standards of the world’s transboundary rivers, unusually strong.',
    ),
    p(
      '“What the Halden negotiators have done is build the plumbing of trust,” said ',
      b('Professor Ruth Adeyemi'),
      ', who studies water diplomacy at the Institute for Shared Waters in Sant’Orsa and advised neither side. “The allocations will have to change, because the climate is changing. The question is whether the commission is strong enough to change them without a crisis. On paper, it might be.”',
    ),
    p(
      'For the farmers of the lower valley, on both sides of the border, the paper will matter less than next August. If the river runs low again and the numbers on the new public website show Ostmark meeting its obligations while Lusara’s delta still turns salty, the accord’s first test will be whether both sides believe the data. That, in the end, is what nine years of talks have tried to buy.',
    ),
    p(
      i('This analysis was updated to include comments from Ostmark’s lead negotiator.'),
    ),
  ],
};
