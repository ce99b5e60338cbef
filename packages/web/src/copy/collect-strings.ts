import ts from 'typescript';

/**
 * Every piece of text in a source file that a person might read: string and template literals and
 * JSX text. Module names in imports and exports are left out (they are paths, not words), and so are
 * the quoted keys of object literals: a word table's keys are the domain's names, never shown.
 * Used only by the tone guard test, at test time.
 */
export function collectStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const parent: ts.Node | undefined = node.parent;
    if (parent && ts.isPropertyAssignment(parent) && parent.name === node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('${…}'));
    } else if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
