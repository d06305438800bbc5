/**
 * `sxs/counterparts`: the other versions of a document — for a translation its English original
 * and its other locales, for an English original its translations — so the client can open
 * them side by side.
 */
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Counterparts } from '../protocol';
import { ownArticleFacts } from './ownArticleFacts';
import type { ArticleVersions } from './unitCounterparts';

/** The counterparts of a document, English first, then by locale. */
export async function documentCounterpartsOf(snapshot: DocumentSnapshot, workspace: ArticleVersions): Promise<Counterparts> {
  const own = ownArticleFacts(snapshot.model);
  const versions = await workspace.versionsOf(snapshot.uri, own);
  return { isEnglish: own.english, counterparts: versions.map(({ uri, locale, kind }) => ({ uri, locale, kind })) };
}
