import { b, i, a, p, h2, blockQuote, numbered, image } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const foodPrices: DemoArticle = {
  id: 'demo-008',
  slug: 'why-food-prices-stay-high-after-the-harvest-recovers',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'The harvest recovered. Why hasn’t the price of bread come down?',
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
      'Yet in Ostmark’s official statistics, food prices in the shops were still ',
      b('4.8 per cent higher'),
      ' in September than a year earlier. In Lusara, the figure was 6.1 per cent. A loaf of bread in Calvera costs nearly half as much again as it did three years ago. Shoppers, and the governments that answer to them, want to know why the good harvest has not shown up at the till.',
    ),
    h2('Grain is a small part of the loaf'),
    p(
      'The first answer is arithmetic. The wheat in a standard 800-gram loaf costs a baker about 20 cents at today’s prices, according to estimates by the Lusaran bakers’ federation. The rest of the price pays for energy to run the ovens, wages, rent, packaging, transport and margins along the way. When grain doubles, the loaf rises; when grain falls, the other costs, which have risen in the meantime, stay where they are.',
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
      [b('Transport.'), ' Diesel, insurance and driver shortages have raised the cost of moving food around the region, and the Halden’s low summer levels forced more freight off barges and onto lorries.'],
      [b('Margins.'), ' Some of the increase has stuck as profit. Competition authorities in both countries say they are examining whether retailers raised prices faster than their costs.'],
    ),
    h2('Who is making money'),
    p(
      'The fourth point is the most politically charged. Lusara’s four largest supermarket chains, which sell about 70 per cent of the country’s groceries, reported their highest operating margins in a decade last year, according to ',
      a('an analysis of company filings by the national statistics office', 'https://example.org/lusara-statistics/retail-margins'),
      '. Retailers say the margins reflect a recovery from thin years and investment in delivery services, and that their profit on each basket of food is still only a few cents.',
    ),
    p(
      'Farmers, meanwhile, say they have been squeezed from both sides. ',
      b('Henrik Daalberg'),
      ', who grows wheat and barley on 300 hectares near the Ostmark town of Auenfeld, sold this year’s crop for about the price he received five years ago, while paying nearly twice as much for fertiliser. ',
      i('“The price of bread went up and stayed up,”'),
      ' he said. “The price of my wheat went up and came back down. You can do that sum yourself.”',
    ),
    h2('What governments can do'),
    p(
      'Both governments have tried to help. Lusara cut sales tax on basic foods last year, and Ostmark introduced a temporary payment for low-income households. But economists warn that tax cuts can themselves be absorbed into margins if competition is weak.',
    ),
    p(
      'Dr Ferrante said the most useful step might be the least glamorous: publishing regular, detailed data on costs and prices at each stage of the food chain, so that shoppers and regulators can see where the money goes. Lusara’s competition authority is expected to report on its inquiry into retail pricing early next year.',
    ),
    p(
      'For households, the news is modestly better than it looks. Food inflation is slowing in both countries, and most forecasters expect it to fall below 3 per cent by the middle of next year. But slowing inflation means prices rising more slowly, not falling. The price of the loaf is unlikely to return to where it was, and for families who spend a large share of their income on food, that is the number that matters.',
    ),
  ],
};
