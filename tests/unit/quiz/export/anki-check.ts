/** Reads an Anki import file back the way Anki's CSV reader does (shared by the unit and build tests). */
export interface AnkiFile {
  headers: Map<string, string>;
  rows: string[][];
}

/** Tab-separated records; a field in double quotes may hold tabs, newlines and doubled quotes; lines starting with # are headers. */
export function readAnkiTsv(text: string): AnkiFile {
  const headers = new Map<string, string>();
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '#') {
      const end = text.indexOf('\n', i);
      const line = text.slice(i + 1, end === -1 ? undefined : end);
      const colon = line.indexOf(':');
      headers.set(line.slice(0, colon), line.slice(colon + 1));
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    const row: string[] = [];
    let field = '';
    for (;;) {
      if (text[i] === '"') {
        i++;
        while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
          field += text[i] === '"' ? '"' : text[i];
          i += text[i] === '"' ? 2 : 1;
        }
        i++;
      }
      while (i < text.length && text[i] !== '\t' && text[i] !== '\n') field += text[i++];
      row.push(field);
      field = '';
      if (text[i] === '\t') i++;
      else break;
    }
    rows.push(row);
    i++;
  }
  return { headers, rows };
}
