// Word lists the engine uses around the rules: what counts as talk about AI, about open models,
// and the names of market players. Kept as data so they can grow without touching the engine.

/** Words that place a sentence or paragraph in the AI industry. */
export const AI_DOMAIN =
  /\b(?:AI|A\.I\.|artificial[- ]intelligence|models?|LLMs?|GPT[\w.-]*|chatbots?|OpenAI|Anthropic|DeepMind|Gemini|Claude|Llama|LLaMA|Mistral|DeepSeek|Qwen|Nvidia|GPUs?|chips?|compute|frontier|labs?|accelerators?|tokens?|data cent(?:re|er)s?|neural|machine learning|foundation|weights|inference|training|fine-tun\w*|start-?ups?|cloud|API|APIs|algorithm\w*|datasets?|data|tech|technology|software|platforms?|open[- ]source|open-weight|acqui-?hires?|players)\b/;

/** Open models, by kind or by name: the subject a parity claim needs. */
export const OPEN_SIDE =
  /\b(?:open[- ]?(?:source|sourced|weights?)|open (?:models?|alternatives?|labs?|ones|systems?|architectures?|standards|LLMs?)|openly (?:released|available)|free(?:ly available)?,? (?:and )?(?:open|unrestricted|high quality)|publishe[sd] (?:the |open )?weights|Llama|LLaMA|Mistral|DeepSeek|Qwen|Falcon|Vicuna|Koala|Alpaca|Gemma|community[- ]driven|open models|open (?:and|or|versus|vs\.?) (?:closed|proprietary)|open releases?|open community|open projects?|downloadable (?:models?|weights)|community models?|freely available (?:models?|weights)|self-hosted models?|(?:best |top )?free (?:models?|alternatives?))\b/i;

/**
 * The closed side of the comparison named by kind ("closed labs", "proprietary models", "API-only
 * systems"): a parity cue next to it is about open versus closed even when the open side is only
 * implied ("the closed labs will be another year ahead"). Model names are left out on purpose: "it
 * matches GPT-4" says nothing about open models unless they are named.
 */
export const CLOSED_SIDE =
  /\b(?:closed(?:[- ](?:source|weights?))?|proprietary|API-only) (?:models?|labs?|systems?|ones|vendors?|rivals?|leaders?|providers?|LLMs?)\b/i;

/** Groups of market players that count as actors when named with a qualifying word. */
export const GROUP_HEADS =
  'start-?ups?|giants?|labs?|players|incumbents|companies|firms|providers?|developers?|newcomers?|big (?:two|three|four|five)|makers|platforms|enterprises|competitors|community|clouds|behemoths|pioneers|institutions|experimenters|organi[sz]ations|hyperscalers|creators|corporations|rivals|challengers|buyers';

/** Known organisations and models (lower-case key → name as written). */
export const KNOWN_ACTORS: readonly string[] = [
  'OpenAI',
  'Anthropic',
  'Google DeepMind',
  'Google',
  'DeepMind',
  'Alphabet',
  'Meta',
  'Facebook',
  'Microsoft',
  'Amazon',
  'AWS',
  'Apple',
  'Nvidia',
  'AMD',
  'Intel',
  'TSMC',
  'IBM',
  'Oracle',
  'Salesforce',
  'xAI',
  'Mistral AI',
  'Mistral',
  'Cohere',
  'Inflection AI',
  'Inflection',
  'Adept',
  'Character.AI',
  'Stability AI',
  'Hugging Face',
  'Perplexity',
  'DeepSeek',
  'Alibaba',
  'Baidu',
  'Tencent',
  'ByteDance',
  'Huawei',
  'Qwen',
  'Llama',
  'LLaMA',
  'ChatGPT',
  'GPT-4o',
  'GPT-4',
  'GPT-5',
  'GPT-3',
  'Gemini',
  'Claude',
  'Copilot',
  'Grok',
  'Dall-E',
  'DALL-E',
  'Midjourney',
  'Stable Diffusion',
  'Koala',
  'Vicuna',
  'Alpaca',
  'Falcon',
  'Gemma',
  'Phi',
  'o1',
  'o3',
  'R1',
  'Bard',
  'Scale AI',
  'CoreWeave',
  'Databricks',
  'Snowflake',
  'a16z',
  'Andreessen Horowitz',
  'Sequoia',
  'SoftBank',
  'Reuters',
  'Bloomberg',
];

/**
 * The cheap pre-pass: word stems at least one of which every claim-making rule needs. A sentence
 * with none of them is not run through the rules at all. Every rule example must contain one (the
 * rule table test checks), so a new rule's cue word has to be added here.
 */
export const TRIGGERS =
  /moat|defensib|unassailab|barrier|bar\b|entry|hard|difficult|impossib|bottleneck|commodit|interchangeab|fungib|bottom|price|pricing|margin|wasting|valuable|swap|switch|business|supplier|treadmill|utility|customer|cost|pay|cheap|free|profit|valuation|struggl|abilit|capacit|prominen|dominan|dominat|primacy|supremacy|relevan|ground|lead|edge|advantage|grip|secret|dilut|position|tenuous|risk|threat|proprietar|walled|flywheel|lock|differentiat|unique|exclusive|only|top|front of|every|compet|afford|keep|win|survive|cheque|check|pocket|expensive|billion|own|control|users|train|look in|deep|replicat|cement|no longer|matter|talent|researcher|poach|know|scarce|consolidat|concentrat|winner|monopol|oligopol|duopol|handful|small number|fewer|number of|list|field|pull|widen|flow|pour|went|go|cluster|account|giant|behemoth|incumbent|big tech|hyperscaler|titan|established|larger|largest|acqui|licen[cs]|bought|buy|snap|take ?over|took|merg|purchase|absorb|hire|founder|board|sold|fragment|entr|new|more|dozen|hundred|wave|democrati|diversif|erod|diminish|break|weaken|loosen|challeng|prevent|niche|opportunit|playing field|counter|lunch|gap|clos|catch|caught|parity|par\b|match|rival|compar|good|close|indistinguish|outperform|outpac|outstrip|overtak|eclips|lapping|surpass|superior|beat|leapfrog|faster|capable|customi|private|efficient|overcom|prefer|rise|mov|shift|migrat|fraction|replac|instead|away|trail|behind|lag|inferior|touching|rather than|need|alternative|feet|opting|solved|attractive|step|shorter|narrow|where (?:we|they|the)|yet|saturat|distil|generation|year|month|week|anyone|reproduc|copy|tinker|unachievable|era|age|days|harder|wear|undercut|lose|losing|lost|evaporat|disappear|irrelevan|upend|shadow|pressure|weigh|undermin|question|doubt|drift|defect|flee|churn|fall|fell|drop|plung|collaps|compress|squeez|thin|race|war|strategic|structural|durable|lasting|technolog|data|scale|distribution|infrastructure|retain|hold|maintain|gain|enjoy|extend|build|built|sustain|preserv|get|deeper|walk|leav|leak|doesn't|make|moot|suppose|imagine|picture|say|flock|flow|drain|hollow|strip|migrat|head|gravitat|pool|switch|lock|sticky|dislodg|displac|unseat|network|economies|incumben|entrench|war chest|spend|admission|ticket|scarc|shortage|short supply|ration|sold out|premium|reach|drop-in|plug|slash|halv|plummet|tumbl|crash|zero|undifferentiat|me-too|copycat|fleeting|temporar|short-lived|transient|ephemeral|depend|relian|rely|relie|hooked|rent|choke|gatekeep|kingmak|bigger|richer|per ?cent|percent|%|roll-?up|land grab|crowded|upstart|challenger|long tail|scores|intensif|fierce|spin|neck|level|within|negligib|marginal|tiny|slim|rounding|tie|host|locally|in-house|on-prem|ahead|short|hurdle|obstacle|doubl|soar|balloon|skyrocket|best-funded|feedback|bundl|substitut|giv|squeez|push|driv|forc|wip|swallow|scoop|independent|standalone|decide|equivalent|outscor|better|nobody|none|nothing|others|newcomer|latecomer|leav|rarely|seldom|rip|tear|moving|hop|jump|loyal|minute|afternoon|line of code|overnight|climb|rise|rising|risen|rose|tenfold|times|club|fee|wall|all but|cratered|sink|sank|abundant|plentiful|later|perishable|margin|whichever|know-how|technique|recipe|leverage|for long|worth|value|pil|hands|accru|sit|contest|employ|whittl|dwindl|richer|hungry|starved|tighten|cent(?:re|er)|hoover|gobbl|snatch|scoop|vacuum|brought|bring|sell|shake|dispers|diffus|decentral|splinter|balkan|proliferat|spring|popping|sprout|mushroom|appearing|multiply|open|rivalry|share|thousand|spread|vendor|without|loosen|top|even|heels|favou?r|weaker|worse|flatter|overstat|exaggerat|persist|remain|lasting|deepen|compound|strengthen|formidable|decisive|shrink|shrank|vanish|slip|fad|illusor|melt|wan|gone|rebuild|decade|bill|ticket|budget|abandon|ditch|dominat|undercut|depreciat|wrapper|patron|corner|suspect|out\b|shut|fold|bust|fire[- ]sale|wound down|wind|roll|stack|layer|vertical|stake|equity|sells|supplies|club|horse|oligarch|cartel|expense|launch|join|enter|split|divid|several|multiple|obtain|lack|reluctant|unwilling|loath|overturn|cut|once|stop|points|shell|feed|same|seed|spawn|breed|never|steep|room|swap|fraction|among|clos|ahead|beatable|wider|queue|scraps|whatever|outside|default|brand|by name|household|discount|stars|winners|backed|bankroll|shareholder|standing|survive|niche|bit player|oxygen|starv|pil|combined|raised|grip|host of|crop of|several|competitive|from (?:two|three|four|five)|their own|its own/i;
