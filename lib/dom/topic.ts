// The topic gate: does the page talk about the AI industry at all? Claims (claims.md) are about AI
// models, labs, chips and compute, and the engine finds none in a text without that vocabulary;
// most pages a reader opens are about something else. The cheap article check (readerable.ts)
// already reads the page's paragraphs; it feeds the same strings to a TopicCounter, so pages
// without the vocabulary stop before extraction and never message the background, at the cost of
// a regex over text that was read anyway.
//
// Generous on purpose: a page that passes costs one extraction more, a real AI article that fails
// loses every highlight. So it counts broad industry words and needs only two different ones.

/**
 * AI-industry vocabulary: the field, its products and makers, and the words its economics are told
 * in. The case-sensitive "AI" avoids "ai" in other words and languages (Portuguese "aí", "mais").
 */
const TOPIC =
  /\b(?:AI|A\.I\.|AGI|[Aa]rtificial[- ][Ii]ntelligence|LLMs?|GPT[\w.-]*|[Cc]hat[Bb]ots?|ChatGPT|OpenAI|Anthropic|DeepMind|Gemini|Claude|Copilot|Llama|LLaMA|Mistral|DeepSeek|Qwen|Hugging ?Face|Nvidia|NVIDIA|GPUs?|TPUs?|[Ss]emiconductors?|[Cc]hipmakers?|[Cc]hips?|[Cc]ompute|[Ff]rontier|[Oo]pen[- ](?:source|weights?)|[Mm]odels?|[Mm]achine [Ll]earning|[Nn]eural|[Ii]nference|[Ff]ine-tun\w*|[Tt]raining runs?|[Dd]ata cent(?:re|er)s?|[Hh]yperscalers?)\b/g;

/**
 * Different vocabulary words a page must use: one name repeated ("Claude" the person, "model" the
 * fashion kind) is not a subject; an AI story uses several ("AI" and "models", "Nvidia" and "chips").
 */
export const MIN_TOPIC_WORDS = 2;
/** Characters of page text read at most: a long page shows its subject well before this. */
export const MAX_TOPIC_CHARS = 60_000;

/** Counts the vocabulary in text fed to it, in page order, until it has enough or read enough. */
export class TopicCounter {
  private readonly seen = new Set<string>();
  private read = 0;

  constructor(
    private readonly minWords = MIN_TOPIC_WORDS,
    private readonly maxChars = MAX_TOPIC_CHARS,
  ) {}

  /** The page has shown its subject. */
  get satisfied(): boolean {
    return this.seen.size >= this.minWords;
  }

  /** Nothing more is worth reading: the verdict is in, or the budget is spent. */
  get done(): boolean {
    return this.satisfied || this.read >= this.maxChars;
  }

  /** Reads `text` (up to the budget); true once satisfied. */
  add(text: string): boolean {
    if (this.done) return this.satisfied;
    const room = this.maxChars - this.read;
    const s = text.length > room ? text.slice(0, room) : text;
    this.read += s.length;
    TOPIC.lastIndex = 0;
    for (let m = TOPIC.exec(s); m !== null; m = TOPIC.exec(s)) {
      this.seen.add(m[0].toLowerCase());
      if (this.satisfied) return true;
    }
    return false;
  }
}
