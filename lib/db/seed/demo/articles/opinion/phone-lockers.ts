import { b, i, p, h2, pullQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const phoneLockers: DemoArticle = {
  id: 'demo-017',
  slug: 'eastmarch-school-phone-lockers-miss-the-point',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Eastmarch’s school phone lockers are popular, cheap and beside the point',
  standfirst:
    'Locking away pupils’ phones is the easiest education policy a minister can announce. It is no answer to empty teaching posts and crumbling classrooms.',
  hero: demoImage('classroom', 'A secondary classroom in Eastmarch, where every school must install phone lockers by September.'),
  authors: ['lukas-brandt'],
  tags: ['education', 'technology'],
  publishedHoursAgo: 300,
  body: [
    p(
      'Eastmarch’s education ministry has found a policy that almost everyone likes. From September, every secondary school in the province must provide lockers in which pupils leave their phones from the first bell to the last. Parents approve, teachers mostly approve, and even a surprising number of teenagers, asked in the ministry’s survey, admitted they would be relieved. The lockers cost about 40 per pupil. It is hard to think of a cheaper way to look decisive.',
    ),
    p(
      'I have no quarrel with the lockers. The evidence that phones in pockets distract pupils is reasonable, if not as strong as the ministry’s press office implies, and a rule applied in every school spares head teachers from fighting the same battle alone. ',
      b('My quarrel is with the proportions.'),
      ' The ministry has spent three months talking about phones and almost no time talking about the things its own inspectors rank as the biggest threats to learning.',
    ),
    h2('The problems that are not on the agenda'),
    bullets(
      ['One maths post in six across the province is filled by a teacher without a maths qualification, or not filled at all.'],
      ['The inspectorate classes 212 school buildings as being in poor condition, including 38 with roofs it describes as unsafe in heavy snow.'],
      ['Support staff for pupils with special needs have been cut by a fifth in five years, while the number of pupils assessed as needing them has risen.'],
    ),
    p(
      'A phone in a locker does not teach anyone algebra. A pupil who cannot hear the teacher over the sound of buckets catching rainwater will not concentrate better for being offline. The lockers may well help at the margin, and at 40 a head they are worth trying. But a ministry with a limited supply of attention has chosen to spend it on the one problem that costs almost nothing to solve.',
    ),
    pullQuote('The danger of a cheap, popular policy is not that it fails. It is that it succeeds in filling the space where an expensive, necessary one should be.'),
    p(
      'There is also a fairness question hiding in the detail. The lockers are the easy part; the ministry has left schools to decide how to handle pupils who need their phones for medical monitoring, young carers who must be reachable, and the long bus journeys home in rural districts where the phone is a safety line. Well-run schools will manage. Stretched ones will default to the bluntest rule, and the children with the most complicated lives will bear the cost.',
    ),
    p(
      'Ministers should keep the lockers. Then they should hold a press conference about maths teachers, with the same enthusiasm and a bigger cheque. ',
      i('If the phone ban is the first step of a serious plan, it is welcome. If it is the plan, it is a distraction.'),
    ),
  ],
};
