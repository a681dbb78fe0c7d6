import { b, i, p, h2, pullQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const substationHymns: DemoArticle = {
  id: 'demo-021',
  slug: 'pylon-choir-substation-hymns-album-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'Pylon Choir: Substation Hymns review: the hum of the grid, turned into music',
  standfirst:
    'The duo spent two years recording power lines, transformers and wind turbines. The result is stranger and warmer than it has any right to be.',
  hero: demoImage('power-lines', 'Pylons near the Harrow Fen substation, where Pylon Choir made most of the recordings on their new album.'),
  authors: ['hannah-kowalczyk'],
  tags: ['energy', 'technology'],
  publishedHoursAgo: 250,
  body: [
    p(
      'Pylon Choir, the duo of Ines Darrow and Kit Maalouf, have always made music from unpromising material. Their debut was built on the sounds of a closed textile mill. For ',
      i('Substation Hymns'),
      ', they went further, spending two years with contact microphones and permission slips, recording the electricity network of the fenland region where they live: transformers, overhead lines in frost, the slow whoosh of turbine blades, the relay clicks of a control room at three in the morning.',
    ),
    p(
      'That description makes the album sound like an installation you would visit once and leave. It is not. Darrow and Maalouf are songwriters first, and the field recordings are tuned, layered and shaped into eight pieces with melodies you will find yourself humming. The opening track, ',
      b('"Fifty Cycles"'),
      ', builds a whole chord progression from the note that mains electricity sings at, and adds a cello line so tender that it is a shock to remember what lies underneath it.',
    ),
    h2('Highlights'),
    bullets(
      [b('"Frost on the Line" '), 'uses the crackle of ice on cables as percussion, under a vocal from Darrow that barely rises above a whisper.'],
      [b('"Control Room, 3am" '), 'is the album’s centrepiece: eleven minutes of relay clicks and voices from a shift handover, slowly dissolving into a choir.'],
      [b('"Blade Pass" '), 'turns the rhythm of a wind turbine into a pulse you could dance to, if you were very patient.'],
    ),
    p(
      'Not everything works. The two shortest tracks feel like sketches, and a spoken-word interlude about the history of the grid is earnest in a way that punctures the mood. The album is also long at 58 minutes; a sterner edit would have made it a classic.',
    ),
    p(
      'The duo’s liner notes describe the negotiations behind the recordings with dry humour: safety briefings, hard hats, an engineer who asked whether they could make the transformers sound "less sad". The notes are worth reading, because they explain what makes the album more than a gimmick. Darrow and Maalouf spent as much time talking to the people who maintain the grid as they did recording it, and the voices of those workers, heard in fragments, give the record its human pulse.',
    ),
    pullQuote('It is an album about infrastructure that sounds like an album about tenderness. Perhaps they are the same thing.'),
    p(
      'What lingers is the sense of attention. We live inside the hum of the grid and never hear it. ',
      i('Substation Hymns'),
      ' makes you listen, and having listened, it is hard to walk under a power line without wondering what key it is in.',
    ),
    {
      type: 'embed',
      provider: 'soundcloud',
      url: 'https://soundcloud.com/pylon-choir/fifty-cycles',
      title: 'Pylon Choir: "Fifty Cycles"',
      description: 'The album’s opening track, shared by the band.',
    },
    p(i('Substation Hymns is released on the Lantern Field label.')),
  ],
};
