export {
  compareVi,
  createSearch,
  defaultOptionalPrefixes,
  defaultSynonyms,
  foldText,
  normalizeText,
  normalizeTonePlacement,
  searchKey,
} from './text.js';
export type { MatchRank, SearchKey, SearchOptions, SearchResult } from './text.js';
