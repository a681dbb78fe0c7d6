import { b, i, p, h2, blockQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const calveraAutomation: DemoArticle = {
  id: 'demo-010',
  slug: 'calvera-2030-can-an-old-river-port-automate-its-way-back',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Calvera 2030: can an old river port automate its way back to the top?',
  standfirst:
    'The Port Authority’s plan for a driverless terminal is a bet on speed. Its success depends less on robots than on railways, river levels and the people who work the quays.',
  hero: demoImage('cargo-ship', 'A container ship leaves Calvera for the open sea; the port’s share of regional traffic has fallen for a decade'),
  authors: ['rafael-mendes'],
  tags: ['economy', 'cities', 'technology'],
  publishedHoursAgo: 300,
  updatedHoursAgo: 296,
  body: [
    p(
      'For most of the last century, the Port of Calvera did not need a strategy. It sat at the mouth of the Halden, the only deep harbour for three hundred kilometres, and the trade of two countries had to pass through it. That is no longer true, and the Port Authority’s new plan, published last week under the title ',
      i('Calvera 2030'),
      ', is an attempt to come to terms with it.',
    ),
    p(
      'The plan’s centrepiece is the conversion of the Estuary Terminal, the port’s newest and largest, to automated operation: ',
      b('remotely operated cranes'),
      ', driverless vehicles to move containers between ship and stack, and software that schedules every move. The authority says the terminal could handle 40 per cent more containers with the same quay length.',
    ),
    h2('The competition'),
    p(
      'The reason is down the coast. The deep-water ports of Sant’Orsa and Miravel, both built or rebuilt in the last fifteen years, can take the largest container ships fully loaded, which Calvera, with its dredged river channel, cannot. Both have automated terminals, and both have rail links that carry containers inland without touching a city street.',
    ),
    p(
      'Calvera’s share of container traffic in the region has fallen from 41 per cent to 33 per cent since 2015. The authority’s own forecasts suggest it could fall below a quarter by the end of the decade if nothing changes.',
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
      'That is Calvera’s problem in a sentence. A large share of its containers leave by road through the city centre, and the single-track rail line to the Ostmark border is already at capacity. Barge traffic up the Halden, once a strength, has become unreliable in dry summers. None of this is addressed by cranes.',
    ),
    h2('The people on the quays'),
    p(
      'The plan’s most contentious pages concern jobs. The authority estimates that the Estuary Terminal would need about 900 fewer dockworkers once conversion is complete, and says the reduction can be managed through retirements and retraining. The dockworkers’ union puts the figure at up to 2,400 across the port, once knock-on effects in maintenance and haulage are included, and has already warned of industrial action if the plan goes ahead unchanged.',
    ),
    p('Three questions will decide whether Calvera 2030 succeeds:'),
    bullets(
      ['Whether the government funds the double-tracking of the rail line to the border, which the plan assumes but does not pay for.'],
      ['Whether the authority and the union can agree terms for the transition before the first cranes are ordered.'],
      ['Whether the Halden’s summer flows, now the subject of treaty talks with Ostmark, are reliable enough to keep barge traffic moving.'],
    ),
    p(
      'A port is not just a machine for moving boxes; in Calvera it is the city’s largest employer and much of its identity. The authority is right that standing still is not an option. Whether it has chosen the right place to start moving is a different question, and the answer will be found less on the quays than in the railway yards and river gauges behind them.',
    ),
  ],
};
