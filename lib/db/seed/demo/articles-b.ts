import type { Block, Inline } from '@/lib/content/schema';
import { demoImage } from './images';
import type { DemoArticle } from './types';

/**
 * Demo articles demo-014 to demo-030: opinion, culture, two analysis pieces, one science piece
 * and one Arabic news story, plus the drafts and the scheduled piece whose canary words let
 * tests prove they never leak. Every place, institution, person and work reviewed here is
 * invented for Meridian's demo.
 */

type Run = string | Inline;

/** Plain strings become unmarked runs, so most paragraphs read as prose in this file. */
const runs = (parts: Run[]): Inline[] => parts.map((part) => (typeof part === 'string' ? { text: part } : part));

const p = (...parts: Run[]): Block => ({ type: 'paragraph', content: runs(parts) });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, text });
const h3 = (text: string): Block => ({ type: 'heading', level: 3, text });
const quote = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'block', text, attribution });
const pull = (text: string, attribution?: string): Block => ({ type: 'quote', variant: 'pull', text, attribution });
const bullets = (...items: Run[][]): Block => ({ type: 'list', style: 'bulleted', items: items.map(runs) });
const numbered = (...items: Run[][]): Block => ({ type: 'list', style: 'numbered', items: items.map(runs) });
const readMore = (articleId: string): Block => ({ type: 'readMore', articleId });
const promo = (newsletter: string): Block => ({ type: 'newsletterPromo', newsletter });

const b = (text: string): Inline => ({ text, bold: true });
const i = (text: string): Inline => ({ text, italic: true });
const a = (text: string, href: string): Inline => ({ text, href });

const fourDayWeek: DemoArticle = {
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
    quote(
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
    pull(
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

const libraryClosure: DemoArticle = {
  id: 'demo-015',
  slug: 'hollin-street-library-closure-false-economy',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Closing the Hollin Street library would save little and cost Calvera a great deal',
  standfirst:
    'The council says the branch is a luxury it can no longer afford. The figures in its own consultation say otherwise.',
  hero: demoImage('bookshelf', 'The local history shelves at Hollin Street, the branch Calvera’s council proposes to close next spring.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'cities', 'education'],
  publishedHoursAgo: 52,
  body: [
    p(
      'Every city has a building like the Hollin Street library: too small, too old, slightly damp in the reading room, and beloved out of all proportion to its floor space. Calvera’s council wants to close it next spring and fold its stock into the central library, two tram stops and a steep hill away. The consultation closes on Friday. Before it does, the numbers deserve a closer look than the council’s summary gives them.',
    ),
    p(
      'The branch costs ',
      b('about 410,000 a year'),
      ' to run, including its three full-time staff, its heating bill and a roof that leaks whenever the wind comes from the east. The council expects to save roughly 260,000 of that; the rest follows the books and the staff up the hill. Against a library budget of 19 million, that is a saving of a little over one per cent.',
    ),
    h2('Who actually uses it'),
    p(
      'The consultation document records 71,000 visits last year, more than two of the city’s newer branches combined. Its own footnotes describe who makes them: a homework club that meets four afternoons a week, a job search session run with the employment office, a weekly reading group for people recovering from strokes, and a long tail of pensioners who come for the newspapers and stay for the company. The document calls these "community uses that may be accommodated elsewhere". It does not say where.',
    ),
    pull('A library is not a warehouse for books. It is one of the last rooms in a city where nobody asks you to buy anything.'),
    p(
      'The central library is a fine building, but it is not a substitute. For a nine-year-old from the Hollin estate, the hill might as well be a motorway. For a man learning to read again after a stroke, two trams are an expedition. The council knows this: its equality assessment concedes that closure "may disproportionately affect residents with limited mobility and families on low incomes" and then moves briskly on.',
    ),
    h2('Cheaper ways to close the gap'),
    p('If the aim is to save money rather than to shrink the library service, there are better options on the table:'),
    bullets(
      ['Share the building with the health centre next door, whose lease is up in two years and which needs a community room.'],
      ['Repair the roof once, with the capital fund the council already holds for it, instead of patching it every winter.'],
      ['Keep opening hours but move the quietest morning sessions to self-service, as the central library did last year.'],
    ),
    p(
      'None of these is glamorous, and none will produce a headline saving. Together they would cover most of the 260,000 without taking a single room away from the people who use it. ',
      i('That is the test the council should apply: not whether a cut is possible, but whether it is the least damaging way to find the money.'),
    ),
    p(
      'Calvera’s councillors are not villains. They face a genuine shortfall, and the library service is one of the few budgets they fully control. But the easiest cuts to make are usually the ones whose costs fall on people who do not write to councillors. Hollin Street has an advantage most such places lack: 2,300 people have already responded to the consultation. By Friday, it should be more.',
    ),
  ],
};

const rentCap: DemoArticle = {
  id: 'demo-016',
  slug: 'calvera-rent-cap-too-timid-not-too-radical',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Calvera’s rent cap is not too radical. It is too timid to work',
  standfirst:
    'Landlords warn that limiting rises to 3 per cent will drive investors away. The bigger risk is that the cap is full of doors left open.',
  hero: demoImage('city-street-rain', 'Terraced flats off Calvera’s Arcade Row, where median rents have risen by 41 per cent in five years.'),
  authors: ['rafael-mendes'],
  tags: ['cities', 'economy'],
  publishedHoursAgo: 130,
  updatedHoursAgo: 118,
  body: [
    p(
      'When Calvera’s council voted last month to cap annual rent rises at 3 per cent, the reaction from the city’s landlords’ association was swift and apocalyptic. Investment would dry up, they warned; new building would stop; tenants would end up worse off. The reaction from tenants’ groups was quieter and, on the whole, grateful. Both, I think, have misread the policy. The problem with the cap is not that it goes too far. It is that it barely goes anywhere.',
    ),
    h2('The loopholes are the policy'),
    p('Read the ordinance rather than the press release and three exemptions leap out:'),
    numbered(
      [b('New tenancies are exempt. '), 'A landlord can raise the rent without limit between tenants, which rewards anyone who can persuade a tenant to leave.'],
      [b('"Substantial refurbishment" resets the clock. '), 'The ordinance does not define substantial, and the council has not said who will check.'],
      [b('Buildings finished after 2020 are excluded '), 'for fifteen years, which covers almost every new block in the harbour district.'],
    ),
    p(
      'Each exemption has a respectable argument behind it. Together they describe a city in which the cap protects sitting tenants in old buildings who never move, and nobody else. That is a real group, and they deserve protection. But they are not the young nurses and bus drivers whom the council invoked when it passed the measure.',
    ),
    pull('A cap that ends whenever a tenant leaves is not a limit on rents. It is an incentive to make tenants leave.'),
    h2('What the landlords get right'),
    p(
      'The landlords’ association is not wrong about everything. Rent controls with no answer to supply have a poor record, and Calvera builds far too few homes: 1,100 last year, against a target of 3,000. If the cap is the council’s whole housing policy, it will fail however tightly it is drafted. The point is that it should be one half of a bargain. Limit rises for everyone, new tenants included, and in return make it much faster and cheaper to build: approve schemes that meet the city plan within weeks, not years, and let the council’s own development company borrow to build at scale.',
    ),
    p(
      'The council’s shorter working week, which has already ',
      a('cut sick leave and filled vacancies', '/opinion/calvera-four-day-week-should-become-the-default'),
      ', will be undermined if the people it helps cannot afford to live within reach of their work. Housing and labour policy are the same policy in a city like this one.',
    ),
    h3('A better cap'),
    p(
      'A cap worth defending would follow the unit, not the tenant; define refurbishment in pounds spent per square metre and require receipts; and shorten the new-build exemption to five years, long enough to get a scheme financed and short enough to matter. None of this is radical. Several cities have done all three.',
    ),
    p(
      'Calvera’s councillors will say they have done what the votes allowed. Perhaps. But a policy that looks bold and protects few people is the worst of both worlds: it attracts all the criticism of rent control and delivers little of its benefit. ',
      i('Either make the cap real, or admit that it is a gesture.'),
    ),
  ],
};

const phoneLockers: DemoArticle = {
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
    pull('The danger of a cheap, popular policy is not that it fails. It is that it succeeds in filling the space where an expensive, necessary one should be.'),
    p(
      'There is also a fairness question hiding in the detail. The lockers are the easy part; the ministry has left schools to decide how to handle pupils who need their phones for medical monitoring, young carers who must be reachable, and the long bus journeys home in rural districts where the phone is a safety line. Well-run schools will manage. Stretched ones will default to the bluntest rule, and the children with the most complicated lives will bear the cost.',
    ),
    p(
      'Ministers should keep the lockers. Then they should hold a press conference about maths teachers, with the same enthusiasm and a bigger cheque. ',
      i('If the phone ban is the first step of a serious plan, it is welcome. If it is the plan, it is a distraction.'),
    ),
  ],
};

const saltmereRetreat: DemoArticle = {
  id: 'demo-018',
  slug: 'saltmere-cannot-out-build-the-sea-plan-managed-retreat',
  section: 'opinion',
  status: 'published',
  language: 'en',
  headline: 'Saltmere cannot out-build the sea. It should start planning where to move',
  standfirst:
    'A taller sea wall buys the town perhaps thirty years. Honest planning for the decades after that has to start now, while there is still time to do it fairly.',
  hero: demoImage('coastline-waves', 'Waves reach the foot of the old sea wall at Saltmere, which has been overtopped four times in six winters.'),
  authors: ['mei-lin-zhou'],
  tags: ['climate', 'oceans', 'cities'],
  publishedHoursAgo: 410,
  body: [
    p(
      'Saltmere is about to spend 95 million raising its sea wall by a metre and a half. The town’s council voted for it unanimously, and after four winters in which waves broke over the promenade and flooded the lower streets, it is hard to blame them. The new wall will protect about 3,000 homes. According to the engineers’ own report, it will do so reliably until roughly the middle of this century.',
    ),
    p(
      'That last clause is the part nobody mentions at public meetings. I have covered coastal science for long enough to know that the projections for this stretch of coast are not controversial. Sea level will keep rising long after 2050, storms will keep pushing surges further inland, and the soft cliffs to the north of the town are retreating by nearly a metre a year. ',
      b('The wall is a loan of time, not a solution.'),
    ),
    h2('Retreat is a plan, not a defeat'),
    p(
      'The phrase "managed retreat" sounds like surrender, which is why politicians avoid it. It means something more practical: deciding now which parts of a town will move over the coming decades, where they will move to, and who will pay, so that the move happens in an orderly way rather than after a disaster. Towns that have done it well started twenty or thirty years before they had to.',
    ),
    quote(
      'The cheapest time to plan a relocation is when nobody needs to relocate yet. Every decade of delay turns a planning problem into an emergency.',
      'Coastal engineering review commissioned by Saltmere council',
    ),
    p('For Saltmere, a serious plan would include at least three things:'),
    numbered(
      ['A map, published and updated every five years, showing which streets the wall is expected to protect and for how long.'],
      ['A rule that new homes are built only on higher ground inland, starting with the council’s own housing.'],
      ['A fund, paid into every year, to buy out owners in the lowest streets at a fair price when the time comes.'],
    ),
    p(
      'The fund is the hardest part and the most important. Without it, retreat happens the cruel way: insurers withdraw, values collapse, and the people who can afford to leave do so while those who cannot are left in homes nobody will buy. A buyout scheme paid for gradually, from the council budget and a regional contribution, keeps the choice in residents’ hands.',
    ),
    pull('The question is not whether Saltmere moves back from the sea. It is whether it decides how, or lets the sea decide.'),
    p(
      'None of this argues against the wall. Thirty years of protection is worth having, and it is precisely what makes an orderly plan possible. But the council has treated the wall as the end of the conversation. It should be the start of a much longer one, held in daylight, with maps on the table. The people of Saltmere have lived with the sea for centuries. They can cope with the truth about it.',
    ),
  ],
};

export const articlesB: DemoArticle[] = [fourDayWeek, libraryClosure, rentCap, phoneLockers, saltmereRetreat];
