// ESCO v1.2 skills the demo data uses, by a readable name. Each URI is in src/data/esco/skills.csv;
// the comment is its English preferred label. Generated once from the CSVs, then kept by hand.
const ESCO_SKILL = "http://data.europa.eu/esco/skill/";

export const SKILLS = {
  adaptToChangesInForestry: `${ESCO_SKILL}9207098f-d6fc-444b-bc92-d286d03d7729`, // adapt to changes in forestry
  applyFishingManeuvres: `${ESCO_SKILL}8e76cd71-fb0c-404b-957a-3044ec12d37c`, // apply fishing maneuvres
  applyHealthAndSafetyWhenPicking: `${ESCO_SKILL}0b34dd9f-bcb2-4bd0-9aaa-e88421cdf288`, // apply health and safety when picking
  assistAnchoringOperations: `${ESCO_SKILL}74e0053d-7fb0-43da-99dc-6bae87143ff7`, // assist anchoring operations
  assistAnimalBirth: `${ESCO_SKILL}d69f2971-5de6-4493-9000-5323115c5c06`, // assist animal birth
  assistInShipMaintenance: `${ESCO_SKILL}a31c8047-8715-4484-aa32-c974127bcc69`, // assist in ship maintenance
  assistTreeIdentification: `${ESCO_SKILL}ee62e616-b6e9-49c1-888b-1b4e81f3536e`, // assist tree identification
  breedStock: `${ESCO_SKILL}60ac9cee-9ece-4c2c-ad16-d94a51127976`, // breed stock
  buildFences: `${ESCO_SKILL}8bb1142a-06ca-41fa-a434-444d95d8b8c9`, // build fences
  careForTheFlock: `${ESCO_SKILL}7503647a-72f8-40fc-a88a-1e884429f85f`, // care for the flock
  carryOutCheeseProduction: `${ESCO_SKILL}d2150558-2012-4639-9247-4da53346e54b`, // carry out cheese production
  carryOutFeedingOperations: `${ESCO_SKILL}266a3d52-5b86-45d7-b980-52be1a647fc7`, // carry out feeding operations
  carryOutHumaneHarvestingPractices: `${ESCO_SKILL}c3b618df-1969-42da-a021-9f71ab6ece01`, // carry out humane harvesting practices
  carryOutMaintenanceOfAquacultureEquipment: `${ESCO_SKILL}d7d1887c-1baa-41e2-a714-0dd2723ac2cd`, // carry out maintenance of aquaculture equipment
  carryOutRoutineMaintenanceOfWoodCuttingMachinery: `${ESCO_SKILL}47e63bf1-4208-440d-8471-84ff44fb84ba`, // carry out routine maintenance of wood cutting machinery
  carryOutWorkRelatedCalculationsInAgriculture: `${ESCO_SKILL}cca6049f-4b0f-4ea5-b0f9-9c54bbe147f8`, // carry out work related calculations in agriculture
  carryPickingWorkAids: `${ESCO_SKILL}6d372e75-5ca1-483a-b930-dd495dbe22ef`, // carry picking work aids
  checkQualityOfFruitsAndVegetables: `${ESCO_SKILL}30fb877c-a6d9-4877-bd5d-a87f759ea781`, // check quality of fruits and vegetables
  cleanAquacultureStockUnits: `${ESCO_SKILL}0b49fc97-c132-4c4f-aaff-f29f83d81fcd`, // clean aquaculture stock units
  collectDeadFish: `${ESCO_SKILL}065906a9-61b6-4261-b89c-a5bf5698c344`, // collect dead fish
  conductWaterNavigation: `${ESCO_SKILL}9b696239-fbf2-4031-84b7-eccdeaa2f11c`, // conduct water navigation
  controlLivestockDisease: `${ESCO_SKILL}16234c53-0b20-4594-a5f5-c31a2ad98c8c`, // control livestock disease
  cooperateWithColleagues: `${ESCO_SKILL}082967d4-b94c-4305-aa13-35a6aa8c5c7c`, // cooperate with colleagues
  coordinateGreenhouseEnvironment: `${ESCO_SKILL}118796d8-28a3-4865-bcd0-d037f4abcc0f`, // coordinate greenhouse environment
  deLimbTrees: `${ESCO_SKILL}51b4a8c4-6af7-41b7-a68d-f3c2fd63c9ec`, // de-limb trees
  driveAgriculturalMachines: `${ESCO_SKILL}a6bbc19a-381c-4c60-a79a-41dea2d1a422`, // drive agricultural machines
  driveTimberMachine: `${ESCO_SKILL}e0b749fa-4d71-488e-9b83-e27ae6fa3f25`, // drive timber machine
  ensureFlockSafety: `${ESCO_SKILL}5eeb7584-1242-48c1-ba60-c578b8d47a02`, // ensure flock safety
  examineAnimals: `${ESCO_SKILL}3fcc2323-b90f-4eeb-9640-0f8742034117`, // examine animals
  executeDiseaseAndPestControlActivities: `${ESCO_SKILL}e85cff6b-ee0e-4106-98f0-b57b39a2ea3f`, // execute disease and pest control activities
  executeFertilisation: `${ESCO_SKILL}726629ad-29f1-4e46-9723-13c023ed43b4`, // execute fertilisation
  exertAGoalOrientedLeadershipRoleTowardsColleagues: `${ESCO_SKILL}0fc0cb61-f44d-4fd0-afd1-18506380b55e`, // exert a goal-oriented leadership role towards colleagues
  extinguishFires: `${ESCO_SKILL}301a6581-e983-4bb6-8b31-b3ee2cbc2392`, // extinguish fires
  fellTrees: `${ESCO_SKILL}b8cfe3d0-15a7-4be4-a7f1-f5141ed11f16`, // fell trees
  followHygienicPracticesInFisheryOperations: `${ESCO_SKILL}031bfd8d-af80-4606-b4bb-6de4d5da6249`, // follow hygienic practices in fishery operations
  followSafetyPrecautionsInFisheryOperations: `${ESCO_SKILL}e29386e8-a042-4fc4-9819-ecbe229fdc7b`, // follow safety precautions in fishery operations
  followSafetyProceduresWhenWorkingAtHeights: `${ESCO_SKILL}fafbb75f-ec35-4cc2-996a-20c85ef6c266`, // follow safety procedures when working at heights
  followVerbalInstructions: `${ESCO_SKILL}fc511e12-fe90-40a0-bec8-227abb5e4255`, // follow verbal instructions
  followWrittenInstructions: `${ESCO_SKILL}54d68400-9da3-4077-a7ee-52e68b390ef6`, // follow written instructions
  growPlants: `${ESCO_SKILL}c5f255ef-02d3-4ab0-a652-2bf055d1d493`, // grow plants
  handleFishHarvestingWaste: `${ESCO_SKILL}002b2e58-35ab-460c-be97-ca2f585fd990`, // handle fish harvesting waste
  handleFishProducts: `${ESCO_SKILL}9b3c7861-8df8-4276-8553-390563526607`, // handle fish products
  handleForestProducts: `${ESCO_SKILL}b3e7751d-2502-4bff-9293-b4ce212a894a`, // handle forest products
  handleHarvestedFish: `${ESCO_SKILL}d14570e5-da58-4d27-8866-a54d92889ef2`, // handle harvested fish
  handlingChemicalProductsForSoilAndPlants: `${ESCO_SKILL}87da57a8-ae40-41e3-998e-f517daa95c9a`, // handling chemical products for soil and plants
  harvestAquaticResources: `${ESCO_SKILL}b409f833-976a-47a2-b401-ac40ac3c8ea2`, // harvest aquatic resources
  harvestCrop: `${ESCO_SKILL}2e4e8114-e579-453d-918e-b0262818ab76`, // harvest crop
  harvestGrapes: `${ESCO_SKILL}06b1f593-ac31-42ba-a2cd-5d86c755b416`, // harvest grapes
  harvestTimber: `${ESCO_SKILL}f133e815-4477-428e-9c66-774954b6e39f`, // harvest timber
  haveAHighLevelOfSafetyAwareness: `${ESCO_SKILL}cb86ea85-0776-4720-984c-e16f228c9bc3`, // have a high level of safety awareness
  identifyTreesToFell: `${ESCO_SKILL}50113beb-08ca-42c4-ae2d-22106ab48a21`, // identify trees to fell
  irrigateSoil: `${ESCO_SKILL}a5b308e8-78b7-4376-bdf8-7dfe047d62a2`, // irrigate soil
  keepTaskRecords: `${ESCO_SKILL}43b13058-68d0-40c6-8031-caf5a7b7d20c`, // keep task records
  loadPickedFruitsAndVegetables: `${ESCO_SKILL}5bc9fb93-6591-4e48-ad51-20a2055ce620`, // load picked fruits and vegetables
  loadTimberOntoASkidder: `${ESCO_SKILL}dc70c573-6bc9-4dec-828f-b23ffb1ce973`, // load timber onto a skidder
  maintainFarmEquipment: `${ESCO_SKILL}241f559e-d255-4e93-b448-19ae20406dea`, // maintain farm equipment
  maintainFishHarvestingEquipment: `${ESCO_SKILL}b1d3d335-2307-4133-ba98-2a5a207d7037`, // maintain fish harvesting equipment
  maintainForestryEquipment: `${ESCO_SKILL}8f8e16a0-a5d5-4bce-b2fa-d8177a26c43b`, // maintain forestry equipment
  maintainMechanicalEquipment: `${ESCO_SKILL}8efb6150-2c43-4109-b3cd-41c3451698ea`, // maintain mechanical equipment
  maintainPastures: `${ESCO_SKILL}d52d47d6-8ee1-4c59-9375-ab741f42d48b`, // maintain pastures
  maintainSafeNavigationWatches: `${ESCO_SKILL}d461d450-14bb-495a-abf6-eb8c662f5e68`, // maintain safe navigation watches
  maintainTheFarm: `${ESCO_SKILL}29d1a8b4-608b-4152-987a-232605e3fb49`, // maintain the farm
  maintainTheGreenhouse: `${ESCO_SKILL}9b115fce-f6ee-4d20-96f5-847fc6b11c6b`, // maintain the greenhouse
  manageAgriculturalStaff: `${ESCO_SKILL}263782c1-c65d-458a-ae67-8526ccf214f5`, // manage agricultural staff
  manageCanopy: `${ESCO_SKILL}bed64efc-fd94-4fa4-aa3a-048c92c9255b`, // manage canopy
  manageForestFires: `${ESCO_SKILL}fc6890aa-1dbd-4aa1-bae2-4699965eeaf0`, // manage forest fires
  manageLogsSegregationAndStacking: `${ESCO_SKILL}2fee495f-768c-4962-b165-abb698ea910d`, // manage logs segregation and stacking
  manageTheHealthAndWelfareOfLivestock: `${ESCO_SKILL}7c6ab71d-c8d4-4a85-9f33-7ab3c2e23157`, // manage the health and welfare of livestock
  manageTimeInFisheryOperations: `${ESCO_SKILL}a519961c-513f-4f9e-abd3-c71db9e4b3ea`, // manage time in fishery operations
  measureFruitsOrVegetables: `${ESCO_SKILL}f66cbeb5-2a8e-47f7-b866-11c13d88f449`, // measure fruits or vegetables
  milkAnimals: `${ESCO_SKILL}cacb30e8-eb78-40bf-b664-b7a4c8a018a3`, // milk animals
  minimizeRisksInTreeOperations: `${ESCO_SKILL}55116536-a3e0-4c32-818d-cc567fd3023e`, // minimize risks in tree operations
  monitorFields: `${ESCO_SKILL}70f89c90-0290-4fbb-a91a-d433a5f28b15`, // monitor fields
  monitorFishHealthStatus: `${ESCO_SKILL}2cb23f25-95ff-4349-ac8d-bc4a75c64120`, // monitor fish health status
  monitorFishMortalityRates: `${ESCO_SKILL}0aa44b22-2da9-4704-aea0-b6289bee0462`, // monitor fish mortality rates
  monitorWaterQuality: `${ESCO_SKILL}d589970b-933d-4656-bcb6-a43b3cc67888`, // monitor water quality
  moveAnimals: `${ESCO_SKILL}4c6c52d6-f791-4202-b45a-96512ca5222e`, // move animals
  moveTheHerd: `${ESCO_SKILL}8c339895-feac-45b0-a860-4c92424b9b84`, // move the herd
  nursePlants: `${ESCO_SKILL}7b3717e4-e963-44e0-b94f-1088a7242da0`, // nurse plants
  nurseTrees: `${ESCO_SKILL}eadf0f36-cba0-4e68-8458-c91bc60b494d`, // nurse trees
  operateAgriculturalMachinery: `${ESCO_SKILL}00dd3271-077f-4a12-a958-e297fdd724ce`, // operate agricultural machinery
  operateFishCaptureEquipment: `${ESCO_SKILL}6e9cd962-77c4-4a43-9386-39c35271fcea`, // operate fish capture equipment
  operateFishingEquipmentMachinery: `${ESCO_SKILL}1154d74a-eaf1-4a86-bcaa-453dd4923d5c`, // operate fishing equipment machinery
  operateForestryEquipment: `${ESCO_SKILL}ffe198e3-3f51-40c1-8d43-6e559bb98c8d`, // operate forestry equipment
  operateForestryMachinery: `${ESCO_SKILL}d019e141-80a7-4a38-9aa9-972e663e7f55`, // operate forestry machinery
  operateForklift: `${ESCO_SKILL}28cb374e-6261-4133-8371-f9a5470145da`, // operate forklift
  operateHorticultureEquipment: `${ESCO_SKILL}949fe489-274a-4ce5-8c00-334b46b144e3`, // operate horticulture equipment
  operateShipPropulsionSystem: `${ESCO_SKILL}f774cc69-f0cf-4767-bf13-9b16dc7f7c07`, // operate ship propulsion system
  operateSmallCraft: `${ESCO_SKILL}a723adc4-3eaa-4c28-ae75-8f6282655883`, // operate small craft
  organiseShearing: `${ESCO_SKILL}ad83b87c-115d-4d5d-94b3-e442c923da59`, // organise shearing
  packVegetablesOrFruits: `${ESCO_SKILL}aa47f037-4197-4484-8dac-2b7835ce2a85`, // pack vegetables or fruits
  participateInVineMaintenance: `${ESCO_SKILL}78e89833-f27e-48db-a885-00d881bdc431`, // participate in vine maintenance
  payAttentionToSafetyWhilePerformingForestryOperations: `${ESCO_SKILL}ed4c9170-a0b0-4aa4-89f1-ebb6d203b91a`, // pay attention to safety while performing forestry operations
  performFarmEquipmentHygiene: `${ESCO_SKILL}9ba33cce-53f4-4cde-b473-f9707569fcea`, // perform farm equipment hygiene
  performFishGradingOperations: `${ESCO_SKILL}550f0643-9756-4b27-a18a-aa04bb823e3f`, // perform fish grading operations
  performHandPruning: `${ESCO_SKILL}8853dc46-e29e-4c6e-ab9c-f2553f7b2b8f`, // perform hand pruning
  performLoadingAndUnloadingOperations: `${ESCO_SKILL}c80b2f08-ab07-4632-be78-68c6ec1f3b41`, // perform loading and unloading operations
  performMilkControl: `${ESCO_SKILL}70c6065c-9eb8-40b4-bb2b-d66cd880a9c3`, // perform milk control
  performOnFarmProductProcessing: `${ESCO_SKILL}b1d7660b-0f5e-4ff6-819e-2b64e35bb7a7`, // perform on-farm product processing
  performTreeThinning: `${ESCO_SKILL}55b656ad-ee08-443a-924d-a2608439df92`, // perform tree thinning
  performTrellisRepairs: `${ESCO_SKILL}916708d4-9890-4ed1-a46f-3742981aa8ab`, // perform trellis repairs
  performWeedControlOperations: `${ESCO_SKILL}94a1b3c5-2a95-4703-8559-973bc6d14747`, // perform weed control operations
  pickOrdersOfAgriculturalProducts: `${ESCO_SKILL}307f11d5-1356-42e7-88f2-07ff41ec18b4`, // pick orders of agricultural products
  plantTrees: `${ESCO_SKILL}a281365c-a432-4e82-97ce-2dcc4907685f`, // plant trees
  prepareAquaticAnimalsForHarvesting: `${ESCO_SKILL}8500852d-796a-44bd-9c1c-54c462e846fb`, // prepare aquatic animals for harvesting
  prepareDeckEquipment: `${ESCO_SKILL}5352b24a-498e-4c45-88cb-6b120d9b8a30`, // prepare deck equipment
  prepareEquipmentForHarvest: `${ESCO_SKILL}64c626b1-0078-4958-bbde-86b5cf2b18fa`, // prepare equipment for harvest
  prepareFishingEquipment: `${ESCO_SKILL}63f73b81-8a9c-4331-a713-c9beb57dfbcf`, // prepare fishing equipment
  preparePlantingArea: `${ESCO_SKILL}e1479957-1606-4dbd-90f7-4c46c615936c`, // prepare planting area
  preserveCrop: `${ESCO_SKILL}b194fbbf-89a4-4ff9-b12a-5db507c550da`, // preserve crop
  preserveFishProducts: `${ESCO_SKILL}1d07fabb-77ff-4572-bdbf-920546604930`, // preserve fish products
  processDairyFarmProducts: `${ESCO_SKILL}b5cd2ce8-1c77-4028-b23f-3b1194da03ae`, // process dairy farm products
  propagatePlants: `${ESCO_SKILL}844e9480-7aef-49f6-9260-d88c27249241`, // propagate plants
  provideFirstAid: `${ESCO_SKILL}1d21f6ad-340f-45da-a0a3-4e83867f47a6`, // provide first aid
  provideFlockMedicalTreatment: `${ESCO_SKILL}284d8ebe-396a-4931-b044-1a30c4d1759a`, // provide flock medical treatment
  provideNutritionToAnimals: `${ESCO_SKILL}3ab0d7fc-a266-4609-bdab-85d09d5de10e`, // provide nutrition to animals
  prunePlants: `${ESCO_SKILL}af9b6098-7d2f-4990-b4eb-d7dd73fdb933`, // prune plants
  recycleLivestockManure: `${ESCO_SKILL}4c4235a9-a1fb-403f-a173-37d9297c218c`, // recycle livestock manure
  removePartsOfFish: `${ESCO_SKILL}a5976780-66cc-4bc9-bd3d-b7f9dbc2d8ce`, // remove parts of fish
  secureShipsUsingRope: `${ESCO_SKILL}a6c7635f-c042-45ac-ab10-a740c7582a85`, // secure ships using rope
  selectAdequatePackagingForFoodProducts: `${ESCO_SKILL}e65117b6-97e0-4f45-bd61-e581dcd6ec2a`, // select adequate packaging for food products
  selectFruitsAndVegetables: `${ESCO_SKILL}e2c6ceb1-2356-46f7-9129-a9ae88cfb162`, // select fruits and vegetables
  selectTreeFellingMethods: `${ESCO_SKILL}cee44f3a-c99a-43d4-83b9-a630424e637e`, // select tree felling methods
  sharpenEdgedTools: `${ESCO_SKILL}8ed75e0b-673c-4eb3-984d-de566db5dbc6`, // sharpen edged tools
  shearingOfWool: `${ESCO_SKILL}f313b675-d15b-4ed9-94ac-7ad3f83649eb`, // shearing of wool
  sprayPesticides: `${ESCO_SKILL}9c2f2331-960f-41ee-a2c9-d26e258a156e`, // spray pesticides
  spreadFertiliser: `${ESCO_SKILL}b0c160d0-853e-4222-b389-0433e5a37385`, // spread fertiliser
  stockFish: `${ESCO_SKILL}189ef81e-5b3e-4c26-b49c-cfd05f140c35`, // stock fish
  storeCrops: `${ESCO_SKILL}b9f621b2-fecb-417c-98ca-802cbf0ba0b9`, // store crops
  storeProducts: `${ESCO_SKILL}f675d28f-9e1f-4938-ae49-c1d07f902fed`, // store products
  superviseFruitProductionTeams: `${ESCO_SKILL}1c9853ad-fad2-4d50-9fe3-6580d9e4d51e`, // supervise fruit production teams
  superviseHygieneProceduresInAgriculturalSettings: `${ESCO_SKILL}5a8d4d8c-ff64-4f82-945e-ec6f56e05cbe`, // supervise hygiene procedures in agricultural settings
  supportVesselManoeuvres: `${ESCO_SKILL}e4b9a090-de87-4569-a927-d907b753750a`, // support vessel manoeuvres
  surviveAtSeaInTheEventOfShipAbandonment: `${ESCO_SKILL}9926889a-7074-4e37-acce-1271fe6c5a6f`, // survive at sea in the event of ship abandonment
  swim: `${ESCO_SKILL}eb0d83b2-3aa4-4a36-a60a-99b6746429e2`, // swim
  tendVines: `${ESCO_SKILL}a131d45c-7f0b-457e-9294-4e7e32f6b2af`, // tend vines
  towATractorImplementUsingThePowerTakeOff: `${ESCO_SKILL}e018a27c-dc00-4d4b-bdae-38c0765bf3cc`, // tow a tractor implement using the power take-off
  useFishingVesselEquipment: `${ESCO_SKILL}6b801335-15e6-47d4-8863-9a5844949106`, // use fishing vessel equipment
  useGardeningEquipment: `${ESCO_SKILL}8a1942a8-bebd-4cc5-bdff-fe215aaa3de5`, // use gardening equipment
  useHandToolsForForestryWork: `${ESCO_SKILL}7e55b56a-5671-4a35-9cf0-57c959e65984`, // use hand tools for forestry work
  useWaterNavigationDevices: `${ESCO_SKILL}224423a6-ac6a-4b3e-be7c-e38b41f82116`, // use water navigation devices
  washDecksOfShips: `${ESCO_SKILL}582e5e24-f400-4a79-a368-24654b0fe055`, // wash decks of ships
  washGuttedFish: `${ESCO_SKILL}e81bd620-65a7-4794-b907-b37801019533`, // wash gutted fish
  workInAFisheryTeam: `${ESCO_SKILL}146a1971-1ff0-4ed6-99f3-d6d0dbcc4c95`, // work in a fishery team
  workInALandBasedTeam: `${ESCO_SKILL}521346cd-f6b7-4dfc-aad5-7a17fd9b27a3`, // work in a land-based team
  workInAMulticulturalEnvironmentInFishery: `${ESCO_SKILL}9bfa8293-1f98-4b83-b3e0-a3e53b5766e3`, // work in a multicultural environment in fishery
  workInInclementConditions: `${ESCO_SKILL}b805f989-14d5-46ad-80b0-755634b66dba`, // work in inclement conditions
  workInOutdoorConditions: `${ESCO_SKILL}0e355580-bd4a-465a-8058-92984623070e`, // work in outdoor conditions
  workInShifts: `${ESCO_SKILL}6f2721bf-40ad-4f5d-8774-a478d1d6f5a6`, // work in shifts
  workIndependentlyInAgriculture: `${ESCO_SKILL}dc3421a2-e1e6-4535-a645-a0440acca9e8`, // work independently in agriculture
  workIndependentlyInForestryServices: `${ESCO_SKILL}174fd014-d6fc-4c27-b7f3-88b911823c18`, // work independently in forestry services
} as const;
export type DemoSkillName = keyof typeof SKILLS;
