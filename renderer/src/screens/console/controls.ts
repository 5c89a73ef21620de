import type { Control } from '../../../../src/session/controls';
import type { SessionState } from '../../../../src/session/state-at';

export interface ConsoleControl {
  label: string;
  /** Key that triggers it, as the key's value (KeyboardEvent.key, lower case) and as shown. */
  key: string;
  keyLabel: string;
  control: Control;
  pressed?: boolean;
  available: boolean;
}

/** The console's buttons for the current state: each toggle shows the action it will take. */
export function consoleControls(state: SessionState, phaseCount: number): ConsoleControl[] {
  const inTreatment = state.status === 'treatment';
  const lastTreatment = state.phaseIndex >= phaseCount - 2;
  return [
    state.paused
      ? { label: 'Resume', key: ' ', keyLabel: 'Space', control: { type: 'resume' }, available: true }
      : { label: 'Pause', key: ' ', keyLabel: 'Space', control: { type: 'pause' }, available: true },
    state.sound.quiet
      ? {
          label: 'Resume sound',
          key: 'q',
          keyLabel: 'Q',
          control: { type: 'soundBack' },
          available: true,
          pressed: true,
        }
      : { label: 'Quiet now', key: 'q', keyLabel: 'Q', control: { type: 'quiet' }, available: true },
    state.light.staffLight
      ? {
          label: 'Staff light',
          key: 'l',
          keyLabel: 'L',
          control: { type: 'staffLightOff' },
          available: true,
          pressed: true,
        }
      : {
          label: 'Staff light',
          key: 'l',
          keyLabel: 'L',
          control: { type: 'staffLightOn' },
          available: true,
          pressed: false,
        },
    {
      label: 'Next phase',
      key: 'n',
      keyLabel: 'N',
      control: { type: 'nextPhase' },
      available: inTreatment && !lastTreatment,
    },
    { label: 'Extend 5 minutes', key: 'x', keyLabel: 'X', control: { type: 'extend' }, available: inTreatment },
    { label: 'End treatment', key: 'e', keyLabel: 'E', control: { type: 'endTreatment' }, available: inTreatment },
  ];
}
