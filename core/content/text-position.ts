/** Offsets in a text as the line and column an editor shows (1-based; \n, \r\n and a lone \r end a line). */

/** Line and column of one offset. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Answers line/column questions about one text; the line table is built on first use. */
export class TextPositions {
  #starts: number[] | null = null;

  /** `firstLineStart` skips a byte-order mark, which editors do not show as a column. */
  constructor(
    private readonly text: string,
    private readonly firstLineStart = 0,
  ) {}

  #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const starts = [this.firstLineStart];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.#starts = starts;
    return starts;
  }

  /** The position of `offset` (clamped to the text). */
  at(offset: number): TextPosition {
    const starts = this.#lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const start = starts[low] ?? 0;
    return { line: low + 1, column: Math.max(offset - start, 0) + 1 };
  }

  /** The line of `offset`. */
  lineAt(offset: number): number {
    return this.at(offset).line;
  }

  /** How many lines the text has. */
  get lineCount(): number {
    return this.#lineStarts().length;
  }
}
