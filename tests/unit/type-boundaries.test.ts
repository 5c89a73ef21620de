import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Type-checks one made-up file as if it stood at `file`, under the TypeScript config that
 * covers that folder, and answers the errors. Nothing is written to disk.
 */
function typeErrors(config: string, file: string, text: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.resolve(config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const probe = path.resolve(file);
  const options = { ...parsed.options, composite: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === probe || fileExists(name);
  host.readFile = (name) => (name === probe ? text : readFile(name));
  host.getSourceFile = (name, language, ...rest) =>
    name === probe ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest);
  // The probe alone, with the config's own type files (the domain's globals), not the whole project.
  const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([probe, ...declarations], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('browser code cannot see Node’s types, Node code cannot see the browser’s, the domain neither', () => {
  it('the page has the DOM, and no process, Buffer or require', () => {
    const file = 'renderer/src/app/probe.ts';
    expect(typeErrors('tsconfig.web.json', file, 'export const x = document.title;')).toEqual([]);
    expect(typeErrors('tsconfig.web.json', file, 'export const x = process.env.HOME;')).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
    ]);
    expect(typeErrors('tsconfig.web.json', file, "export const x = Buffer.from('a');")).toEqual([
      expect.stringContaining("Cannot find name 'Buffer'"),
    ]);
  });

  it('main has Node, and no document or window', () => {
    const file = 'main/services/probe.ts';
    expect(typeErrors('tsconfig.node.json', file, 'export const x = process.env.HOME;')).toEqual([]);
    expect(typeErrors('tsconfig.node.json', file, 'export const x = document.title;')).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
    ]);
  });

  it('the domain has neither, only the URL both provide', () => {
    const file = 'src/session/probe.ts';
    expect(typeErrors('tsconfig.domain.json', file, "export const x = new URL('http://a').protocol;")).toEqual([]);
    expect(typeErrors('tsconfig.domain.json', file, 'export const x = document.title;')).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
    ]);
    expect(typeErrors('tsconfig.domain.json', file, 'export const x = process.env.HOME;')).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
    ]);
  });
});
