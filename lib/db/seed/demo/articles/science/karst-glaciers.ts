import { b, i, p, h2, blockQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const karstGlaciers: DemoArticle = {
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
      '“The glaciers are a savings account,” said ',
      b('Dr Anneke Voss'),
      ' of the Halden Basin Institute. “Right now we are spending the capital and calling it income. When the account runs low, the river will be lowest precisely in the months when farms and cities need it most.”',
    ),
    p('The authors say planners should prepare for three changes:'),
    bullets(
      ['Lower late-summer flows in the Halden after about 2040, especially in dry years.'],
      ['Warmer river water, which affects fish and the cooling of power stations.'],
      ['More frequent floods and landslides from unstable slopes and meltwater lakes as ice retreats.'],
    ),
    p(
      'Ostmark and Lusara are currently negotiating a treaty on how the Halden’s water is shared. Negotiators from both countries have been briefed on the survey, according to the institute, and the authors urged them to build regular reviews into any agreement.',
    ),
  ],
};
