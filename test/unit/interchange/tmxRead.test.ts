import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { InterchangeError } from '../../../server/src/interchange/interchangeError';
import { readTmx } from '../../../server/src/interchange/tmxRead';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
  <body>
    <tu creationdate="20240101T120000Z"><prop type="x-file">docs/a.md</prop>
      <tuv xml:lang="en-US"><seg>Select <bpt i="1" x="1">**</bpt>Save<ept i="1">**</ept> &amp; run <ph x="2">\`npm\`</ph>.</seg></tuv>
      <tuv xml:lang="fr-FR"><prop type="x-note">ok</prop><seg>Sélectionnez <bpt i="1" x="1">**</bpt>Enregistrer<ept i="1">**</ept> et exécutez <ph x="2">\`npm\`</ph>.</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Wählen Sie <hi>Speichern</hi>.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="fr-FR"><seg>Sans source</seg></tuv></tu>
  </body>
</tmx>`;

test('TMX entries: one per target variant, codes as their original text, unit and variant properties', () => {
  const entries = readTmx(TMX);
  assert.equal(entries.length, 2);
  assert.deepEqual(entries[0], {
    source: 'Select **Save** & run `npm`.',
    target: 'Sélectionnez **Enregistrer** et exécutez `npm`.',
    sourceLang: 'en-US',
    targetLang: 'fr-FR',
    properties: { creationdate: '20240101T120000Z', 'x-file': 'docs/a.md', 'x-note': 'ok' },
  });
  assert.equal(entries[1].target, 'Wählen Sie Speichern.');
  assert.equal(entries[1].targetLang, 'de-DE');
});

test('TMX: malformed XML, entity declarations, other roots and huge files are refused with a message', () => {
  assert.throws(() => readTmx('<tmx><body><tu></body></tmx>'), (error: Error) => error instanceof InterchangeError && /not well-formed/.test(error.message));
  const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`;
  assert.throws(() => readTmx(laughs), /declares entities/);
  assert.throws(() => readTmx('<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.com/x.dtd"><tmx><body><tu><tuv xml:lang="en"><seg>&ext;</seg></tuv></tu></body></tmx>'), /undefined entity/);
  assert.throws(() => readTmx('<xliff/>'), /root element is <xliff>/);
  assert.throws(() => readTmx(`<tmx><body>${' '.repeat(2000)}</body></tmx>`, { maxLength: 1000 }), /too large/);
});
