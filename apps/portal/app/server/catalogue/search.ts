import type { ServiceDefinition } from '@dvc/flows';
import { services } from '@dvc/services';
import { createSearch, normalizeText, searchKey } from '@dvc/vn';
import { serviceKeywords } from './catalogue.js';
import { signposts as allSignposts, type Signpost } from './signposts.js';

/** The longest query read; the rest is ignored. */
export const maxQueryLength = 100;

/**
 * Words that carry no meaning for finding a service ("làm CCCD", "khai sinh cho con",
 * "how to get a passport"), folded. Dropped only when the whole query found nothing.
 */
const fillerWords = new Set([
  // Vietnamese, folded (no marks). Not "can" (căn/cần) nor "ho" (hộ/hồ): they fold alike.
  'lam',
  'xin',
  'cap',
  'doi',
  'lai',
  'moi',
  'cho',
  'con',
  'be',
  'chau',
  'toi',
  'minh',
  'em',
  'muon',
  'o',
  'gi',
  'nop',
  'cua',
  'va',
  'de',
  'thi',
  'la',
  'di',
  'online',
  // English
  'how',
  'to',
  'do',
  'i',
  'a',
  'an',
  'the',
  'my',
  'for',
  'get',
  'apply',
  'make',
  'where',
  'new',
  'please',
  'need',
  'of',
  'our',
]);

/** Filler phrases of several words, folded, removed before the single words. */
const fillerPhrases = [
  'ho so',
  'thu tuc',
  'giay to',
  'o dau',
  'nhu the nao',
  'the nao',
  'truc tuyen',
  'huong dan',
  'bao nhieu',
];

/** Keyword phrases shorter than this are not looked for inside a query (too many false hits). */
const minPhraseLength = 3;

export type CatalogueHit =
  { kind: 'service'; id: string } | { kind: 'signpost'; signpost: Signpost };

export interface CatalogueSearchResult {
  /** The query as read: NFC, trimmed, inner white space collapsed, at most 100 characters. */
  query: string;
  /** Services this portal offers, best first. */
  serviceIds: string[];
  /** Procedures done elsewhere, with where. */
  signposts: Signpost[];
}

interface Target {
  hit: CatalogueHit;
  names: string[];
  keywords: string[];
  /** Folded keyword phrases, each padded with spaces, to look for inside a query. */
  phrases: string[];
}

function targetKey(hit: CatalogueHit): string {
  return hit.kind === 'service' ? `service:${hit.id}` : `signpost:${hit.signpost.id}`;
}

/**
 * Builds the catalogue search over the portal's services and the signposts. Queries are
 * folded (marks, đ, case, NFC/NFD), spelling variants are unified, and a natural query
 * ("làm cccd", "khai sinh cho con", "tôi muốn nhập hộ khẩu") is read in three steps, each
 * tried only when the one before found nothing:
 * 1. the whole query against names and keywords (prefix, word prefix, substring, all words);
 * 2. the same with filler words removed ("làm", "cho con", "how to");
 * 3. any keyword phrase found whole inside the query.
 */
export function createCatalogueSearch(
  from: readonly ServiceDefinition[] = services,
  signposts: readonly Signpost[] = allSignposts,
  keywords: Readonly<Record<string, readonly string[]>> = serviceKeywords,
): (raw: string) => CatalogueSearchResult {
  const targets: Target[] = [
    ...from.map((service) => ({
      hit: { kind: 'service' as const, id: service.id },
      names: [service.name.vi, service.name.en],
      keywords: [...(keywords[service.id] ?? [])],
    })),
    ...signposts.map((signpost) => ({
      hit: { kind: 'signpost' as const, signpost },
      names: [signpost.title.vi, signpost.title.en],
      keywords: [...signpost.keywords],
    })),
  ].map((target) => ({
    ...target,
    phrases: [...target.names, ...target.keywords]
      .map(searchKey)
      .filter((phrase) => phrase.length >= minPhraseLength)
      .map((phrase) => ` ${phrase} `),
  }));

  const search = createSearch(targets, {
    keys: ['names', 'keywords'],
    synonyms: [
      ['căn cước', 'CCCD', 'CMND'],
      ['lý lịch tư pháp', 'LLTP'],
      ['giấy phép lái xe', 'GPLX', 'bằng lái'],
      ['licence', 'license'],
    ],
    optionalPrefixes: [],
    limit: targets.length,
  });

  function withoutFillers(folded: string): string {
    let padded = ` ${folded} `;
    for (const phrase of fillerPhrases) padded = padded.replaceAll(` ${phrase} `, ' ');
    return padded
      .trim()
      .split(' ')
      .filter((word) => !fillerWords.has(word))
      .join(' ');
  }

  function containing(folded: string): Target[] {
    const padded = ` ${folded} `;
    return targets.filter((target) => target.phrases.some((phrase) => padded.includes(phrase)));
  }

  return function searchCatalogue(raw: string): CatalogueSearchResult {
    const query = normalizeText(typeof raw === 'string' ? raw : '').slice(0, maxQueryLength);
    const folded = searchKey(query);
    let found: Target[] = [];
    if (folded) {
      found = search(folded).map((r) => r.item);
      const stripped = withoutFillers(folded);
      if (found.length === 0 && stripped && stripped !== folded) {
        found = search(stripped).map((r) => r.item);
      }
      if (found.length === 0) found = containing(folded);
    }
    const seen = new Set<string>();
    const unique = found.filter((target) => {
      const key = targetKey(target.hit);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return {
      query,
      serviceIds: unique.flatMap((t) => (t.hit.kind === 'service' ? [t.hit.id] : [])),
      signposts: unique.flatMap((t) => (t.hit.kind === 'signpost' ? [t.hit.signpost] : [])),
    };
  };
}

/** The portal's catalogue search, built once. */
export const searchCatalogue = createCatalogueSearch();
