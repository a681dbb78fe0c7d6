import { b, i, a, p, h2, blockQuote, readMore } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const vessalyAnalysis: DemoArticle = {
  id: 'demo-009',
  slug: 'what-the-vessaly-result-means-for-ostmarks-general-election',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Five lessons from Vessaly for Ostmark’s general election',
  standfirst:
    'A regional vote fought over water and branch lines has upended assumptions in Brenhaven. The Civic Union’s defeat says as much about the countryside as it does about the party.',
  hero: demoImage('crowd-square', 'Supporters of the Farmers’ League gather in Lenzburg’s market square on election night'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water', 'agriculture'],
  publishedHoursAgo: 12,
  body: [
    p(
      'Regional elections in Ostmark are usually treated in the capital as weather reports: useful, quickly forgotten. ',
      a('Sunday’s result in Vessaly', '/news/vessaly-regional-election-greens-and-farmers-party-gain'),
      ' will not be forgotten so quickly. A party that has governed the province since before most of its first-time voters were born lost twelve seats, and a movement founded by dairy farmers five years ago became the second force in the assembly.',
    ),
    p(
      'With a general election due in the spring, here is what strategists, pollsters and political scientists in Brenhaven and Lenzburg are taking from the result.',
    ),
    h2('1. Water is now a national issue'),
    p(
      'For years, water policy in Ostmark was a technical matter, left to engineers and the national water board. The Farmers’ League turned it into a question of fairness: who is cut off first in a drought, and who decides. Its vote was highest in exactly the districts where household supplies were rationed in August. The ',
      a('draft treaty with Lusara', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ', which requires Ostmark to guarantee a summer flow across the border, will now be debated in that light.',
    ),
    h2('2. The countryside is not a bloc'),
    p(
      'The League did not simply take rural votes from the Civic Union. The Greens gained in small towns too, campaigning against the closure of branch lines, and turnout rose most among voters under 35. ',
      b('Dr Ilse Marten'),
      ' of the University of Merrow describes a countryside that is ',
      i('“angry about being managed from a distance”'),
      ' rather than one that has moved left or right.',
    ),
    h2('3. Incumbency is a weakness in a bad summer'),
    p(
      'Sixteen years in office meant the Civic Union owned every decision that went wrong, from the rationing rota to the rail closures. Voters blamed the provincial government for choices made by national agencies, and the party could not easily argue otherwise. Its strategists fear the same dynamic nationally after a summer of drought, heat and blackouts.',
    ),
    blockQuote(
      'When people feel that services are being withdrawn from them, they do not check the organisational chart to see who is responsible. They vote against whoever has been in charge longest.',
      'Dr Ilse Marten, University of Merrow',
    ),
    h2('4. Coalition arithmetic is getting harder'),
    p(
      'Ostmark’s national politics has long revolved around two large parties and one or two small partners. A farmers’ party capable of winning a fifth of the vote in agricultural provinces would complicate that pattern. National polls currently put the League at about 6 per cent, just above the threshold for entering parliament, but pollsters say their rural samples are thin.',
    ),
    h2('5. Turnout can still surprise'),
    p(
      'A turnout of 68 per cent, the highest in the assembly’s history, confounded predictions of apathy. Analysts attribute the rise to a campaign about concrete, local things: taps, timetables, the bus to the hospital. “It turns out people will vote if they believe the result will change something they can see from their kitchen window,” one Civic Union strategist said.',
    ),
    readMore('demo-003'),
    p(
      'None of this guarantees a repeat in the spring. Regional elections are often used to send a message that voters do not intend as a verdict on the national government, and the Civic Union remains ahead in national polls. But in a country where politics has been predictable for a generation, Vessaly has shown that a hard summer can move votes faster than anyone in the capital expected.',
    ),
  ],
};
