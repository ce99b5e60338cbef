import { compileMessage } from '@lingui/message-utils/compileMessage';

/*
 * The English words in the code, compiled at build time: after Lingui's macros have turned each
 * message into a plain call that carries its English words (`message: "Call {phone}"`), a message with
 * placeholders or plurals is replaced by its compiled form (`["Call ", ["phone"]]`), which Lingui reads
 * as it reads a compiled catalogue. So the browser needs no message compiler: plain words stay as they
 * are, every catalogue arrives compiled, and core's words are plain text (i18n/core-words.test.ts).
 */

/** The few shapes of Babel's syntax tree this plugin reads and writes. */
interface Node {
  readonly type: string;
}
interface StringLiteral extends Node {
  readonly value: string;
}
interface Path<N extends Node = Node> {
  readonly node: N;
  readonly parent: Node;
  get(key: string): Path;
  replaceWith(node: Node): unknown;
  traverse(visitor: Record<string, (path: Path<Node>) => void>): void;
}
interface BabelTypes {
  isStringLiteral(node: unknown): node is StringLiteral;
  isIdentifier(node: unknown, options?: { name: string }): boolean;
  isJSXIdentifier(node: unknown, options?: { name: string }): boolean;
  isJSXExpressionContainer(node: unknown): boolean;
  valueToNode(value: unknown): Node;
  jsxExpressionContainer(expression: Node): Node;
}
interface ObjectProperty extends Node {
  readonly key: Node;
  readonly value: Node;
  readonly computed: boolean;
}
interface ObjectExpression extends Node {
  readonly properties: readonly Node[];
}
interface JSXAttribute extends Node {
  readonly name: Node;
  readonly value: Node | null;
}
interface JSXOpeningElement extends Node {
  readonly attributes: readonly Node[];
}

/** The compiled form of a message, or null when it is plain words (compiled, it is itself alone). */
export function compiledUnlessPlain(message: string): unknown {
  const compiled = compileMessage(message);
  return compiled.length === 1 && compiled[0] === message ? null : compiled;
}

/** Babel plugin: run after Lingui's macro plugin, in the same preset. */
export function precompileMessages({ types: t }: { types: BabelTypes }) {
  const isNamed = (node: Node, name: string) =>
    t.isIdentifier(node, { name }) || (t.isStringLiteral(node) && node.value === name);

  const visitor = {
    // { id: "…", message: "…" }: a descriptor (`msg`) or the argument of `i18n._(…)`.
    ObjectProperty(path: Path) {
      const property = path.node as ObjectProperty;
      if (property.computed || !isNamed(property.key, 'message') || !t.isStringLiteral(property.value))
        return;
      const siblings = (path.parent as ObjectExpression).properties;
      if (!siblings.some((node) => isNamed((node as ObjectProperty).key ?? node, 'id'))) return;
      const compiled = compiledUnlessPlain(property.value.value);
      if (compiled !== null) path.get('value').replaceWith(t.valueToNode(compiled));
    },
    // <Trans id="…" message="…" />
    JSXAttribute(path: Path) {
      const attribute = path.node as JSXAttribute;
      if (!t.isJSXIdentifier(attribute.name, { name: 'message' }) || !t.isStringLiteral(attribute.value))
        return;
      const siblings = (path.parent as JSXOpeningElement).attributes;
      if (!siblings.some((node) => t.isJSXIdentifier((node as JSXAttribute).name, { name: 'id' }))) return;
      const compiled = compiledUnlessPlain(attribute.value.value);
      if (compiled !== null) path.get('value').replaceWith(t.jsxExpressionContainer(t.valueToNode(compiled)));
    },
  };

  return {
    name: 'tend-precompile-messages',
    // At the program's exit, when the macros (expanded at its entry) have become plain calls.
    visitor: { Program: { exit: (path: Path) => path.traverse(visitor) } },
  };
}
