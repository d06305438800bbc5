/** Command-line entry: the same core and checks over files (filled in by the checks). */
console.log('sxs: nothing to do yet');
