import { ballotBoxIllustration } from './ballot-box';
import { bookshelfIllustration } from './bookshelf';
import { bridgeFogIllustration } from './bridge-fog';
import { cargoShipIllustration } from './cargo-ship';
import { citySkylineDuskIllustration } from './city-skyline-dusk';
import { cityStreetRainIllustration } from './city-street-rain';
import { classroomIllustration } from './classroom';
import { coastlineWavesIllustration } from './coastline-waves';
import { concertStageIllustration } from './concert-stage';
import { crowdSquareIllustration } from './crowd-square';
import { dataChartIllustration } from './data-chart';
import { desertDunesIllustration } from './desert-dunes';
import { dryRiverbedIllustration } from './dry-riverbed';
import { factoryChimneysIllustration } from './factory-chimneys';
import { filmReelIllustration } from './film-reel';
import { floodedStreetIllustration } from './flooded-street';
import { forestCanopyIllustration } from './forest-canopy';
import { gardenAllotmentIllustration } from './garden-allotment';
import { glacierIllustration } from './glacier';
import { harbourCranesIllustration } from './harbour-cranes';
import { hospitalCorridorIllustration } from './hospital-corridor';
import { laboratoryGlasswareIllustration } from './laboratory-glassware';
import { marketStallsIllustration } from './market-stalls';
import { mountainRangeIllustration } from './mountain-range';
import { nightSkyIllustration } from './night-sky';
import { oceanDeepIllustration } from './ocean-deep';
import { oliveGroveIllustration } from './olive-grove';
import { parliamentColumnsIllustration } from './parliament-columns';
import { powerLinesIllustration } from './power-lines';
import { riceTerracesIllustration } from './rice-terraces';
import { riverDeltaIllustration } from './river-delta';
import { satelliteOrbitIllustration } from './satellite-orbit';
import { serverRacksIllustration } from './server-racks';
import { smartphoneHandsIllustration } from './smartphone-hands';
import { solarFarmIllustration } from './solar-farm';
import { theatreCurtainIllustration } from './theatre-curtain';
import { trainStationIllustration } from './train-station';
import { waterWellIllustration } from './water-well';
import { wheatFieldsIllustration } from './wheat-fields';
import { windTurbinesIllustration } from './wind-turbines';
import type { DemoImageName } from '@/lib/db/seed/demo/images';
import type { DemoScene } from '../scene';

/** Every illustration named in lib/db/seed/demo/images.ts must have a scene: a missing one fails to compile. */
export const scenes: Record<DemoImageName, DemoScene> = {
  'city-skyline-dusk': citySkylineDuskIllustration,
  'city-street-rain': cityStreetRainIllustration,
  'harbour-cranes': harbourCranesIllustration,
  'coastline-waves': coastlineWavesIllustration,
  'ocean-deep': oceanDeepIllustration,
  'river-delta': riverDeltaIllustration,
  'dry-riverbed': dryRiverbedIllustration,
  'wheat-fields': wheatFieldsIllustration,
  'rice-terraces': riceTerracesIllustration,
  'mountain-range': mountainRangeIllustration,
  'wind-turbines': windTurbinesIllustration,
  'solar-farm': solarFarmIllustration,
  'power-lines': powerLinesIllustration,
  'parliament-columns': parliamentColumnsIllustration,
  'ballot-box': ballotBoxIllustration,
  'classroom': classroomIllustration,
  'hospital-corridor': hospitalCorridorIllustration,
  'laboratory-glassware': laboratoryGlasswareIllustration,
  'satellite-orbit': satelliteOrbitIllustration,
  'night-sky': nightSkyIllustration,
  'bookshelf': bookshelfIllustration,
  'film-reel': filmReelIllustration,
  'theatre-curtain': theatreCurtainIllustration,
  'concert-stage': concertStageIllustration,
  'market-stalls': marketStallsIllustration,
  'desert-dunes': desertDunesIllustration,
  'train-station': trainStationIllustration,
  'bridge-fog': bridgeFogIllustration,
  'data-chart': dataChartIllustration,
  'forest-canopy': forestCanopyIllustration,
  'glacier': glacierIllustration,
  'flooded-street': floodedStreetIllustration,
  'crowd-square': crowdSquareIllustration,
  'cargo-ship': cargoShipIllustration,
  'factory-chimneys': factoryChimneysIllustration,
  'server-racks': serverRacksIllustration,
  'smartphone-hands': smartphoneHandsIllustration,
  'garden-allotment': gardenAllotmentIllustration,
  'olive-grove': oliveGroveIllustration,
  'water-well': waterWellIllustration,
};
