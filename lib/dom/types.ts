// The bridge between the page and the engine: the article's text as one string, and the
// text nodes it came from, so engine offsets map back to live DOM positions.

export interface TextMap {
  /** The element judged to hold the article body. */
  root: Element;
  /**
   * The article text: each kept text node's data verbatim, in document order, with "\n\n"
   * between block elements (and "\n" for <br>) so sentences never run across paragraphs.
   * Separators belong to no node.
   */
  text: string;
  /** The kept text nodes, in document order. */
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i].data begins (ascending). */
  starts: number[];
}
