import { b, i, a, p, h2, h3, blockQuote, pullQuote, numbered, readMore, promo } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const filmArchive: DemoArticle = {
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
    blockQuote(
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
    pullQuote('For many of these events, the reels are the only moving images that exist. Lose them, and the city loses the memory.'),
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
