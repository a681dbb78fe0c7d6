import { b, p, h2, blockQuote, pullQuote, numbered } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const saltmereRetreat: DemoArticle = {
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
    blockQuote(
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
    pullQuote('The question is not whether Saltmere moves back from the sea. It is whether it decides how, or lets the sea decide.'),
    p(
      'None of this argues against the wall. Thirty years of protection is worth having, and it is precisely what makes an orderly plan possible. But the council has treated the wall as the end of the conversation. It should be the start of a much longer one, held in daylight, with maps on the table. The people of Saltmere have lived with the sea for centuries. They can cope with the truth about it.',
    ),
  ],
};
