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

const saltArchiveReview: DemoArticle = {
  id: 'demo-019',
  slug: 'the-salt-archive-ilse-marrow-novel-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'The Salt Archive by Ilse Marrow review: a drowned town remembered, one ledger at a time',
  standfirst:
    'Marrow’s third novel follows an archivist cataloguing the records of a fishing town lost to the sea. It is quiet, exact and devastating.',
  hero: demoImage('ocean-deep', 'Light through deep water: the image Marrow returns to whenever her archivist imagines the streets of Kell Harbour.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'oceans', 'climate'],
  publishedHoursAgo: 40,
  body: [
    p(
      'There is a moment early in ',
      i('The Salt Archive'),
      ' when Wren Ostby, a junior archivist in a provincial records office, opens a box of harbour dues ledgers and finds a child’s drawing of a boat pressed between the pages for 1911. Nobody knows who drew it. The town that produced the ledgers, Kell Harbour, was abandoned forty years before the novel begins and now lies under six metres of water. The drawing is the only thing in the box that is not a number. Wren cannot bring herself to catalogue it, and the novel, in a sense, is about why.',
    ),
    p(
      'Ilse Marrow’s first two books were admired more than they were read: precise, cold-eyed novels about institutions and the people who keep them running. Her third has the same precision, but something has thawed. Wren is given eighteen months to process the Kell Harbour collection before the records office itself closes, and Marrow structures the novel around the boxes she opens, each chapter named for a catalogue reference. ',
      b('It sounds dry. It is anything but.'),
    ),
    h2('A town told through its paperwork'),
    p(
      'Through bills of sale, school registers, complaints to the harbour board and the minutes of a choir, Marrow builds an entire community and then lets us watch it go. The sea appears first as a line item, a repair to the breakwater, then as a series of increasingly anxious letters, and finally as a register of households "removed inland" in a clerk’s neat hand. The effect is cumulative and, by the last hundred pages, almost unbearable.',
    ),
    pull('“Every record is a promise that somebody will come looking,” Wren thinks. “Most of them are broken.”', 'From The Salt Archive'),
    p(
      'Wren’s own life runs alongside the collection: a mother in a care home who is losing her memory, a colleague who treats the closure as a chance to leave, a brief and beautifully written affair with a surveyor mapping the seabed where Kell Harbour used to be. Marrow never forces the parallels. She trusts the reader to notice that a person losing her memory and a town losing its place are versions of the same story.',
    ),
    h2('Where it falters'),
    p(
      'The novel is not flawless. A subplot about a developer who wants the records office building is thin, and its resolution arrives too conveniently. Marrow’s restraint occasionally tips into coyness: there are scenes where Wren’s feelings are so carefully withheld that one wants to shake her. And readers who need a plot that moves will find the middle section, a long winter of cataloguing, a test of patience.',
    ),
    p(
      'But the patience is rewarded. The final chapter, in which Wren decides what to do with the child’s drawing, is one of the finest endings I have read in years: small, unexpected and exactly right. ',
      i('The Salt Archive'),
      ' is a novel about climate change that never uses the phrase, and a novel about grief that never raises its voice. It deserves to be the book that finally finds Marrow the readers she has earned.',
    ),
    p(i('The Salt Archive by Ilse Marrow is published by Fenwick & Lowe, 384 pages.')),
  ],
};

const orrinBayReview: DemoArticle = {
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
    pull('The strike is never shown. We only hear it, as the crew do: on the radio, in rumours, in silence.'),
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

const substationHymns: DemoArticle = {
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
    pull('It is an album about infrastructure that sounds like an album about tenderness. Perhaps they are the same thing.'),
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

const allotmentPlay: DemoArticle = {
  id: 'demo-022',
  slug: 'the-allotment-lyric-playhouse-calvera-theatre-review',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'The Allotment review: a comedy about vegetables that turns into a play about who owns a city',
  standfirst:
    'Bea Lindqvist’s new play at Calvera’s Lyric Playhouse sets a plot-holders’ feud against a developer’s bulldozers. It is funny, furious and too long by twenty minutes.',
  hero: demoImage('theatre-curtain', 'The Lyric Playhouse stage before the curtain rises on The Allotment, which runs until the end of next month.'),
  authors: ['hannah-kowalczyk'],
  tags: ['cities', 'agriculture'],
  publishedHoursAgo: 360,
  body: [
    p(
      'The first act of ',
      i('The Allotment'),
      ' is a comedy of the smallest possible stakes. Plot 14, tended for thirty years by a retired tram driver called Osric, has been colonised by a neighbour’s pumpkins. Plot 15’s new tenant, a young architect named Della, wants to build a raised bed out of recycled pallets, which the committee regards as an act of war. There is a running joke about a missing hosepipe that pays off magnificently just before the interval.',
    ),
    p(
      'Then, at the start of the second act, a letter arrives. The council has agreed to sell the land to a developer, and the plot-holders have three months to leave. ',
      b('Bea Lindqvist’s play changes key without losing its sense of humour'),
      ', and the change is the making of it. The squabbling gardeners, whom we have spent an hour laughing at, become a small republic fighting for its survival.',
    ),
    h2('Performances that grow with the play'),
    p(
      'Gus Arnholt is wonderful as Osric, a man whose grievances are comic until they become heartbreaking; his monologue about the first potatoes he grew after his wife died is delivered to a silent house. Tamsin Orly gives Della a prickly intelligence that keeps her from becoming the audience’s representative. The ensemble, doubling as committee members, council officers and, in one inspired scene, a chorus of slugs, is tireless.',
    ),
    pull('“They call it vacant land,” Osric says. “It has never been vacant a day in its life.”', 'From The Allotment'),
    p(
      'The production design, all soil and timber and mismatched chairs, is lovely, and the lighting moves from high summer to the grey of a demolition morning with real subtlety. The play’s weakness is its final half-hour, in which Lindqvist seems unsure whether to deliver a victory or a defeat and tries to deliver both. A public meeting scene repeats arguments we have already heard, and the ending, though moving, arrives twice.',
    ),
    p(
      'Still, it is rare to see a new play so rooted in its own city. Calvera audiences will recognise the council chamber, the landlord’s lawyer and the committee minutes, and they will argue about ',
      i('The Allotment'),
      ' on the way home. That is what a civic theatre is for.',
    ),
    p(i('The Allotment is at the Lyric Playhouse, Calvera, until the end of next month. Running time two hours forty minutes, including an interval.')),
  ],
};

const filmArchive: DemoArticle = {
  id: 'demo-023',
  slug: 'calvera-film-archive-race-to-save-decaying-reels',
  section: 'culture',
  status: 'published',
  language: 'en',
  headline: 'Inside the race to save Calvera’s film archive before its reels turn to vinegar',
  standfirst:
    'Nine thousand cans of film, a leaking basement and a team of four: the city archive has five years to copy a century of local cinema before it decays for good.',
  hero: demoImage('film-reel', 'A reel from the Calvera Municipal Film Archive, one of 9,000 cans waiting to be inspected and scanned.'),
  authors: ['hannah-kowalczyk'],
  tags: ['film', 'cities', 'technology'],
  publishedHoursAgo: 520,
  updatedHoursAgo: 430,
  body: [
    p(
      'The smell reaches you before the door is fully open. In the basement of the Calvera Municipal Film Archive, beneath the old customs house, the air carries a sharp, sour note, like a salad dressing left out overnight. Petra Lund, the archive’s head of conservation, calls it "the clock". It is the smell of acetate film breaking down, and once a reel starts to give it off, the decay speeds itself up.',
    ),
    p(
      'The archive holds about 9,000 cans: newsreels from the harbour’s busiest years, council information films, amateur footage of weddings and carnivals donated by families, and a few dozen reels of feature films made by the city’s short-lived studio in the 1950s. Lund’s survey last year found ',
      b('that roughly one can in five shows signs of decay'),
      '. Her estimate, repeated patiently to anyone who will listen, is that the collection has five years before the losses become irreversible.',
    ),
    h2('A century of the city on film'),
    p(
      'What is at stake is not the history of cinema so much as the history of Calvera. The archive’s catalogue reads like a memory the city has mislaid. There is colour footage of the tram network’s opening day, a 1962 film about the new harbour cranes made to recruit dock workers, and hours of amateur film of the summer carnival from a local camera club that met for forty years. For many of these events, the reels are the only moving images that exist.',
    ),
    quote(
      'People think of archives as places where things are kept safe. Film is not safe anywhere. It is chemistry, and chemistry keeps going whether or not anyone is watching.',
      'Petra Lund, head of conservation, Calvera Municipal Film Archive',
    ),
    p('The work of saving a reel follows the same steps every time, and none of them can be hurried:'),
    numbered(
      ['Inspect the can and test the film’s acidity with an indicator strip.'],
      ['Clean and repair the film by hand, frame by frame where splices have failed.'],
      ['Scan it at high resolution, then check the digital copy against the original.'],
      ['Move the original to cold storage, where decay slows to a crawl.'],
    ),
    {
      type: 'image',
      image: demoImage('server-racks', 'The archive’s new storage servers, bought last year with a grant from the regional heritage fund, hold every scanned reel twice.'),
    },
    h2('Four people and a scanner'),
    p(
      'The archive has four staff and one film scanner, bought second-hand from a laboratory that closed. Working flat out, the team can process about 600 reels a year. At that rate, the job takes fifteen years, and the collection does not have fifteen years. Lund has asked the council for a second scanner, two more technicians and a cold store big enough for the whole collection. The price is roughly what the city spends on its annual fireworks display.',
    ),
    pull('For many of these events, the reels are the only moving images that exist. Lose them, and the city loses the memory.'),
    p(
      'The council’s culture committee has been sympathetic but slow. Its chair told me the archive was "a priority within a very crowded field", which is the sort of phrase that usually means no. Lund has learned to be persuasive in other ways. Since the spring, the archive has held monthly screenings of freshly scanned reels in the customs house courtyard, and they have become one of the most popular free events in the city. Families come to look for their grandparents in carnival crowds; some of them find them.',
    ),
    p(
      'The screenings have also produced volunteers. A retired projectionist now spends two days a week repairing splices, and a group of students from the university’s chemistry department has started testing cheaper ways to slow the decay in cans that are waiting their turn. None of this replaces the staff Lund has asked for, but it has changed the tone of the conversation at the council. It is harder to call an archive a niche interest when four hundred people turn up to watch it on a Thursday night.',
    ),
    p(
      'At one screening, a woman in her eighties recognised herself at the age of seven, waving from a float shaped like a fishing boat. The archive now keeps a notebook at every screening for people to write down names. It has filled three. ',
      i('Those names are the catalogue information that no conservator could ever supply.'),
    ),
    h3('Who owns a carnival?'),
    p(
      'Money is not the only obstacle. Much of the amateur footage arrived without paperwork, handed over in carrier bags by the children of the people who shot it. Before the archive can put a reel online it has to make a reasonable effort to trace whoever owns the rights, which can mean weeks of letters for three minutes of film. The studio features are worse: the company that made them went bankrupt in 1959, and its rights were sold twice before vanishing into the accounts of a holding company that no longer exists.',
    ),
    p(
      'Lund is pragmatic. She scans everything regardless, on the principle that a copy nobody may watch is better than an original nobody can watch because it has turned to dust. The publishing can wait for the lawyers. The chemistry cannot. She has also started recording short interviews with donors about where and when their footage was shot, because she has learned that the context disappears faster than the film.',
    ),
    h3('What the archive has already saved'),
    p(
      'The scanned collection, about 1,800 reels so far, is gradually being published online, with the best of it on the archive’s own channel. The highlight for me is the 1962 recruitment film for the harbour, which has a swaggering jazz score and a narrator who promises "steady work for steady men", and which can now be watched alongside a new drama set in the same kind of port. If you have seen ',
      a('Low Tide at Orrin Bay', '/culture/low-tide-at-orrin-bay-film-review'),
      ', the old footage is an uncanny companion piece.',
    ),
    p(
      'That pairing is no accident. Lund wants the archive to be seen as part of the city’s cultural life now, not only as a store of its past, and she has started offering restored footage to film-makers, musicians and schools for free. A local secondary school has made a short documentary about its own building using reels from the 1960s, and the harbour museum now loops a silent film of the cranes being assembled. Every new use, she argues, is another reason for the council to keep the lights on in the basement.',
    ),
    readMore('demo-020'),
    {
      type: 'embed',
      provider: 'vimeo',
      url: 'https://vimeo.com/824417763',
      title: 'Steady Work: the 1962 Calvera harbour recruitment film, restored',
      description: 'Scanned and restored by the Calvera Municipal Film Archive.',
    },
    promo('the-long-read'),
    p(
      'Back in the basement, Lund opens one more can for me. The film inside is curled into a stiff spiral, and the sour smell is strong. It is labelled simply "Carnival, 1958, reel 3". She does not know yet whether it can be saved. She puts it at the front of the queue, closes the lid, and writes the date on the label. ',
      b('The clock, as she says, is running.'),
    ),
  ],
};

const solarAuction: DemoArticle = {
  id: 'demo-024',
  slug: 'tessaly-record-cheap-solar-auction-why-bills-may-not-fall',
  section: 'analysis',
  status: 'published',
  language: 'en',
  headline: 'Tessaly’s record-cheap solar auction: why electricity bills may not fall with it',
  standfirst:
    'Developers bid to build 4 gigawatts of solar at the lowest prices the country has seen. The hard part, connecting it to a grid built for coal, has barely begun.',
  hero: demoImage('solar-farm', 'A solar farm on the Tessalian plains. The latest auction will add 4 gigawatts of panels in the same region.'),
  authors: ['lukas-brandt', 'mei-lin-zhou'],
  tags: ['energy', 'economy', 'climate'],
  publishedHoursAgo: 8,
  updatedHoursAgo: 2,
  body: [
    p(
      'When Tessaly’s energy ministry announced the results of its latest renewable power auction on Monday, the number that made the headlines was the price. Developers have agreed to build ',
      b('4 gigawatts of solar capacity at an average of 31 crowns per megawatt-hour'),
      ', about a third less than the previous round two years ago and well below the running cost of the country’s remaining coal plants. The minister called it "the cheapest electricity in our history". On paper, she is right.',
    ),
    p(
      'But households hoping for lower bills should not hold their breath. The price agreed in an auction is the price of generating electricity at the edge of a field in the sunny south. It is not the price of getting it to a flat in the northern cities, at seven in the evening, in January. The gap between those two things is where the story of Tessaly’s energy transition will be decided.',
    ),
    h2('What the auction actually bought'),
    p('The results, published by the ministry on Monday, break down as follows:'),
    bullets(
      [b('Capacity: '), '4.1 gigawatts across 37 projects, almost all on the southern plains.'],
      [b('Price: '), 'an average strike price of 31 crowns per megawatt-hour, fixed for fifteen years.'],
      [b('Storage: '), 'only six projects include batteries, totalling 380 megawatts of output for two hours.'],
      [b('Timing: '), 'the contracts allow up to four years to reach full operation.'],
    ),
    p(
      'That last figure matters. A solar farm can be built in under a year. Four years is the time it takes to secure a grid connection, and for many of these projects even four years may prove optimistic.',
    ),
    h2('A grid built for coal'),
    p(
      'Tessaly’s transmission network was designed around a handful of large coal and gas plants near the northern cities, where the demand is. The sunniest land is hundreds of kilometres away. The two main lines running north are already congested on bright afternoons, and the grid operator, TessGrid, has been curtailing, meaning paying to switch off, existing solar farms for dozens of hours a month.',
    ),
    quote(
      'We can connect every one of these projects. What we cannot do is move all of their power north at midday until the new lines are finished, and the earliest of those is five years away.',
      'TessGrid, statement on the auction results',
    ),
    {
      type: 'image',
      image: demoImage('power-lines', 'The northern transmission corridor, which TessGrid says is already congested on sunny afternoons.'),
    },
    p(
      'The cost of that congestion does not appear in the auction price. It appears in the network charges on every bill, which have risen by 18 per cent in three years, and in the payments made to generators who are told to stop. Those costs are spread across all consumers, which is why a cheaper wholesale price and a more expensive bill can coexist for years.',
    ),
    pull('The price of electricity at the edge of a field is not the price of electricity in a kitchen in January.'),
    h2('The evening problem'),
    p(
      'The second gap is time. Solar power arrives in the middle of the day; Tessaly’s demand peaks in the early evening, when people come home and switch on heaters and ovens. Without storage, every extra gigawatt of solar makes middle-of-the-day power cheaper and does little for the evening. On the days that set the price of electricity for the whole year, the gas plants still run.',
    ),
    p(
      'Research at the ',
      a('Venn Reservoir floating solar trial', '/science/venn-reservoir-floating-solar-cuts-evaporation'),
      ' has shown that pairing panels with water storage and batteries can shift some output into the evening, but the auction rules gave no extra credit for doing so. Only six winning bids included batteries at all.',
    ),
    readMore('demo-026'),
    h2('Winners and losers on the plains'),
    p(
      'The auction will reshape the south long before it changes anyone’s bill. Farmers who lease land to developers stand to earn more from a hectare of panels than from a hectare of wheat in a dry year, and several southern districts have already seen land prices rise. Some councils there have welcomed the investment; others worry that the best farmland will disappear under glass. The ministry’s rules ask developers to avoid "high-value agricultural land" but do not define it.',
    ),
    p(
      'In the north, the coal towns are watching with a different anxiety. Three of the country’s five remaining coal plants are expected to close within the auction’s four-year window, and with them about 4,000 direct jobs. The government has promised a transition fund, but its first payments are tied to closure dates that have not yet been set. For a miner in Kessing, a record-cheap price for solar in the far south is not obviously good news.',
    ),
    p(
      'These distributional questions rarely feature in auction announcements, which are written to celebrate a number. Yet they shape whether the public will keep supporting the next auction, and the one after that. A transition that lowers prices for everyone and costs a few regions everything is politically fragile, however good the headline figure looks.',
    ),
    p(
      'Batteries are not the only answer. Tessaly’s hydropower reservoirs in the western mountains could, in principle, hold back water on sunny days and release it in the evening, acting as a giant battery. But the dams are run by regional companies paid for the energy they produce, not for the flexibility they provide, and the rules give them little reason to change their habits. Reforming those contracts would cost the government almost nothing. It has been recommended by two official reviews and adopted by neither.',
    ),
    h3('What would change the picture'),
    p('Energy economists we spoke to agreed on three things the government could do to turn cheap generation into cheaper bills:'),
    numbered(
      ['Fast-track the two northern transmission lines, whose planning inquiries have been running since before the last election.'],
      ['Reward storage directly in the next auction, instead of leaving it to developers’ goodwill.'],
      ['Publish curtailment data every month, so that the cost of congestion is visible to the people who pay for it.'],
    ),
    promo('climate-week'),
    h3('Reasons for optimism'),
    p(
      'None of this makes the auction a failure. Every megawatt-hour produced by the new farms is one that does not come from coal, and the emissions saving is real from the first day of operation. Fixed prices for fifteen years also protect consumers from the kind of gas price shock that sent bills soaring three winters ago. ',
      i('The question is not whether cheap solar helps, but how quickly its benefits reach the people paying the bills.'),
    ),
    p(
      'TessGrid’s own commentary on the results, published alongside a chart of curtailed hours, is the most candid document the grid operator has released in years, and worth reading in full.',
    ),
    {
      type: 'embed',
      provider: 'bluesky',
      url: 'https://bsky.app/profile/tessgrid.bsky.social/post/3lk2auction7q',
      title: 'TessGrid on the auction results and the curtailment chart',
      description: 'The grid operator’s thread explaining where the new solar will connect and when.',
    },
    p(
      'The ministry says the next auction, due next year, will be designed with the grid in mind. If it is, Monday’s record may be remembered as the moment Tessaly proved it could generate clean power cheaply. If it is not, it may be remembered as the moment the country built more power than it could use, and sent the bill to the people who could least afford it.',
    ),
  ],
};

const highlandTeachers: DemoArticle = {
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
    quote(
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
    pull('A one-off payment cannot compensate for problems that recur every day.'),
    p(
      'The stakes go beyond the classroom. Families in the highlands already face long journeys to hospitals and markets; a village school with a revolving door of teachers is one more reason to move to the towns. Depopulation feeds itself: fewer children, smaller schools, lonelier postings, more departures. The review is, in that sense, a document about whether the highland villages have a future at all.',
    ),
    p(
      'The regional assembly is due to debate the findings next month. Its members will be tempted to raise the bonus, which is easy to announce and simple to administer. ',
      i('The evidence suggests they would be paying more for the same result.'),
    ),
  ],
};

const floatingSolar: DemoArticle = {
  id: 'demo-026',
  slug: 'venn-reservoir-floating-solar-cuts-evaporation',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'Floating solar panels cut evaporation from Venn Reservoir by a quarter, study finds',
  standfirst:
    'A three-year trial found that covering part of a drinking-water reservoir with panels saved water as well as generating power. The researchers warn that it will not suit every lake.',
  hero: demoImage('dry-riverbed', 'The exposed bed of Venn Reservoir during last summer’s drought, when the trial measured evaporation at its peak.'),
  authors: ['mei-lin-zhou'],
  tags: ['energy', 'water', 'climate'],
  publishedHoursAgo: 30,
  updatedHoursAgo: 26,
  body: [
    p(
      'Covering a third of a drinking-water reservoir with floating solar panels reduced the water lost to evaporation by about a quarter, according to a three-year study at Venn Reservoir published this week in the ',
      i('Tessalian Journal of Hydrology'),
      '. The panels also produced enough electricity to run the pumping station that draws water from the lake, with a surplus sold to the grid.',
    ),
    p(
      'The trial, run by the Venn Water Authority with hydrologists from the University of Tessaly, compared the covered section of the reservoir with an uncovered control section of similar depth. Over three summers, including last year’s severe drought, the covered water lost on average ',
      b('24 per cent less to evaporation'),
      ' than the open water beside it.',
    ),
    {
      type: 'image',
      image: demoImage('data-chart', 'Monthly evaporation from the covered and open sections of the reservoir diverged most sharply in July and August.'),
    },
    h2('Shade, wind and cooler water'),
    p(
      'The panels save water in two ways, the researchers say. They shade the surface, so less solar energy reaches the water, and they shelter it from the wind, which otherwise carries moist air away and speeds evaporation. The water beneath them was also, on average, 1.5 degrees cooler at the surface in midsummer.',
    ),
    quote(
      'In a dry year, the water we saved under the panels was roughly equal to what the town of Venn uses in three weeks. That is not a rounding error for a reservoir at 40 per cent capacity.',
      'Dr Ottilie Brenner, hydrologist and lead author of the study',
    ),
    p(
      'Cooler water also had a less welcome side effect. Levels of dissolved oxygen fell slightly under the densest part of the array, and the team recorded fewer algae there, which could affect the food chain for fish. The changes stayed within the limits set for drinking-water reservoirs, but the authors say they would be more concerned in a lake managed for wildlife.',
    ),
    h2('Not for every lake'),
    p('The paper is explicit about where the approach is likely to work and where it is not. The authors list several conditions:'),
    bullets(
      ['Artificial reservoirs with stable water levels, rather than natural lakes with rich shoreline habitats.'],
      ['Sites already connected to the grid, since building new lines can wipe out the financial case.'],
      ['Water bodies where the covered area stays below about a third of the surface, to limit effects on oxygen and algae.'],
    ),
    p(
      'Independent researchers welcomed the study’s length and its use of a control section, which earlier trials elsewhere often lacked. Some cautioned that three years is short for judging ecological effects, and that panels designed to last twenty-five years will face storms and ice that a pilot may not encounter. The authority plans to keep monitoring for at least another five years.',
    ),
    p(
      'Interest is growing regardless. With southern Tessaly’s reservoirs running low and the country building large amounts of new solar capacity, floating arrays offer land that nobody is farming and a water saving that no field can provide. The Venn authority has applied to extend its array to a second reservoir next year. ',
      i('The trial suggests that in the right place, the panels are worth more than the electricity they make.'),
    ),
  ],
};

const desalinationArabic: DemoArticle = {
  id: 'demo-027',
  slug: 'ras-al-ghayma-solar-desalination-plant-opens',
  section: 'news',
  status: 'published',
  language: 'ar',
  headline: 'بلدة رأس الغيمة تفتتح أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية',
  standfirst:
    'تنتج المحطة الجديدة أربعين ألف متر مكعب من مياه الشرب يومياً وتنهي عقداً من انقطاع المياه في الصيف، لكن الصيادين يخشون أثر المياه شديدة الملوحة التي تعود إلى البحر.',
  hero: demoImage(
    'water-well',
    'بئر قديمة في رأس الغيمة. كانت الآبار الجوفية المصدر الرئيسي لمياه البلدة قبل افتتاح المحطة الجديدة.',
  ),
  authors: ['noor-haddad'],
  tags: ['water', 'energy', 'cities'],
  publishedHoursAgo: 27,
  body: [
    p(
      'افتتحت بلدية رأس الغيمة الساحلية صباح الأحد محطةً جديدةً لتحلية مياه البحر، هي الأولى في المنطقة التي تعتمد في تشغيلها جزئياً على الطاقة الشمسية، وذلك بعد ثلاث سنوات من أعمال البناء وتأخيرٍ دام أكثر من عام بسبب نقص في قطع الغيار.',
    ),
    p(
      'وتبلغ الطاقة الإنتاجية للمحطة ',
      b('أربعين ألف متر مكعب من المياه الصالحة للشرب يومياً'),
      '، وهو ما يكفي بحسب البلدية لتغطية احتياجات نحو مئة وعشرين ألف نسمة، هم سكان البلدة والقرى الثلاث المحيطة بها. وكان السكان يعانون منذ أكثر من عقد من انقطاعات متكررة في المياه خلال أشهر الصيف، حين يتراجع منسوب الآبار الجوفية وترتفع ملوحتها.',
    ),
    p(
      'وتُغذّى المحطة بالكهرباء من حقل للألواح الشمسية أُقيم على أرض صخرية شرق البلدة، ينتج نحو ستين في المئة من حاجتها في ساعات النهار، فيما تؤمّن الشبكة العامة الباقي ليلاً. وبلغت كلفة المشروع نحو مئة وعشرين مليون دينار، موّل صندوق التنمية الإقليمي ثلثيها.',
    ),
    quote(
      'لن تضطر الأمهات بعد اليوم إلى انتظار صهاريج المياه في طوابير تحت شمس آب. هذا يوم انتظرناه طويلاً، والمحطة ملك لكل أهل البلدة.',
      'سلوى الدباغ، رئيسة بلدية رأس الغيمة',
    ),
    h2('مخاوف الصيادين من المياه المالحة'),
    p(
      'غير أن الافتتاح لم يخلُ من الأصوات المنتقدة، إذ تجمّع عشرات الصيادين قرب الميناء القديم رافعين لافتات تطالب بضمانات لحماية مناطق الصيد. فالمحطة تعيد إلى البحر مياهاً شديدة الملوحة، تُعرف بالمحلول الملحي المركّز، وهي ناتجة عن عملية التحلية نفسها.',
    ),
    p(
      'وقال الصياد يوسف بن عمران، الذي يعمل في البحر منذ ثلاثين عاماً، إن أسراب السردين بدأت تبتعد عن الساحل منذ بدء التشغيل التجريبي قبل شهرين، مضيفاً أن الصيادين لم يُستشاروا في اختيار موقع أنبوب التصريف.',
    ),
    p(
      'من جهتها، أوضحت الدكتورة ريم النجار، الباحثة في معهد الساحل لعلوم البحار، أن أنبوب التصريف يمتد مسافة كيلومتر ونصف داخل البحر، وأن المياه المالحة تختلط عند فتحاته بمياه البحر بسرعة. وأشارت إلى أن المعهد سيُجري قياسات شهرية لدرجة الملوحة وللحياة البحرية في محيط الأنبوب، وسينشر نتائجها للعموم.',
    ),
    p(
      'وأضافت النجار أن الحكم على أثر المحطة يحتاج إلى سنة كاملة من القياسات على الأقل، لأن حركة الأسماك تتغير من موسم إلى آخر لأسباب كثيرة، منها ',
      i('ارتفاع حرارة المياه'),
      ' وتغيّر التيارات البحرية.',
    ),
    p(
      'وتقول البلدية إن سعر المتر المكعب من المياه المحلاة سيبقى مدعوماً خلال السنوات الخمس الأولى، على أن يُراجع بعدها وفق كلفة التشغيل الفعلية. كما أعلنت تشكيل لجنة تضم ممثلين عن الصيادين والمزارعين وسكان الأحياء القريبة لمتابعة عمل المحطة، تعقد اجتماعاً علنياً كل ثلاثة أشهر.',
    ),
    p(
      'وفي حي الميناء، حيث كانت الصهاريج تصل مرتين في الأسبوع خلال الصيف الماضي، بدأ السكان يلمسون الفرق. وتقول أم خالد، وهي معلمة متقاعدة، إن الماء وصل إلى صنبور مطبخها ثلاثة أيام متتالية للمرة الأولى منذ سنوات، مضيفةً: «ما زلت أملأ الأواني احتياطاً، فالعادة لا تزول بسهولة».',
    ),
  ],
};

/** Drafts and the scheduled piece carry canary words so tests can prove they never reach a public page. */
const nightBusesDraft: DemoArticle = {
  id: 'demo-028',
  slug: 'calvera-night-buses-free-for-shift-workers-draft',
  section: 'opinion',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-002: Calvera should make its night buses free for the people who keep it running',
  standfirst:
    'The city’s night network carries cleaners, nurses and bakers to work. Charging them the full fare at 3am is a false economy.',
  hero: demoImage('city-street-rain', 'A night bus stop on Arcade Row, where the first service towards the hospital leaves at 3.40am.'),
  authors: ['rafael-mendes'],
  tags: ['cities', 'economy'],
  publishedHoursAgo: null,
  updatedHoursAgo: 5,
  body: [
    p(
      i('Editor’s note (ZEBRAFINCH-DRAFT-002): fare figures still to be checked with the transport authority; do not publish before the budget papers are out.'),
    ),
    p(
      'Ride the N4 out of Calvera at a quarter to four in the morning and you will meet the city that everyone else relies on and almost nobody sees. Hospital porters going to the early shift. Cleaners heading for the office towers on the harbour front. Bakers, market porters, care workers on their way to help someone out of bed. Almost none of them have a car, and almost all of them pay the full fare.',
    ),
    p(
      'The city’s eleven night routes carried about 2.1 million journeys last year, according to the transport authority. Fares on those routes brought in roughly 3 million, less than one per cent of the authority’s income. ',
      b('Making the night network free would cost less than resurfacing a single arterial road.'),
    ),
    h2('Who pays, and who benefits'),
    p(
      'The argument against is familiar: free fares attract people who would otherwise walk, make buses crowded, and cost money the authority does not have. On the night network, none of this holds up well. Nobody walks six kilometres to a hospital at four in the morning if a bus is available, the buses are rarely full, and the sum involved is small enough to be covered by the parking revenue the council collects from the very office towers whose cleaners ride the N4.',
    ),
    pull('The people who keep a city running overnight should not have to pay a premium to reach it.'),
    p(
      'There is also a fairness point the council’s own transport strategy makes, then ignores. Daytime commuters can buy discounted season tickets through their employers; shift workers on agency contracts usually cannot. The result is that some of the lowest-paid people in Calvera pay the highest effective fares. A free night network is the simplest way to correct that, and it needs no means test, no application form and no new bureaucracy.',
    ),
    p(
      'Calvera has spent the past year congratulating itself on a shorter working week for its own staff. Here is a cheaper way to show that it values the people who work the hours nobody else wants. The transport committee meets next month. It should put the night buses on the agenda.',
    ),
  ],
};

const prizeShortlistDraft: DemoArticle = {
  id: 'demo-029',
  slug: 'five-novels-to-read-before-the-calvera-book-prize-draft',
  section: 'culture',
  status: 'draft',
  language: 'en',
  headline: 'ZEBRAFINCH-DRAFT-003: Five novels to read before the Calvera book prize shortlist is announced',
  standfirst:
    'The longlist has twelve books and the shortlist arrives in a fortnight. These are the five our critic would put on it.',
  hero: demoImage('bookshelf', 'Longlisted titles on the display shelf at the Calvera central library, which hosts the prize ceremony.'),
  authors: ['hannah-kowalczyk'],
  tags: ['books', 'cities'],
  publishedHoursAgo: null,
  updatedHoursAgo: 30,
  body: [
    p(
      i('Draft ZEBRAFINCH-DRAFT-003: waiting on the publishers’ confirmed page counts and prices; final order of the list to be decided after the last two proofs arrive.'),
    ),
    p(
      'The Calvera book prize has always been a strange beast: open to any novel set in the region or written by someone who lives here, judged by a panel that changes completely every year, and prone to surprises that delight some readers and infuriate others. This year’s longlist of twelve is the strongest I can remember, which makes the shortlist unusually hard to predict. Here are the five I would choose.',
    ),
    numbered(
      [i('The Salt Archive'), ' by Ilse Marrow: an archivist catalogues the records of a drowned fishing town. Quiet, exact and the best ending of the year.'],
      [i('A Year of Trams'), ' by Joaquim Reyl: twelve linked stories, one for each tram line, about the strangers who share them. Funnier than it has any right to be.'],
      [i('The Understudy’s Daughter'), ' by Maren Okoye: a theatre family, three generations and one disastrous revival. Big, messy and irresistible.'],
      [i('Winter Ledger'), ' by Anselm Ruud: a bookkeeper in a failing bakery discovers the owner has been lying to everyone, including himself.'],
      [i('Salt and Iron'), ' by Dagny Velt: a short, furious novel about the last months of the harbour shipyard, told by a welder who refuses to leave.'],
    ),
    h2('The ones that may surprise'),
    p(
      'The judges have a history of rewarding ambition over polish, which is good news for Tobiah Fenn’s enormous, uneven ',
      i('The Cartographers'),
      ', a 700-page novel about the surveyors who mapped the region in the nineteenth century. I admired it more than I enjoyed it, but I would not bet against it. The debut on the list, Lise Amsel’s ',
      i('Low Season'),
      ', is slight but exquisitely controlled, and the panel includes two poets who may find its economy hard to resist.',
    ),
    p(
      'What strikes me most about this year’s books is how many of them are about work: archivists, tram drivers, bookkeepers, welders. Calvera’s writers seem to have decided that the most interesting thing about a city is the people who keep it running. The shortlist will tell us whether the judges agree.',
    ),
    p(
      'It is worth noting what is missing. Only one of the twelve longlisted books is translated, despite the region’s large communities of writers working in other languages, and the prize’s rules still require a publisher based in the country. The organisers have promised to review both rules next year; they should.',
    ),
    pull('The most interesting thing about a city is the people who keep it running.'),
    p(
      'The shortlist is announced at the central library in a fortnight, and the winner in the spring. I will review each shortlisted book that I have not already covered in the weeks between.',
    ),
  ],
};

const festivalScheduled: DemoArticle = {
  id: 'demo-030',
  slug: 'orrin-bay-film-festival-programme-built-around-work',
  section: 'culture',
  status: 'scheduled',
  language: 'en',
  headline: 'ZEBRAFINCH-SCHEDULED-001: Orrin Bay film festival unveils a programme built around work',
  standfirst:
    'Forty films over ten days, with a strand devoted to ports, factories and the people in them. Here is what to book first.',
  hero: demoImage('harbour-cranes', 'Harbour cranes at Orrin Bay, where the festival’s outdoor screenings take place on the old container quay.'),
  authors: ['hannah-kowalczyk'],
  tags: ['film', 'economy', 'cities'],
  publishedHoursAgo: -72,
  updatedHoursAgo: 12,
  body: [
    p(
      i('Embargoed (ZEBRAFINCH-SCHEDULED-001): the festival releases its programme at 9am on the publication date; nothing here may appear before then.'),
    ),
    p(
      'The Orrin Bay film festival has always been proud of its setting. Its outdoor screenings take place on a disused container quay, with the cranes lit up behind the screen and the tide audible in the quiet moments. This year, the festival has decided to lean into the location. Its main strand, ',
      b('"Working Harbour"'),
      ', gathers fourteen films about ports, factories, farms and the people who labour in them.',
    ),
    p(
      'The opening night belongs to a homecoming. Tomas Vell’s ',
      i('Low Tide at Orrin Bay'),
      ', shot on a freighter anchored a few miles from the festival quay, returns for a free screening with the cast and crew in attendance. It is a canny choice: a film about a ship stranded by a strike, shown to an audience that includes the dock workers whose union consulted on the script.',
    ),
    h2('What to book first'),
    bullets(
      [b('Steady Work, restored: '), 'the Calvera film archive’s newly scanned 1962 harbour recruitment film, with a live jazz score.'],
      [b('The Night Shift: '), 'a documentary following four cleaners through a single night in an office tower, made without a single interview.'],
      [b('Brine: '), 'a short feature about a desalination worker and her daughter, the festival’s only film in Arabic with subtitles.'],
      [b('Harvest Ledger: '), 'an essay film about a wheat farm’s last season before the land is sold for solar panels.'],
    ),
    p(
      'Outside the main strand, the programme is as eclectic as ever: a late-night horror section, a children’s matinee on every weekend morning, and a restored silent comedy accompanied by a brass band from the harbour district. Tickets for the quay screenings are free but must be booked, and the festival warns that the opening night sold out within an hour last year.',
    ),
    pull('A film about a ship stranded by a strike, shown to the dock workers whose union consulted on the script.'),
    p(
      'The festival is also trying to widen its audience. A new scheme offers free passes to anyone who works in the harbour, the fish market or the food-processing plants on the edge of town, and several screenings have been moved to the early evening so that shift workers can attend before the night begins. Subtitles in three languages will be available for every film in the main strand.',
    ),
    p(
      'The festival’s director, Ama Rossiter, says the theme grew out of the submissions rather than the other way round. Whatever its origins, it gives this year’s edition a rare coherence. For ten days, Orrin Bay will be watching itself on screen.',
    ),
  ],
};

export const articlesB: DemoArticle[] = [fourDayWeek, libraryClosure, rentCap, phoneLockers, saltmereRetreat, saltArchiveReview, orrinBayReview, substationHymns, allotmentPlay, filmArchive, solarAuction, highlandTeachers, floatingSolar, desalinationArabic,
  nightBusesDraft, prizeShortlistDraft, festivalScheduled];
