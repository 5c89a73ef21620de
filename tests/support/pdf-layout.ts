import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A box on a PDF page, in points from the page's top left (as pdftotext -bbox gives them). */
export interface Box {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
}

/** How many pages a PDF has (pdfinfo). */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
}

/** Every word of a PDF with its box (pdftotext -bbox), page by page, in reading order. */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = -1;
  const tokens = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(tokens)) {
    if (match[0] === '<page') {
      page++;
      continue;
    }
    const [, xMin, yMin, xMax, yMax, text] = match;
    words.push({
      page,
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
      text: text!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    });
  }
  return words;
}

/** Reads a binary greyscale PGM (P5, 8 bits), as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error(`${file} is not an 8-bit PGM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/**
 * Every long horizontal rule drawn on the PDF's pages, found in the rendered pictures, not in the
 * file's drawing commands: a run of dark pixels at least `minLengthPt` long on a row, with the
 * rows it spans merged into one rule. Letters never make a run that long; ruled lines and
 * borders do.
 */
export function pdfHorizontalRules(file: string, { dpi = 100, minLengthPt = 144 } = {}): Box[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-rules-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'page')]);
    const pages = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]));
    const toPt = (px: number) => (px * 72) / dpi;
    const minRun = (minLengthPt * dpi) / 72;
    const rules: Box[] = [];
    pages.forEach((name, page) => {
      const { width, height, pixels } = readPgm(path.join(dir, name));
      let open: Box | null = null;
      for (let y = 0; y < height; y++) {
        // The longest run of dark pixels on this row (anti-aliased edges of a thin line are grey).
        let best: [number, number] | null = null;
        let start = -1;
        for (let x = 0; x <= width; x++) {
          const dark = x < width && pixels[y * width + x]! < 200;
          if (dark && start < 0) start = x;
          if (!dark && start >= 0) {
            if (x - start >= minRun && (!best || x - start > best[1] - best[0])) best = [start, x];
            start = -1;
          }
        }
        if (best && open && open.yMax === toPt(y)) {
          open.yMax = toPt(y + 1);
          open.xMin = Math.min(open.xMin, toPt(best[0]));
          open.xMax = Math.max(open.xMax, toPt(best[1]));
        } else if (best) {
          if (open) rules.push(open);
          open = { page, xMin: toPt(best[0]), xMax: toPt(best[1]), yMin: toPt(y), yMax: toPt(y + 1) };
        } else if (open) {
          rules.push(open);
          open = null;
        }
      }
      if (open) rules.push(open);
    });
    return rules;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The words a rule runs through: on the same page, overlapping it across and down. */
export function wordsCrossed(rules: Box[], words: Word[]): { rule: Box; word: Word }[] {
  const crossed: { rule: Box; word: Word }[] = [];
  for (const rule of rules) {
    for (const word of words) {
      if (word.page !== rule.page) continue;
      const across = word.xMax > rule.xMin && word.xMin < rule.xMax;
      const down = word.yMax > rule.yMin && word.yMin < rule.yMax;
      if (across && down) crossed.push({ rule, word });
    }
  }
  return crossed;
}
