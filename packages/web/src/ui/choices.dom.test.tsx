import { I18nProvider } from '@lingui/react';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { bodyNeeds, bodyNeedWords, type BodyNeed } from '@tend/core';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/activate.ts';
import { ChipGroup } from './ChipGroup.tsx';
import { SegmentedChoice } from './SegmentedChoice.tsx';

afterEach(cleanup);

const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button', { pressed: true })
    .map((chip) => chip.textContent);

function Chips() {
  const [value, setValue] = useState<BodyNeed[]>([]);
  return (
    <ChipGroup legend="Body" options={bodyNeeds} words={bodyNeedWords} value={value} onValue={setValue} />
  );
}

const words = { yes: 'Yes', no: 'No' } as const;

function Held({ onAnswer }: { onAnswer: (value: 'yes' | 'no' | null) => void }) {
  const [value, setValue] = useState<'yes' | 'no' | null>(null);
  const answer = (next: 'yes' | 'no' | null) => {
    setValue(next);
    onAnswer(next);
  };
  return (
    <I18nProvider i18n={i18n}>
      <SegmentedChoice legend="Held?" options={['yes', 'no']} words={words} value={value} onValue={answer} />
    </I18nProvider>
  );
}

describe('chips', () => {
  it('toggle by tap and by keyboard, and say which are chosen, in the domain order', async () => {
    const user = userEvent.setup();
    render(<Chips />);
    const group = screen.getByRole('group', { name: 'Body' });
    const chip = (name: string) => within(group).getByRole('button', { name });
    const inOrder = (...chosen: BodyNeed[]) =>
      bodyNeeds.filter((need) => chosen.includes(need)).map((need) => bodyNeedWords[need]);
    await user.click(chip('Quiet'));
    act(() => chip('Warmth').focus());
    await user.keyboard('{Enter}');
    expect(pressed(group)).toEqual(inOrder('quiet', 'warmth'));
    await user.keyboard(' ');
    expect(pressed(group)).toEqual(inOrder('quiet'));
    await user.keyboard(' ');
    await user.click(chip('Quiet'));
    expect(pressed(group)).toEqual(inOrder('warmth'));
  });
});

describe('a segmented choice', () => {
  it('is answered by its label, and Clear takes the answer back', async () => {
    const user = userEvent.setup();
    const answers: ('yes' | 'no' | null)[] = [];
    render(<Held onAnswer={(value) => answers.push(value)} />);
    expect(screen.queryByRole('button', { name: 'Clear: Held?' })).toBeNull();
    await user.click(screen.getByText('No'));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No' }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Clear: Held?' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No' }).checked).toBe(false);
    expect(screen.queryByRole('button', { name: 'Clear: Held?' })).toBeNull();
    expect(answers).toEqual(['no', null]);
  });
});
