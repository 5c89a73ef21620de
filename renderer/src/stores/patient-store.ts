import { create } from 'zustand';
import type { StaffStatus } from '@domain/ipc/contract';
import type { PatientChoice, PendingChoice } from '@domain/patient/patient-choice';
import { api } from '../ipc/client';
import { attemptFor } from './attempt';

interface PatientStore {
  /** Whether the staff screens are closed behind the clinic PIN; null until known. */
  staff: StaffStatus | null;
  /** The patient's choice waiting for the next session started within two hours. */
  pending: PendingChoice | null;
  error: string | null;
  actions: {
    load(): Promise<void>;
    /** Shows the patient screen; staff screens stay closed until the PIN is given. */
    openPatientScreen(): Promise<boolean>;
    unlock(pin: string): Promise<boolean>;
    setPin(newPin: string, currentPin?: string): Promise<boolean>;
    choose(choice: PatientChoice): Promise<boolean>;
    /** Staff discard the waiting choice. */
    clearChoice(): Promise<boolean>;
    clearError(): void;
  };
}

/** The patient screen's state and the clinic PIN that closes the staff screens meanwhile. */
export const usePatientStore = create<PatientStore>()((set) => {
  const ask = attemptFor(set);
  /** Asks main and keeps what it answered; false when it refused. */
  const attempt = async (work: () => Promise<Partial<PatientStore>>): Promise<boolean> => {
    const answer = await ask(work);
    if (answer) set(answer);
    return answer !== null;
  };
  return {
    staff: null,
    pending: null,
    error: null,
    actions: {
      load: async () => {
        await attempt(async () => {
          const [staff, pending] = await Promise.all([api['staff.status']({}), api['patient.get']({})]);
          return { staff, pending };
        });
      },
      openPatientScreen: () => attempt(async () => ({ staff: await api['staff.lock']({}) })),
      unlock: async (pin) => {
        const opened = await attempt(async () => ({ staff: await api['staff.unlock']({ pin }) }));
        // A refused PIN may have started a wait; show it.
        if (!opened) set({ staff: await api['staff.status']({}) });
        return opened;
      },
      setPin: (newPin, currentPin) =>
        attempt(async () => ({ staff: await api['staff.setPin']({ newPin, currentPin }) })),
      choose: (choice) => attempt(async () => ({ pending: await api['patient.choose'](choice) })),
      clearChoice: () => attempt(async () => ({ pending: await api['patient.clear']({}) })),
      clearError: () => set({ error: null }),
    },
  };
});

export const usePatientActions = () => usePatientStore((s) => s.actions);
