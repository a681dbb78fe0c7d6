import { b, i, p, h2, blockQuote, bullets, image, embed } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const sorrelReefs: DemoArticle = {
  id: 'demo-012',
  slug: 'listening-to-the-reefs-of-the-sorrel-archipelago',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'Underwater microphones reveal how the Sorrel Archipelago’s reefs fell silent, and how some recovered',
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
      ' have been recording that soundscape with 64 underwater microphones, or hydrophones, anchored across the reefs of the Sorrel Archipelago. Their results, published this week in a marine science journal, track what happened to the reefs’ sound before, during and after the marine heatwave that bleached much of the archipelago’s coral two summers ago.',
    ),
    h2('A reef that stopped talking'),
    p(
      'During the heatwave, sea temperatures around the archipelago stayed more than 1.5C above their summer average for eleven weeks. Divers reported that more than half the coral on the shallow reefs turned white as the animals expelled the algae that live in their tissues and provide most of their food.',
    ),
    p(
      'The hydrophones recorded the consequences. On the worst-hit reefs, the ',
      i('acoustic complexity'),
      ' of the soundscape — a measure of how many different sounds are present and how they vary — fell by about 60 per cent within four months, as fish left or died and the reef’s structure began to crumble. The dawn and dusk choruses, normally the loudest moments of the day, almost disappeared.',
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
      ', who leads the institute’s reef programme, said the contrast suggested that reducing local pressures could help reefs survive a warming ocean, even if it cannot stop the warming itself.',
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
      'The archipelago’s government has asked the institute to expand the network to all of its marine protected areas next year, and fishing communities on two outer islands have begun helping to maintain the hydrophones. “People here have always known that a good reef has a voice,” Dr Lusinde said. “We are just writing it down.”',
    ),
  ],
};
