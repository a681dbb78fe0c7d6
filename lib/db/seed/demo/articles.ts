import { allotmentPlay } from './articles/culture/allotment-play';
import { ardessaFloods } from './articles/news/ardessa-floods';
import { calveraAutomation } from './articles/analysis/calvera-automation';
import { calveraStrike } from './articles/news/calvera-strike';
import { desalinationArabic } from './articles/news/desalination-arabic';
import { filmArchive } from './articles/culture/film-archive';
import { floatingSolar } from './articles/science/floating-solar';
import { foodPrices } from './articles/analysis/food-prices';
import { fourDayWeek } from './articles/opinion/four-day-week';
import { haldenTreaty } from './articles/analysis/halden-treaty';
import { highlandTeachers } from './articles/analysis/highland-teachers';
import { karstGlaciers } from './articles/science/karst-glaciers';
import { libraryClosure } from './articles/opinion/library-closure';
import { measlesDrive } from './articles/news/measles-drive';
import { methaneSatellite } from './articles/science/methane-satellite';
import { orrinBayReview } from './articles/culture/orrin-bay-review';
import { ostmarkHeatwave } from './articles/news/ostmark-heatwave';
import { phoneLockers } from './articles/opinion/phone-lockers';
import { rentCap } from './articles/opinion/rent-cap';
import { reshuffleDraft, nightBusesDraft, prizeShortlistDraft, festivalScheduled } from './unpublished-canaries';
import { saltArchiveReview } from './articles/culture/salt-archive-review';
import { saltmereRetreat } from './articles/opinion/saltmere-retreat';
import { solarAuction } from './articles/analysis/solar-auction';
import { sorrelReefs } from './articles/science/sorrel-reefs';
import { substationHymns } from './articles/culture/substation-hymns';
import { vessalyAnalysis } from './articles/analysis/vessaly-analysis';
import { vessalyElection } from './articles/news/vessaly-election';
import type { DemoArticle } from './types';

/**
 * Every demo article, one file each under articles/<section>/ (the unpublished ones, whose canary
 * words the leak tests look for, in unpublished-canaries.ts), in id order: demo-001 … demo-030.
 * Ids must stay unique; readMore blocks point at them. Every place, organisation, person and work
 * reviewed here is invented for Meridian's demo; the stories are fiction written in the register
 * of a serious international news site.
 */
export const demoArticles: DemoArticle[] = [
  calveraStrike, // demo-001 news
  ostmarkHeatwave, // demo-002 news
  vessalyElection, // demo-003 news
  measlesDrive, // demo-004 news
  ardessaFloods, // demo-005 news
  reshuffleDraft, // demo-006 news (draft)
  haldenTreaty, // demo-007 analysis
  foodPrices, // demo-008 analysis
  vessalyAnalysis, // demo-009 analysis
  calveraAutomation, // demo-010 analysis
  methaneSatellite, // demo-011 science
  sorrelReefs, // demo-012 science
  karstGlaciers, // demo-013 science
  fourDayWeek, // demo-014 opinion
  libraryClosure, // demo-015 opinion
  rentCap, // demo-016 opinion
  phoneLockers, // demo-017 opinion
  saltmereRetreat, // demo-018 opinion
  saltArchiveReview, // demo-019 culture
  orrinBayReview, // demo-020 culture
  substationHymns, // demo-021 culture
  allotmentPlay, // demo-022 culture
  filmArchive, // demo-023 culture
  solarAuction, // demo-024 analysis
  highlandTeachers, // demo-025 analysis
  floatingSolar, // demo-026 science
  desalinationArabic, // demo-027 news
  nightBusesDraft, // demo-028 opinion (draft)
  prizeShortlistDraft, // demo-029 culture (draft)
  festivalScheduled, // demo-030 culture (scheduled)
];
