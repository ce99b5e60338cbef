import type { ComponentProps } from 'react';
import { InputField, TextAreaField } from '../ui/Field.tsx';
import { GentleNoticing } from './GentleNoticing.tsx';
import { useNoticedWords } from './use-noticed-words.ts';

interface Watched {
  /** Names the record and the field, e.g. "grief:<id>:add"; what was dismissed is kept under it. */
  readonly field: string;
  /** Gentle noticing under the field too (where a person writes about themselves); crisis always. */
  readonly isGentle?: boolean;
}

type TextAreaProps = ComponentProps<typeof TextAreaField> & Watched & { readonly value: string };

/** A field for a person's own words: crisis language brings the offer of Support now. */
export function NoticedTextArea({ field, isGentle = false, ...props }: TextAreaProps) {
  const gentle = useNoticedWords([{ field, text: props.value }], isGentle);
  return (
    <>
      <TextAreaField {...props} />
      {isGentle ? <GentleNoticing noticings={gentle} /> : null}
    </>
  );
}

type InputProps = ComponentProps<typeof InputField> & Watched & { readonly value: string };

/** A one-line field for a person's own words, watched like `NoticedTextArea`. */
export function NoticedInput({ field, isGentle = false, ...props }: InputProps) {
  const gentle = useNoticedWords([{ field, text: props.value }], isGentle);
  return (
    <>
      <InputField {...props} />
      {isGentle ? <GentleNoticing noticings={gentle} /> : null}
    </>
  );
}
