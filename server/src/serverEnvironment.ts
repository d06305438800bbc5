/**
 * Environment variables the language server's process is started with, by the desktop client
 * and by the benchmarks, so both measure and run the same server.
 *
 * Each version of a large open document is one new string of its whole text
 * (`nodeTextBuilder.ts`): 18 MB for a 10 MB article. glibc's malloc serves a block that large
 * with a fresh `mmap` and returns it to the system when freed, so every keystroke pays a page
 * fault per 4 KiB of the text again (about 50 ms for 18 MB in a virtual machine, more than all
 * the rest of the keystroke). Raising the mmap threshold and the trim threshold keeps such
 * blocks in the heap, where the next version reuses warm memory. The heap still grows while
 * versions wait for V8 to collect them, and fresh memory is touched then: asking for transparent
 * huge pages (`hugetlb=1`, where the kernel gives them on request) makes that one fault per
 * 2 MiB instead of one per 4 KiB, at the price of more resident memory while such a file is
 * open (`glibc.malloc.hugetlb=0` of the user's turns it off). Other C libraries and allocators
 * ignore the variable, and glibc before 2.35 ignores that tunable.
 */

/** Blocks up to this size come from the heap, not their own mapping: a text of 128 M code units. */
const MMAP_THRESHOLD = 256 * 1024 * 1024;
/** Free memory kept at the top of the heap before it is given back: a few versions of a large text. */
const TRIM_THRESHOLD = 128 * 1024 * 1024;

const TUNABLES = `glibc.malloc.mmap_threshold=${MMAP_THRESHOLD}:glibc.malloc.trim_threshold=${TRIM_THRESHOLD}:glibc.malloc.hugetlb=1`;

/**
 * The variables to add to `inherited` (the parent's environment) for the server process. Tunables
 * the user already set come after ours, so theirs win.
 */
export function serverEnvironment(inherited: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const own = inherited.GLIBC_TUNABLES?.trim();
  return { GLIBC_TUNABLES: own ? `${TUNABLES}:${own}` : TUNABLES };
}
