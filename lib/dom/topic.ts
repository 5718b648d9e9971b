// The topic gate: before any extraction, does the page talk about the AI industry at all? Claims
// (claims.md) are about AI models, labs, chips and compute, and the engine finds none in a text
// without that vocabulary; most pages a reader opens are about something else. A bounded read of
// the page's text, stopping as soon as enough of the vocabulary has been seen, lets the content
// script leave those pages without extracting or messaging the background.
//
// Generous on purpose: a page that passes costs one extraction more, a real AI article that
// fails loses every highlight. So it counts broad industry words, the whole document (chrome
// included: a headline or a topic tag may be where the word is), and needs only a few.

/**
 * AI-industry vocabulary: the field, its products and makers, and the words its economics are told
 * in. Names count once each where they appear; the case-sensitive "AI" avoids "ai" in other words
 * and languages (Portuguese "aí", "mais").
 */
const TOPIC =
  /\b(?:AI|A\.I\.|AGI|[Aa]rtificial[- ][Ii]ntelligence|LLMs?|GPT[\w.-]*|[Cc]hat[Bb]ots?|ChatGPT|OpenAI|Anthropic|DeepMind|Gemini|Claude|Copilot|Llama|LLaMA|Mistral|DeepSeek|Qwen|Hugging ?Face|Nvidia|NVIDIA|GPUs?|TPUs?|[Ss]emiconductors?|[Cc]hipmakers?|[Cc]hips?|[Cc]ompute|[Ff]rontier|[Oo]pen[- ](?:source|weights?)|[Mm]odels?|[Mm]achine [Ll]earning|[Nn]eural|[Ii]nference|[Ff]ine-tun\w*|[Tt]raining runs?|[Dd]ata cent(?:re|er)s?|[Hh]yperscalers?)\b/g;

/** Mentions that make a page worth extracting... */
export const MIN_TOPIC_MENTIONS = 2;
/** ...of at least this many different words: one name repeated ("Claude" the person, "model"
 * the fashion kind) is not a subject. */
const MIN_DISTINCT = 2;
/** Characters of page text read at most: a long page shows its subject well before this. */
export const MAX_TOPIC_CHARS = 60_000;
/** Text is matched in batches of about this many characters (fewer regex calls, early exit). */
const BATCH_CHARS = 4_096;

/** Subtrees with no reader-visible text. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface TopicOptions {
  minMentions?: number;
  maxChars?: number;
}

/** Adds the batch's mentions to `seen` (word → count); true once the page has enough. */
function enough(text: string, seen: Map<string, number>, need: number): boolean {
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(text); m !== null; m = TOPIC.exec(text)) {
    const word = m[0].toLowerCase();
    seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  if (seen.size < MIN_DISTINCT) return false;
  let total = 0;
  for (const n of seen.values()) total += n;
  return total >= need;
}

/**
 * Whether the page's text mentions the AI industry often enough to look for claims. Reads text
 * nodes in document order (a firstChild/nextSibling walk: no per-node callback, no layout) until
 * the mentions are found or `maxChars` have been read.
 */
export function isAboutTopic(doc: Document, options: TopicOptions = {}): boolean {
  const need = options.minMentions ?? MIN_TOPIC_MENTIONS;
  const maxChars = options.maxChars ?? MAX_TOPIC_CHARS;
  const root = doc.documentElement;
  if (!root) return false;
  const seen = new Map<string, number>();
  let read = 0;
  let batch = '';
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      // A space between nodes: block edges have none in the DOM, and words must not merge.
      batch += ' ';
      batch += data.length > maxChars ? data.slice(0, maxChars) : data;
      if (batch.length >= BATCH_CHARS) {
        // A batch ends where a node does, so no word is cut at its edge.
        if (enough(batch, seen, need)) return true;
        read += batch.length;
        batch = '';
        if (read >= maxChars) return false;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = !SILENT.has((node as Element).tagName) && node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return enough(batch, seen, need);
}
