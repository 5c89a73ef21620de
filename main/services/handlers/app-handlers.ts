import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';

/** The app itself, the clock, the patient screen's choice and the staff PIN. */
export function appHandlers(parts: AppParts): HandlersFor<'app' | 'clock' | 'patient' | 'staff'> {
  const { options, version, timeScale, notices, aboutInfo, clinic, patient, staffLock, sessionClock } = parts;
  return {
    'app.about': () => aboutInfo(),
    'app.info': () => {
      const { clinicName, roomName, defaultLanguage, keepSheetCopies } = clinic();
      return {
        version,
        clinicName,
        roomName,
        defaultLanguage,
        keepSheetCopies,
        timeScale,
        notices,
        canChooseFiles: options.chooseMusic !== undefined,
        canSavePdf: options.savePdf !== undefined,
      };
    },
    'clock.now': () => ({ clockNow: sessionClock.now(), timeScale }),
    'patient.get': () => patient.pending(),
    'patient.choose': (choice) => patient.choose(choice),
    'patient.clear': () => {
      patient.clear();
      return null;
    },
    'staff.status': () => staffLock.status(),
    'staff.setPin': async ({ newPin, currentPin }) => {
      await staffLock.setPin(newPin, currentPin);
      return staffLock.status();
    },
    'staff.lock': () => {
      staffLock.lock();
      return staffLock.status();
    },
    'staff.unlock': async ({ pin }) => {
      await staffLock.unlock(pin);
      return staffLock.status();
    },
  };
}
