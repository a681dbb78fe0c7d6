import { b, i, p, h2, blockQuote } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const ardessaFloods: DemoArticle = {
  id: 'demo-005',
  slug: 'flash-floods-ardessa-lusara-thousands-displaced',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Flash floods in the Lusaran town of Ardessa displace 4,000 people after a month’s rain falls in six hours',
  standfirst:
    'The Sorra river burst its banks overnight, flooding the old town and cutting the main road to Calvera. Two people are missing.',
  hero: demoImage('flooded-street', 'A street in Ardessa’s old town, where water reached the first floor of some houses on Wednesday night'),
  authors: ['noor-haddad'],
  tags: ['climate', 'water', 'cities'],
  publishedHoursAgo: 130,
  updatedHoursAgo: 118,
  body: [
    p(
      'ARDESSA, Lusara — About 4,000 people spent Thursday night in schools and sports halls after flash floods swept through this hill town in the north of Lusara, where the Sorra river rose more than four metres in less than three hours.',
    ),
    p(
      'The national weather service said ',
      b('112 millimetres of rain'),
      ' fell on the upper Sorra valley between 8pm and 2am, roughly what the area usually receives in a month. The storm stalled over the steep valley for most of the night, forcing the river through the narrow streets of the old town, which is built on both of its banks.',
    ),
    p(
      'Two people, a man in his seventies and a woman in her forties, were missing on Thursday evening, the civil protection agency said. Rescue teams with boats and a helicopter lifted about 90 people from rooftops and upper floors overnight.',
    ),
    h2('“It came down the street like a wall”'),
    p(
      'Residents described water arriving with little warning. ',
      b('Carmen Ibarlucea'),
      ', who runs a bakery near the town’s stone bridge, said she heard the river change its sound shortly after midnight. “By the time I reached the door, it came down the street like a wall,” she said. “We went up to the roof with the neighbours and waited for the boats.”',
    ),
    p(
      'On Thursday the old town was covered in a layer of brown mud. Cars had been carried into the square and piled against the church steps. The main road south to Calvera was closed after a section collapsed into the river near the village of Orlé, and the regional rail line was suspended.',
    ),
    blockQuote(
      'The early-warning sirens worked, and I believe they saved lives. But a siren gives you minutes, not hours. In a valley like this one, minutes are not enough if you live on the ground floor.',
      'Alba Roncero, mayor of Ardessa',
    ),
    h2('Questions over warnings'),
    p(
      'The weather service had issued an orange warning for heavy rain on Wednesday afternoon, but did not raise it to red, its highest level, until 11.40pm. Some residents asked why the town had not been evacuated earlier. The service said the storm had intensified faster than its models predicted.',
    ),
    p(
      'Hydrologists say the Sorra, like many short mountain rivers, responds to intense rain within hours, leaving little time between forecast and flood. ',
      i('Flash floods of this kind are becoming more frequent'),
      ' as warmer air holds more moisture, according to a report published last year by Lusara’s national climate council.',
    ),
    p(
      'The government said it would release an emergency fund for Ardessa on Friday and send army engineers to clear the streets and repair the road. The interior minister is expected to visit the town on Friday morning.',
    ),
  ],
};
