import { b, i, a, p, h2, h3, blockQuote, pullQuote, bullets, numbered, readMore, promo, image, embed } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const ostmarkHeatwave: DemoArticle = {
  id: 'demo-002',
  slug: 'heatwave-pushes-ostmark-power-grid-to-the-brink',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Heatwave pushes Ostmark’s power grid to the brink as rolling blackouts hit three cities',
  standfirst:
    'Temperatures above 41C sent electricity demand to a record while low river levels forced thermal plants to cut output. The grid operator warned that more cuts are likely this week.',
  hero: demoImage('power-lines', 'High-voltage lines north of Brenhaven, part of the corridor that failed to carry enough power on Monday evening'),
  authors: ['lukas-brandt', 'mei-lin-zhou'],
  tags: ['energy', 'climate', 'cities'],
  publishedHoursAgo: 9,
  updatedHoursAgo: 5,
  body: [
    p(
      'BRENHAVEN — Ostmark’s national grid operator cut power to parts of three cities on Monday evening, the first rolling blackouts in the country in more than twenty years, as a heatwave pushed electricity demand to a record and left the grid short of supply during the hottest hours of the day.',
    ),
    p(
      'The operator, ',
      b('Ostnetz'),
      ', said it had disconnected about 410,000 households in Brenhaven, Kessel and Lenzburg for periods of up to 90 minutes between 6pm and 9pm, rotating the cuts between districts. Hospitals, water pumping stations and the capital’s metro were exempted. Temperatures in Brenhaven reached ',
      b('41.3C'),
      ' on Monday afternoon, a national record, according to the national weather service.',
    ),
    p(
      'The operator warned that further cuts were “likely” on Tuesday and Wednesday, when forecasters expect temperatures to stay above 39C across the Halden valley.',
    ),
    h2('Why the grid fell short'),
    p(
      'Demand peaked at 14.8 gigawatts shortly after 6pm, about 6 per cent above the previous record set two summers ago, as air conditioners ran at full power in homes and offices. But the bigger problem, officials and engineers said, was on the supply side. Three factors combined:',
    ),
    numbered(
      [b('Hot rivers.'), ' The Halden and its tributaries were too warm and too low to cool two of the country’s largest thermal power stations at full output, so both were throttled back under environmental rules that protect fish.'],
      [b('Evening solar drop-off.'), ' Solar farms, which supplied almost a third of demand at midday, fell away just as household demand climbed after work.'],
      [b('A weak link.'), ' A high-voltage line carrying wind power from the northern ridges tripped twice in the afternoon when sagging cables came too close to trees.'],
    ),
    p(
      'Ostnetz’s director of operations, ',
      b('Katrin Oberle'),
      ', said the company had “no choice” once imports from neighbouring grids reached their limit. “The alternative to controlled cuts is an uncontrolled one,” she said at a briefing in the operator’s control centre on Monday night. “That is what we exist to prevent.”',
    ),
    blockQuote(
      'For years we have planned for a cold, still winter evening as the worst case. Monday showed us a second worst case: a hot, still summer evening, with tired rivers and the sun going down.',
      'Katrin Oberle, director of operations at Ostnetz',
    ),
    image('solar-farm', 'A solar farm near Kessel; output from Ostmark’s solar parks fell sharply after 6pm, when demand peaked'),
    h2('In the streets'),
    p(
      'In Kessel, the river port worst hit by Monday’s cuts, traffic lights went dark at rush hour and shopkeepers pulled down their shutters. At the city’s main hospital, which runs on its own generators during outages, staff said the emergency department had treated more than 60 people for heat-related illness since Saturday, most of them over 75.',
    ),
    h3('The most exposed'),
    p(
      'Public health officials are most concerned about elderly people living alone in top-floor flats, where temperatures can stay above 30C through the night. Brenhaven’s city government opened 48 “cool rooms” in libraries and schools and extended their hours to midnight. ',
      i('“The blackout is the story people see,”'),
      ' said ',
      b('Dr Henrike Sauer'),
      ', who heads the city’s public health department. “The heat is the story that kills people, quietly, indoors.”',
    ),
    pullQuote('The blackout is the story people see. The heat is the story that kills people, quietly, indoors.', 'Dr Henrike Sauer, Brenhaven public health department'),
    h3('Business'),
    p(
      'Ostmark’s chamber of industry said several factories in the Kessel area had shut production lines as a precaution, and asked the government to publish a schedule of planned cuts so that businesses could plan shifts. Ostnetz said it would publish a rota by noon each day.',
    ),
    embed(
      'bluesky',
      'https://bsky.app/profile/ostnetz-grid.bsky.social/post/3lheatwave01',
      'Ostnetz: today’s planned outage schedule by district',
      'The grid operator posts its rotation of planned cuts each day during the heatwave.',
    ),
    h2('A preview of summers to come'),
    p(
      'Climate scientists said the heatwave was consistent with the warming trend in the region, where average summer temperatures have risen by about 1.8C since the 1960s. ',
      b('Dr Pieter Lindqvist'),
      ', a climatologist at the national weather service, said a heatwave of this intensity would have been “virtually impossible” in the climate of his grandparents and was now expected roughly once every fifteen years.',
    ),
    p(
      'The link between heat, low rivers and power is one reason the ',
      a('Halden water treaty initialled last week', '/analysis/halden-water-treaty-what-ostmark-and-lusara-agreed-and-what-they-left-out'),
      ' matters far beyond agriculture: Ostmark’s thermal plants draw cooling water from the same river that Lusara needs downstream.',
    ),
    readMore('demo-007'),
    p(
      'Energy analysts said the country had invested heavily in solar power but far less in the storage and transmission needed to move it into the evening. Battery capacity on the grid is about 600 megawatts, roughly what is needed to run the capital for 20 minutes at peak. The energy ministry has promised to triple that by the end of next year.',
    ),
    promo('morning-briefing'),
    h2('What officials are asking people to do'),
    p('Ostnetz and the energy ministry asked households and businesses to:'),
    bullets(
      ['Run washing machines, dishwashers and other heavy appliances before 4pm or after 10pm.'],
      ['Set air conditioning no lower than 25C, and close blinds during the day.'],
      ['Check on elderly neighbours, especially during outages, and call the emergency number if someone is confused or has stopped sweating.'],
      ['Follow the daily outage schedule, which is published at noon, and keep a torch and a charged phone to hand.'],
    ),
    p(
      'The energy minister, ',
      b('Jonas Wetterling'),
      ', defended the government’s preparations in a radio interview on Tuesday morning, saying that no grid could be built for every extreme. Opposition parties called for an inquiry, and the Greens said the cuts were “the bill for a decade of delay on storage.”',
    ),
    h3('A question of who pays'),
    p(
      'The cost of the emergency is already a political argument. Ostnetz said it had paid record prices for imported electricity on Monday evening, at times more than ten times the usual rate, and that the cost would eventually reach household bills through network charges. Consumer groups asked the government to cover it from the budget instead.',
    ),
    p(
      'Municipal utilities in Kessel and Lenzburg said the cuts had also exposed weaknesses closer to home: several neighbourhood transformers failed on Sunday and Monday because they had been designed for cooler nights, when equipment normally has time to shed the heat of the day.',
    ),
    p(
      'Forecasters expect a cooler air mass to reach the west of the country on Thursday night, bringing thunderstorms and, they hope, an end to the worst of the heat. Until then, Ostnetz said, its engineers would be watching the evening peak minute by minute.',
    ),
    p(
      i('This story was updated on Tuesday with the energy minister’s comments and the latest hospital figures.'),
    ),
  ],
};
