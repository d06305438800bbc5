/** The markup of one unit, as real articles write it, for building test articles. */

/** `<span data-ttu-id="id">translation</span><span class="sxs-lookup"><span data-stu-id="sourceId">source</span></span>` */
export function sxsUnit(id: string, translation: string, source: string, sourceId = id): string {
  return `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${sourceId}">${source}</span></span>`;
}
