/** File-system error codes in words staff read on the command line; others as they are. */
const WORDS: Readonly<Record<string, string>> = {
  EACCES: 'geen toegang',
  EPERM: 'niet toegestaan',
  EROFS: 'alleen-lezen',
  ENOSPC: 'geen plaats meer',
  EDQUOT: 'geen plaats meer',
  EISDIR: 'daar staat een map',
  ENOTDIR: 'een deel van het pad is geen map',
  EINVAL: 'geen gewoon bestand',
  ENOENT: 'map niet gevonden',
  EEXIST: 'daar staat al iets',
  EBUSY: 'in gebruik',
};

/** "geen toegang" for EACCES; "fout EXYZ" for codes without words. */
export function dutchError(code: string | undefined): string {
  return (code !== undefined ? WORDS[code] : undefined) ?? `fout ${code ?? 'onbekend'}`;
}
