import { b, i, p, h2, blockQuote, pullQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const highlandTeachers: DemoArticle = {
  id: 'demo-025',
  slug: 'why-kessa-highlands-cannot-keep-their-teachers',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Why the Kessa highlands cannot keep their teachers',
  standfirst:
    'Rural schools in the region lose almost a third of new teachers within two years. Pay is only part of the reason, and a bonus scheme has not fixed it.',
  hero: demoImage('mountain-range', 'The Kessa highlands at dawn. Some of the region’s 140 village schools are more than two hours from the nearest town.'),
  authors: ['amara-okafor'],
  tags: ['education', 'migration', 'economy'],
  publishedHoursAgo: 90,
  body: [
    p(
      'Every September, the education office in the Kessa highlands sends about 300 newly qualified teachers to the region’s 140 village schools. By the following September, roughly one in six has left. Within two years, it is nearly one in three. The regional government has tried to stem the flow with a hardship bonus worth a fifth of a starting salary, paid since 2021. ',
      b('The departure rate has barely moved.'),
    ),
    p(
      'The figures come from an internal review by the education office, shared with Meridian, which tracked every teacher posted to a rural school over six years. It is the first time the region has followed individual teachers rather than counting vacancies, and what it shows is that the problem is less about money than about isolation, housing and careers that seem to lead nowhere.',
    ),
    h2('What the review found'),
    bullets(
      [b('Housing: '), 'four in ten rural postings come with no housing offer, in villages where there is nothing to rent.'],
      [b('Isolation: '), 'teachers in one-teacher schools were twice as likely to leave as those with at least two colleagues.'],
      [b('Careers: '), 'only 3 per cent of promotions to head of department in the last six years went to teachers in village schools.'],
      [b('Family: '), 'the most common reason given in exit interviews was a partner unable to find work nearby.'],
    ),
    p(
      'The bonus, by contrast, appears to make little difference. Teachers who received it left at almost the same rate as a comparison group who joined just before it was introduced. The review’s authors suggest that a one-off payment cannot compensate for problems that recur every day: an empty staffroom, a two-hour bus to the nearest doctor, a rented room above a shop.',
    ),
    blockQuote(
      'The children here are wonderful and I would have stayed for them. But I spent two winters as the only adult in the building from seven until five, and I could not see where it was leading.',
      'A former teacher at a village school in the upper Kessa valley, in an exit interview quoted in the review',
    ),
    h2('What might work instead'),
    p(
      'The review’s recommendations are modest and, by the standards of education policy, cheap. It proposes that the region build or lease teacher housing in the thirty villages where vacancies are worst; pair one-teacher schools into clusters that share staff, planning time and a head teacher; and reserve a share of promotions for teachers with rural experience, so that a village posting becomes a route up rather than a detour.',
    ),
    p(
      'Some of this is already being tried. In the Orva district, five small schools have shared a head teacher and a specialist maths teacher since last year, and none of their staff left in the first twelve months. The sample is tiny, and the education office is careful not to overclaim. But it is the first piece of good news the region has had on this question in a decade.',
    ),
    pullQuote('A one-off payment cannot compensate for problems that recur every day.'),
    p(
      'The stakes go beyond the classroom. Families in the highlands already face long journeys to hospitals and markets; a village school with a revolving door of teachers is one more reason to move to the towns. Depopulation feeds itself: fewer children, smaller schools, lonelier postings, more departures. The review is, in that sense, a document about whether the highland villages have a future at all.',
    ),
    p(
      'The regional assembly is due to debate the findings next month. Its members will be tempted to raise the bonus, which is easy to announce and simple to administer. ',
      i('The evidence suggests they would be paying more for the same result.'),
    ),
  ],
};
