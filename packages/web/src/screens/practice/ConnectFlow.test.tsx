import { renderMarkup } from '../../testing/render-markup.tsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closePracticeServers,
  connectedPair,
  deviceVault,
  passphrase,
  practiceWithInvitation,
  renderInApp,
} from '../../testing/practice-fixtures.tsx';
import { acceptInvitation, previewInvitation } from './connect-steps.ts';
import { CodeForm, ConfirmForm } from './ConnectFlow.tsx';
import { codeFromHash, ConnectScreen } from './ConnectScreen.tsx';
import { MyPractitionerView } from './MyPractitionerScreen.tsx';
import { invitationProblems, practiceErrorWords } from './practice-words.ts';

afterEach(closePracticeServers);

const noop = () => undefined;
const unknownCode = 'TEND-AAAA-BBBB-CCCC-DDDD-EEEE';

function codeForm(code: string, problem: string | null) {
  return renderMarkup(
    <CodeForm code={code} problem={problem} isBusy={false} onCode={noop} onSubmit={noop} />,
  );
}

describe('connecting with an invitation code', () => {
  beforeEach(() => vi.stubGlobal('window', { location: { pathname: '/practitioner', hash: '' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('says kindly that a code is not known, and keeps what was typed', async () => {
    const { client } = await practiceWithInvitation();
    const outcome = await previewInvitation(client.practice, unknownCode);
    expect(outcome).toEqual({ ok: false, problem: invitationProblems.unknown });
    const html = codeForm(unknownCode, outcome.ok ? null : outcome.problem);
    expect(html).toContain(`value="${unknownCode}"`);
    expect(html).toContain('This code is not known');
    expect(html).toContain('role="alert"');
  });

  it('tells a mistyped code from an unknown one, and an empty field from both', async () => {
    const { client, practitioner, invitation } = await practiceWithInvitation();
    expect(await previewInvitation(client.practice, 'TEND-12')).toEqual({
      ok: false,
      problem: invitationProblems.malformed,
    });
    expect(await previewInvitation(client.practice, '  ')).toMatchObject({ ok: false });
    expect(await previewInvitation(practitioner.practice, invitation.code)).toEqual({
      ok: false,
      problem: invitationProblems.own,
    });
  });

  it('reads the code loosely: lower case, spaces, or the whole link', async () => {
    const { client, invitation } = await practiceWithInvitation();
    const loose = invitation.code.toLowerCase().replace(/-/g, ' ');
    expect(await previewInvitation(client.practice, loose)).toMatchObject({ ok: true });
    expect(await previewInvitation(client.practice, invitation.link)).toMatchObject({ ok: true });
  });

  it('shows who the invitation is from before anything is shared', async () => {
    const { client, invitation } = await practiceWithInvitation();
    const outcome = await previewInvitation(client.practice, invitation.code);
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.value).toMatchObject({
      practitionerName: 'Dana Reyes',
      practiceName: 'Riverside Counselling',
    });
    const html = renderMarkup(
      <ConfirmForm
        preview={outcome.value}
        myName=""
        passphrase=""
        problem={null}
        isBusy={false}
        onMyName={noop}
        onPassphrase={noop}
        onSubmit={noop}
        onBack={noop}
      />,
    );
    expect(html).toContain('An invitation from Dana Reyes');
    expect(html).toContain('Riverside Counselling');
    expect(html).toContain('How should they see your name?');
    expect(html).toContain('type="password"');
  });

  it('refuses a wrong passphrase, connects nothing, and keeps the name', async () => {
    const { client, invitation } = await practiceWithInvitation();
    const preview = await previewInvitation(client.practice, invitation.code);
    if (!preview.ok) throw new Error(preview.problem);
    const outcome = await acceptInvitation(client.practice, {
      code: invitation.code,
      myName: 'Sam',
      passphrase: 'not the one',
    });
    expect(outcome).toEqual({ ok: false, problem: practiceErrorWords['wrong_passphrase'] });
    expect(client.practice.snapshot().connections).toEqual([]);
    const html = renderMarkup(
      <ConfirmForm
        preview={preview.value}
        myName="Sam"
        passphrase=""
        problem={outcome.ok ? null : outcome.problem}
        isBusy={false}
        onMyName={noop}
        onPassphrase={noop}
        onSubmit={noop}
        onBack={noop}
      />,
    );
    expect(html).toContain('value="Sam"');
    expect(html).toContain('That passphrase did not match');
    // The code still works: a wrong passphrase does not use it up.
    expect(await previewInvitation(client.practice, invitation.code)).toMatchObject({ ok: true });
  });

  it('asks for a name before connecting', async () => {
    const { client, invitation } = await practiceWithInvitation();
    const outcome = await acceptInvitation(client.practice, {
      code: invitation.code,
      myName: ' ',
      passphrase,
    });
    expect(outcome).toMatchObject({ ok: false });
    expect(client.practice.snapshot().connections).toEqual([]);
  });

  it('connects with the right passphrase, shows who it is, and the code works only once', async () => {
    const { client, invitation } = await practiceWithInvitation();
    const outcome = await acceptInvitation(client.practice, {
      code: invitation.code,
      myName: 'Sam',
      passphrase,
    });
    expect(outcome).toMatchObject({ ok: true });
    const html = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(html).toContain('You are connected with <strong>Dana Reyes</strong>');
    expect(html).toContain('They see you as <strong>Sam</strong>');
    expect(html).toContain('What you share');
    expect(html).toContain('Share from now on');
    expect(html).toContain('href="/practitioner/session"');
    expect(html).toContain('href="/practitioner/log"');
    expect(html).not.toContain('I have an invitation code');
    const again = await previewInvitation(client.practice, invitation.code);
    expect(again).toEqual({ ok: false, problem: invitationProblems.unknown });
  });

  it('explains sharing and offers the code field before any connection', async () => {
    const { client } = await practiceWithInvitation();
    await client.practice.refresh();
    const html = renderInApp(client, <MyPractitionerView snapshot={client.practice.snapshot()} />);
    expect(html).toContain('The server cannot read any of it');
    expect(html).toContain('I have an invitation code');
  });

  it('asks for an account first on a device without one', async () => {
    const vault = await deviceVault(null);
    const html = renderInApp(vault, <MyPractitionerView snapshot={vault.practice.snapshot()} />);
    expect(html).toContain('needs an account');
    expect(html).toContain('href="/settings/account"');
    expect(html).not.toContain('I have an invitation code');
  });

  it('fills in the code from an invitation link, read after # on the device', async () => {
    const { client, invitation } = await practiceWithInvitation();
    vi.stubGlobal('window', { location: { pathname: '/connect', hash: `#${invitation.code}` } });
    const html = renderInApp(client, <ConnectScreen />);
    expect(html).toContain(`value="${invitation.code}"`);
  });

  it('reads the fragment safely', () => {
    expect(codeFromHash('#TEND-ABCD-EFGH')).toBe('TEND-ABCD-EFGH');
    expect(codeFromHash('#TEND%20ABCD')).toBe('TEND ABCD');
    expect(codeFromHash('')).toBe('');
    expect(codeFromHash('#%E0%A4%A')).toBe('');
    expect(codeFromHash(`#${'A'.repeat(500)}`)).toBe('');
  });

  it('refuses a second connection with the same practitioner', async () => {
    const { practitioner, client } = await connectedPair();
    const second = await practitioner.practice.createInvitation();
    const outcome = await acceptInvitation(client.practice, { code: second.code, myName: 'Sam', passphrase });
    expect(outcome).toEqual({ ok: false, problem: practiceErrorWords['bad_request'] });
  });
});
