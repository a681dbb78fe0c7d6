import { b, i, p, h2, pullQuote } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const orrinBayReview: DemoArticle = {
  id: 'demo-020',
  slug: 'low-tide-at-orrin-bay-film-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'Low Tide at Orrin Bay review: a ferry, a strike and the best ensemble of the year',
  standfirst:
    'Tomas Vell’s drama about a ferry crew stranded by a dock strike takes place almost entirely on one boat. It never feels small.',
  hero: demoImage('cargo-ship', 'The freighter Aldine, stranded offshore, is the only set for most of Low Tide at Orrin Bay.'),
  authors: ['hannah-kowalczyk'],
  tags: ['film', 'economy', 'migration'],
  publishedHoursAgo: 170,
  body: [
    p(
      'For the first ten minutes of ',
      i('Low Tide at Orrin Bay'),
      ', almost nothing happens. A small freighter, the Aldine, waits at anchor outside a harbour. Its crew of nine play cards, argue about football and watch the shore through binoculars. Then the radio announces that the port’s dock workers have walked out, the harbour is closed, and nobody can say when it will open. Tomas Vell’s quietly gripping film is about the eleven days that follow.',
    ),
    p(
      'Vell shot the film on a working vessel, and you can feel it: the cabins are cramped, the galley is always too hot, and the camera seems to lurch with the swell. The crew are from six countries, and the script lets them speak their own languages, subtitled without fuss. As food and patience run short, the small hierarchies of the ship begin to shift. ',
      b('Nobody is a villain; everybody is tired.'),
    ),
    h2('An ensemble with no weak link'),
    p(
      'The performances are uniformly superb. As the captain, Ysolde Harrak plays a woman whose authority depends on a calm she does not feel, and the moment it cracks, in a single look at a satellite phone bill, is more frightening than any storm. Dario Kesk, as the young engineer who sympathises with the strikers ashore, brings warmth to a role that could have been a mouthpiece. The film’s best scene is a dinner in which the cook, played by the veteran Amadou Sell, serves the last of the rice and tells a story about his first ship that silences the table.',
    ),
    pullQuote('The strike is never shown. We only hear it, as the crew do: on the radio, in rumours, in silence.'),
    p(
      'Vell keeps the politics offscreen and lets the economics speak through the crew. Each day at anchor costs the owners money; each day costs the sailors wages they send home. Nobody on the Aldine is on strike, and everybody is paying for it. The film refuses easy sympathies, which is why its final image, the harbour lights coming on one by one, lands with such force.',
    ),
    p(
      'If there is a flaw, it is a late subplot involving a stowaway that feels imported from a more conventional thriller. It is resolved quickly and the film recovers. At 104 minutes, ',
      i('Low Tide at Orrin Bay'),
      ' is lean, humane and utterly absorbing: the kind of film that makes you want to sit through the credits to learn the names of everyone on board.',
    ),
    p(i('Low Tide at Orrin Bay is in cinemas from Friday. Certificate 12, 104 minutes.')),
  ],
};
