import { inflateSync } from "node:zlib";

/**
 * The text of a PDF as chromium (Skia) writes it, page by page, without any PDF tool on the machine:
 * objects and Flate streams, Type0 fonts with their ToUnicode CMaps, and the text operators of the
 * pages' content streams (and of form XObjects they draw). Enough to check that a printed report
 * holds what it should; not a general PDF reader (no object streams, no encryption).
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    const bodyStart = match.index + match[0].length;
    const endObj = text.indexOf("endobj", bodyStart);
    const streamAt = text.indexOf("stream", bodyStart);
    let dict: string;
    let stream: Buffer | null = null;
    if (streamAt !== -1 && streamAt < endObj && text.slice(streamAt - 3, streamAt) !== "end") {
      dict = text.slice(bodyStart, streamAt);
      let dataStart = streamAt + "stream".length;
      if (text[dataStart] === "\r") dataStart++;
      if (text[dataStart] === "\n") dataStart++;
      const dataEnd = text.indexOf("endstream", dataStart);
      let raw = Buffer.from(text.slice(dataStart, dataEnd), "latin1");
      if (raw.at(-1) === 0x0a) raw = raw.subarray(0, -1);
      if (raw.at(-1) === 0x0d) raw = raw.subarray(0, -1);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      start.lastIndex = text.indexOf("endobj", dataEnd);
    } else {
      dict = text.slice(bodyStart, endObj);
      start.lastIndex = endObj;
    }
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

/** The `<< … >>` value of a key in a dictionary, balanced; or the object it refers to. */
function dictValue(objects: Map<number, PdfObject>, dict: string, key: string): string | null {
  const at = dict.search(new RegExp(`/${key}\\b`));
  if (at === -1) return null;
  const rest = dict.slice(at + key.length + 1).trimStart();
  const ref = /^(\d+) 0 R/.exec(rest);
  if (ref) return objects.get(Number(ref[1]))?.dict ?? null;
  if (!rest.startsWith("<<")) return null;
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i++) {
    if (rest.startsWith("<<", i)) {
      depth++;
      i++;
    } else if (rest.startsWith(">>", i)) {
      depth--;
      i++;
      if (depth === 0) return rest.slice(0, i + 1);
    }
  }
  return null;
}

function refsIn(dict: string | null): Map<string, number> {
  const refs = new Map<string, number>();
  for (const m of (dict ?? "").matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)) refs.set(m[1]!, Number(m[2]));
  return refs;
}

interface CMap {
  bytes: number;
  map: Map<number, string>;
}

function utf16(hex: string): string {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function readCMap(source: string): CMap {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(source);
  const bytes = space ? space[1]!.length / 2 : 2;
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith("[")) {
        [...m[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      } else {
        const base = m[3]!.slice(1, -1);
        const last = parseInt(base.slice(-4), 16);
        for (let code = lo; code <= hi; code++) map.set(code, utf16(base.slice(0, -4)) + String.fromCharCode(last + code - lo));
      }
    }
  }
  return { bytes, map };
}

type Token =
  | { kind: "op"; value: string }
  | { kind: "string"; value: Buffer }
  | { kind: "name"; value: string }
  | { kind: "number"; value: number }
  | { kind: "array"; value: Token[] };

/** The tokens of a content stream; strings as bytes, arrays nested. */
function tokenize(content: Buffer): Token[] {
  const s = content.toString("latin1");
  let i = 0;
  const read = (): Token | "]" | null => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) return null;
    const c = s[i]!;
    if (c === "%") {
      while (i < s.length && s[i] !== "\n") i++;
      return read();
    }
    if (c === "[") {
      i++;
      const items: Token[] = [];
      for (let t = read(); t !== null && t !== "]"; t = read()) items.push(t);
      return { kind: "array", value: items };
    }
    if (c === "]") {
      i++;
      return "]";
    }
    if (c === "<" && s[i + 1] === "<") {
      // An inline dictionary (marked content properties): skip it whole.
      let depth = 0;
      do {
        if (s.startsWith("<<", i)) {
          depth++;
          i += 2;
        } else if (s.startsWith(">>", i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < s.length);
      return read();
    }
    if (c === "<") {
      const end = s.indexOf(">", i);
      const hex = s.slice(i + 1, end).replace(/\s/g, "");
      i = end + 1;
      return { kind: "string", value: Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex") };
    }
    if (c === "(") {
      const bytes: number[] = [];
      let depth = 1;
      i++;
      while (i < s.length && depth > 0) {
        const ch = s[i]!;
        if (ch === "\\") {
          const next = s[i + 1]!;
          const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
          if (/[0-7]/.test(next)) {
            const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1))![0];
            bytes.push(parseInt(octal, 8));
            i += 1 + octal.length;
          } else {
            if (next in escapes) bytes.push(escapes[next]!);
            i += 2;
          }
          continue;
        }
        if (ch === "(") depth++;
        if (ch === ")" && --depth === 0) break;
        bytes.push(ch.charCodeAt(0));
        i++;
      }
      i++;
      return { kind: "string", value: Buffer.from(bytes) };
    }
    if (c === "/") {
      const m = /^\/[^\s/<>[\]()]*/.exec(s.slice(i))![0];
      i += m.length;
      return { kind: "name", value: m.slice(1) };
    }
    const word = /^[^\s/<>[\]()%]+/.exec(s.slice(i))?.[0] ?? s[i]!;
    i += word.length;
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? { kind: "number", value: Number(word) } : { kind: "op", value: word };
  };
  const tokens: Token[] = [];
  for (let t = read(); t !== null; t = read()) if (t !== "]") tokens.push(t);
  return tokens;
}

function decode(bytes: Buffer, cmap: CMap | undefined): string {
  if (!cmap) return bytes.toString("latin1");
  let out = "";
  for (let i = 0; i + cmap.bytes <= bytes.length; i += cmap.bytes) out += cmap.map.get(bytes.readUIntBE(i, cmap.bytes)) ?? "";
  return out;
}

export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, CMap>();
  const cmapOf = (fontObject: number): CMap | undefined => {
    if (!cmaps.has(fontObject)) {
      const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(fontObject)?.dict ?? "");
      const stream = ref ? objects.get(Number(ref[1]))?.stream : null;
      if (stream) cmaps.set(fontObject, readCMap(stream.toString("latin1")));
    }
    return cmaps.get(fontObject);
  };

  const textOf = (content: Buffer, resources: string | null, depth: number): string => {
    const fonts = refsIn(dictValue(objects, resources ?? "", "Font"));
    const xobjects = refsIn(dictValue(objects, resources ?? "", "XObject"));
    let font: CMap | undefined;
    let out = "";
    const operands: Token[] = [];
    for (const token of tokenize(content)) {
      if (token.kind !== "op") {
        operands.push(token);
        continue;
      }
      const op = token.value;
      if (op === "Tf" && operands[0]?.kind === "name") {
        const ref = fonts.get(operands[0].value);
        font = ref === undefined ? undefined : cmapOf(ref);
      } else if ((op === "Tj" || op === "'" || op === '"') && operands.at(-1)?.kind === "string") {
        out += decode(operands.at(-1)!.value as Buffer, font);
      } else if (op === "TJ" && operands[0]?.kind === "array") {
        for (const part of operands[0].value) if (part.kind === "string") out += decode(part.value, font);
      } else if (op === "Td" || op === "TD" || op === "Tm" || op === "T*" || op === "ET") {
        out += "\n";
      } else if (op === "Do" && operands[0]?.kind === "name" && depth < 5) {
        const form = objects.get(xobjects.get(operands[0].value) ?? -1);
        if (form?.stream && /\/Subtype\s*\/Form/.test(form.dict))
          out += textOf(form.stream, dictValue(objects, form.dict, "Resources") ?? resources, depth + 1);
      }
      operands.length = 0;
    }
    return out;
  };

  const pages: string[] = [];
  const walk = (objectNumber: number) => {
    const node = objects.get(objectNumber);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? "";
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
      return;
    }
    const resources = dictValue(objects, node.dict, "Resources");
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(node.dict)?.[1] ?? "";
    let text = "";
    for (const ref of contents.matchAll(/(\d+) 0 R/g)) {
      const stream = objects.get(Number(ref[1]))?.stream;
      if (stream) text += textOf(stream, resources, 0);
    }
    pages.push(text);
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const root = /\/Pages\s+(\d+) 0 R/.exec(catalog?.dict ?? "");
  if (root) walk(Number(root[1]));
  return pages;
}

/** Text compared without whitespace and ligatures: line breaks, spacing and "ﬁ" in a PDF are not the page's. */
export function withoutSpace(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u00ad]+/g, "");
}
