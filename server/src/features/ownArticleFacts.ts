/**
 * What an open document says about itself when its counterparts are looked up: the workspace
 * index may hold an older summary of it, so the document's own model decides.
 */
import type { SxsDocument } from '../core/model';
import { isEnglishLocale } from '../workspace/localeCodes';
import type { OwnArticleFacts } from '../workspace/workspaceIndex';

/** An article without units that names no other locale is an English original. */
export function ownArticleFacts(model: SxsDocument): OwnArticleFacts {
  const keys = model.frontMatter?.keys;
  const locale = keys?.contentLocale?.toLowerCase();
  const english = model.units.length === 0 && (locale === undefined || isEnglishLocale(locale));
  return { english, assetId: keys?.assetId?.toLowerCase() || undefined };
}
