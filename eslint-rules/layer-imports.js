import path from 'node:path';

/**
 * An allowlist of what one layer may import: packages by name (a package allows its subpaths)
 * and the project folders a relative import may lead into. Anything else, Node's own modules
 * included, is refused. `tests/unit/eslint-rules/layer-rules.test.ts` proves each layer's list refuses a
 * file that breaks it.
 */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only from its allowlist.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          packages: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'packages', 'folders'],
        additionalProperties: false,
      },
    ],
    messages: {
      refused: '{{layer}} may import only {{allowed}}; "{{source}}" is outside that.',
    },
  },
  create(context) {
    const { layer, packages, folders } = context.options[0];
    const allowed = [...packages, ...folders.map((f) => `${f}/`)].join(', ');
    // `@domain/…` is src/ (the alias in tsconfig.base.json), judged like the folder it names.
    const projectPath = (source) =>
      source.startsWith('@domain/')
        ? path.join('src', source.slice('@domain/'.length))
        : path.relative(context.cwd, path.resolve(path.dirname(context.filename), source));
    const insideAllowedFolder = (source) => {
      const target = projectPath(source);
      return folders.some((folder) => target === folder || target.startsWith(`${folder}${path.sep}`));
    };
    const packageName = (source) =>
      source
        .split('/')
        .slice(0, source.startsWith('@') ? 2 : 1)
        .join('/');
    const check = (node) => {
      if (!node || typeof node.value !== 'string') return;
      const source = node.value;
      const ok =
        source.startsWith('.') || source.startsWith('@domain/')
          ? insideAllowedFolder(source)
          : packages.includes(packageName(source));
      if (!ok) context.report({ node, messageId: 'refused', data: { layer, allowed, source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'layer-imports': layerImports } };
