import { b, i, a, p, h2, h3, blockQuote, pullQuote, bullets, readMore, promo, image, embed } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const methaneSatellite: DemoArticle = {
  id: 'demo-011',
  slug: 'vigil-methane-satellite-first-results-super-emitters',
  section: 'science',
  status: 'published',
  language: 'en',
  headline: 'A methane-hunting satellite’s first six months: 312 super-emitters, and a few surprises',
  standfirst:
    'The Vigil satellite can spot a single leaking gas well from orbit. Its first public results suggest that a small number of sites cause a large share of emissions, and that many of them could be fixed cheaply.',
  hero: demoImage('satellite-orbit', 'The Vigil satellite, which passes over every part of the Earth at least once every three days'),
  authors: ['mei-lin-zhou'],
  tags: ['climate', 'technology', 'energy'],
  publishedHoursAgo: 55,
  updatedHoursAgo: 50,
  body: [
    p(
      'Six months after it reached orbit, a small satellite built to find methane leaks has identified ',
      b('312 “super-emitter” events'),
      ' — single sites releasing more than a tonne of the gas every hour — across oil and gas fields, coal mines and landfills on five continents, according to results published on Monday.',
    ),
    p(
      'The satellite, called ',
      b('Vigil'),
      ', was built by the Nordvik Space Agency with funding from the Open Atmosphere Foundation, a research charity, and launched in the spring. Unlike most earlier instruments, which could see methane only as a regional haze, Vigil’s spectrometer resolves patches of ground about 30 metres across, small enough to pin a plume to an individual well pad, pipeline valve or landfill cell.',
    ),
    p(
      'Methane is responsible for roughly a third of the warming the planet has experienced so far, and because it breaks down in the atmosphere within about a decade, cutting it is one of the fastest ways to slow warming in the near term. ',
      i('“If carbon dioxide is the long fight, methane is the one you can win this decade,”'),
      ' said ',
      b('Dr Leni Haugland'),
      ', Vigil’s principal scientist.',
    ),
    h2('How Vigil sees an invisible gas'),
    p(
      'Methane is colourless, but it absorbs sunlight at particular wavelengths in the shortwave infrared. Vigil’s instrument splits the light reflected from the ground into several hundred narrow bands and looks for the tell-tale dips. Where there is more methane between the satellite and the ground, the dips are deeper.',
    ),
    image('laboratory-glassware', 'Calibration of Vigil’s spectrometer took place in a gas-cell laboratory in Nordvik before launch'),
    p('Turning those dips into a leak report involves several steps, each a source of uncertainty:'),
    bullets(
      [b('Retrieval'), ': software estimates how much methane lies in each column of air, correcting for the brightness of the ground and for water vapour.'],
      [b('Detection'), ': an algorithm, checked by a human analyst, flags plumes that stand out from the background.'],
      [b('Attribution'), ': the plume’s origin is matched to maps of infrastructure, often with higher-resolution aerial images.'],
      [b('Quantification'), ': the size of the plume is combined with wind data to estimate a rate of release, with error bars of 30 to 50 per cent.'],
    ),
    p(
      'Clouds, snow and very dark or very bright surfaces all make retrievals harder. The team says it cannot yet see reliably over the tropics during the rainy season, or over water, which leaves offshore platforms largely out of view.',
    ),
    h2('What the first six months found'),
    p(
      'The 312 events were not spread evenly. About 60 per cent came from oil and gas production, 22 per cent from coal mines, and most of the remainder from landfills. A single gas-producing region, the Karsk basin in the Republic of Veldora, accounted for 41 events on its own.',
    ),
    h3('A heavy tail'),
    p(
      'The most striking result, the team says, is how concentrated the problem is. The largest 10 per cent of events were responsible for more than half of the methane the satellite detected. That pattern, which aircraft surveys had suggested for years, matters because it means that finding and fixing a relatively small number of sites could make a large difference.',
    ),
    blockQuote(
      'We keep seeing the same kind of thing: a flare that has gone out, a tank hatch left open, a compressor venting during maintenance. These are not exotic failures. Most could be fixed in an afternoon by someone with the right tools, if they knew about them.',
      'Dr Leni Haugland, Vigil principal scientist',
    ),
    h3('Landfills, more than expected'),
    p(
      'The second surprise came from waste. Landfills near several large cities produced plumes that were persistent, visible on almost every pass for weeks, in a way that intermittent oil-field leaks were not. ',
      b('Dr Kwame Asante-Berg'),
      ', who leads the mission’s landfill work, said several sites appeared to be emitting two to three times what their operators had reported to national inventories.',
    ),
    pullQuote('The largest 10 per cent of leaks caused more than half of the methane the satellite saw.'),
    h2('What happens when a leak is found'),
    p(
      'Vigil’s operators publish detections on a public map within 72 hours, and since the summer they have also sent alerts directly to the operators of the sites involved and to national regulators, through a notification system run by the foundation.',
    ),
    p(
      'The response has been mixed. Of the 118 alerts sent so far, the foundation says it has received replies to 46, and in 29 cases the operator reported having found and repaired the source. In several cases, follow-up passes confirmed that the plume had disappeared. In others, the leak returned within weeks.',
    ),
    p(
      'Veldora’s energy ministry said in a statement that it “welcomed new data” and had asked operators in the Karsk basin to investigate every detection. A trade association representing producers there said some of the plumes were from ',
      i('permitted venting'),
      ' during maintenance, and questioned whether a satellite pass every few days could capture how long each event really lasted.',
    ),
    p(
      'That criticism has some force, independent scientists say. A snapshot shows a plume at one moment; it cannot say whether the leak lasted minutes or months. The team tries to address this by combining repeated passes, but the total annual emissions it reports come with wide uncertainty.',
    ),
    embed(
      'youtube',
      'https://www.youtube.com/watch?v=vG1lPlume42',
      'Video: How Vigil spots a single leaking well from 500 kilometres up',
      'A two-minute animation from the Nordvik Space Agency explaining how the spectrometer works.',
    ),
    h2('A crowded sky'),
    p(
      'Vigil is not alone. Several other satellites, some operated by governments and some by companies that sell data to the energy industry, now look for methane at different resolutions. Scientists increasingly describe the system as tiered: coarse instruments map regional totals every day, and fine ones like Vigil zoom in to find sources.',
    ),
    p(
      'Researchers caution that the new instruments do not replace checks on the ground. ',
      b('Professor Amelia Strand'),
      ', an atmospheric chemist at the University of Merrow who was not involved in the mission, said satellites were “extraordinarily good at telling you where to look, and less good at telling you exactly how much.” Her group flies drones fitted with laser sensors over sites that satellites have flagged.',
    ),
    p(
      'For Dr Haugland, the most important thing about Vigil is not its hardware but that its data is open. Anyone can download the detections, and several journalists and local groups have already used them to ask questions of operators near their towns. ',
      a('Our earlier report on the grid strain in Ostmark', '/news/heatwave-pushes-ostmark-power-grid-to-the-brink'),
      ' showed how quickly gas demand can spike in a heatwave; Vigil’s team says the same spikes often appear as extra venting in its data.',
    ),
    readMore('demo-012'),
    promo('climate-week'),
    h2('What comes next'),
    p(
      'A second satellite, identical to the first, is due to launch next year, which would halve the time between passes over any given site. The team is also working on a version of its detection software that can run on board, so that the largest plumes could be reported within hours rather than days.',
    ),
    p(
      'The foundation has said it will publish an annual ranking of the regions with the most detections, a step some producers have criticised as “naming and shaming.” Dr Haugland said that was the point. “For a long time, nobody could see this gas,” she said. “Now everybody can. What they do with that is up to them.”',
    ),
    p(
      i('This article was updated to include the response of Veldora’s energy ministry and the producers’ association.'),
    ),
  ],
};
