import { b, i, p, h2, blockQuote, bullets } from '../../blocks';
import { demoImage } from '../../images';
import type { DemoArticle } from '../../types';

export const measlesDrive: DemoArticle = {
  id: 'demo-004',
  slug: 'tamsara-measles-vaccination-drive-port-idris-schools-and-markets',
  section: 'news',
  status: 'published',
  language: 'en',
  headline: 'Tamsara launches its largest measles vaccination drive as cases climb in Port Idris',
  standfirst:
    'Health workers aim to reach 1.2 million children in three weeks, in schools, markets and ferry terminals. Officials blame missed doses during last year’s floods.',
  hero: demoImage('hospital-corridor', 'A corridor of the children’s ward at Port Idris General Hospital, where most measles cases have been treated'),
  authors: ['amara-okafor'],
  tags: ['health', 'education'],
  publishedHoursAgo: 40,
  body: [
    p(
      'PORT IDRIS — Health workers in Tamsara began the country’s largest measles vaccination campaign on Monday, setting up clinics in schools, covered markets and ferry terminals in an effort to stop an outbreak that has sickened more than 1,900 children since the spring.',
    ),
    p(
      'The campaign aims to give a dose of the measles and rubella vaccine to ',
      b('1.2 million children aged between nine months and ten years'),
      ' in three weeks, regardless of whether they have been vaccinated before, the health ministry said. About 4,000 vaccinators, many of them nursing students, have been trained for the drive.',
    ),
    h2('An outbreak that began after the floods'),
    p(
      'Most of the cases have been in Port Idris, the country’s second city, and in fishing towns along the coast to its north. Eleven children have died, according to ministry figures. The ministry says the outbreak can be traced to last year’s floods, which closed or damaged 140 health centres for up to four months and interrupted routine immunisation.',
    ),
    p(
      'Coverage with the second dose of measles vaccine, which is needed for lasting protection, fell from 88 per cent to 71 per cent in the coastal districts that year, the ministry estimates. Measles is so contagious that public health experts generally consider coverage of about 95 per cent necessary to prevent outbreaks.',
    ),
    blockQuote(
      'Measles finds the gaps. A few months of closed clinics is enough. By the time we saw the first cases, there were thousands of children who had missed a dose without anyone noticing.',
      'Dr Yasmin Oduya, head of immunisation at Tamsara’s health ministry',
    ),
    h2('Going to where the children are'),
    p(
      'Rather than asking parents to bring children to clinics, the campaign is sending teams to places families already go. In the central market of Port Idris on Monday morning, a team of six had set up under a striped awning between fish and vegetable stalls, with a cool box of vaccine, a folding table and a stack of yellow vaccination cards.',
    ),
    p(
      '“The mothers are here anyway, and the grandmothers,” said ',
      b('Farida Nsemi'),
      ', a nurse who led the team. “If we wait in the clinic, we see the families who always come. Here we see the ones who do not.” By 11am her team had vaccinated 212 children.',
    ),
    p('Campaign organisers say they are relying on several approaches at once:'),
    bullets(
      ['Clinics in every primary school, with consent forms sent home a week in advance.'],
      ['Teams at markets, ferry terminals and bus stations on the busiest days.'],
      ['Announcements through mosques, churches and community radio, in Tamsari and two coastal languages.'],
      ['Door-to-door visits in districts where coverage is lowest, using lists drawn up by local health committees.'],
    ),
    h2('Hesitancy, and logistics'),
    p(
      'Outright opposition to vaccination is rare in Tamsara, health workers say, but some parents worry about giving an extra dose to children who have already been vaccinated. The ministry says the extra dose is safe and helps protect children whose earlier vaccination may not have worked.',
    ),
    p(
      'The bigger challenge is logistics. The vaccine must be kept cold, and many of the coastal districts have unreliable electricity. The campaign has deployed 300 solar-powered refrigerators, donated by a regional development bank, and cool boxes that hold their temperature for up to five days. ',
      i('“The cold chain is the campaign,”'),
      ' said one logistics officer. “Everything else is people.”',
    ),
    p(
      'Results will be checked in a household survey after the campaign ends. Dr Oduya said the ministry would publish district-by-district coverage figures, and that routine immunisation at health centres would continue throughout the drive. Parents who miss the teams can take children to any health centre for a free dose until the end of the year.',
    ),
  ],
};
