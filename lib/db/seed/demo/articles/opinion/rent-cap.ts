import { b, i, a, p, h2, h3, pullQuote, numbered } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const rentCap: DemoArticle = {
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
    pullQuote('A cap that ends whenever a tenant leaves is not a limit on rents. It is an incentive to make tenants leave.'),
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
