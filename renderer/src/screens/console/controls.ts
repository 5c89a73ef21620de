import { availableControls, type Control } from '@domain/session/controls';
import type { SessionRun } from '@domain/session/run-log';
import type { SessionState } from '@domain/session/state-at';

/** A question the console asks instead of sending a control at once. */
export type ConsoleQuestion = 'endTreatment' | 'doseTime';

export interface ConsoleControl {
  /** Its place on the console, which never changes, so nothing moves under the hand. */
  slot: string;
  label: string;
  /** Key that triggers it, as the key's value (KeyboardEvent.key, lower case) and as shown; none when empty. */
  key: string;
  keyLabel: string;
  /** What it sends, or the question it opens first. */
  action: { control: Control } | { asks: ConsoleQuestion };
  pressed?: boolean;
  available: boolean;
  /** Stays disabled for a second when its meaning changes under the hand (Extend becomes Extend recovery). */
  settles?: boolean;
}

/**
 * The console's buttons for the current state, always in the same places: each toggle shows the
 * action it will take, and what is available comes from the session's own rules.
 */
export function consoleControls(state: SessionState, run: SessionRun): ConsoleControl[] {
  const can = availableControls(state, run);
  const recovering = state.status !== 'treatment';
  const send = (control: Control) => ({ control });
  return [
    state.dose
      ? {
          slot: 'dose',
          label: 'Change dose time',
          key: '',
          keyLabel: '',
          action: { asks: 'doseTime' as const },
          available: can.has('correctDose'),
          settles: true,
        }
      : {
          slot: 'dose',
          label: 'Dose given',
          key: 'd',
          keyLabel: 'D',
          action: send({ type: 'dose' }),
          available: can.has('dose'),
        },
    {
      slot: 'pause',
      label: state.paused ? 'Resume' : 'Pause',
      key: ' ',
      keyLabel: 'Space',
      action: send({ type: state.paused ? 'resume' : 'pause' }),
      available: can.has(state.paused ? 'resume' : 'pause'),
    },
    {
      slot: 'quiet',
      label: state.sound.quiet ? 'Resume sound' : 'Quiet now',
      key: 'q',
      keyLabel: 'Q',
      action: send({ type: state.sound.quiet ? 'soundBack' : 'quiet' }),
      available: can.has(state.sound.quiet ? 'soundBack' : 'quiet'),
      pressed: state.sound.quiet || undefined,
    },
    {
      slot: 'staffLight',
      label: 'Staff light',
      key: 'l',
      keyLabel: 'L',
      action: send({ type: state.light.staffLight ? 'staffLightOff' : 'staffLightOn' }),
      available: can.has(state.light.staffLight ? 'staffLightOff' : 'staffLightOn'),
      pressed: state.light.staffLight,
    },
    {
      slot: 'nextPhase',
      label: 'Next phase',
      key: 'n',
      keyLabel: 'N',
      action: send({ type: 'nextPhase' }),
      available: can.has('nextPhase'),
    },
    recovering
      ? {
          slot: 'extend',
          label: 'Extend recovery 10 min',
          key: 'x',
          keyLabel: 'X',
          action: send({ type: 'extendRecovery' }),
          available: can.has('extendRecovery'),
          settles: true,
        }
      : {
          slot: 'extend',
          label: 'Extend 5 min',
          key: 'x',
          keyLabel: 'X',
          action: send({ type: 'extend' }),
          available: can.has('extend'),
        },
    {
      slot: 'endTreatment',
      label: 'End treatment',
      key: 'e',
      keyLabel: 'E',
      action: { asks: 'endTreatment' },
      available: can.has('endTreatment'),
    },
  ];
}
