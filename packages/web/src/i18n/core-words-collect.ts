import ts from 'typescript';

/**
 * The words of one of core's word files (`*-words.ts`, `*-copy.ts`) that screens show through
 * `coreWord`: every string that is a value in an object literal, or an item of a list that is such a
 * value ("months", "questions", a unit's one and many). Left out are keys (the domain's names, never
 * shown), lists of kinds at the top of a file (`afterwardsOptions`), sample writing for generated
 * vaults, and every literal inside a function: those are pieces of a sentence core builds, shown only
 * whole. Used at test time, to hold the German and Spanish tables in step with core.
 */
export function collectCoreWords(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    const within = inFunction || ts.isFunctionLike(node);
    if (
      !within &&
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      isTableValue(node)
    )
      found.push(node.text);
    ts.forEachChild(node, (child) => visit(child, within));
  };
  visit(file, false);
  return found;
}

/** A value of a word table: `key: 'word'`, or an item of a list that is itself such a value. */
function isTableValue(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent)) return parent.initializer === node;
  if (ts.isArrayLiteralExpression(parent)) {
    let list: ts.Node = parent.parent;
    while (ts.isAsExpression(list) || ts.isSatisfiesExpression(list) || ts.isParenthesizedExpression(list))
      list = list.parent;
    return ts.isPropertyAssignment(list);
  }
  return false;
}
