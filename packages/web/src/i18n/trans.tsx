import { Trans as LinguiTrans, type TransProps } from '@lingui/react';

/**
 * The `<Trans>` every macro in the web app compiles to (lingui.config.ts, `runtimeConfigModule`).
 *
 * Lingui's own reads tags such as `<b>…</b>` in the finished sentence, after a message's string values
 * are set into it, and drops what it cannot match. A name, a title or a pasted code a person wrote
 * with angle brackets would then lose words. Such a value is given to Lingui as an element instead,
 * so it shows exactly as it was written. Other values (numbers, and the code words `select` chooses
 * by) pass as they are.
 */
export function Trans(props: TransProps) {
  return props.values ? (
    <LinguiTrans {...props} values={asWritten(props.values)} />
  ) : (
    <LinguiTrans {...props} />
  );
}

function asWritten(values: Record<string, unknown>): Record<string, unknown> {
  let guarded: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.includes('<')) {
      guarded ??= { ...values };
      guarded[key] = <>{value}</>;
    }
  }
  return guarded ?? values;
}
