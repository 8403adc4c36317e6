/**
 * The shape of each vocabulary file of data/dictionary. A file is checked against its schema
 * when resources are loaded, so that a misspelt key or a word list typed as a string stops the
 * pipeline with the file's name instead of quietly reading nothing.
 */
import { z } from 'zod';

const words = z.array(z.string().min(1));
/** Every file describes itself; the description is for people and is not read. */
const file = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ description: z.string().optional(), ...shape });

export const VOCABULARY_SCHEMAS = {
  'name-boundaries.json': file({ words, protected: words }),
  'generic-words.json': file({ words }),
  'parks.json': file({
    suffixes: words,
    areaSuffixes: words,
    notParks: words,
    names: words,
    areaWithSubArea: words,
    titleMarks: words,
    titleVerbs: words,
    directions: words,
    weakSuffixes: words,
    baseSuffixes: words,
    placeBaseSuffixes: words,
    placeSuffixes: words,
    listClasses: words,
    listStops: words,
  }),
  'enterprises.json': file({ suffixes: words, industries: words, listClasses: words, streetHeads: words, capacityUnits: words, workEnds: words, otherHeads: words, kindWords: words }),
  'policies.json': file({
    names: words,
    suffixes: words,
    quotedSuffixes: words,
    notPolicies: words,
    abbreviationCues: words,
    formulaHeads: words,
    titleSuffixes: words,
    outerHeads: words,
    programmeVerbs: words,
    shortFrameworkContext: words,
    policyBoundaries: words,
    evaluativeWords: words,
    rankPrefixes: words,
    titlesNeedingRank: words,
    periodHeads: words,
    completeTitles: words,
  }),
  'projects.json': file({
    stoplist: words,
    physicalWorks: words,
    capacityUnits: words,
    listClasses: words,
    routeKinds: words,
    enterpriseWorks: words,
    ratedWorks: words,
    // The kinds are rule ids (project.<kind>): a new kind needs its rule in src/extract/rules.ts.
    workHeads: z.strictObject({
      railway: words,
      road: words,
      station: words,
      power: words,
      water: words,
      building: words,
      mine: words,
      scenic: words,
      base: words,
    }),
    weakHeads: words,
    headStops: z.record(z.string().min(1), z.string()),
    workSuffixes: words,
    cityBuildings: words,
    clauseVerbs: words,
    evaluativeWords: words,
    objectVerbs: words,
    conjunctions: words,
    quantityWords: words,
    categoryWords: words,
    metroSystems: words,
    institutionHeads: words,
    buildWords: words,
    activityWords: words,
  }),
  'zones.json': file({
    names: words,
    nameContinuations: words,
    suffixes: words,
    multiRegionSuffixes: words,
    pilotSuffixes: words,
    /** Head words that make a zone with any specific name before them (中蒙俄经济走廊). */
    openSuffixes: words,
    /** Head words that make a zone only after two places' first letters (汾渭平原). */
    abbreviationHeads: words,
    /** One character per province abbreviation (京津冀晋…). */
    provinceAbbreviations: z.string().min(1),
    abbreviationFollowers: words,
    nationalRivers: words,
    bigRegions: words,
    capitalWords: words,
    nationalScope: words,
    zoneContinuations: words,
  }),
} as const;

export type VocabularyFileName = keyof typeof VOCABULARY_SCHEMAS;
export type VocabularyFiles = { [F in VocabularyFileName]: z.infer<(typeof VOCABULARY_SCHEMAS)[F]> };
export type WorkKind = keyof VocabularyFiles['projects.json']['workHeads'];
