import { b, i, a, p, h2, h3, blockQuote, pullQuote, bullets, numbered, readMore, promo } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const fourDayWeek: DemoArticle = {
  id: 'demo-014',
  slug: 'calvera-four-day-week-should-become-the-default',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Calvera’s four-day week worked. Now the council should make it the default',
  standfirst:
    'Eighteen months of evidence from the city’s own auditors show shorter weeks cut sick leave and filled vacancies. The objections deserve answers, not another pilot.',
  hero: demoImage(
    'city-skyline-dusk',
    'Calvera’s civic quarter at dusk: 2,400 council staff have worked a 32-hour week since the pilot began.',
  ),
  authors: ['rafael-mendes'],
  tags: ['economy', 'cities', 'health'],
  publishedHoursAgo: 20,
  updatedHoursAgo: 6,
  social: {
    title: 'The four-day week worked in Calvera. Stop piloting it',
    description: 'Sick days down by a third, vacancies filled, complaints flat: Rafael Mendes on why the city should stop experimenting and commit.',
  },
  body: [
    p(
      'Eighteen months ago, Calvera’s city council did something councils rarely do: it ran an experiment and promised to publish the results whatever they showed. Some 2,400 municipal staff, from bin crews and planning officers to library assistants and the people who answer the phones at the housing office, moved to a ',
      b('four-day, 32-hour week on full pay'),
      '. Last Tuesday the city’s audit office published its evaluation. It is 212 pages long, as dry as a parking bylaw, and the most important document the city has produced this decade.',
    ),
    p(
      'The headline findings are simple enough. Sick days fell by a third. Turnover in the hardest roles to fill, refuse collection, social care coordination and building inspection, roughly halved. Complaints from residents did not rise, and in two departments they fell. The cost, once the savings on agency cover are counted, came to 1.8 per cent of the payroll budget: less than the council was already spending every year on temporary staff to paper over its vacancies.',
    ),
    h2('What the audit actually found'),
    p(
      'I have read enough pilot evaluations to distrust the glow that surrounds them. Participants know they are being watched, managers want their scheme to succeed, and the numbers are usually collected by the people who designed the policy. Calvera’s report is different in one important way: it was written by an office that has spent years embarrassing the council. Its last big report described the city’s IT procurement as ',
      i('“a decade-long act of optimism”'),
      '. These are not cheerleaders.',
    ),
    p('So it is worth setting out what they measured, department by department, before the arguments begin:'),
    bullets(
      [b('Absence: '), 'average sick days per employee fell from 11.2 a year to 7.4, with the biggest drop in stress-related leave.'],
      [b('Recruitment: '), 'vacancies in refuse collection fell from 38 to nine; the council now keeps a waiting list of applicants.'],
      [b('Service: '), 'the median time to decide a planning application went from 61 days to 54.'],
      [b('Cost: '), 'a net 1.8 per cent of payroll, after lower overtime and agency spending.'],
    ),
    blockQuote(
      'We found no evidence that the reduction in contracted hours reduced the volume or quality of services delivered to residents, with the exception of weekend library opening, which fell by four hours a week across the network and was not restored during the evaluation period.',
      'Calvera Audit Office, evaluation of the compressed-hours pilot',
    ),
    p(
      'That exception matters, and I will come back to it. But read the sentence again. An office whose job is to find fault looked at a year and a half of data and found one. In local government, that is as close to a clean bill of health as anyone ever gets.',
    ),
    {
      type: 'image',
      image: demoImage(
        'city-street-rain',
        'Arcade Row on a wet weekday evening. The council’s service desk there now stays open until eight on the four days it is staffed.',
      ),
    },
    h2('The objections deserve answers'),
    p(
      'The first objection is that a shorter week suits office staff but not services that run seven days a week. The pilot answers it better than any column could. Refuse crews moved to a rota of four ten-hour shifts spread across the week, which meant more collection days, not fewer. The crews chose the rota themselves, after a ballot that the union expected to lose. It won with 81 per cent.',
    ),
    p(
      'The second is that the council is setting a standard the city’s small employers cannot match. This one is more serious. A bakery with six staff cannot absorb a 20 per cent cut in hours, and nobody should pretend otherwise. But the council is not a bakery. It is the largest employer in Calvera, it competes for the same lorry drivers, carers and surveyors as every private firm in the region, and until last year it was losing. ',
      'A council that cannot hire is not protecting small business; it is simply providing worse services to them.',
    ),
    pullQuote(
      'A city that cannot hire bin crews does not have a productivity problem. It has a life-is-too-short problem, and that one is fixable.',
    ),
    p(
      'The third objection is the one I hear most often on the tram: why should people working five days pay taxes so that council staff can work four? It is a fair question with an unexciting answer. They are not paying more. The pilot cost less than the agency spending it replaced, and the audit office counted that spending carefully, because it has criticised it for years. If anything, the five-day taxpayer has been subsidising the old system, in which permanent vacancies were filled at a premium by temporary workers who left before they learned the job.',
    ),
    p(
      'Housing is the other half of this story. A shorter week does little for a refuse collector who commutes ninety minutes because he cannot afford to rent within the city limits, which is why the council’s next argument, over rent caps, matters just as much.',
    ),
    readMore('demo-016'),
    h3('The gap the pilot did not close'),
    p(
      'Now the exception. Branch libraries lost four hours of weekend opening, and the people who noticed were exactly the people a council should worry about most: parents with young children, students without a quiet room at home, older residents for whom Saturday morning at the ',
      a('Hollin Street library', '/opinion/hollin-street-library-closure-false-economy'),
      ' is the only fixed point in the week. The audit is right to flag it and the council was wrong to let it drift. The fix is not complicated, and it costs less than the consultants the council hired to design the pilot.',
    ),
    h3('What the council should do next'),
    numbered(
      ['Make the 32-hour week permanent for every team that took part, and offer it to the remaining departments on the same terms.'],
      ['Restore weekend library hours by hiring, not by asking existing staff to absorb the gap.'],
      ['Publish the anonymised data behind the audit so that other cities, and sceptics, can check the sums.'],
      ['Offer small employers the rota templates and the scheduling advice for free, without pretending that one size fits a six-person bakery.'],
    ),
    promo('morning-briefing'),
    p(
      'None of this requires courage so much as follow-through. The council debate on the evaluation runs to nearly four hours, and it is worth watching for the moment the finance committee chair, who voted against the pilot, concedes that the numbers are "not what I expected". That is how policy is supposed to work: someone makes a prediction, the evidence comes in, and people change their minds.',
    ),
    {
      type: 'embed',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=cLv4dWk32aQ',
      title: 'Calvera city council: debate on the compressed-hours evaluation (full session)',
      description: 'The council’s own recording of Tuesday’s meeting, from the audit office presentation to the vote.',
    },
    p(
      'The temptation now will be to commission a second pilot, a wider one, with a longer evaluation and a steering group. It is the oldest trick in municipal politics: when the answer arrives and it is inconvenient for someone, ask the question again. Calvera should resist it. The city asked a clear question, paid its most sceptical officials to answer it, and got a clear reply. ',
      b('The experiment is over. The policy should begin.'),
    ),
  ],
};
