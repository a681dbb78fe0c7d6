import { b, i, p, h2, blockQuote } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const vessalyElection: DemoArticle = {
  id: 'demo-003',
  slug: 'vessaly-regional-election-greens-and-farmers-party-gain',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Vessaly regional election: Farmers’ League and Greens gain as Ostmark’s governing party loses its majority',
  standfirst:
    'Turnout rose to 68 per cent in the Ostmark province, where water rationing and rail closures dominated the campaign. Coalition talks are expected to take weeks.',
  hero: demoImage('ballot-box', 'A ballot is cast in Lenzburg, Vessaly’s provincial capital, on Sunday'),
  authors: ['lukas-brandt'],
  tags: ['elections', 'water'],
  publishedHoursAgo: 20,
  updatedHoursAgo: 14,
  body: [
    p(
      'LENZBURG — The party that has governed the Ostmark province of Vessaly for sixteen years lost its majority in the regional assembly on Sunday, as voters angered by summer water rationing and the closure of two rural rail lines turned to a farmers’ party and the Greens. ',
      'With all 412 districts counted, the centre-right ',
      b('Civic Union'),
      ' won 31 of the assembly’s 80 seats, down from 43. The ',
      b('Farmers’ League'),
      ', which did not exist five years ago, took 17 seats, and the Greens 14.',
    ),
    p(
      'Turnout was 68 per cent, the highest since the assembly was created, according to the provincial returning office. Queues formed outside polling stations in the lowland towns along the Halden river, where household water was cut to four hours a day for most of August.',
    ),
    h2('A campaign fought over taps and timetables'),
    p(
      'The outgoing premier, ',
      b('Elsbeth Varga'),
      ', conceded shortly after midnight in a brief address at the Civic Union’s headquarters. She said the result was “a verdict on a hard summer, and we heard it,” and that her party would seek to lead a new coalition as the largest group.',
    ),
    p(
      'The Farmers’ League, founded by dairy and grain producers after a dispute over irrigation quotas, campaigned almost entirely on water. Its leader, ',
      b('Tomas Reinholt'),
      ', a former co-operative manager from the village of Auenfeld, has said he will not support any government that does not demand changes to the draft Halden water treaty that Ostmark initialled with its downstream neighbour, Lusara, on Friday.',
    ),
    blockQuote(
      'People here do not think in left and right this year. They think in hours of water. If you cannot tell them when the tap comes back on, they will not listen to anything else you say.',
      'Tomas Reinholt, leader of the Farmers’ League',
    ),
    p(
      'The Greens, traditionally strongest in Lenzburg and the university town of Merrow, gained ground in smaller towns for the first time, campaigning against the closure of the Auenfeld and Kessel branch lines, which the provincial rail operator shut in the spring citing falling passenger numbers.',
    ),
    h2('What happens next'),
    p(
      'Under Vessaly’s constitution the assembly must elect a premier within 45 days or face a new election. Political scientists in Lenzburg said a Civic Union–Farmers’ League coalition would hold 48 seats, a comfortable majority, but would require concessions on water policy that the national government in Ostmark’s capital may resist.',
    ),
    p(
      i('“The province does not negotiate treaties; the national government does,”'),
      ' said ',
      b('Dr Ilse Marten'),
      ', who studies regional politics at the University of Merrow. “But a provincial government that makes the treaty its first demand changes the weather in the capital.”',
    ),
    p(
      'The national coalition, which includes the Civic Union, faces its own general election in the spring. Party officials in the capital declined to comment on the result on Sunday night. A spokesperson for the national environment ministry said the ministry “respects the decision of Vessaly’s voters” and that ratification of the treaty would proceed “on its existing timetable.”',
    ),
    p(
      'Final results will be certified by the returning office on Thursday. Two districts in the north of the province, where the margin was fewer than 40 votes, will be recounted.',
    ),
  ],
};
