import { b, i, p, h2, blockQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const floatingSolar: DemoArticle = {
  id: 'demo-026',
  slug: 'venn-reservoir-floating-solar-cuts-evaporation',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'Floating solar panels cut evaporation from Venn Reservoir by a quarter, study finds',
  standfirst:
    'A three-year trial found that covering part of a drinking-water reservoir with panels saved water as well as generating power. The researchers warn that it will not suit every lake.',
  hero: demoImage('dry-riverbed', 'The exposed bed of Venn Reservoir during last summer’s drought, when the trial measured evaporation at its peak.'),
  authors: ['mei-lin-zhou'],
  tags: ['energy', 'water', 'climate'],
  publishedHoursAgo: 30,
  updatedHoursAgo: 26,
  body: [
    p(
      'Covering a third of a drinking-water reservoir with floating solar panels reduced the water lost to evaporation by about a quarter, according to a three-year study at Venn Reservoir published this week in the ',
      i('Tessalian Journal of Hydrology'),
      '. The panels also produced enough electricity to run the pumping station that draws water from the lake, with a surplus sold to the grid.',
    ),
    p(
      'The trial, run by the Venn Water Authority with hydrologists from the University of Tessaly, compared the covered section of the reservoir with an uncovered control section of similar depth. Over three summers, including last year’s severe drought, the covered water lost on average ',
      b('24 per cent less to evaporation'),
      ' than the open water beside it.',
    ),
    {
      type: 'image',
      image: demoImage('data-chart', 'Monthly evaporation from the covered and open sections of the reservoir diverged most sharply in July and August.'),
    },
    h2('Shade, wind and cooler water'),
    p(
      'The panels save water in two ways, the researchers say. They shade the surface, so less solar energy reaches the water, and they shelter it from the wind, which otherwise carries moist air away and speeds evaporation. The water beneath them was also, on average, 1.5 degrees cooler at the surface in midsummer.',
    ),
    blockQuote(
      'In a dry year, the water we saved under the panels was roughly equal to what the town of Venn uses in three weeks. That is not a rounding error for a reservoir at 40 per cent capacity.',
      'Dr Ottilie Brenner, hydrologist and lead author of the study',
    ),
    p(
      'Cooler water also had a less welcome side effect. Levels of dissolved oxygen fell slightly under the densest part of the array, and the team recorded fewer algae there, which could affect the food chain for fish. The changes stayed within the limits set for drinking-water reservoirs, but the authors say they would be more concerned in a lake managed for wildlife.',
    ),
    h2('Not for every lake'),
    p('The paper is explicit about where the approach is likely to work and where it is not. The authors list several conditions:'),
    bullets(
      ['Artificial reservoirs with stable water levels, rather than natural lakes with rich shoreline habitats.'],
      ['Sites already connected to the grid, since building new lines can wipe out the financial case.'],
      ['Water bodies where the covered area stays below about a third of the surface, to limit effects on oxygen and algae.'],
    ),
    p(
      'Independent researchers welcomed the study’s length and its use of a control section, which earlier trials elsewhere often lacked. Some cautioned that three years is short for judging ecological effects, and that panels designed to last twenty-five years will face storms and ice that a pilot may not encounter. The authority plans to keep monitoring for at least another five years.',
    ),
    p(
      'Interest is growing regardless. With southern Tessaly’s reservoirs running low and the country building large amounts of new solar capacity, floating arrays offer land that nobody is farming and a water saving that no field can provide. The Venn authority has applied to extend its array to a second reservoir next year. ',
      i('The trial suggests that in the right place, the panels are worth more than the electricity they make.'),
    ),
  ],
};
