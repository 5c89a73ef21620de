// Runs Electronegativity over main/, renderer/ and src/ and fails on any HIGH or MEDIUM finding
// of CERTAIN or FIRM confidence that the allowlist does not explain. Usage: npm run security:scan
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['main', 'renderer', 'src'];
const BLOCKING_SEVERITY = new Set(['HIGH', 'MEDIUM']);
const BLOCKING_CONFIDENCE = new Set(['CERTAIN', 'FIRM']);
const reportsDir = path.join(root, '.reports');
const csvFile = path.join(reportsDir, 'electronegativity.csv');
const allowlistFile = path.join(root, 'tests/security/electronegativity-allowlist.json');

/** The Electron version the app is built against, e.g. "45.4.1" from "^45.4.1". */
function electronVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  if (!version) throw new Error(`package.json names no Electron version (found "${range}").`);
  return version;
}

/**
 * The three folders copied side by side into one tree: Electronegativity takes a single input,
 * and only a tree holding both the windows (main/) and the page (renderer/index.html) lets its
 * global checks see that the CSP exists.
 */
function stageSources() {
  const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-electronegativity-'));
  for (const folder of SCANNED) fs.cpSync(path.join(root, folder), path.join(staged, folder), { recursive: true });
  return staged;
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((cell) => cell.trim() !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) field += char;
    else if (char === ',') endField();
    else if (char === '\n') endRow();
    else if (char !== '\r') field += char;
  }
  endRow();
  return rows;
}

/** The findings of an Electronegativity CSV as objects keyed by its (trimmed) header names. */
function readFindings(file) {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  const keys = header.map((name) => name.trim());
  return rows.map((cells) => Object.fromEntries(keys.map((key, i) => [key, (cells[i] ?? '').trim()])));
}

/** The allowlist, refusing any entry that does not say why its finding is a false positive. */
function readAllowlist() {
  const entries = JSON.parse(fs.readFileSync(allowlistFile, 'utf8')).allow;
  for (const entry of entries) {
    if (!entry.check || !entry.file || typeof entry.why !== 'string' || entry.why.trim().length < 20) {
      throw new Error(`Every allowlist entry needs check, file and a reason in "why": ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

function main() {
  fs.mkdirSync(reportsDir, { recursive: true });
  const staged = stageSources();
  const version = electronVersion();
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
  // Electronegativity sometimes writes rows over the start of its own CSV; a report whose rows
  // do not all begin with a check's name is not trusted, and the scan runs again.
  let findings = null;
  for (let attempt = 1; attempt <= 3 && findings === null; attempt++) {
    fs.rmSync(csvFile, { force: true });
    const run = spawnSync(process.execPath, [cli, '-i', staged, '-r', '-e', version, '-o', csvFile], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0 || !fs.existsSync(csvFile)) {
      fs.rmSync(staged, { recursive: true, force: true });
      process.stderr.write(`${run.stdout}\n${run.stderr}\n`);
      console.error(`electronegativity: the scan did not run (exit ${run.status}); no report was written.`);
      process.exit(2);
    }
    const read = readFindings(csvFile);
    if (read.every((finding) => /^[A-Z_]+$/.test(finding.issue ?? ''))) findings = read;
    else console.error(`electronegativity: attempt ${attempt} wrote a damaged report; scanning again.`);
  }
  fs.rmSync(staged, { recursive: true, force: true });
  if (findings === null) {
    console.error('electronegativity: three scans in a row wrote a damaged report.');
    process.exit(2);
  }

  const allowlist = readAllowlist();
  const used = new Set();
  const blocking = [];
  let allowed = 0;
  for (const finding of findings) {
    if (!BLOCKING_SEVERITY.has(finding.severity) || !BLOCKING_CONFIDENCE.has(finding.confidence)) continue;
    const entry = allowlist.find((e) => e.check === finding.issue && e.file === finding.filename);
    if (entry) {
      used.add(entry);
      allowed++;
    } else blocking.push(finding);
  }
  // An entry nothing matches any more is removed, so the list only ever explains live findings.
  const stale = allowlist.filter((entry) => !used.has(entry));

  for (const f of blocking) {
    console.error(
      `  ${f.severity}/${f.confidence} ${f.issue} ${f.filename}:${f.location} — ${f.description} (${f.url})`,
    );
  }
  for (const entry of stale) console.error(`  allowlist entry matches nothing now: ${entry.check} ${entry.file}`);
  const bySeverity = {};
  for (const f of findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const counts = Object.entries(bySeverity)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  console.log(
    `electronegativity (Electron ${version}, ${SCANNED.join(', ')}): ${findings.length} finding(s)` +
      `${counts ? ` (${counts})` : ''}, ${allowed} allowlisted, ${blocking.length} blocking` +
      `${stale.length ? `, ${stale.length} stale allowlist entr${stale.length === 1 ? 'y' : 'ies'}` : ''}` +
      ` — ${path.relative(root, csvFile)}`,
  );
  process.exit(blocking.length > 0 || stale.length > 0 ? 1 : 0);
}

main();
