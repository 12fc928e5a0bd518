/**
 * Finds the line of a value in JSON text by its path, so staff read "regel 42" next to a problem.
 * A small tokenizer walk; returns undefined when the path is not present as written.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  let i = 0;
  const skipWs = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const lineAt = (pos: number) => {
    let line = 1;
    for (let k = 0; k < pos; k++) if (text.charCodeAt(k) === 10) line++;
    return line;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  const skipValue = (): void => {
    skipWs();
    const c = text[i];
    if (c === '"') {
      readString();
      return;
    }
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
          readString();
          continue;
        }
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  skipWs();
  let keyPos = i;
  for (const step of path) {
    skipWs();
    if (typeof step === 'number') {
      if (text[i] !== '[') return lineAt(keyPos);
      i++;
      for (let n = 0; n < step; n++) {
        skipValue();
        skipWs();
        if (text[i] !== ',') return lineAt(keyPos);
        i++;
      }
      skipWs();
      keyPos = i;
    } else {
      if (text[i] !== '{') return lineAt(keyPos);
      i++;
      let found = false;
      while (i < text.length) {
        skipWs();
        if (text[i] === '}') break;
        const here = i;
        const key = readString();
        skipWs();
        i++; // colon
        if (key === step) {
          keyPos = here;
          found = true;
          break;
        }
        skipValue();
        skipWs();
        if (text[i] === ',') i++;
      }
      if (!found) return lineAt(keyPos);
    }
  }
  return lineAt(keyPos);
}
